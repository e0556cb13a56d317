// mkwpar's flags, which restwpar -M takes too: the getopt string, the
// flags not simulated yet, and the WparSpec the flags describe (merged over a
// specification file's or an existing WPAR's settings).

import { checkResource, RESOURCE_ATTRS } from '../../world/resources.js';
import type { WparSpec } from '../../world/wpars.js';
import { attrGroup, DEVICE_ATTRS, MOUNT_ATTRS, NETWORK_ATTRS, ROUTE_ATTRS } from './attrs.js';
import type { Opt } from './getopt.js';
import { badAttribute, badResource, missingAttribute, notYet } from './messages.js';

/** mkwpar's flags. */
export const OPTSTRING = 'aAb:B:cCd:D:e:E:f:Fg:h:H:iI:kL:lM:n:N:o:OpPrR:sS:tT:u:UWwX:';
/** The flags whose argument is an attribute=value list. */
export const MULTI = 'DILMNRSTX';

export const UNSUPPORTED: Record<string, string> = {
  b: 'mkwpar -b (alternate device exports files)',
  c: 'mkwpar -c (checkpointable WPARs)',
  E: 'mkwpar -E (versioned WPAR media directories)',
  H: 'mkwpar -H (architecture selection)',
  k: 'mkwpar -k (post-installation scripts)',
  L: 'mkwpar -L (image.data files)',
  O: 'mkwpar -O (overwriting disks)',
  p: 'mkwpar -p (preserved file systems)',
  P: 'mkwpar -P (setting the WPAR root password)',
  S: 'mkwpar -S (security settings)',
  T: 'mkwpar -T (preservation attributes)',
  U: 'mkwpar -U (setting the UUID)',
  W: 'mkwpar -W (copy modes for -e)',
  X: 'mkwpar -X (kernel extensions)',
};

/** Builds a WparSpec from mkwpar's flags, or the lines of the error to print. */
export function specFrom(opts: Opt[]): WparSpec | string[] {
  const spec: WparSpec = { name: '', networks: [], routes: [], devices: [], mounts: [], resources: {} };
  for (const o of opts) {
    const unsupported = UNSUPPORTED[o.flag];
    if (unsupported) return [notYet(unsupported)];
    const allowed = { N: NETWORK_ATTRS, D: DEVICE_ATTRS, I: ROUTE_ATTRS, R: RESOURCE_ATTRS, M: MOUNT_ATTRS }[o.flag as 'N'];
    const group = allowed ? attrGroup('mkwpar', o, allowed) : {};
    if (Array.isArray(group)) return group;
    switch (o.flag) {
      case 'n':
        spec.name = o.arg!;
        break;
      case 'h':
        spec.hostname = o.arg!;
        break;
      case 'd':
        spec.directory = o.arg!;
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
