// Tab completion, pure: what the word under the cursor could become.
// Command names available in the scope; WPAR names after WPAR commands
// (only the ones the command can act on: startwpar offers Defined WPARs,
// stopwpar and clogin Active ones), and not one already on the line;
// devname= and rootvg= after -D of mkwpar and chwpar; after devname= the disks
// a WPAR can be given (Available or Defined, in no volume group of the global
// environment, not exported); the flags of the current command; the words a
// command's first argument can be (lesson names, and command names after man);
// directories for paths. Also the commands Tab offers, and the
// layout of the choices in columns when Tab is pressed twice.

import type { Command } from '../engine/contract.js';
import { list, nodeAt, normalize, toGlobal } from '../world/fs.js';
import type { Scope, World } from '../world/types.js';

export interface CompletionCommand {
  name: string;
  scope: 'global' | 'any';
  flags: readonly string[];
  /** Words its first argument can be (the lesson tutor's `lesson NAME`). */
  args?: readonly string[];
}

/** The session's commands with their flags and operand words, as Tab offers them. */
export function completionCommands(commands: Iterable<Command>): CompletionCommand[] {
  return [...commands].map((c) => ({
    name: c.name,
    scope: c.scope,
    flags: c.flags.filter((f) => f.doc !== undefined).map((f) => `-${f.flag}`),
    ...(c.operandWords ? { args: c.operandWords() } : {}),
  }));
}

export interface Completion {
  /** The word being completed spans [start, end) of the line. */
  start: number;
  end: number;
  candidates: string[];
  /** Appended when exactly one candidate is taken: " " after a word, nothing after a directory's "/". */
  suffix: string;
}

const WPAR_STATES: Record<string, string | null> = {
  startwpar: 'D',
  stopwpar: 'A',
  clogin: 'A',
  rmwpar: null,
  lswpar: null,
  chwpar: null,
  syncwpar: null,
  savewpar: null,
  rebootwpar: 'A',
};

export function complete(line: string, cursor: number, world: World, scope: Scope, commands: readonly CompletionCommand[], cwd = '/'): Completion {
  const before = line.slice(0, cursor);
  const start = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
  const word = before.slice(start);
  const segment =
    before
      .slice(0, start)
      .split(/;|&&|\|\||\|/)
      .pop() ?? '';
  const words = segment
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const result = (candidates: string[], suffix = ' '): Completion => ({ start, end: cursor, candidates: [...new Set(candidates)].sort(), suffix });
  const usable = commands.filter((c) => c.scope === 'any' || scope.kind === 'global');

  if (words.length === 0) return result(usable.map((c) => c.name).filter((n) => n.startsWith(word)));
  const command = words[0]!;
  if (word.startsWith('devname=')) {
    const inVg = new Set(world.vgs.filter((v) => v.owner === 'Global').flatMap((v) => v.disks));
    return result(
      world.disks
        .filter((d) => d.exportedTo === undefined && !d.deleted && !inVg.has(d.name))
        .map((d) => `devname=${d.name}`)
        .filter((d) => d.startsWith(word)),
    );
  }
  // mkwpar/chwpar -D takes attribute=value words: the attribute names first.
  if ((command === 'mkwpar' || command === 'chwpar') && !word.startsWith('-') && !word.includes('=') && afterFlag(words, '-D')) {
    const attributes = ['devname=', 'rootvg='].filter((a) => a.startsWith(word) && !words.some((w) => w.startsWith(a)));
    if (attributes.length > 0) return result(attributes, '');
  }
  if (command === 'man' && words.length === 1) return result(usable.map((c) => c.name).filter((n) => n.startsWith(word)));
  if (word.startsWith('-')) {
    const flags = usable.find((c) => c.name === command)?.flags ?? [];
    return result(flags.filter((f) => f.startsWith(word)));
  }
  const args = usable.find((c) => c.name === command)?.args;
  if (args && words.length === 1) return result(args.filter((a) => a.startsWith(word)));
  if (command in WPAR_STATES && scope.kind === 'global' && !word.includes('/') && !word.includes('=')) {
    const state = WPAR_STATES[command];
    return result(
      world.wpars
        .filter((w) => (state === null || w.state === state) && !words.slice(1).includes(w.name))
        .map((w) => w.name)
        .filter((n) => n.startsWith(word)),
    );
  }
  return completePath(word, start, cursor, world, scope, cwd);
}

/** Whether the words since the last flag follow `flag` (mkwpar -D devname=hdisk1 ...: still -D's words). */
function afterFlag(words: readonly string[], flag: string): boolean {
  for (let i = words.length - 1; i > 0; i--) if (words[i]!.startsWith('-')) return words[i] === flag;
  return false;
}

function completePath(word: string, start: number, end: number, world: World, scope: Scope, cwd: string): Completion {
  const slash = word.lastIndexOf('/');
  const typedDir = slash >= 0 ? word.slice(0, slash + 1) : '';
  const partial = word.slice(slash + 1);
  // Relative paths complete from "/" (root's home); only directories are offered (cd and mount points).
  const base = normalize(cwd, typedDir === '' ? '.' : typedDir);
  const global = toGlobal(world, scope, base);
  const names = list(world, global).filter((n) => n.startsWith(partial) && nodeAt(world, `${global === '/' ? '' : global}/${n}`)?.kind === 'dir');
  return { start, end, candidates: [...new Set(names.map((n) => typedDir + n + '/'))].sort(), suffix: '' };
}

/** The longest common prefix of the candidates. */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Lays candidates out in columns for an 80-column terminal or wider. */
export function columns(words: readonly string[], width: number): string[] {
  const cell = Math.max(...words.map((w) => w.length)) + 2;
  const per = Math.max(1, Math.floor(width / cell));
  const rows: string[] = [];
  for (let i = 0; i < words.length; i += per)
    rows.push(
      words
        .slice(i, i + per)
        .map((w) => w.padEnd(cell))
        .join('')
        .trimEnd(),
    );
  return rows;
}
