// tar: archives over the simulated tree, in the ustar format (lib/ustar.ts):
// -c makes an archive of files and directories (with what is under them;
// symbolic links as links), -t lists it, -x extracts it (all of it, or the
// names given; parents are made; modes, owners and times come back), -v says
// each member, -f names the archive (a file in the scope's tree; - is
// standard input or output). Names are
// kept as typed: an absolute name extracts to the same place, as AIX's tar
// does. The key may come without a dash (tar cvf a.tar /etc). Not simulated
// yet: -r, -u, tapes (no -f: /dev/rmt0), -C, -L, -X and the other flags.
// "x name, N bytes, M media blocks." SOURCED (AIX 6 tar -xvf, a capture in
// public notes); "a name N blocks." and the -tv line RECALLED; the checksum
// message "0511-169 A directory checksum error on media" RECALLED.

import type { Chunk, Command, CommandContext } from '../engine/contract.js';
import { childPath, groupOf, list, makeDir, makeLink, modeOf, nodeAt, ownerOf, parentOf, readFile, remove, setAttributes, writeFile } from '../world/fs.js';
import type { World } from '../world/types.js';
import { ERRNO, resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, lines } from './lib/output.js';
import { MONTHS } from './lib/time.js';
import { blocksOf, type Member, readArchive, sizeOf, writeArchive } from './lib/ustar.js';

const USAGE = [
  'Usage: tar -{c|r|t|u|x} [-BdDEFhilmopRsUvw] [-Number] [-f TarFile] [-b Blocks]',
  '           [-S [Feet] | [Feet@Density] | [Blocksb]] [-L InputList] [-N Blocks] [-C Directory] File ...',
];

/** The key letters and the words after them: "cvf a.tar" or "-c -v -f a.tar". */
function parseKey(argv: readonly string[]): { keys: Set<string>; archive?: string; operands: string[] } | string {
  const keys = new Set<string>();
  let archive: string | undefined;
  const words = [...argv];
  const takeKeys = (letters: string): string | null => {
    for (const k of letters) {
      if (k === 'f') {
        const next = words.shift();
        if (next === undefined) return 'f';
        archive = next;
      }
      keys.add(k);
    }
    return null;
  };
  // Old style: the first word is the key, without a dash.
  if (words[0] !== undefined && !words[0].startsWith('-')) {
    const bad = takeKeys(words.shift()!);
    if (bad) return bad;
  }
  while (words[0]?.startsWith('-') && words[0] !== '-') {
    const w = words.shift()!;
    if (w === '--') break;
    const bad = takeKeys(w.slice(1));
    if (bad) return bad;
  }
  return { keys, ...(archive !== undefined ? { archive } : {}), operands: words };
}

const rwx = (mode: number): string => [6, 3, 0].map((s) => ((mode >> s) & 4 ? 'r' : '-') + ((mode >> s) & 2 ? 'w' : '-') + ((mode >> s) & 1 ? 'x' : '-')).join('');

