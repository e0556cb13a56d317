// find: walks directories of the simulated tree (the scope's own) and
// applies an expression to each path: -name pattern, -type f|d|l, -size
// [+|-]n[c] (512-byte blocks, or bytes with c), -mtime [+|-]n (days, on the
// world's clock), -newer file, -print, -exec command {} \; (run in this
// shell), ! (or -not), -a, -o and ( ). Without -print or -exec, the paths
// that match are printed. Not simulated yet: -perm, -user, -group, -prune,
// -xdev, -depth, -ls, -ok. Messages: AIX find's "0652-..." where on record,
// else plain (INFERRED).

import type { Command, CommandResult } from '../engine/contract.js';
import { globMatch } from '../shell/glob.js';
import { quoteWord } from '../shell/quote.js';
import { childPath, list, nodeAt } from '../world/fs.js';
import type { FsNode, World } from '../world/types.js';
import { resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith } from './lib/output.js';

type Test = (path: string, node: FsNode) => boolean;

class FindError extends Error {}

const NOT_YET = new Set(['-perm', '-user', '-group', '-prune', '-xdev', '-depth', '-ls', '-ok', '-links', '-inum', '-nouser', '-nogroup', '-follow', '-cpio', '-fstype', '-atime', '-ctime']);

/** `n`, `+n` or `-n` compared with a value: exactly, more than, less than. */
function compareN(spec: string, value: number): boolean {
  const n = Number(spec.replace(/^[-+]/, ''));
  return spec.startsWith('+') ? value > n : spec.startsWith('-') ? value < n : value === n;
}

export const find: Command = {
  name: 'find',
  scope: 'any',
  summary: 'Find files (-name -type -size -mtime -newer -exec)',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Finds files in the directory tree that match an expression, and prints them or runs a command on each.',
    synopsis: ['find Path ... [Expression]'],
    operands: [['Expression', '-name Pattern, -type f|d|l, -size [+|-]N[c], -mtime [+|-]N, -newer File, -print, -exec Command {} \\;, !, -a, -o, ( ).']],
    examples: ['find /wpars/web1/etc -name "*.conf"', 'find /tmp -type f -mtime +7 -exec rm {} \\;', 'find / -name hosts -print'],
  },
  run(ctx): CommandResult {
    const args = ctx.argv.slice(1);
    const paths: string[] = [];
    while (args.length > 0 && !args[0]!.startsWith('-') && args[0] !== '!' && args[0] !== '(') paths.push(args.shift()!);
    if (paths.length === 0) return failWith(['Usage: find Path-list [Expression-list]'], 1);
    let world: World = ctx.world;
    const out: string[] = [];
    const errors: string[] = [];
    let acted = false;
    let i = 0;
    // The expression, parsed into tests (-o lowest, then -a and juxtaposition, then ! and parentheses).
    const primary = (): Test => {
      const a = args[i++];
      if (a === undefined) throw new FindError('find: 0652-018 An expression term lacks a required parameter.');
      if (a === '!' || a === '-not') {
        const t = primary();
        return (p, n) => !t(p, n);
      }
      if (a === '(') {
        const t = or();
        if (args[i++] !== ')') throw new FindError('find: 0652-009 There is a missing ) in the expression.');
        return t;
      }
      const arg = () => {
        const v = args[i++];
        if (v === undefined) throw new FindError('find: 0652-018 An expression term lacks a required parameter.');
        return v;
      };
      switch (a) {
        case '-name': {
          const pattern = arg();
          return (p) => globMatch(pattern, p === '/' ? '/' : p.slice(p.lastIndexOf('/') + 1));
        }
        case '-type': {
          const t = arg();
          if (t !== 'f' && t !== 'd' && t !== 'l') throw new FindError(notYet(`find -type ${t}`));
          const kind = t === 'd' ? 'dir' : t === 'l' ? 'link' : 'file';
          return (_, n) => n.kind === kind;
        }
        case '-size': {
          const spec = arg();
          if (!/^[-+]?\d+c?$/.test(spec)) throw new FindError(`find: 0652-083 Cannot use ${spec} with the -size flag.`);
          const bytes = spec.endsWith('c');
          return (_, n) => {
            const size = n.kind === 'dir' ? 512 : new TextEncoder().encode(n.content ?? '').length;
            return compareN(spec.replace(/c$/, ''), bytes ? size : Math.ceil(size / 512));
          };
        }
        case '-mtime': {
          const spec = arg();
          if (!/^[-+]?\d+$/.test(spec)) throw new FindError(`find: 0652-083 Cannot use ${spec} with the -mtime flag.`);
          return (_, n) => compareN(spec, Math.floor((ctx.now - n.mtime) / 86_400_000));
        }
        case '-newer': {
          const f = arg();
          const ref = nodeAt(world, resolve(ctx, f).global);
          if (!ref) throw new FindError(`find: 0652-019 The status on ${f} is not valid.`);
          return (_, n) => n.mtime > ref.mtime;
        }
        case '-print':
          acted = true;
          return (p) => {
            out.push(p);
            return true;
          };
        case '-exec': {
          acted = true;
          const words: string[] = [];
          while (args[i] !== undefined && args[i] !== ';') words.push(args[i++]!);
          if (args[i++] !== ';' || words.length === 0) throw new FindError('find: 0652-018 An expression term lacks a required parameter.');
          return (p) => {
            const r = ctx.runScript(words.map((w) => quoteWord(w.replaceAll('{}', p))).join(' '), 'find', undefined, true);
            for (const c of r.out) (c.stream === 'out' ? out : errors).push(c.text.replace(/\n$/, ''));
            if (r.world) world = r.world;
            return r.status === 0;
          };
        }
        default:
          if (NOT_YET.has(a)) throw new FindError(notYet(`find ${a}`));
          throw new FindError(`find: 0652-017 ${a} is not a valid option.`);
      }
    };
    const and = (): Test => {
      let t = primary();
      while (i < args.length && args[i] !== '-o' && args[i] !== ')') {
        if (args[i] === '-a') i++;
        const left = t;
        const right = primary();
        t = (p, n) => left(p, n) && right(p, n);
      }
      return t;
    };
    const or = (): Test => {
      let t = and();
      while (args[i] === '-o') {
        i++;
        const left = t;
        const right = and();
        t = (p, n) => left(p, n) || right(p, n);
      }
      return t;
    };
    let test: Test;
    try {
      test = args.length === 0 ? () => true : or();
      if (i < args.length) throw new FindError(`find: 0652-017 ${args[i]} is not a valid option.`);
    } catch (e) {
      if (e instanceof FindError) return failWith([e.message], e.message.startsWith('wparsim:') ? 1 : 2);
      throw e;
    }
    let seen = 0;
    // Symbolic links are not followed (find -P, the default): a link is tested as a link (-type l).
    const walk = (path: string, global: string) => {
      if ((++seen & 0xff) === 0) ctx.stopIfInterrupted();
      const node = nodeAt(world, global, false);
      if (!node) return;
      if (test(path, node) && !acted) out.push(path);
      if (node.kind === 'dir') for (const name of list(world, global)) walk(childPath(path, name), childPath(global, name));
    };
    for (const p of paths) {
      const { global } = resolve(ctx, p);
      if (!nodeAt(world, global, false)) {
        errors.push(`find: 0652-019 The status on ${p} is not valid.`);
        continue;
      }
      walk(p.length > 1 ? p.replace(/\/+$/, '') : p, global);
    }
    return { out: [...(out.length ? [{ text: `${out.join('\n')}\n`, stream: 'out' as const }] : []), ...errors.map(errLine)], status: errors.length ? 1 : 0, world };
  },
};
