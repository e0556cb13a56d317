// hostname: prints the host name of the current scope: the LPAR's in the
// global environment, the WPAR's inside a WPAR (reference 1.6). -s prints the
// short name. Setting the name (hostname NAME) says it is not supported yet;
// inside a WPAR it is refused (Operation not permitted).

import type { Command, FlagSpec } from '../engine/contract.js';
import { scopeHostname } from '../world/scope.js';
import { isFailure, parseFlags } from './lib/args.js';
import { EPERM, notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: hostname [-s] [HostName]'];

const FLAGS: readonly FlagSpec[] = [{ flag: 's', doc: 'The short name (up to the first dot).' }];

export const hostname: Command = {
  name: 'hostname',
  scope: 'any',
  summary: 'Print the host name of this environment',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays the host name of the current environment.',
    synopsis: ['hostname [-s]'],

    examples: ['hostname'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, hostname);
    if (isFailure(parsed)) return parsed;
    // Inside a WPAR its network configuration cannot be changed (IBM, reference 1.3): EPERM (wording INFERRED); chwpar -h sets it from the global environment.
    if (parsed.operands.length > 0 && ctx.scope.kind === 'wpar') return failWith([`hostname: sethostname: ${EPERM}`], 1);
    if (parsed.operands.length > 0) return failWith([notYet('hostname NAME (changing the host name)')]);
    const name = scopeHostname(ctx.world, ctx.scope);
    return { out: lines([parsed.opts.length > 0 ? name.split('.')[0]! : name]), status: 0 };
  },
};
