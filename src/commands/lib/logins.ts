// Who is logged in, for who, w and uptime: in the global environment root
// on pts/0 since a little after boot (the learner's session); inside a WPAR
// root since the last clogin. Layouts RECALLED from AIX 7.

import type { CommandContext } from '../../engine/contract.js';
import { BOOT_TIME } from '../../world/factory.js';
import { findWpar } from '../../world/wpars.js';
import { MONTHS } from './time.js';

export interface Login {
  user: string;
  tty: string;
  since: number;
  from: string;
}

export function loginsOf(ctx: CommandContext): Login[] {
  if (ctx.scope.kind === 'global') return [{ user: 'root', tty: 'pts/0', since: BOOT_TIME + 20 * 60_000, from: '192.168.10.5' }];
  const w = findWpar(ctx.world, ctx.scope.name);
  return [{ user: 'root', tty: 'pts/0', since: w?.lastLogin ?? ctx.now, from: 'Global' }];
}

const two = (n: number) => String(n).padStart(2, '0');

/** "09:34PM", as uptime and w print the time of day. */
export function clock12(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${two(h % 12 === 0 ? 12 : h % 12)}:${two(d.getUTCMinutes())}${h < 12 ? 'AM' : 'PM'}`;
}

/** "Nov 30 21:34", as who prints a login time. */
export function whenLoggedIn(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** uptime's line: the time, how long since boot, the users, the load averages. */
export function uptimeLine(ctx: CommandContext): string {
  const up = Math.max(0, ctx.now - BOOT_TIME);
  const days = Math.floor(up / 86_400_000);
  const hours = Math.floor((up % 86_400_000) / 3_600_000);
  const mins = Math.floor((up % 3_600_000) / 60_000);
  const span = `${days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : ''}${hours > 0 || days > 0 ? `${String(hours).padStart(2)}:${two(mins)}` : `${mins} min${mins === 1 ? '' : 's'}`}`;
  const users = loginsOf(ctx).length;
  return `  ${clock12(ctx.now)}   up ${span},  ${users} user${users === 1 ? '' : 's'},  load average: 0.10, 0.12, 0.09`;
}
