// ls: lists directories and files in the scope's tree. Flags -l (long: mode,
// links, owner, group, size, date, name), -a (dot entries), -d (directories
// themselves), -R (recursive), -1. One name per line, as AIX ls writes when
// its output is not a terminal; in columns at a terminal (interactive shell
// and replays). Missing operand: "ls: 0653-341 The file X does not exist."
// (SOURCED, reference 1.2). Long format RECALLED from AIX 7 (JFS2
// directories are 256 bytes; owner root, group system unless chown or chgrp
// changed them; a symbolic link "lrwxrwxrwx ... name -> target"). Other
// flags: not supported yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { groupOf, list, modeOf, nodeAt, ownerOf } from '../world/fs.js';
import type { FsNode } from '../world/types.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { resolve } from './lib/files.js';
import { errLine, lines, utf8Length } from './lib/output.js';
import { MONTHS } from './lib/time.js';

function date(ms: number, now: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = now - ms < 182 * 86400000 && ms <= now + 3600000;
  const tail = recent ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

/** rwxr-xr-x for 755. */
function permissions(mode: number): string {
  let out = '';
  for (const shift of [6, 3, 0]) {
    const bits = (mode >> shift) & 7;
    out += (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
  }
  return out;
}

function long(node: FsNode, name: string, now: number): string {
  const dir = node.kind === 'dir';
  const link = node.kind === 'link';
  // A symbolic link: lrwxrwxrwx, the length of its target, and "name -> target".
  const mode = link ? 'lrwxrwxrwx' : (dir ? 'd' : '-') + permissions(modeOf(node));
  const size = dir ? 256 : utf8Length(node.content ?? '');
  const shown = link ? `${name} -> ${node.content ?? ''}` : name;
  return `${mode}${String(dir ? 2 : 1).padStart(5)} ${ownerOf(node).padEnd(8)} ${groupOf(node).padEnd(8)} ${String(size).padStart(10)} ${date(node.mtime, now)} ${shown}`;
}

/** Names in columns, filled down first, for an 80-column terminal (as ls -C). */
export function inColumns(names: readonly string[], width = 80): string[] {
  if (names.length === 0) return [];
  const cell = Math.max(...names.map((n) => n.length)) + 2;
  const cols = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(names.length / cols);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) {
      const n = names[c * rows + r];
      if (n !== undefined) row.push(n.padEnd(cell));
    }
    out.push(row.join('').trimEnd());
  }
  return out;
}

const USAGE = ['Usage: ls [-1ACFHLNRSabcdefgilmnopqrstuxEUX] [File...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', doc: 'Long listing.' },
  { flag: 'a', doc: 'Also entries starting with a dot.' },
  { flag: 'd', doc: 'Directories themselves, not their contents.' },
  { flag: 'R', doc: 'Subdirectories too.' },
  { flag: '1', doc: 'One name per line.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('ACFHLNSbcefgimnopqrstuxEUX'),
];

export const ls: Command = {
  name: 'ls',
  scope: 'any',
  summary: 'List directory contents (-l long, -a all, -d, -R)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays the contents of a directory.',
    synopsis: ['ls [-1] [-a] [-d] [-l] [-R] [File ...]'],

    examples: ['ls -l /wpars/wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, ls);
    if (isFailure(parsed)) return parsed;
    const { has } = parsed;
    const columns = ctx.interactive && !has('l') && !has('1');
    const out: Chunk[] = [];
    let status = 0;
    const targets = parsed.operands.length ? parsed.operands : ['.'];
    const files: string[] = [];
    const dirs: { arg: string; global: string }[] = [];
    for (const arg of targets) {
      const { global } = resolve(ctx, arg);
      // A symbolic link named on the line is listed itself with -l or -d, else what it points to.
      const own = nodeAt(ctx.world, global, false);
      const node = own && (has('l') || has('d') ? own : (nodeAt(ctx.world, global) ?? own));
      if (!node) {
        out.push(errLine(`ls: 0653-341 The file ${arg} does not exist.`));
        status = 2;
        continue;
      }
      if (node.kind === 'dir' && !has('d')) dirs.push({ arg, global });
      else files.push(has('l') ? long(node, arg, ctx.now) : arg);
    }
    const block: string[] = [];
    if (files.length) block.push(...(columns ? inColumns(files) : files));
    const listDir = (arg: string, global: string, heading: boolean) => {
      let names = list(ctx.world, global);
      if (has('a')) names = ['.', '..', ...names];
      else names = names.filter((n) => !n.startsWith('.'));
      if (heading) {
        if (block.length) block.push('');
        block.push(`${arg}:`);
      }
      const child = (n: string) => (n === '.' ? global : n === '..' ? global : `${global === '/' ? '' : global}/${n}`);
      if (has('l')) {
        block.push(`total ${names.length * 8}`);
        for (const n of names) block.push(long(nodeAt(ctx.world, child(n), n === '.' || n === '..')!, n, ctx.now));
      } else {
        block.push(...(columns ? inColumns(names) : names));
      }
      if (has('R')) {
        for (const n of names) {
          if (n === '.' || n === '..') continue;
          if (nodeAt(ctx.world, child(n), false)?.kind === 'dir') listDir(`${arg === '/' ? '' : arg}/${n}`, child(n), true);
        }
      }
    };
    const heading = dirs.length + files.length > 1 || has('R');
    for (const d of dirs) listDir(d.arg, d.global, heading);
    out.push(...lines(block));
    return { out, status };
  },
};
