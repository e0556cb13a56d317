// restwpar: creates a system WPAR from a savewpar image (-f file or tape,
// default /dev/rmt0), with its saved files, optionally under a new name (-n),
// host name (-h), base directory (-d) and networks (-M '-N attr=value ...'),
// and starts it (-s). -F replaces an existing WPAR of that name (stopped and
// removed first); without it an existing name is refused. -A marks it to start
// at boot, -a resolves address conflicts at start. A failed restore leaves no
// WPAR behind. -b -B -C -i -k -K -r -S -U -w and mkwpar flags other than -N
// in -M say they are not supported yet.
// Output: the restore header of reference 11.1 (RECALLED low-medium), then
// mkwpar's (3.4) and, with -s, startwpar's (5.2).

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { readImage, restoreWpar } from '../world/backup.js';
import type { AttrGroup } from '../world/types.js';
import { changeWpar, findWpar, isRunning, startWpar } from '../world/wpars.js';
import { getoptOf, isFailure, notSimulated, parseFlags } from './lib/args.js';
import { attrGroup, NETWORK_ATTRS } from './lib/attrs.js';
import { imageErrorLines } from './lib/backup.js';
import { resolve } from './lib/files.js';
import { getopt, getoptMessage } from './lib/getopt.js';
import { createOutput, removeOutput, startOutput, stopOutput } from './lib/lifecycle.js';
import { badAttribute, notYet, restoreFailed, worldErrorText } from './lib/messages.js';
import { MKWPAR_FLAGS } from './lib/mkwpar-flags.js';
import { errLine, failWith, line, lines } from './lib/output.js';
import { dateString } from './lib/time.js';

const USAGE = [
  'Usage: restwpar [-a] [-A] [-b Blocks] [-B devexportsFile] [-C] [-d Directory] [-f Device] [-F]',
  '        [-h hostName] [-i imagedataFileName] [-k] [-K] [-M mkwparFlags] [-n WparName] [-r] [-s]',
  '        [-S {a|A|f|F|n}] [-U] [-w wparSpecificationFile]',
];

/** The networks of a -M string; only mkwpar's -N is supported there. */
function networksOf(text: string): AttrGroup[] | string[] {
  const { optstring, options } = getoptOf(MKWPAR_FLAGS);
  const r = getopt(text.trim().split(/\s+/).filter(Boolean), optstring, options);
  if (!r.ok) return [getoptMessage('mkwpar', r)];
  if (r.operands.length > 0) return [badAttribute('restwpar', '-M', r.operands[0]!)];
  const networks: AttrGroup[] = [];
  for (const o of r.opts) {
    if (o.flag !== 'N') return [notYet(`restwpar -M with mkwpar -${o.flag}`)];
    const group = attrGroup('restwpar', o, NETWORK_ATTRS);
    if (Array.isArray(group)) return group;
    networks.push(group);
  }
  return networks;
}

const FLAGS: readonly FlagSpec[] = [
  { flag: 'f', arg: 'Device', doc: 'The backup file or tape; /dev/rmt0 by default.' },
  { flag: 'n', arg: 'WparName', doc: 'The name of the new workload partition; by default the saved one.' },
  { flag: 'h', arg: 'HostName', doc: 'Its host name.' },
  { flag: 'd', arg: 'Directory', doc: 'Its base directory.' },
  { flag: 'M', arg: 'mkwparFlags', doc: "mkwpar flags for the new partition, such as '-N address=...'." },
  { flag: 'F', doc: 'Replaces a workload partition of the same name (stopped and removed first).' },
  { flag: 's', doc: 'Starts the workload partition after restoring it.' },
  { flag: 'A', doc: 'Starts it each time the system starts.' },
  { flag: 'a', doc: 'Resolves conflicts (addresses, host names) with existing workload partitions automatically.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('b:B:Ci:kKrS:Uw:'),
];

export const restwpar: Command = {
  name: 'restwpar',
  scope: 'global',
  summary: 'Create a workload partition from a savewpar backup (-f)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Restores a workload partition.',
    synopsis: ['restwpar [-a] [-A] [-d Directory] [-f Device] [-F] [-h HostName] [-M mkwparFlags] [-n WparName] [-s]'],

    examples: ['restwpar -f/dev/rmt1', "restwpar -s -F -f /tmp/wpar1_backup.bff -h toyman -n toyman -d /wpars/toyman -M '-N address=9.3.63.36 broadcast=9.3.63.255'"],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, restwpar);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE);
    const dir = parsed.arg('d');
    if (dir !== undefined && !dir.startsWith('/')) return failWith([badAttribute('restwpar', '-d', dir)]);
    let networks: AttrGroup[] | undefined;
    const m = parsed.arg('M');
    if (m !== undefined) {
      const n = networksOf(m);
      if (n.length > 0 && typeof n[0] === 'string') return failWith(n as string[]);
      if (n.length > 0) networks = n as AttrGroup[];
    }
    const device = parsed.arg('f') ?? '/dev/rmt0';
    const image = readImage(ctx.world, resolve(ctx, device).global);
    if (!image.ok) return failWith([...imageErrorLines('restwpar', image.error, device), restoreFailed('restwpar')]);

    const restored = restoreWpar(
      ctx.world,
      image.value,
      {
        force: parsed.has('F'),
        ...(parsed.arg('n') !== undefined ? { name: parsed.arg('n')! } : {}),
        ...(parsed.arg('h') !== undefined ? { hostname: parsed.arg('h')! } : {}),
        ...(dir !== undefined ? { directory: dir } : {}),
        ...(networks ? { networks } : {}),
      },
      ctx.now,
    );
    if (!restored.ok) return failWith(worldErrorText('restwpar', restored.error));
    let { world, wpar } = restored.value;
    if (parsed.has('A')) {
      world = changeWpar(world, wpar.name, { auto: true });
      wpar = findWpar(world, wpar.name)!;
    }
    const out: Chunk[] = [...header(device, image.value.date, ctx.world.lpar.timezone, JSON.stringify(image.value.wpar).length)];
    const replaced = restored.value.replaced;
    if (replaced) out.push(...(isRunning(replaced) ? stopOutput(replaced, false, true) : []), ...removeOutput(replaced, ctx.world));
    out.push(...createOutput(wpar, world));
    if (!parsed.has('s')) return { out, status: 0, world };
    const started = startWpar(world, wpar.name, ctx.now, parsed.has('a'));
    if (!started.ok) return { out: [...out, ...worldErrorText('startwpar', started.error).map(errLine)], status: 1, world };
    out.push(...startOutput(started.value.wpar, started.value.wpar.corPid!, false, started.value));
    return { out, status: 0, world: started.value.world };
  },
};

/** restore's volume header and the image's own files. */
function header(device: string, date: number, zone: string, specSize: number): Chunk[] {
  const imageData = 5891;
  return [
    ...lines([
      `New volume on ${device}:`,
      ' Cluster 51200 bytes (100 blocks).',
      '    Volume number 1',
      `    Date of backup: ${dateString(date, zone)}`,
      '    Files backed up by name',
      '    User root',
    ]),
    line(` x ${String(specSize).padStart(12)} ./.savewpar_dir/wpar.spec`, 400),
    line(` x ${String(imageData).padStart(12)} ./.savewpar_dir/image.data`, 300),
    line(` total size: ${specSize + imageData}`, 200),
    line(' files restored: 2', 100),
  ];
}
