// chwpar: changes a WPAR. Implements -D attr=value ... (allocate a disk;
// exported at once to an active WPAR, which must then run cfgmgr), -K -D
// devname=... (deallocate; an exported disk is unconfigured first, which
// fails while a volume group on it is varied on), -A and -K -A (start at
// system boot). A WPAR cannot become a rootvg WPAR after it is made (guide
// "Rootvg WPAR"), -N / -K -N address=... (add or remove an address: there is
// no in-place change, guide "Changing a WPAR's IP address"), -R / -K -R
// (resource controls, validated as mkwpar does), -h (host name), -u / -K -u
// (start/stop script), -n (rename a Defined WPAR; its directory stays). Silent
// on success (reference 8.1). The other flags (-M, -d, -i, -I, -S, -X, ...)
// say they are not supported yet.
// Errors: reference 8.2 and messages.ts.

import type { Command } from '../engine/contract.js';
import { allocate, deallocate } from '../world/devices.js';
import { addNetwork, removeNetwork } from '../world/network.js';
import { checkResource, RESOURCE_ATTRS } from '../world/resources.js';
import { changeWpar, findWpar, renameWpar } from '../world/wpars.js';
import { isFailure, parseFlags } from './lib/args.js';
import { attrGroup, DEVICE_ATTRS, NETWORK_ATTRS } from './lib/attrs.js';
import { badHostname, badResource, missingAttribute, notFound, notYet, worldErrorText } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = [
  'Usage: chwpar [-a] [-A] [-d directory] [-D attribute=value ...] ... [-F] [-h hostname] [-i] [-I attribute=value ...] ...',
  '        [-n newname] [-M attribute=value ...] [-N attribute=value ...] ... [-P] [-R attribute=value ...]',
  '        [-S attribute[+|-]=value ...] [-u userscript] [-U [uuid]] [-v] [-X attribute=value ...] wparname',
  '       chwpar -K [-A] [-D devname=devicepathname] ... [-I rtdest=destination rtgateway=gateway ...] ...',
  '        [-M attribute=value ...] [-N address=A.B.C.D] ... [-R [attribute ...]] [-S] [-u] [-v] [-X kext=value ...] wparname',
];

const OPTSTRING = 'aAb:B:cd:D:Fh:HiI:KM:n:N:PR:S:u:UvxX:';

export const chwpar: Command = {
  name: 'chwpar',
  scope: 'global',
  summary: 'Change a workload partition (-D allocate a disk, -K -D remove it, -A)',
  manual: {
    purpose: 'Changes the characteristics of a workload partition.',
    synopsis: ['chwpar [-A] [-D devname=Device [rootvg=yes] ...] WparName', 'chwpar -K [-A] [-D devname=Device] ... WparName'],
    flags: [
      ['-D devname=D', 'Allocates the device; to an active workload partition it is exported at once (run cfgmgr inside).'],
      ['-K', 'Removes what the other flags name: -K -D deallocates a device, -K -A turns Auto off.'],
      ['-A', 'Starts the workload partition when the system starts.'],
      ['-h HostName', 'Changes the host name.'],
      ['-n NewName', 'Renames a workload partition that is not running (its base directory stays).'],
      ['-u Script', 'Sets the start/stop script; -K -u removes it.'],
      ['-N attr=value', 'Adds a network address (address=, netmask=, interface=, broadcast=); with -K, address= removes one.'],
      ['-R attr=value', 'Changes resource controls (CPU=, memory=, totalProcesses=, ...); with -K, names of controls to set back to their defaults.'],
    ],
    examples: ['chwpar -D devname=hdisk2 wpar1', 'chwpar -K -D devname=hdisk2 wpar1', 'chwpar -R totalThreads=2048 shares_memory=100 wpar_name', 'chwpar -K -R totalProcesses shares_CPU wpar_name'],
  },
  run(ctx) {
    // With -K, -R names attributes without values ("-K -R totalProcesses shares_CPU"): give them an "="
    // so that getopt keeps them with -R.
    let argv = [...ctx.argv];
    // With -K, -u takes no script ("chwpar -K -u wparname").
    const dropScript = argv.includes('-K') && argv.includes('-u');
    if (dropScript) argv = argv.filter((a) => a !== '-u');
    if (argv.includes('-K')) {
      for (let i = argv.indexOf('-R') + 1; i > 0 && i < argv.length - 1 && (RESOURCE_ATTRS as readonly string[]).includes(argv[i]!); i++) argv[i] += '=';
    }
    const parsed = parseFlags({ ...ctx, argv }, OPTSTRING, USAGE, { multi: 'DIMNRSX' });
    if (isFailure(parsed)) return parsed;
    const other = parsed.opts.find((o) => !'ADKNRvhnu'.includes(o.flag));
    if (other) return failWith([notYet(`chwpar -${other.flag}`)]);
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const name = parsed.operands[0]!;
    const wpar = findWpar(ctx.world, name);
    if (!wpar) return failWith([notFound('chwpar', name)]);
    const remove = parsed.has('K');
    let world = ctx.world;
    if (parsed.has('A')) world = changeWpar(world, name, { auto: !remove });
    if (dropScript) world = changeWpar(world, name, { script: '' });
    else if (parsed.has('u')) world = changeWpar(world, name, { script: parsed.arg('u')! });
    const host = parsed.arg('h');
    if (host !== undefined) {
      if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,254}$/.test(host)) return failWith([badHostname('chwpar', host)]);
      world = changeWpar(world, name, { hostname: host });
    }
    for (const o of parsed.opts.filter((x) => x.flag === 'D')) {
      const group = attrGroup('chwpar', o, remove ? ['devname', 'devid'] : DEVICE_ATTRS);
      if (Array.isArray(group)) return failWith(group);
      const dev = group['devname'] ?? group['devid'];
      if (dev === undefined) return failWith([missingAttribute('chwpar', '-D', 'devname')]);
      const r = remove ? deallocate(world, name, dev) : allocate(world, name, group);
      if (!r.ok) return failWith(worldErrorText('chwpar', r.error));
      world = r.value;
    }
    for (const o of parsed.opts.filter((x) => x.flag === 'N')) {
      const group = attrGroup('chwpar', o, remove ? ['address', 'address6'] : NETWORK_ATTRS);
      if (Array.isArray(group)) return failWith(group);
      if (!group['address'] && !group['address6']) return failWith([missingAttribute('chwpar', '-N', 'address')]);
      const r = remove ? removeNetwork(world, name, group['address'] ?? group['address6']!) : addNetwork(world, name, group);
      if (!r.ok) return failWith(worldErrorText('chwpar', r.error));
      world = r.value;
    }
    for (const o of parsed.opts.filter((x) => x.flag === 'R')) {
      const group = attrGroup('chwpar', o, RESOURCE_ATTRS);
      if (Array.isArray(group)) return failWith(group);
      const current = world.wpars.find((w) => w.name === name)!;
      const resources = { ...current.resources };
      for (const [k, v] of Object.entries(group)) {
        if (remove) {
          delete resources[k];
          continue;
        }
        if (checkResource(k, v)) return failWith([badResource('chwpar', k, v)]);
        resources[k] = v;
      }
      world = changeWpar(world, name, { resources });
    }
    const newName = parsed.arg('n');
    if (newName !== undefined) {
      const r = renameWpar(world, name, newName);
      if (!r.ok) return failWith(worldErrorText('chwpar', r.error));
      world = r.value;
    }
    return { out: [], status: 0, world };
  },
};
