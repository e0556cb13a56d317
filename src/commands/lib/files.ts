// What file commands share: resolving an argument in the scope, AIX's errno
// texts (reference 1.2: ENOENT, EEXIST SOURCED; EBUSY, EACCES RECALLED; the
// others RECALLED-low), reading the files or standard input of a filter.

import type { Chunk, CommandContext, CommandResult } from '../../engine/contract.js';
import { baseName, type FsError, type FsResult, nodeAt, normalize, readFile, toGlobal } from '../../world/fs.js';
import type { World } from '../../world/types.js';
import { errLine } from './output.js';

export const ERRNO: Record<FsError, string> = {
  ENOENT: 'A file or directory in the path name does not exist.',
  EEXIST: 'Do not specify an existing file.',
  ENOTDIR: 'A parameter must be a directory.',
  EISDIR: 'The specified path is a directory.',
  EROFS: 'The file system has read permission only.',
  ENAMETOOLONG: 'The file name is too long.',
  ENOTEMPTY: 'The directory is not empty.',
  EBUSY: 'The requested resource is busy.',
  EINVAL: 'A parameter is not valid.',
};

/** The scope path and the global path of an argument. */
export function resolve(ctx: CommandContext, arg: string): { path: string; global: string } {
  const path = normalize(ctx.cwd, arg);
  return { path, global: toGlobal(ctx.world, ctx.scope, path) };
}

/** A file operand's text; "-" is standard input (diff, cmp, awk). */
export function readOperand(ctx: CommandContext, arg: string): FsResult<string> {
  return arg === '-' ? { ok: true, value: ctx.stdin } : readFile(ctx.world, resolve(ctx, arg).global);
}

/** The text a filter works on: its file operands, or standard input. Errors are returned as lines. */
export function filterInput(ctx: CommandContext, cmd: string, files: readonly string[]): { text: string; errors: string[] } {
  if (files.length === 0) return { text: ctx.stdin, errors: [] };
  let text = '';
  const errors: string[] = [];
  for (const f of files) {
    const r = readFile(ctx.world, resolve(ctx, f).global);
    if (r.ok) text += r.value;
    else errors.push(`${cmd}: 0652-050 Cannot open ${f}.`);
  }
  return { text, errors };
}

/** Lines of a text (a final newline does not start another line). */
export const textLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/**
 * The loop of rm, rmdir, touch: each operand, resolved in the scope, changes
 * the world or gives error lines; the others still run; status 2 on any error.
 */
export function eachOperand(ctx: CommandContext, operands: readonly string[], step: (world: World, arg: string, global: string) => World | string[]): CommandResult {
  let world = ctx.world;
  const out: Chunk[] = [];
  let status = 0;
  for (const arg of operands) {
    const r = step(world, arg, resolve(ctx, arg).global);
    if (Array.isArray(r)) {
      status = 2;
      out.push(...r.map(errLine));
    } else world = r;
  }
  return { out, status, world: world !== ctx.world ? world : undefined };
}

/** Where each source goes: into the target directory, or to the target name. */
export function destinations(ctx: CommandContext, sources: readonly string[], target: string): { from: string; to: string; arg: string }[] | null {
  const t = resolve(ctx, target).global;
  const into = nodeAt(ctx.world, t)?.kind === 'dir';
  if (sources.length > 1 && !into) return null;
  return sources.map((arg) => {
    const from = resolve(ctx, arg).global;
    return { from, to: into ? `${t === '/' ? '' : t}/${baseName(from)}` : t, arg };
  });
}

/** head and tail's operands: -n N or -N lines (10 by default), for tail also +N (from line N), and the files; a usage line for anything else. */
export function count(args: readonly string[], cmd: string, fromStart = false): { n: number; from: boolean; files: string[] } | string {
  let n = 10;
  let from = false;
  const files: string[] = [];
  const usage = `Usage: ${cmd} [-count | -n number] [File ...]`;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n') {
      const v = args[++i];
      if (v === undefined || !(/^\d+$/.test(v) || (fromStart && /^\+\d+$/.test(v)))) return usage;
      n = Number(v.replace('+', ''));
      from = v.startsWith('+');
    } else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (fromStart && files.length === 0 && /^\+\d+$/.test(a)) {
      // tail +N: from line N to the end.
      n = Number(a.slice(1));
      from = true;
    } else if (a.startsWith('-') && a !== '-') return usage;
    else files.push(a);
  }
  return { n, from, files };
}
