// netstat -in (also -i): interfaces and their addresses with packet counts;
// inside a WPAR only its own addresses. Layout RECALLED from AIX 7; the
// counters are fixed, simulated figures. Other flags say they are not
// supported yet.

import type { Command } from '../engine/contract.js';
import { inets } from '../world/views.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const netstat: Command = {
  name: 'netstat',
  scope: 'any',
  summary: 'Network status (-in interfaces)',
  flags: [
    { flag: 'i', doc: 'The interfaces; with -n (netstat -in), addresses as numbers.' },
    { flag: 'n', planned: 'netstat -n (without -i)' },
  ],
  ownFlagParsing: true,
  manual: {
    purpose: 'Shows network status.',
    synopsis: ['netstat -in'],

    examples: ['netstat -in'],
  },
  run(ctx) {
    const flags = ctx.argv.slice(1).join('').replace(/-/g, '');
    if (![...flags].every((f) => 'in'.includes(f)) || !flags.includes('i')) return failWith([notYet(`netstat ${ctx.argv.slice(1).join(' ')}`)]);
    const row = (n: string, mtu: string, net: string, addr: string, ip: number, op: number) =>
      `${n.padEnd(5)} ${mtu.padEnd(5)} ${net.padEnd(11)} ${addr.padEnd(19)} ${String(ip).padStart(9)} ${'0'.padStart(5)} ${String(op).padStart(12)} ${'0'.padStart(5)} ${'0'.padStart(5)}`;
    const out = [
      `${'Name'.padEnd(5)} ${'Mtu'.padEnd(5)} ${'Network'.padEnd(11)} ${'Address'.padEnd(19)} ${'Ipkts'.padStart(9)} ${'Ierrs'.padStart(5)} ${'Opkts'.padStart(12)} ${'Oerrs'.padStart(5)} ${'Coll'.padStart(5)}`,
    ];
    const all = inets(ctx.world, ctx.scope);
    for (const iface of [...new Set(all.map((a) => a.iface))]) {
      const mtu = iface === 'lo0' ? '16896' : '1500';
      const [ip, op] = iface === 'lo0' ? [48213, 48213] : [2741593, 1198374];
      out.push(row(iface, mtu, iface === 'lo0' ? 'link#1' : 'link#2', iface === 'lo0' ? '' : 'fa.d4.c9.0.a1.2', ip, op));
      for (const a of all.filter((x) => x.iface === iface)) {
        const octets = a.netmask.split('.').filter((o) => o === '255').length;
        out.push(row(iface, mtu, a.address.split('.').slice(0, Math.max(1, octets)).join('.'), a.address, ip, op));
      }
    }
    return { out: lines(out), status: 0 };
  },
};
