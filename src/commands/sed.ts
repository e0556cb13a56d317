// sed: the stream editor, as admins use it on /etc files and command output:
// -n, -e (several), -f, the commands s/re/replacement/[g][p][N] (& and \1..\9
// in the replacement; any delimiter), p, d, q, =, y/abc/xyz/, with addresses (a line
// number, $, /re/, two of them for a range, and ! to negate), separated by
// ; or newlines. Basic regular expressions, matched by the linear-time
// automaton (lib/regex.ts). Standard output only: sed -i does not exist on
// AIX. Not simulated yet: \1 inside a pattern (no linear-time engine can
// match it), a i c r w, branches, the hold space, { } groups. Messages: "sed: 0602-404
// Function ... cannot be parsed." RECALLED from AIX sed.

import type { Command, FlagSpec } from '../engine/contract.js';
import { readFile } from '../world/fs.js';
import { isFailure, parseFlags } from './lib/args.js';
import { filterInput, resolve } from './lib/files.js';
import { MatchError, Matcher } from './lib/match.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = ['Usage:\tsed [-n] [-u] Script [File ...]', '\tsed [-n] [-u] [-e Script] ... [-f Script_file] ... [File ...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'n', doc: 'Prints only what p and s///p print.' },
  { flag: 'e', arg: 'Script', doc: 'A script (several -e are joined by newlines).' },
  { flag: 'f', arg: 'ScriptFile', doc: 'Reads the script from a file.' },
  { flag: 'u', doc: 'Unbuffered output (all output is, in wparsim).' },
];

type Address = { k: 'line'; n: number } | { k: 'last' } | { k: 're'; m: Matcher };

interface Cmd {
  a1?: Address;
  a2?: Address;
  negate: boolean;
  op: 's' | 'p' | 'd' | 'q' | '=' | 'y';
  s?: { m: Matcher; repl: string; global: boolean; print: boolean; nth: number };
  y?: Map<string, string>;
  /** For a range: whether it is open, and where it began. */
  open?: boolean;
}

class SedError extends Error {}
class NotYet extends Error {}

/** Reads text up to an unescaped `delim`; returns it with \delim made delim, and where it ended. */
function upTo(src: string, i: number, delim: string): [string, number] {
  let out = '';
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && src[i + 1] === delim) {
      out += delim;
      i++;
    } else if (c === '\\' && i + 1 < src.length) {
      out += c + src[++i];
    } else if (c === delim) return [out, i];
    else if (c === '\n') break;
    else out += c;
  }
  throw new SedError('unterminated');
}

function parseScript(src: string, tick: () => void): Cmd[] {
  const cmds: Cmd[] = [];
  let i = 0;
  const skip = () => {
    while (i < src.length && /[ \t;\n]/.test(src[i]!)) i++;
  };
  const address = (): Address | undefined => {
    const c = src[i];
    if (c === undefined) return undefined;
    if (/[0-9]/.test(c)) {
      const m = /^\d+/.exec(src.slice(i))![0];
      i += m.length;
      return { k: 'line', n: Number(m) };
    }
    if (c === '$') {
      i++;
      return { k: 'last' };
    }
    if (c === '/' || c === '\\') {
      const delim = c === '\\' ? src[++i]! : '/';
      const [re, end] = upTo(src, i + 1, delim);
      i = end + 1;
      return { k: 're', m: new Matcher(re, false, tick) };
    }
    return undefined;
  };
  for (skip(); i < src.length; skip()) {
    const start = i;
    const a1 = address();
    let a2: Address | undefined;
    if (a1 && src[i] === ',') {
      i++;
      a2 = address();
      if (!a2) throw new SedError(src.slice(start));
    }
    while (src[i] === ' ') i++;
    let negate = false;
    if (src[i] === '!') {
      negate = true;
      i++;
      while (src[i] === ' ') i++;
    }
    const op = src[i++];
    const cmd: Cmd = { ...(a1 ? { a1 } : {}), ...(a2 ? { a2 } : {}), negate, op: 'p' };
    if (op === 's') {
      const delim = src[i]!;
      if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError(src.slice(start));
      const [re, e1] = upTo(src, i + 1, delim);
      const [repl, e2] = upTo(src, e1 + 1, delim);
      i = e2 + 1;
      let global = false;
      let print = false;
      let nth = 1;
      for (; i < src.length && /[gpw0-9]/.test(src[i]!); i++) {
        const f = src[i]!;
        if (f === 'g') global = true;
        else if (f === 'p') print = true;
        else if (f === 'w') throw new NotYet('s///w');
        else {
          const m = /^\d+/.exec(src.slice(i))![0];
          nth = Number(m);
          i += m.length - 1;
        }
      }
      cmd.op = 's';
      cmd.s = { m: new Matcher(re, false, tick), repl, global, print, nth };
    } else if (op === 'y') {
      const delim = src[i]!;
      const [from, e1] = upTo(src, i + 1, delim);
      const [to, e2] = upTo(src, e1 + 1, delim);
      i = e2 + 1;
      const f = [...from.replace(/\\n/g, '\n')];
      const t = [...to.replace(/\\n/g, '\n')];
      if (f.length !== t.length) throw new SedError(src.slice(start, i));
      cmd.op = 'y';
      cmd.y = new Map(f.map((c, k) => [c, t[k]!]));
    } else if (op === 'p' || op === 'd' || op === 'q' || op === '=') cmd.op = op;
    else if (op !== undefined && 'aicrwbtnNDPhHgGxl:{}'.includes(op)) throw new NotYet(`the ${op} command`);
    else throw new SedError(src.slice(start).split('\n')[0]!);
    while (src[i] === ' ' || src[i] === '\t') i++;
    if (i < src.length && !/[;\n}]/.test(src[i]!)) throw new SedError(src.slice(start).split('\n')[0]!);
    cmds.push(cmd);
  }
  return cmds;
}

