// tr: translates, deletes (-d) or squeezes (-s) characters of standard
// input. Strings take ranges (a-z), escapes (\n \t \\ \NNN octal) and the
// classes [:upper:] [:lower:] [:digit:] [:alpha:] [:alnum:] [:space:]; -c
// complements the first string. Standard input only, as on AIX.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: tr [ -c | -cds | -cs | -ds | -s ] [-A] String1 String2', '       tr { -cd | -cs | -d | -s } [-A] String1'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'c', doc: 'Uses the characters not in String1.' },
  { flag: 'd', doc: 'Deletes the characters in String1.' },
  { flag: 's', doc: 'Squeezes runs of a repeated character of the last string to one.' },
  ...notSimulated('AC'),
];

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
};

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b', a: '\x07', '\\': '\\' };

/** A string operand as the list of characters it stands for; null when it is not valid. */
function expand(s: string): string[] | null {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '[' && chars[i + 1] === ':') {
      const close = s.indexOf(':]', i + 2);
      const name = close < 0 ? '' : chars.slice(i + 2, close).join('');
      const cls = CLASSES[name];
      if (!cls) return null;
      out.push(...cls);
      i = close + 1;
      continue;
    }
    let ch = c;
    if (c === '\\' && i + 1 < chars.length) {
      const oct = /^[0-7]{1,3}/.exec(chars.slice(i + 1, i + 4).join(''))?.[0];
      if (oct) {
        ch = String.fromCharCode(parseInt(oct, 8));
        i += oct.length;
      } else ch = ESCAPES[chars[++i]!] ?? chars[i]!;
    }
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const end = chars[i + 2]!;
      if (end.codePointAt(0)! < ch.codePointAt(0)!) return null;
      for (let k = ch.codePointAt(0)!; k <= end.codePointAt(0)!; k++) out.push(String.fromCodePoint(k));
      i += 2;
      continue;
    }
    out.push(ch);
  }
  return out;
}

export const tr: Command = {
  name: 'tr',
  scope: 'any',
  summary: 'Translate, delete or squeeze characters',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Translates characters.',
    synopsis: ['tr [-c] [-s] String1 String2', 'tr [-c] -d [-s] String1 [String2]'],
    examples: ["lswpar -c -q -a name | tr 'a-z' 'A-Z'", "echo a:b:c | tr ':' ' '", "tr -s ' ' < /etc/hosts"],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, tr);
    if (isFailure(parsed)) return parsed;
    const [s1, s2] = parsed.operands;
    const del = parsed.has('d');
    const squeeze = parsed.has('s');
    if (s1 === undefined || parsed.operands.length > 2 || (!del && !squeeze && s2 === undefined)) return failWith(USAGE, 2);
    const from = expand(s1);
    const to = s2 === undefined ? [] : expand(s2);
    if (!from || !to) return failWith(USAGE, 2);
    const inFrom = new Set(from);
    const matches = (c: string) => inFrom.has(c) !== parsed.has('c');
    // Translation: the n-th character of String1 becomes the n-th of String2 (its last one repeated).
    const map = new Map<string, string>();
    if (!del && to.length > 0) from.forEach((c, i) => map.set(c, to[Math.min(i, to.length - 1)]!));
    const squeezeSet = new Set(del || to.length === 0 ? from : to);
    let out = '';
    let last = '';
    for (const c of ctx.stdin) {
      if (del && matches(c)) continue;
      let x = c;
      if (!del && to.length > 0 && matches(c)) x = parsed.has('c') ? to[to.length - 1]! : (map.get(c) ?? c);
      if (squeeze && x === last && squeezeSet.has(x) !== (parsed.has('c') && !del && to.length === 0)) continue;
      out += x;
      last = x;
    }
    return { out: out === '' ? [] : [{ text: out, stream: 'out' }], status: 0 };
  },
};
