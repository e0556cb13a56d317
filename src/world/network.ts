// WPAR networks (guide "Changing a WPAR's IP address", reference 3.2 -N and
// 5.3): an address is an alias on the LPAR's interface while its WPAR is
// active. mkwpar and chwpar refuse an address the LPAR or another WPAR has
// (mkwpar -a makes the WPAR without it); a WPAR that came with one another way
// (restwpar of an old image) cannot start while the other runs. There is no
// in-place change: chwpar -K -N removes, chwpar -N adds.

import { fail, ok, type Result } from './errors.js';
import { readFile } from './fs.js';
import type { AttrGroup, World, Wpar } from './types.js';

/** Who uses each address now: the LPAR ("Global") and the active WPARs. */
export function addressesInUse(world: World): Map<string, string> {
  const used = new Map<string, string>([[world.lpar.address, 'Global']]);
  for (const w of world.wpars) if (w.state === 'A') for (const n of w.networks) if (n['address']) used.set(n['address'], w.name);
  return used;
}

/** Who else has an address configured: "Global" (the LPAR's own) or another WPAR, whatever its state. */
export function addressTaken(world: World, address: string, except: string): string | undefined {
  if (address === world.lpar.address) return 'Global';
  return world.wpars.find((w) => w.name !== except && w.networks.some((n) => n['address'] === address))?.name;
}

/** The first address of a WPAR that another user holds, if any. */
export function addressConflict(world: World, wpar: Wpar): { address: string; by: string } | undefined {
  const used = addressesInUse(world);
  for (const n of wpar.networks) {
    const by = n['address'] !== undefined ? used.get(n['address']) : undefined;
    if (by !== undefined && by !== wpar.name) return { address: n['address']!, by };
  }
  return undefined;
}

/** The address the global /etc/hosts gives a host name (mkwpar without -N), if any. */
export function resolveHost(world: World, name: string): string | undefined {
  const hosts = readFile(world, '/etc/hosts');
  if (!hosts.ok) return undefined;
  for (const line of hosts.value.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (address && names.includes(name)) return address;
  }
  return undefined;
}

/** chwpar -N: add an address (checked against the active ones when the WPAR is active). */
export function addNetwork(world: World, name: string, group: AttrGroup): Result<World> {
  const wpar = world.wpars.find((w) => w.name === name)!;
  const address = group['address'];
  if (address !== undefined && wpar.networks.some((n) => n['address'] === address)) return fail({ code: 'address-exists', address, name });
  const next: Wpar = { ...wpar, networks: [...wpar.networks, { interface: 'en0', ...group }] };
  const by = address === undefined ? undefined : addressTaken(world, address, name);
  if (address !== undefined && by !== undefined) return fail({ code: 'address-in-use', address, by });
  return ok({ ...world, wpars: world.wpars.map((w) => (w.name === name ? next : w)) });
}

/** chwpar -K -N address=A: remove it. */
export function removeNetwork(world: World, name: string, address: string): Result<World> {
  const wpar = world.wpars.find((w) => w.name === name)!;
  if (!wpar.networks.some((n) => n['address'] === address)) return fail({ code: 'address-not-found', address, name });
  const next: Wpar = { ...wpar, networks: wpar.networks.filter((n) => n['address'] !== address) };
  return ok({ ...world, wpars: world.wpars.map((w) => (w.name === name ? next : w)) });
}

/** A host name AIX takes (mkwpar -h, chwpar -h): letters, digits, dots and hyphens, starting with a letter or digit. */
export const isValidHostname = (name: string): boolean => /^[A-Za-z0-9][A-Za-z0-9.-]{0,254}$/.test(name);
