// oslevel: the AIX level. No flag: base level (7.3.0.0); -r: technology level
// (7300-02); -s: service pack (7300-02-01-2346). A shared WPAR reports the
// global level (its /usr is the global one). -q -l -g say they are not
// supported yet. Formats: reference 1.5 (SOURCED samples, DOC format).

import type { Command, FlagSpec } from '../engine/contract.js';
import { scopeOsLevel } from '../world/scope.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: oslevel [-l Level | -g Level | -q] [-r | -s]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'r', doc: 'The technology level (7300-02).' },
  { flag: 's', doc: 'The service pack (7300-02-01-2346).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('l:g:q'),
];

export const oslevel: Command = {
  name: 'oslevel',
  scope: 'any',
  summary: 'Print the AIX level (-s service pack, -r technology level)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Reports the level of the operating system.',
    synopsis: ['oslevel [-r | -s]'],

    examples: ['oslevel -s'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, oslevel);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE);
    const flags = parsed.opts.map((o) => o.flag);
    if (flags.includes('r') && flags.includes('s')) return failWith(USAGE);
    const level = scopeOsLevel(ctx.world, ctx.scope);
    const text = flags.includes('s') ? level : flags.includes('r') ? level.slice(0, 7) : `${level[0]}.${level[1]}.0.0`;
    return { out: lines([text]), status: 0 };
  },
};
