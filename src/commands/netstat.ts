// netstat: -in (also -i) the interfaces and their addresses with packet
// counts; -r (-rn) the routing table, -f inet or inet6 one family (ohai runs
// netstat -rn | grep default and netstat -nrf inet); -a (-an) the sockets
// the running daemons listen on, which follow startsrc and stopsrc. Inside a
// WPAR only its own addresses; it shares the LPAR's routes. The routing
// layout SOURCED from chef/ohai's netstat -nrf inet fixture ("default
// 172.29.128.13 UG 0 587683 en0 - -", the UHSb network row with "=>");
// -in's and -an's RECALLED from AIX 7; the counters are fixed, simulated
// figures. Other flags say they are not supported yet.

import type { Command, CommandContext } from '../engine/contract.js';
import { broadcastOf, inets } from '../world/views.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

function interfaces(ctx: CommandContext): string[] {
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
  return out;
}

const route = (dest: string, gw: string, flags: string, refs: number, use: number, iface: string, tail = '') =>
  `${dest.padEnd(19)}${gw.padEnd(18)}${flags.padEnd(6)}${String(refs).padStart(5)}${String(use).padStart(10)} ${iface}${'-'.padStart(7)}${'-'.padStart(7)}${tail}`;

function routes(ctx: CommandContext, family: string | undefined): string[] {
  const { lpar } = ctx.world;
  const prefix = lpar.netmask.split('.').reduce((n, o) => n + (Number(o).toString(2).match(/1/g)?.length ?? 0), 0);
  const octets = Math.ceil(prefix / 8);
  const net = lpar.address
    .split('.')
    .map((o, i) => (i < Math.floor(prefix / 8) ? o : '0'))
    .join('.');
  const hostRoutes = inets(ctx.world, { kind: 'global' })
    .filter((a) => a.iface !== 'lo0')
    .map((a) => route(a.address, '127.0.0.1', 'UGHS', 0, 12, 'lo0'));
  const inet = [
    'Route Tree for Protocol Family 2 (Internet):',
    route('default', '192.168.10.1', 'UG', 2, 121789, 'en0'),
    route('127/8', '127.0.0.1', 'U', 9, 62401, 'lo0'),
    route(net, lpar.address, 'UHSb', 0, 0, 'en0', '   =>'),
    route(`${net.split('.').slice(0, octets).join('.')}/${prefix}`, lpar.address, 'U', 7, 1035485, 'en0'),
    ...hostRoutes,
    route(broadcastOf(lpar.address, lpar.netmask), lpar.address, 'UHSb', 0, 4, 'en0'),
  ];
  const inet6 = ['Route Tree for Protocol Family 24 (Internet v6):', route('::1%1', '::1%1', 'UH', 1, 109392, 'lo0')];
  const head = 'Destination        Gateway           Flags   Refs     Use  If   Exp  Groups';
  if (family === 'inet') return [head, ...inet];
  if (family === 'inet6') return [head, ...inet6];
  return ['Routing tables', head, '', ...inet, '', ...inet6];
}

/** The sockets the running daemons listen on: [proto, port, subsystem]. */
const LISTENERS: readonly [string, string, string][] = [
  ['tcp4', '22', 'sshd'],
  ['tcp4', '25', 'sendmail'],
  ['tcp', '111', 'portmap'],
  ['udp', '111', 'portmap'],
  ['tcp4', '21', 'inetd'],
  ['tcp4', '23', 'inetd'],
  ['udp4', '514', 'syslogd'],
  ['tcp', '657', 'ctrmc'],
  ['udp', '657', 'ctrmc'],
  ['udp4', '161', 'snmpd'],
  ['udp4', '123', 'xntpd'],
  ['tcp4', '515', 'lpd'],
  ['tcp4', '3901', 'nimsh'],
];

/** netstat -an: what the running daemons listen on; netstat -n alone: only connections, and none are open. */
function sockets(ctx: CommandContext, servers: boolean): string[] {
  const running = new Set(ctx.world.processes.filter((p) => (ctx.scope.kind === 'global' ? p.wpar === undefined : p.wpar === ctx.scope.name)).map((p) => p.subsystem));
  const rows = LISTENERS.filter(([, , s]) => servers && running.has(s)).map(([proto, port]) =>
    `${proto.padEnd(5)}${'0'.padStart(7)}${'0'.padStart(7)}  ${`*.${port}`.padEnd(23)}${'*.*'.padEnd(23)}${proto.startsWith('tcp') ? 'LISTEN' : ''}`.trimEnd(),
  );
  return [
    `Active Internet connections${servers ? ' (including servers)' : ''}`,
    'Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)',
    ...rows,
    'Active UNIX domain sockets',
    'SADR/PCB  Type   Recv-Q Send-Q  Inode  Conn  Refs  Nextref Addr',
  ];
}

export const netstat: Command = {
  name: 'netstat',
  scope: 'any',
  summary: 'Network status (-in interfaces, -rn routes, -an sockets)',
  flags: [
    { flag: 'i', doc: 'The interfaces.' },
    { flag: 'r', doc: 'The routing table.' },
    { flag: 'a', doc: 'Every socket, listening ones too.' },
    { flag: 'n', doc: 'Addresses as numbers.' },
    { flag: 'f', arg: 'inet | inet6', doc: 'Only one address family (with -r).' },
  ],
  ownFlagParsing: true,
  manual: {
    purpose: 'Shows network status.',
    synopsis: ['netstat -in', 'netstat -rn [-f inet | inet6]', 'netstat -an'],
    examples: ['netstat -in', 'netstat -rn | grep default', 'netstat -an | grep LISTEN'],
  },
  run(ctx) {
    const args = ctx.argv.slice(1);
    let family: string | undefined;
    const letters: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (!/^-[a-zA-Z]+$/.test(a)) return failWith([notYet(`netstat ${args.join(' ')}`)]);
      for (const c of a.slice(1)) {
        if (c === 'f') {
          family = args[++i];
          if (family !== 'inet' && family !== 'inet6') return failWith([`netstat: ${family ?? ''}: unknown address family`], 1);
        } else letters.push(c);
      }
    }
    const has = (c: string) => letters.includes(c);
    if (letters.some((c) => !'iran'.includes(c)) || [has('i'), has('r'), has('a')].filter(Boolean).length > 1) return failWith([notYet(`netstat ${args.join(' ')}`)]);
    return { out: lines(has('i') ? interfaces(ctx) : has('r') ? routes(ctx, family) : sockets(ctx, has('a'))), status: 0 };
  },
};
