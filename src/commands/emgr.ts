// emgr -l: the interim fixes (efixes) installed. The factory LPAR and its
// WPARs have none, so it says so, on standard error with status 0 as on AIX.
// Installing, removing and checking efixes (-e -r -c -d ...) say they are not
// supported yet.
// The usage line is an abbreviation of AIX's (INFERRED).
// Format: "There is no efix data on this system." from public captures (an
// ansible-power-aix module's documented stderr sample; a script that notes
// emgr prints it on standard error with exit 0, verified on two systems).

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = ['Usage: emgr -l [-L Label | -n EfixNumber | -u VUID] [-v{1-3}] [-X]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', doc: 'Lists the installed interim fixes.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('e:r:c:d:L:n:u:v:XpqmI:aA:P'),
];

export const emgr: Command = {
  name: 'emgr',
  scope: 'any',
  summary: 'List interim fixes (-l)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Starts the interim fix manager, which installs, removes, lists and checks interim fixes.',
    synopsis: ['emgr -l'],

    examples: ['emgr -l'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, emgr);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0 || !parsed.has('l')) return failWith(USAGE);
    return { out: [errLine('There is no efix data on this system.')], status: 0 };
  },
};
