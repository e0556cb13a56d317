// help: wparsim's own list of the commands it implements in the current scope,
// one line each. Not an AIX command; AIX has man pages instead (`man` comes
// with the interactive-shell issue).

import type { Command } from '../engine/contract.js';
import { lines } from './lib/output.js';

export const help: Command = {
  name: 'help',
  scope: 'any',
  summary: 'List the commands wparsim implements here',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: "Lists the commands wparsim implements in the current environment (wparsim's own command).", synopsis: ['help'], examples: ['help'] },
  run(ctx) {
    const where = ctx.scope.kind === 'global' ? 'the global environment' : `workload partition ${ctx.scope.name}`;
    const rows = ctx.available.map((c) => `  ${c.name.padEnd(11)} ${c.summary}`);
    return {
      out: lines([`Commands wparsim implements in ${where}:`, ...rows, 'Other AIX commands say "not supported yet"; unknown ones get ksh\'s "not found."']),
      status: 0,
    };
  },
};
