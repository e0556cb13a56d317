// mkwpar's flags, which restwpar -M takes too: the getopt string, the
// flags not simulated yet, and the WparSpec the flags describe (merged over a
// specification file's or an existing WPAR's settings).

import type { FlagSpec } from '../../engine/contract.js';
import { normalize } from '../../world/fs.js';
import { isValidHostname } from '../../world/network.js';
import { checkResource, RESOURCE_ATTRS } from '../../world/resources.js';
import { parseSizeMB, type WparSpec } from '../../world/wpars.js';
import { attrGroup, DEVICE_ATTRS, MOUNT_ATTRS, NETWORK_ATTRS, ROUTE_ATTRS } from './attrs.js';
import type { Opt } from './getopt.js';
import { badAttribute, badHostname, badResource, missingAttribute, notYet } from './messages.js';

/** mkwpar's flags (restwpar -M takes them too). */
export const MKWPAR_FLAGS: readonly FlagSpec[] = [
  { flag: 'n', arg: 'WparName', doc: 'The name: at most 25 bytes, no blanks or = : / ! ; ` \' " < > ~ & ( ) * + [ ] , . ^ { } | \\, not starting with - or 0.' },
  { flag: 's', doc: 'Starts the workload partition after creating it.' },
  { flag: 'A', doc: 'Starts it each time the system starts (Auto: yes).' },
  { flag: 'l', doc: 'Private, writable /usr and /opt (a detached WPAR) instead of the global ones read-only.' },
  { flag: 'h', arg: 'HostName', doc: 'The host name; by default the WPAR name.' },
  { flag: 'd', arg: 'Directory', doc: 'The base directory; by default /wpars/WparName.' },
  { flag: 'r', doc: 'Copies the global name-resolution files into the WPAR.' },
  { flag: 'N', arg: 'attr=value', takes: 'list', doc: 'A network: address=, netmask=, interface=, broadcast=.' },
  { flag: 'R', arg: 'attr=value', takes: 'list', doc: 'Resource controls: active=, CPU=min%-softmax%,hardmax%, totalProcesses=, ...' },
  { flag: 'M', arg: 'attr=value', takes: 'list', doc: 'A mount: directory=, vfs=jfs2|namefs|..., size=, dev=.' },
  { flag: 'D', arg: 'attr=value', takes: 'list', doc: 'A device: devname=hdiskN (rootvg=yes for a rootvg WPAR).' },
  { flag: 'I', arg: 'attr=value', takes: 'list', doc: 'A route: rtdest=, rtgateway=.' },
  { flag: 'F', doc: 'Forces the creation over a non-empty base directory.' },
  { flag: 'o', arg: 'File', doc: 'Writes a specification file of the workload partition; with -w, only writes it.' },
  { flag: 'f', arg: 'File', doc: 'Creates the workload partition a specification file describes.' },
  { flag: 'e', arg: 'Wpar', doc: 'Copies the settings of an existing workload partition.' },
  { flag: 'C', doc: "A versioned workload partition (AIX 5.2 or 5.3) from that system's mksysb image; install vwpar.images first." },
  { flag: 't', doc: "A system copy: the global root volume group's files are copied into the new file systems (-B: from a mksysb image)." },
  { flag: 'a', doc: "Resolves conflicts with existing workload partitions' settings (addresses, host names) automatically." },
  { flag: 'b', arg: 'Value', planned: 'mkwpar -b (alternate device exports files)' },
  { flag: 'B', arg: 'Image', doc: 'The mksysb image (a file or a device) that -t or -C builds the workload partition from.' },
  { flag: 'c', planned: 'mkwpar -c (checkpointable WPARs)' },
  { flag: 'E', arg: 'Value', planned: 'mkwpar -E (versioned WPAR media directories)' },
  { flag: 'g', arg: 'VolumeGroup', doc: 'The volume group for the file systems (wparsim simulates rootvg only).' },
  { flag: 'H', arg: 'Value', planned: 'mkwpar -H (architecture selection)' },
  { flag: 'i', doc: "WPAR-specific routing: the routes of -I are the WPAR's own." },
  { flag: 'k', planned: 'mkwpar -k (post-installation scripts)' },
  { flag: 'L', arg: 'Value', takes: 'list', planned: 'mkwpar -L (image.data files)' },
  { flag: 'O', doc: 'For a rootvg WPAR: overwrites a volume group the rootvg disk holds (none of its file systems may be mounted).' },
  { flag: 'p', planned: 'mkwpar -p (preserved file systems)' },
  { flag: 'P', planned: 'mkwpar -P (setting the WPAR root password)' },
  { flag: 'S', arg: 'Value', takes: 'list', planned: 'mkwpar -S (security settings)' },
  { flag: 'T', arg: 'Value', takes: 'list', planned: 'mkwpar -T (preservation attributes)' },
  { flag: 'u', arg: 'Script', doc: 'The user script run when the workload partition starts and stops.' },
  { flag: 'U', planned: 'mkwpar -U (setting the UUID)' },
  { flag: 'W', planned: 'mkwpar -W (copy modes for -e)' },
  { flag: 'w', doc: 'With -o, writes the specification file only; nothing is created.' },
  { flag: 'X', arg: 'Value', takes: 'list', planned: 'mkwpar -X (kernel extensions)' },
];