/** Replacement text: & is the match, \1 to \9 what a subexpression matched, \& a literal &, \n a newline, \x the character x. */
function expandRepl(repl: string, groups: () => (string | undefined)[]): string {
  return repl.replace(/\\(.)|&/gs, (m, c: string | undefined) => (m === '&' ? groups()[0]! : c === 'n' ? '\n' : /[1-9]/.test(c!) ? (groups()[Number(c)] ?? '') : c!));
}

function applyS(line: string, s: NonNullable<Cmd['s']>): { text: string; done: boolean } {
  let out = '';
  let at = 0;
  let count = 0;
  let done = false;
  while (at <= line.length) {
    const m = s.m.find(line, at);
    if (!m) break;
    count++;
    if (count >= s.nth) {
      out += line.slice(at, m[0]) + expandRepl(s.repl, () => s.m.groups(line, m));
      done = true;
    } else out += line.slice(at, m[1]);
    if (m[1] === m[0]) {
      out += line.slice(m[0], m[0] + 1);
      at = m[0] + 1;
    } else at = m[1];
    if (done && !s.global) break;
  }
  return done ? { text: out + line.slice(at), done } : { text: line, done };
}

export const sed: Command = {
  name: 'sed',
  scope: 'any',
  summary: 'Stream editor (s///g, p, d, addresses)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'A stream editor: edits the lines of files (or standard input) as a script says, and writes them to standard output.',
    synopsis: ['sed [-n] Script [File ...]', 'sed [-n] -e Script [-e Script] ... [-f ScriptFile] [File ...]'],
    examples: ["sed 's/web1/web01/g' /etc/hosts", "lswpar | sed -n '3,$p'", "sed '/^#/d' /etc/filesystems"],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, sed);
    if (isFailure(parsed)) return parsed;
    const operands = [...parsed.operands];
    const scripts: string[] = [];
    for (const o of parsed.opts) {
      if (o.flag === 'e') scripts.push(o.arg ?? '');
      if (o.flag === 'f') {
        const r = readFile(ctx.world, resolve(ctx, o.arg ?? '').global);
        if (!r.ok) return failWith([`sed: 0602-400 Cannot open file ${o.arg}.`], 2);
        scripts.push(r.value);
      }
    }
    if (scripts.length === 0) {
      const s = operands.shift();
      if (s === undefined) return failWith(USAGE, 2);
      scripts.push(s);
    }
    let cmds: Cmd[];
    try {
      cmds = parseScript(scripts.join('\n'), ctx.stopIfInterrupted);
    } catch (e) {
      if (e instanceof NotYet) return failWith([notYet(`sed ${e.message}`)]);
      if (e instanceof SedError || e instanceof MatchError) return failWith([`sed: 0602-404 Function ${e.message} cannot be parsed.`], 2);
      throw e;
    }
    const { text, errors } = filterInput(ctx, 'sed', operands);
    const all = text.split('\n');
    if (all[all.length - 1] === '') all.pop();
    const out: string[] = [];
    const matches = (a: Address, line: string, n: number): boolean => (a.k === 'line' ? n === a.n : a.k === 'last' ? n === all.length : a.m.matches(line));
    const selected = (c: Cmd, line: string, n: number): boolean => {
      let hit: boolean;
      if (!c.a1) hit = true;
      else if (!c.a2) hit = matches(c.a1, line, n);
      else if (c.open) {
        // The range ends at its second address (a line number at or before this one ends it here).
        if (c.a2.k === 'line' ? n >= c.a2.n : matches(c.a2, line, n)) c.open = false;
        hit = true;
      } else if (matches(c.a1, line, n)) {
        c.open = !(c.a2.k === 'line' && c.a2.n <= n);
        hit = true;
      } else hit = false;
      return hit !== c.negate;
    };
    let quit = false;
    for (let n = 1; n <= all.length && !quit; n++) {
      if ((n & 0x3ff) === 0) ctx.stopIfInterrupted();
      let line = all[n - 1]!;
      let deleted = false;
      for (const c of cmds) {
        if (!selected(c, line, n)) continue;
        if (c.op === 'p') out.push(line);
        else if (c.op === '=') out.push(String(n));
        else if (c.op === 'd') {
          deleted = true;
          break;
        } else if (c.op === 'q') {
          quit = true;
          break;
        } else if (c.op === 'y') line = [...line].map((ch) => c.y!.get(ch) ?? ch).join('');
        else {
          const r = applyS(line, c.s!);
          line = r.text;
          if (r.done && c.s!.print) out.push(line);
        }
      }
      if (!deleted && !parsed.has('n')) out.push(line);
    }
    const body = out.length === 0 ? '' : `${out.join('\n')}\n`;
    return { out: [...errors.map(errLine), ...(body === '' ? [] : [{ text: body, stream: 'out' as const }])], status: errors.length ? 2 : 0 };
  },
};
