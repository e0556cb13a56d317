// host: resolves a host name (or address) from the scope's /etc/hosts (a
// WPAR has its own: loopback only, or the global one copied by mkwpar -r).
// "NAME is ADDRESS,  Aliases:   ALIAS, ..." and "host: 0827-801 Host name X
// does not exist." [RECALLED: AIX host]. There is no network: DNS is not
// asked.

import type { Command } from '../engine/contract.js';
import { scopeHosts } from './lib/hosts.js';
import { failWith, lines } from './lib/output.js';

export const host: Command = {
  name: 'host',
  scope: 'any',
  summary: 'Resolve a host name from /etc/hosts',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Resolves a host name into an Internet address or an Internet address into a host name.', synopsis: ['host Name | Address'], examples: ['host wpar1'] },
  run(ctx) {
    const name = ctx.argv[1];
    if (name === undefined || ctx.argv.length > 2) return failWith(['Usage: host [-n [-i|-c]] [-a] [-d] [-t Type] [-r] [-v] [-w] [-W Wait] Name [Server]'], 1);
    const entries = scopeHosts(ctx);
    const hit = entries.find((e) => e.address === name || e.names.includes(name));
    if (!hit || hit.names.length === 0) return failWith([`host: 0827-801 Host name ${name} does not exist.`]);
    const [canonical, ...aliases] = hit.names as [string, ...string[]];
    return { out: lines([`${canonical} is ${hit.address}${aliases.length ? `,  Aliases:   ${aliases.join(', ')}` : ''}`]), status: 0 };
  },
};
