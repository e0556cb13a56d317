// head: the first lines (default 10) of files or standard input; -n N or -N.

import { filterInput, textLines } from './lib/files.js';
import { errLine, failWith, lines } from './lib/output.js';
import type { Command } from '../engine/contract.js';

export function count(args: readonly string[], cmd: string): { n: number; files: string[] } | string {
  let n = 10;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n') { const v = args[++i]; if (v === undefined || !/^\d+$/.test(v)) return `Usage: ${cmd} [-count | -n number] [File ...]`; n = Number(v); }
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (a.startsWith('-') && a !== '-') return `Usage: ${cmd} [-count | -n number] [File ...]`;
    else files.push(a);
  }
  return { n, files };
}

export const head: Command = {
  name: 'head',
  scope: 'any',
  summary: 'First lines of files (-n N)',
  manual: { purpose: 'Displays the first few lines of a file.', synopsis: ['head [-n Number | -Number] [File ...]'], flags: [['-n Number', 'How many lines (default 10).']], examples: ['lswpar -L wpar1 | head -5'] },
  run(ctx) {
    const c = count(ctx.argv.slice(1), 'head');
    if (typeof c === 'string') return failWith([c], 2);
    const { text, errors } = filterInput(ctx, 'head', c.files);
    return { out: [...errors.map(errLine), ...lines(textLines(text).slice(0, c.n))], status: errors.length ? 2 : 0 };
  },
};
