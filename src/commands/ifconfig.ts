// ifconfig: shows network interfaces (-a, or one by name): en0 with the
// LPAR's address and the active WPARs' addresses as aliases; inside a WPAR
// only its own. Layout RECALLED from AIX 7 (flags line, inet lines with a hex
// netmask, the tcp_* line). Changing interfaces says it is not supported yet
// (and inside a WPAR the network configuration cannot be changed at all,
// reference 1.3: refused with EPERM).

import type { Command } from '../engine/contract.js';
import { own } from '../world/dict.js';
import { hexMask, type Inet, inets } from '../world/views.js';
import { EPERM, notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const FLAGS: Record<string, string> = {
  en0: 'flags=1e084863,480<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT,CHECKSUM_OFFLOAD(ACTIVE),CHAIN>',
  lo0: 'flags=e08084b,c0<UP,BROADCAST,LOOPBACK,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT,LARGESEND,CHAIN>',
};

function block(name: string, addrs: Inet[]): string[] {
  return [
    `${name}: ${own(FLAGS, name) ?? FLAGS['en0']}`,
    ...addrs.map((a) => `\tinet ${a.address} netmask ${hexMask(a.netmask)} broadcast ${a.broadcast}`),
    ...(name === 'lo0' ? ['\tinet6 ::1%1/64'] : []),
    name === 'lo0' ? '\t tcp_sendspace 131072 tcp_recvspace 131072 rfc1323 1' : '\t tcp_sendspace 262144 tcp_recvspace 262144 rfc1323 1',
  ];
}

export const ifconfig: Command = {
  name: 'ifconfig',
  scope: 'any',
  summary: "Show network interfaces (-a) and the WPARs' addresses",
  flags: [{ flag: 'a', doc: 'Every interface.' }],
  ownFlagParsing: true,
  manual: { purpose: 'Configures or displays network interface parameters.', synopsis: ['ifconfig -a', 'ifconfig Interface'], examples: ['ifconfig -a'] },
  run(ctx) {
    const args = ctx.argv.slice(1);
    const all = inets(ctx.world, ctx.scope);
    const names = [...new Set(all.map((a) => a.iface))];
    if (args.length === 1 && args[0] === '-a')
      return {
        out: lines(
          names.flatMap((n) =>
            block(
              n,
              all.filter((a) => a.iface === n),
            ),
          ),
        ),
        status: 0,
      };
    if (args.length === 1 && !args[0]!.startsWith('-')) {
      if (!names.includes(args[0]!)) return failWith([`ifconfig: ${args[0]}: bad value`], 1);
      return {
        out: lines(
          block(
            args[0]!,
            all.filter((a) => a.iface === args[0]),
          ),
        ),
        status: 0,
      };
    }
    if (args.length === 0) return failWith(['usage: ifconfig -a [ -d ] [ -u ] [ -l ] [ af ]', '       ifconfig interface [ af [ address [ dest_addr ] ] [ netmask mask ] [ broadcast addr ]'], 1);
    // "You cannot modify the network configuration (for example, addresses and routes) inside a WPAR" (IBM, reference 1.3): EPERM (wording INFERRED).
    if (ctx.scope.kind === 'wpar') return failWith([`ifconfig: ioctl (SIOCAIFADDR): ${EPERM}`], 1);
    return failWith([notYet('ifconfig with changes (addresses come from mkwpar -N and chwpar -N)')]);
  },
};
