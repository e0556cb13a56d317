// uptime: the time, how long the LPAR has run since it booted, the users
// logged in and the load averages (lib/logins.ts; layout RECALLED from AIX 7,
// "load average:" as monitoring tools parse it).

import type { Command } from '../engine/contract.js';
import { uptimeLine } from './lib/logins.js';
import { lines } from './lib/output.js';

export const uptime: Command = {
  name: 'uptime',
  scope: 'any',
  summary: 'How long the system has run, users, load',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Shows how long the system has been up.', synopsis: ['uptime'], examples: ['uptime'] },
  run: (ctx) => ({ out: lines([uptimeLine(ctx)]), status: 0 }),
};
