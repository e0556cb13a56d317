// awk: the pattern scanning and processing language, as admins use it in
// pipelines over lswpar, df and ps: -F, -v, 'program' or -f progfile,
// patterns (expressions, /regex/, ranges, BEGIN, END) and actions, fields,
// variables and arrays, print and printf, the POSIX built-in functions
// (lib/awk-*.ts). Not simulated yet: user functions, getline, output
// redirection (print > file), and the system function. Messages follow
// AIX awk's "awk: 0602-..." catalogue only where they are on record; the
// others are plain.

import type { Command, FlagSpec } from '../engine/contract.js';
import { readFile } from '../world/fs.js';
import { isFailure, parseFlags } from './lib/args.js';
import { AwkNotYet, AwkSyntaxError } from './lib/awk-lexer.js';
import { parseAwk } from './lib/awk-parser.js';
import { Awk, AwkRuntimeError } from './lib/awk-run.js';
import { readOperand, resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: awk [-u] [-F Character][-v Variable=Value][-f File|Commands][Variable=Value|File ...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'F', arg: 'Ere', doc: 'The field separator (a character, or an extended regular expression).' },
  { flag: 'v', arg: 'Assignment', doc: 'Sets a variable before the program starts (Variable=Value).' },
  { flag: 'f', arg: 'ProgramFile', doc: 'Reads the program from a file.' },
  { flag: 'u', doc: 'Unbuffered output (all output is, in wparsim).' },
];

export const awk: Command = {
  name: 'awk',
  scope: 'any',
  summary: 'Pattern scanning and processing language',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Finds lines in files that match patterns and then performs specified actions on them.',
    synopsis: ["awk [-F Ere] [-v Assignment] ... 'Program' [File ...]", 'awk [-F Ere] -f ProgramFile [File ...]'],
    examples: ["lswpar | awk 'NR > 2 {print $1, $2}'", 'lswpar -c -q -a name,state | awk -F: \'$2 == "A" {print $1}\'', "df -g | awk '{sum += $3} END {print sum}'"],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, awk);
    if (isFailure(parsed)) return parsed;
    const operands = [...parsed.operands];
    let source: string;
    const progFile = parsed.arg('f');
    if (progFile !== undefined) {
      const r = readFile(ctx.world, resolve(ctx, progFile).global);
      if (!r.ok) return failWith([`awk: 0602-546 Cannot open file ${progFile}.`], 2);
      source = r.value;
    } else {
      const p = operands.shift();
      if (p === undefined) return failWith(USAGE, 2);
      source = p;
    }
    const assignments: [string, string][] = [];
    for (const o of parsed.opts) {
      if (o.flag !== 'v') continue;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(o.arg ?? '');
      if (!m) return failWith([`awk: The -v option takes Variable=Value, not ${o.arg}.`], 2);
      assignments.push([m[1]!, m[2]!]);
    }
    const fs = parsed.arg('F');
    if (fs !== undefined) assignments.push(['FS', fs === 't' ? '\t' : fs]);
    // Operands: files, and Variable=Value assignments made before the file after them is read (all before, here).
    const inputs: { name: string; text: string }[] = [];
    for (const o of operands) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(o);
      if (m) {
        assignments.push([m[1]!, m[2]!]);
        continue;
      }
      const r = readOperand(ctx, o);
      if (!r.ok) return failWith([`awk: 0602-533 Cannot find or open file ${o}.`], 2);
      inputs.push({ name: o, text: r.value });
    }
    if (inputs.length === 0) inputs.push({ name: '', text: ctx.stdin });
    try {
      const program = parseAwk(source);
      const result = new Awk(program, assignments, { tick: ctx.stopIfInterrupted }).run(inputs);
      return { out: result.out === '' ? [] : [{ text: result.out, stream: 'out' }], status: result.status };
    } catch (e) {
      if (e instanceof AwkNotYet) return failWith([notYet(`awk ${e.message}`)]);
      if (e instanceof AwkSyntaxError) return failWith([`awk: ${e.message}`, ` The source line is 1.`], 2);
      if (e instanceof AwkRuntimeError) return failWith([`awk: ${e.message}`], 2);
      throw e;
    }
  },
};
