// kill: sends a signal to simulated processes (default SIGTERM; -9, -KILL,
// -s NAME accepted): the process ends. Inside a WPAR, its PIDs. init (PID 1)
// cannot be killed, nor a WPAR's init from the global environment (stopwpar
// stops a WPAR). Unknown PID: "kill: N: 0403-003 The specified process
// does not exist." [RECALLED: AIX ksh kill]. -l lists signal names.

import type { Chunk, Command } from '../engine/contract.js';
import { endProcess, pidInside } from '../world/processes.js';
import { scopeName } from '../world/scope.js';
import { errLine, failWith, lines } from './lib/output.js';

const SIGNALS = 'HUP INT QUIT ILL TRAP ABRT EMT FPE KILL BUS SEGV SYS PIPE ALRM TERM URG STOP TSTP CONT CHLD TTIN TTOU IO XCPU XFSZ';

export const kill: Command = {
  name: 'kill',
  scope: 'any',
  summary: 'End a simulated process',
  flags: [{ flag: 'l', doc: 'The signal names.' }],
  ownFlagParsing: true,
  manual: {
    purpose: 'Sends a signal to running processes.',
    synopsis: ['kill [-Signal] PID ...', 'kill -l'],
    operands: [['-Signal', 'A signal number or name (default TERM).']],
    examples: ['kill 6750682'],
  },
  run(ctx) {
    let args = ctx.argv.slice(1);
    if (args[0] === '-l') return { out: lines([SIGNALS]), status: 0 };
    if (args[0] === '-s') args = args.slice(2);
    else if (args[0]?.startsWith('-')) args = args.slice(1);
    if (args.length === 0) return failWith(['Usage: kill [ -SignalNumber | -SignalName ] { ProcessID | - ProcessGroupID }', '       kill -l [ ExitStatus ]'], 2);
    const inside = ctx.scope.kind === 'wpar';
    let world = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const a of args) {
      const pid = Number(a);
      const proc = world.processes.find((p) => (inside ? p.wpar === scopeName(ctx.scope) && pidInside(p) === pid : p.pid === pid));
      if (!/^\d+$/.test(a) || !proc) {
        out.push(errLine(`kill: ${a}: 0403-003 The specified process does not exist.`));
        status = 1;
        continue;
      }
      if ((inside ? pidInside(proc) : proc.pid) === 1) {
        out.push(errLine(`kill: ${a}: The file access permissions do not allow the specified action.`));
        status = 1;
        continue;
      }
      if (proc.cmd === '/etc/init' && proc.wpar) {
        out.push(errLine(`kill: ${a}: The file access permissions do not allow the specified action.`));
        status = 1;
        continue;
      }
      world = endProcess(world, proc);
    }
    return { out, status, world };
  },
};
