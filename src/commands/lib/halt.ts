// What shutdown, halt and reboot share. Inside a system WPAR they stop it
// (and reboot starts it again), as stopwpar and rebootwpar do from the global
// environment; the login session in it ends, so the shell is back in the
// global environment. In the global environment they would halt the LPAR,
// and every WPAR and this session with it: that says it is not supported
// yet. shutdown's messages RECALLED from AIX 7.

import type { CommandContext, CommandResult } from '../../engine/contract.js';
import { startWpar, stopWpar } from '../../world/wpars.js';
import { worldErrorText } from './messages.js';
import { failWith, lines } from './output.js';
import { dateString } from './time.js';

/** shutdown's report, down to its last line (the date as date prints it). */
export function shutdownLines(now: number, zone: string, restart: boolean): string[] {
  return [
    '',
    'SHUTDOWN PROGRAM',
    dateString(now, zone),
    '',
    "Wait for '....Halt completed....' before stopping.",
    'Error reporting has stopped.',
    'Advanced Accounting has stopped...',
    'Process accounting has stopped.',
    '',
    'All processes currently running will now be killed...',
    'Unmounting the file systems...',
    restart ? 'Rebooting . . .' : '....Halt completed....',
  ];
}

/** Stops the WPAR the shell is in (and starts it again with `restart`); its session ends. */
export function haltWpar(ctx: CommandContext, name: string, said: readonly string[], restart: boolean): CommandResult {
  if (ctx.scope.kind === 'global') return failWith([`wparsim: ${name} in the global environment (halting the LPAR, every WPAR with it) is not supported yet`]);
  const wpar = ctx.scope.name;
  const stopped = stopWpar(ctx.world, wpar, ctx.now);
  if (!stopped.ok) return failWith(worldErrorText(name, stopped.error));
  let world = stopped.value.world;
  if (restart) {
    const again = startWpar(world, wpar, ctx.now);
    if (again.ok) world = again.value.world;
  }
  return { out: lines([...said]), status: 0, world, effects: [{ kind: 'exit', status: 0 }] };
}
