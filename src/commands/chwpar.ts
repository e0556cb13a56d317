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

import type { Command, FlagSpec } from '../engine/contract.js';
import { allocate, deallocate } from '../world/devices.js';
import { addNetwork, isValidHostname, removeNetwork } from '../world/network.js';
import { checkResource, RESOURCE_ATTRS } from '../world/resources.js';
import { changeWpar, findWpar, renameWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { attrGroup, DEVICE_ATTRS, NETWORK_ATTRS } from './lib/attrs.js';
import { getoptMessage } from './lib/getopt.js';
import { badAttribute, badHostname, badResource, missingAttribute, notFound, worldErrorText } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = [
  'Usage: chwpar [-a] [-A] [-d directory] [-D attribute=value ...] ... [-F] [-h hostname] [-i] [-I attribute=value ...] ...',
  '        [-n newname] [-M attribute=value ...] [-N attribute=value ...] ... [-P] [-R attribute=value ...]',
  '        [-S attribute[+|-]=value ...] [-u userscript] [-U [uuid]] [-v] [-X attribute=value ...] wparname',
  '       chwpar -K [-A] [-D devname=devicepathname] ... [-I rtdest=destination rtgateway=gateway ...] ...',
  '        [-M attribute=value ...] [-N address=A.B.C.D] ... [-R [attribute ...]] [-S] [-u] [-v] [-X kext=value ...] wparname',
];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'D', arg: 'devname=D', takes: 'list', doc: 'Allocates the device; to an active workload partition it is exported at once (run cfgmgr inside).' },
  { flag: 'K', doc: 'Removes what the other flags name: -K -D deallocates a device, -K -A turns Auto off.' },
  { flag: 'A', doc: 'Starts the workload partition when the system starts.' },
  { flag: 'h', arg: 'HostName', doc: 'Changes the host name.' },
  { flag: 'n', arg: 'NewName', doc: 'Renames a workload partition that is not running (its base directory stays).' },
  { flag: 'u', arg: 'Script', takes: 'optional', doc: 'Sets the start/stop script; -K -u removes it.' },
  { flag: 'N', arg: 'attr=value', takes: 'list', doc: 'Adds a network address (address=, netmask=, interface=, broadcast=); with -K, address= removes one.' },
  {
    flag: 'R',
    arg: 'attr=value',
    takes: 'list',
    words: RESOURCE_ATTRS,
    doc: 'Changes resource controls (CPU=, memory=, totalProcesses=, ...); with -K, names of controls to set back to their defaults.',
  },
  { flag: 'I', arg: 'Value', takes: 'list' },
  { flag: 'M', arg: 'Value', takes: 'list' },
  { flag: 'S', arg: 'Value', takes: 'list' },
  { flag: 'X', arg: 'Value', takes: 'list' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('ab:B:cd:FHiPUvx'),
];

/** -K -R's names ("totalProcesses", "totalProcesses=" or with a value, which is ignored), or a bad one's message. */
function namesGroup(words: readonly string[]): Record<string, string> | string[] {
  const group: Record<string, string> = {};
  for (const w of words) {
    const key = w.split('=')[0]!;
    if (!(RESOURCE_ATTRS as readonly string[]).includes(key)) return [badAttribute('chwpar', '-R', w)];
    group[key] = '';
  }
  return group;
}

export const chwpar: Command = {
  name: 'chwpar',
  scope: 'global',
  summary: 'Change a workload partition (-D allocate a disk, -K -D remove it, -A)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Changes the characteristics of a workload partition.',
    synopsis: ['chwpar [-A] [-D devname=Device [rootvg=yes] ...] WparName', 'chwpar -K [-A] [-D devname=Device] ... WparName'],

    examples: ['chwpar -D devname=hdisk2 wpar1', 'chwpar -K -D devname=hdisk2 wpar1', 'chwpar -R totalThreads=2048 shares_memory=100 wpar_name', 'chwpar -K -R totalProcesses shares_CPU wpar_name'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, chwpar);
    if (isFailure(parsed)) return parsed;
    const remove = parsed.has('K');
    // -u's script is optional: with -K there is none ("chwpar -K -u wparname"), and the word it took is the name.
    const dropScript = remove && parsed.has('u');
    const operands = dropScript && parsed.operands.length === 0 && parsed.arg('u') !== undefined ? [parsed.arg('u')!] : parsed.operands;
    if (operands.length !== 1) return failWith(USAGE);
    const name = operands[0]!;
    const wpar = findWpar(ctx.world, name);
    if (!wpar) return failWith([notFound('chwpar', name)]);
    let world = ctx.world;
    if (parsed.has('A')) world = changeWpar(world, name, { auto: !remove });
    if (dropScript) world = changeWpar(world, name, { script: '' });
    else if (parsed.has('u')) {
      const script = parsed.arg('u');
      if (script === undefined) return failWith([getoptMessage('chwpar', { kind: 'missing', flag: 'u' }), ...USAGE]);
      world = changeWpar(world, name, { script });
    }
    const host = parsed.arg('h');
    if (host !== undefined) {
      if (!isValidHostname(host)) return failWith([badHostname('chwpar', host)]);
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
      // With -K, -R names the controls to set back, without values ("-K -R totalProcesses shares_CPU").
      const group = remove ? namesGroup(o.args ?? [o.arg!]) : attrGroup('chwpar', o, RESOURCE_ATTRS);
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
