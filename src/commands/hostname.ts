// hostname: prints the host name of the current scope: the LPAR's in the
// global environment, the WPAR's inside a WPAR (reference 1.6). -s prints the
// short name. Setting the name (hostname NAME) says it is not supported yet.

import type { Command } from '../engine/contract.js';
import { scopeHostname } from '../world/scope.js';
import { isFailure, parseFlags } from './lib/args.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const hostname: Command = {
  name: 'hostname',
  scope: 'any',
  summary: 'Print the host name of this environment',
  manual: {
    purpose: 'Displays the host name of the current environment.',
    synopsis: ['hostname [-s]'],
    flags: [['-s', 'The short name (up to the first dot).']],
    examples: ['hostname'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, 's', ['Usage: hostname [-s] [HostName]']);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith([notYet('hostname NAME (changing the host name)')]);
    const name = scopeHostname(ctx.world, ctx.scope);
    return { out: lines([parsed.opts.length > 0 ? name.split('.')[0]! : name]), status: 0 };
  },
};
