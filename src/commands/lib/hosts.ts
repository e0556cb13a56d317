// The scope's /etc/hosts, read as host and ping read it: each line an
// address and its names; comments and blank lines skipped.

import type { CommandContext } from '../../engine/contract.js';
import { readFile, toGlobal } from '../../world/fs.js';

export function hostsEntries(text: string): { address: string; names: string[] }[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => {
      const [address, ...names] = l.split(/\s+/);
      return { address: address!, names };
    });
}

/** The scope's /etc/hosts entries (none when it has no such file). */
export function scopeHosts(ctx: CommandContext): { address: string; names: string[] }[] {
  const file = readFile(ctx.world, toGlobal(ctx.world, ctx.scope, '/etc/hosts'));
  return file.ok ? hostsEntries(file.value) : [];
}

/** The address a host name (from the scope's /etc/hosts) or a dotted address stands for, or undefined (an unknown name). */
export function hostAddress(ctx: CommandContext, host: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
  return scopeHosts(ctx).find((e) => e.names.includes(host) || e.address === host)?.address;
}
