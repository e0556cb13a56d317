// ping: sends echo requests to a host of the scope's /etc/hosts (or an
// address). What answers: the LPAR's own address and 127.0.0.1, the gateway
// (192.168.10.1), and the addresses of active WPARs; anything else does not
// (a stopped WPAR's address gets 100% packet loss and status 1). -c Count
// requests a second apart (real seconds at the prompt, as sleep waits;
// instant in -c and replays); without -c wparsim stops after 100 where AIX
// goes on until Ctrl-C. Layout and "0821-062 ping: host name X NOT FOUND"
// RECALLED from AIX. Other flags are not simulated yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { addressesInUse } from '../world/network.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { hostAddress } from './lib/hosts.js';
import { failWith, lines } from './lib/output.js';

const USAGE = [
  'Usage: ping [-r] [-C] [-D] [-d] [-j interface] [-L] [-n] [-o] [-q] [-R] [-S hostname] [-v] [-a addr_family] [-c count] [-w timeout] [-f | -i wait] [-l preload] [-p pattern] [-s packetsize] [-T ttl] [-I a/u] [-X] host [packetsize [count]]',
];

const FLAGS: readonly FlagSpec[] = [{ flag: 'c', arg: 'Count', doc: 'Sends this many requests.' }, { flag: 'q', doc: 'Only the summary.' }, ...notSimulated('rCDdj:LnoRS:va:w:fi:l:p:s:T:I:X')];

export const ping: Command = {
  name: 'ping',
  scope: 'any',
  summary: 'Send echo requests to a host (-c count)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Sends an echo request to a network host.', synopsis: ['ping [-c Count] [-q] Host'], examples: ['ping -c 3 wpar1', 'ping -c 1 192.168.10.21'] },
  run(ctx) {
    const parsed = parseFlags(ctx, ping);
    if (isFailure(parsed)) return parsed;
    const [target, ...more] = parsed.operands;
    if (target === undefined || more.length > 0) return failWith(USAGE, 1);
    const countArg = parsed.arg('c');
    if (countArg !== undefined && !/^[1-9]\d{0,5}$/.test(countArg)) return failWith([`ping: invalid count: ${countArg}`], 1);
    const count = countArg === undefined ? 100 : Number(countArg);
    const address = hostAddress(ctx, target);
    if (address === undefined) return failWith([`0821-062 ping: host name ${target} NOT FOUND`], 1);
    const answers = address.startsWith('127.') || address === '192.168.10.1' || addressesInUse(ctx.world).has(address);
    const out: Chunk[] = [...lines([`PING ${target}: (${address}): 56 data bytes`])];
    for (let seq = 0; seq < count && answers; seq++) {
      ctx.stopIfInterrupted();
      if (!parsed.has('q')) out.push({ text: `64 bytes from ${address}: icmp_seq=${seq} ttl=255 time=0 ms\n`, stream: 'out', ...(seq > 0 ? { delayMs: 1000, realTime: true as const } : {}) });
    }
    const got = answers ? count : 0;
    out.push({ text: '', stream: 'out', ...(answers ? {} : { delayMs: count * 1000, realTime: true as const }) });
    out.push(
      ...lines([
        '',
        `----${target} PING Statistics----`,
        `${count} packets transmitted, ${got} packets received, ${answers ? 0 : 100}% packet loss`,
        ...(answers ? ['round-trip min/avg/max = 0/0/0 ms'] : []),
      ]),
    );
    return { out, status: answers ? 0 : 1 };
  },
};
