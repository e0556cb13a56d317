// wparexec: runs a command in a new application WPAR (type A, directory "/",
// sharing the global file systems) that exists while the command runs and is
// removed when it ends (guide "Application WPAR"). -n Name (default: the
// command's name), -N attr=value (its address), then [--] command args. The
// progress lines are those of IBM's example (reference 11.2, DOC; its cut-off
// last line completed as INFERRED there) and go to standard error, so that
// `wparexec -n wparname -- /usr/bin/ps -ef > /ps.out` puts only the
// command's output in /ps.out. Status: the command's. Other flags (-f, -o,
// -e, -c, -R, -M, ...) say they are not supported yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { removeAppWpar, startAppWpar } from '../world/appwpar.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { attrGroup, NETWORK_ATTRS } from './lib/attrs.js';
import { worldErrorText } from './lib/messages.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = [
  'Usage: wparexec [-a] [-c] [-1] [-F] [-h hostname] [-H architecture] [-i] [-I attribute=value ...] ...',
  '        [-M attribute=value ...] ... [-N attribute=value ...] ... [-R attribute=value ...] [-u userscript] [-v] [-x]',
  '        { -n wparname [-e existingwpar | -f infile] [-o outfile [-w]] | -f infile [-n wparname] [-o outfile [-w]] |',
  '          -w -o outfile [-n wparname] [-e existingwpar | -f infile] } [[--] [var=value ...] /path/to/command [arg ...]]',
];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'n', arg: 'WparName', doc: "The name; by default the command's." },
  { flag: 'N', arg: 'attr=value', takes: 'list', doc: 'A network address for it.' },
  { flag: 'I', arg: 'Value', takes: 'list' },
  { flag: 'M', arg: 'Value', takes: 'list' },
  { flag: 'R', arg: 'Value', takes: 'list' },
  { flag: 'v', doc: 'Verbose: the creation and start messages, as without it.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('ac1Fh:H:iu:xe:f:o:w'),
];

export const wparexec: Command = {
  name: 'wparexec',
  scope: 'global',
  summary: 'Run a command in a transient application WPAR',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Runs an application workload partition.',
    synopsis: ['wparexec [-n WparName] [-N attr=value ...] [--] Command [Argument ...]'],
    operands: [['--', 'Ends the flags; the command follows.']],
    examples: ['wparexec -n wparname -- /usr/bin/ps -ef > /ps.out'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, wparexec);
    if (isFailure(parsed)) return parsed;
    const [command, ...args] = parsed.operands;
    if (command === undefined) return failWith(['wparexec: 0960-108 A command to run in the workload partition must be specified.', ...USAGE]);
    const networks = [];
    for (const o of parsed.opts.filter((x) => x.flag === 'N')) {
      const g = attrGroup('wparexec', o, NETWORK_ATTRS);
      if (Array.isArray(g)) return failWith(g);
      networks.push({ interface: 'en0', ...g });
    }
    const name = parsed.arg('n') ?? command.slice(command.lastIndexOf('/') + 1);
    const started = startAppWpar(ctx.world, name, networks, [command, ...args].join(' '), ctx.now);
    if (!started.ok) return failWith(worldErrorText('wparexec', started.error));
    const note = (t: string, delayMs = 300): Chunk => ({ ...errLine(t), delayMs });
    const before = [
      note('wparexec: Verifying filesystems...'),
      note(`wparexec: Workload partition ${name} created successfully.`),
      note(`startwpar: COMMAND START, ARGS: ${name}`),
      note(`startwpar: Starting workload partition '${name}'`),
      note('startwpar: Mounting all workload partition file systems'),
      note('startwpar: Loading workload partition', 800),
    ];
    const result = ctx.runIn({ kind: 'wpar', name }, started.value.world, [command, ...args]);
    const after = [
      note('startwpar: Shutting down all workload partition processes', 600),
      note(`rmwpar: Removing workload partition ${name}`),
      note('rmwpar: Return Status = SUCCESS'),
      note('startwpar: Return Status = SUCCESS'),
    ];
    const world = removeAppWpar(result.world ?? started.value.world, name);
    return { out: [...before, ...result.out, ...after], status: result.status, world };
  },
};