/** A member as tar -tv shows it. */
function listed(m: Member): string {
  const d = new Date(m.mtime);
  const two = (n: number) => String(n).padStart(2, '0');
  const when = `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
  const type = m.kind === 'dir' ? 'd' : m.kind === 'link' ? 'l' : '-';
  const name = m.kind === 'link' ? `${m.name} symbolic link to ${m.content}` : m.kind === 'dir' ? `${m.name}/` : m.name;
  return `${type}${rwx(m.mode)}   0 0 ${String(sizeOf(m)).padStart(10)} ${when} ${name}`;
}

/** The members for the operands, what is under directories too (links not followed). */
function collect(ctx: CommandContext, operands: readonly string[], skip: string, errors: string[]): Member[] {
  const members: Member[] = [];
  const walk = (name: string, global: string) => {
    ctx.stopIfInterrupted();
    if (global === skip) return;
    const node = nodeAt(ctx.world, global, false);
    if (!node) {
      errors.push(`tar: ${name}: ${ERRNO.ENOENT}`);
      return;
    }
    members.push({
      name,
      kind: node.kind,
      mode: node.kind === 'link' ? 0o777 : modeOf(node),
      owner: ownerOf(node),
      group: groupOf(node),
      mtime: node.mtime,
      content: node.kind === 'dir' ? '' : (node.content ?? ''),
    });
    if (node.kind === 'dir') for (const child of list(ctx.world, global)) walk(childPath(name.replace(/\/+$/, '') || '/', child), childPath(global, child));
  };
  for (const o of operands) walk(o, resolve(ctx, o).global);
  return members;
}

/** The world with the members extracted (parents made as needed); the lines -v says. */
function extract(ctx: CommandContext, members: readonly Member[], verbose: boolean, out: string[], errors: string[]): World {
  let world = ctx.world;
  const ensureDir = (global: string, mtime: number): boolean => {
    const node = nodeAt(world, global);
    if (node?.kind === 'dir') return true;
    if (node || !ensureDir(parentOf(global), mtime)) return false;
    const made = makeDir(world, global, mtime);
    if (made.ok) world = made.value;
    return made.ok;
  };
  for (const m of members) {
    ctx.stopIfInterrupted();
    const { global } = resolve(ctx, m.name);
    if (!ensureDir(parentOf(global), m.mtime)) {
      errors.push(`tar: ${m.name}: ${ERRNO.ENOENT}`);
      continue;
    }
    let made: ReturnType<typeof writeFile>;
    if (m.kind === 'dir') made = nodeAt(world, global)?.kind === 'dir' ? { ok: true, value: world } : makeDir(world, global, m.mtime);
    else if (m.kind === 'link') {
      const gone = nodeAt(world, global, false) ? remove(world, global, false) : { ok: true as const, value: world };
      made = gone.ok ? makeLink(gone.value, global, m.content, m.mtime) : gone;
    } else made = writeFile(world, global, m.content, false, m.mtime);
    if (made.ok && m.kind !== 'link') made = setAttributes(made.value, global, { mode: m.mode, owner: m.owner, group: m.group });
    if (!made.ok) {
      errors.push(`tar: ${m.name}: ${ERRNO[made.error]}`);
      continue;
    }
    world = made.value;
    if (verbose) out.push(m.kind === 'file' ? `x ${m.name}, ${sizeOf(m)} bytes, ${blocksOf(m)} media blocks.` : m.kind === 'link' ? `x ${m.name} symbolic link to ${m.content}` : `x ${m.name}`);
  }
  return world;
}

export const tar: Command = {
  name: 'tar',
  scope: 'any',
  summary: 'Make, list and extract archives (tar -cvf, -tvf, -xvf)',
  ownFlagParsing: true,
  flags: [],
  usage: USAGE,
  manual: {
    purpose: 'Manipulates archives.',
    synopsis: ['tar -c [-v] -f Archive File ...', 'tar -t [-v] -f Archive', 'tar -x [-v] -f Archive [File ...]'],
    operands: [['Keys', 'c makes an archive, t lists it, x extracts it; v names each file; f Archive names the archive file. The dash may be left out: tar cvf /tmp/etc.tar /etc.']],
    examples: ['tar -cvf /tmp/wpar1-etc.tar /wpars/wpar1/etc', 'tar -tvf /tmp/wpar1-etc.tar', 'cd /; tar -xvf /tmp/wpar1-etc.tar'],
  },
  run(ctx) {
    const parsed = parseKey(ctx.argv.slice(1));
    if (typeof parsed === 'string') return failWith([`tar: option requires an argument -- ${parsed}`, ...USAGE], 2);
    const { keys, archive, operands } = parsed;
    const modes = ['c', 't', 'x', 'r', 'u'].filter((k) => keys.has(k));
    if (modes.length !== 1) return failWith(USAGE, 2);
    const other = [...keys].find((k) => !'ctxvf'.includes(k));
    if (other !== undefined || keys.has('r') || keys.has('u')) return failWith([notYet(`tar -${other ?? modes[0]}`)]);
    if (archive === undefined) return failWith([notYet('tar without -f (the tape /dev/rmt0)')]);
    const verbose = keys.has('v');
    const where = resolve(ctx, archive).global;
    const out: string[] = [];
    const errors: string[] = [];
    const result = (world?: World) => ({ out: [...lines(out), ...errors.map(errLine)] as Chunk[], status: errors.length > 0 ? 2 : 0, ...(world && world !== ctx.world ? { world } : {}) });
    if (keys.has('c')) {
      if (operands.length === 0) return failWith(USAGE, 2);
      const members = collect(ctx, operands, where, errors);
      const said = verbose ? members.map((m) => `a ${m.name}${m.kind === 'link' ? ` symbolic link to ${m.content}` : ` ${blocksOf(m)} blocks.`}`) : [];
      // -f -: the archive to standard output (what -v says then goes to standard error).
      if (archive === '-') return { out: [{ text: writeArchive(members), stream: 'out' }, ...[...said, ...errors].map(errLine)], status: errors.length > 0 ? 2 : 0 };
      out.push(...said);
      const written = writeFile(ctx.world, where, writeArchive(members), false, ctx.now);
      if (!written.ok) return failWith([`tar: ${archive}: ${ERRNO[written.error]}`], 2);
      return result(written.value);
    }
    const read = archive === '-' ? { ok: true as const, value: ctx.stdin } : readFile(ctx.world, where);
    if (!read.ok) return failWith([`tar: ${archive}: ${ERRNO[read.error]}`], 2);
    const { members, error } = readArchive(read.value);
    // A name given picks that member and what is under it.
    const picks = (m: Member, o: string) => {
      const n = o.replace(/\/+$/, '');
      return m.name === n || m.name.startsWith(`${n}/`);
    };
    const chosen = operands.length === 0 ? members : members.filter((m) => operands.some((o) => picks(m, o)));
    if (keys.has('t')) out.push(...chosen.map((m) => (verbose ? listed(m) : m.kind === 'dir' ? `${m.name}/` : m.name)));
    const world = keys.has('x') ? extract(ctx, chosen, verbose, out, errors) : undefined;
    if (error) errors.push(`tar: 0511-169 A directory checksum error on media; ${error.stored} not equal to ${error.computed}.`);
    for (const o of operands) if (!members.some((m) => picks(m, o))) errors.push(`tar: ${o}: Not found in archive.`);
    return result(world);
  },
};
