// oslevel: the AIX level. No flag: base level (7.3.0.0); -r: technology level
// (7300-02); -s: service pack (7300-02-01-2346). A shared WPAR reports the
// global level (its /usr is the global one). -q lists the levels known to the
// system instead: -sq the current technology level's service packs, newest
// first, down to its base (SP 0, build 0000), under "Known service packs";
// -rq the technology levels; -q alone the base level. -l -g say they are not
// supported yet. Formats: reference 1.5 (SOURCED samples, DOC format); -sq
// from IBM's oslevel page (its 6100-00 example); the -rq and -q headings
// RECALLED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { scopeOsLevel } from '../world/scope.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: oslevel [-l Level | -g Level | -q] [-r | -s]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'r', doc: 'The technology level (7300-02).' },
  { flag: 's', doc: 'The service pack (7300-02-01-2346).' },
  // AIX's other flags, not simulated yet: each says so.
  { flag: 'q', doc: 'Lists the known levels instead: with -s the service packs, with -r the technology levels.' },
  ...notSimulated('l:g:'),
];

/** The levels `oslevel -q` knows: the heading, then newest first. */
function known(level: string, kind: 's' | 'r' | ''): string[] {
  const [vr = '', tl = '00', sp = '00', build = '0000'] = level.split('-');
  const tls = Array.from({ length: Number(tl) + 1 }, (_, i) => `${vr}-${String(Number(tl) - i).padStart(2, '0')}`);
  const heading = (text: string) => [text, '-'.repeat(text.length)];
  if (kind === 'r') return [...heading('Known Recommended Maintenance Levels'), ...tls];
  if (kind === '') return [...heading('Known Maintenance Levels'), `${vr[0]}.${vr[1]}.0.0`];
  // Only the installed service pack's build date is known here; earlier ones of the level are listed with 0000 only for SP 0.
  const sps = Number(sp) > 0 ? [`${vr}-${tl}-${sp}-${build}`, `${vr}-${tl}-00-0000`] : [`${vr}-${tl}-00-0000`];
  return [...heading('Known service packs'), ...sps];
}

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
    if (flags.includes('q')) return { out: lines(known(level, flags.includes('s') ? 's' : flags.includes('r') ? 'r' : '')), status: 0 };
    const text = flags.includes('s') ? level : flags.includes('r') ? level.slice(0, 7) : `${level[0]}.${level[1]}.0.0`;
    return { out: lines([text]), status: 0 };
  },
};
