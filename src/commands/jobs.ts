// jobs: lists the shell's background jobs. wparsim runs none (& says it is
// not supported yet), so the list is empty and the status 0, as ksh's jobs
// with no jobs. -l, -n and -p are accepted.

import type { Command } from '../engine/contract.js';

export const jobs: Command = {
  name: 'jobs',
  scope: 'any',
  summary: 'List background jobs (there are none)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays the status of jobs in the current session; wparsim runs no background jobs, so it lists none.', synopsis: ['jobs [-l | -n | -p] [JobID ...]'], examples: ['jobs -l'] },
  run: () => ({ out: [], status: 0 }),
};
