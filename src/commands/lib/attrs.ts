// The attributes of mkwpar's attribute-list flags (reference 3.2), which are
// also the attributes of a specification file's stanzas of the same name:
// -N network, -D device, -I route, -M mount (-R resources: world/resources.ts);
// mkwpar's flags (restwpar -M parses them too) and one flag's attribute list
// checked (mkwpar, chwpar, restwpar, wparexec).

import { type Opt, parseAttrs } from './getopt.js';
import { badAttribute } from './messages.js';

export const NETWORK_ATTRS = ['address', 'netmask', 'interface', 'broadcast', 'address6', 'prefixlen'];
export const DEVICE_ATTRS = ['devname', 'devid', 'rootvg', 'devtype'];
export const ROUTE_ATTRS = ['rtdest', 'rtgateway', 'rtnetmask', 'rtinterface', 'rttype', 'rtprefixlen'];
export const MOUNT_ATTRS = ['directory', 'vfs', 'size', 'dev', 'host', 'mountopts', 'logname', 'vg', 'crfsopts', 'mode'];

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
export const isIPv4 = (s: string) => {
  const m = IPV4.exec(s);
  return m !== null && m.slice(1).every((n) => Number(n) <= 255);
};

/** Parses one attribute-list flag; returns the group or the lines of an error. */
export function attrGroup(cmd: string, o: Opt, allowed: readonly string[]): Record<string, string> | string[] {
  const { attrs, bad } = parseAttrs(o.args ?? [o.arg ?? '']);
  if (bad !== undefined) return [badAttribute(cmd, `-${o.flag}`, bad)];
  for (const [k, v] of Object.entries(attrs)) {
    if (!allowed.includes(k)) return [badAttribute(cmd, `-${o.flag}`, `${k}=${v}`)];
    if (['address', 'netmask', 'broadcast', 'rtgateway', 'rtnetmask'].includes(k) && !isIPv4(v)) {
      return [badAttribute(cmd, `-${o.flag}`, `${k}=${v}`)];
    }
  }
  return attrs;
}