/** Builds a WparSpec from mkwpar's flags, or the lines of the error to print. */
export function specFrom(opts: Opt[]): WparSpec | string[] {
  const spec: WparSpec = { name: '', networks: [], routes: [], devices: [], mounts: [], resources: {} };
  for (const o of opts) {
    const allowed = { N: NETWORK_ATTRS, D: DEVICE_ATTRS, I: ROUTE_ATTRS, R: RESOURCE_ATTRS, M: MOUNT_ATTRS }[o.flag as 'N'];
    const group = allowed ? attrGroup('mkwpar', o, allowed) : {};
    if (Array.isArray(group)) return group;
    switch (o.flag) {
      case 'n':
        spec.name = o.arg!;
        break;
      case 'h':
        if (!isValidHostname(o.arg!)) return [badHostname('mkwpar', o.arg!)];
        spec.hostname = o.arg!;
        break;
      case 'd':
        // As the system sees it (/wpars/../etc is /etc, // is /): the same rules then apply.
        spec.directory = o.arg!.startsWith('/') ? normalize('/', o.arg!) : o.arg!;
        break;
      case 'A':
        spec.auto = true;
        break;
      case 'l':
        spec.privateUsr = true;
        break;
      case 'r':
        spec.copyResolv = true;
        break;
      case 'F':
        spec.force = true;
        break;
      case 'O':
        spec.overwrite = true;
        break;
      case 'i':
        spec.routing = true;
        break;
      case 'u':
        spec.script = o.arg!;
        break;
      case 'g':
        if (o.arg !== 'rootvg') return [notYet('mkwpar -g (volume groups other than rootvg)')];
        break;
      case 'N':
        if (!group['address'] && !group['address6']) return [missingAttribute('mkwpar', '-N', 'address')];
        spec.networks!.push(group);
        break;
      case 'I':
        if (!group['rtdest']) return [missingAttribute('mkwpar', '-I', 'rtdest')];
        if (!group['rtgateway']) return [missingAttribute('mkwpar', '-I', 'rtgateway')];
        spec.routes!.push(group);
        break;
      case 'D':
        if (!group['devname'] && !group['devid']) return [missingAttribute('mkwpar', '-D', 'devname')];
        spec.devices!.push(group);
        break;
      case 'M':
        if (group['size'] !== undefined && (/^0+[MmGg]?$/.test(group['size']) || parseSizeMB(group['size']) === undefined)) return [badAttribute('mkwpar', '-M', `size=${group['size']}`)];
        spec.mounts!.push(group);
        break;
      case 'R':
        for (const [k, v] of Object.entries(group)) if (checkResource(k, v)) return [badResource('mkwpar', k, v)];
        Object.assign(spec.resources!, group);
        break;
      default:
        break; // -a (auto-resolve) and -s: nothing to resolve here; -s handled by the caller
    }
  }
  if (spec.directory !== undefined && !spec.directory.startsWith('/')) {
    return [badAttribute('mkwpar', '-d', spec.directory)];
  }
  return spec;
}

/** Flags on the command line win over the file's or the existing WPAR's settings. */
export function merge(base: WparSpec, flags: WparSpec): WparSpec {
  const out: WparSpec = { ...base };
  for (const [k, v] of Object.entries(flags) as [keyof WparSpec, unknown][]) {
    if (v === undefined || (k === 'name' && v === '') || Array.isArray(v) || (typeof v === 'object' && v !== null)) continue;
    (out as unknown as Record<string, unknown>)[k] = v;
  }
  for (const k of ['networks', 'routes', 'devices'] as const) out[k] = flags[k]!.length > 0 ? flags[k]! : [...(base[k] ?? [])];
  const mounts = new Map((base.mounts ?? []).map((m) => [m['directory'], m]));
  for (const m of flags.mounts!) mounts.set(m['directory'], m);
  out.mounts = [...mounts.values()];
  out.resources = { ...base.resources, ...flags.resources };
  return out;
}
