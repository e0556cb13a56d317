// The network interfaces a scope sees: in the global environment en0 with
// the LPAR's address and, as aliases, those of the active WPARs; inside a
// WPAR en0 with only its own addresses. lo0 everywhere.

import type { Scope, World } from '../../world/types.js';

export interface Inet {
  iface: string;
  address: string;
  netmask: string;
  broadcast: string;
}

const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

export function broadcastOf(address: string, netmask: string): string {
  const a = toInt(address);
  const m = toInt(netmask);
  return toIp(a - (a % (2 ** 32 - m)) + (2 ** 32 - m) - 1);
}

export const hexMask = (netmask: string) => '0x' + toInt(netmask).toString(16).padStart(8, '0');

export function inets(world: World, scope: Scope): Inet[] {
  const out: Inet[] = [];
  const add = (iface: string, address: string, netmask: string, broadcast?: string) =>
    out.push({ iface, address, netmask, broadcast: broadcast ?? broadcastOf(address, netmask) });
  if (scope.kind === 'global') add('en0', world.lpar.address, world.lpar.netmask);
  for (const w of world.wpars) {
    if (w.state !== 'A' || (scope.kind === 'wpar' && w.name !== scope.name)) continue;
    for (const n of w.networks) if (n['address']) add(n['interface'] ?? 'en0', n['address'], n['netmask'] ?? world.lpar.netmask, n['broadcast']);
  }
  add('lo0', '127.0.0.1', '255.0.0.0', '127.255.255.255');
  return out;
}
