// diff: the differences between two files of the simulated tree (or a file
// and standard input, "-"), in the normal format: 3c3, 5d4, 7a8 lines, then
// "< " old and "> " new lines, "---" between. Exit 0 when they are the same,
// 1 when they differ, 2 on trouble (POSIX, as AIX's). The lines are matched
// by the diff library (Myers' algorithm). Not simulated yet: -c, -u, -e,
// -r (directories), and the other flags.

import { diffLines } from 'diff';
import type { Command } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { readOperand } from './lib/files.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: diff [-c|-C Lines|-e|-f|-n|-u|-U Lines] [-b] [-i] [-l] [-r] [-s] [-S File] [-t] [-w] [-D String] File1 File2'];

const range = (start: number, count: number): string => (count === 1 ? String(start) : `${start},${start + count - 1}`);

export const diff: Command = {
  name: 'diff',
  scope: 'any',
  summary: 'Differences between two files',
  flags: [...notSimulated('cC:efnuU:bilrsS:twD:h')],
  usage: USAGE,
  manual: {
    purpose: 'Compares text files and shows the lines that differ.',
    synopsis: ['diff File1 File2'],
    examples: ['diff /etc/hosts /wpars/web1/etc/hosts'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, diff);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 2) return failWith(USAGE, 2);
    const texts: string[] = [];
    for (const f of parsed.operands) {
      const r = readOperand(ctx, f);
      if (!r.ok) return failWith([`diff: ${f}: A file or directory in the path name does not exist.`], 2);
      texts.push(r.value);
    }
    const parts = diffLines(texts[0]!, texts[1]!);
    const out: string[] = [];
    const body = (value: string, mark: string) =>
      value
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `${mark} ${l}`);
    let a = 1;
    let b = 1;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const count = p.count ?? 0;
      if (!p.added && !p.removed) {
        a += count;
        b += count;
      } else if (p.removed && parts[i + 1]?.added) {
        const add = parts[++i]!;
        const addCount = add.count ?? 0;
        out.push(`${range(a, count)}c${range(b, addCount)}`, ...body(p.value, '<'), '---', ...body(add.value, '>'));
        a += count;
        b += addCount;
      } else if (p.removed) {
        out.push(`${range(a, count)}d${b - 1}`, ...body(p.value, '<'));
        a += count;
      } else {
        out.push(`${a - 1}a${range(b, count)}`, ...body(p.value, '>'));
        b += count;
      }
    }
    return { out: lines(out), status: out.length > 0 ? 1 : 0 };
  },
};
