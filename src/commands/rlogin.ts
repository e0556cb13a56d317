// rlogin: a login over the network to a host of the scope's /etc/hosts (an
// active WPAR), as the user running it or -l User. Without a .rhosts entry
// (wparsim has none) login asks "NAME's Password:" (RECALLED from AIX);
// the banner follows (lib/login.ts). A stopped WPAR's address times out, an
// unknown name is unknown (INFERRED wording). Other flags are not simulated.

import type { Command } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { answered, converse, hostTarget, INVALID_LOGIN, type LoginStyle, timedOut } from './lib/login.js';
import { failWith } from './lib/output.js';

const STYLE: LoginStyle = { asksName: false, passwordPrompt: (user) => `${user}'s Password: `, refused: INVALID_LOGIN, again: false };

export const rlogin: Command = {
  name: 'rlogin',
  scope: 'any',
  summary: 'Log in to a host over the network as yourself or -l user',
  flags: [{ flag: 'l', arg: 'User', doc: 'The user to log in as (by default the one running rlogin).' }, ...notSimulated('8e:fFkx')],
  usage: ['Usage: rlogin [-8] [-e Character] [-f | -F] [-k realm] [-l User] Host'],
  manual: { purpose: 'Connects a local host with a remote host.', synopsis: ['rlogin [-l User] Host'], examples: ['rlogin wpar1', 'rlogin wpar1 -l bob'] },
  run(ctx) {
    const parsed = parseFlags(ctx, rlogin);
    if (isFailure(parsed)) return parsed;
    const [host, ...more] = parsed.operands;
    if (host === undefined || more.length > 0) return failWith(rlogin.usage!, 1);
    const target = hostTarget(ctx, host);
    if (!target) return failWith([`rlogin: ${host}: Unknown host`], 1);
    if (!target.scope) return { out: [timedOut(`rlogin: connect: `)], status: 1 };
    return converse(ctx, STYLE, target.scope, host, parsed.arg('l') ?? ctx.user, []);
  },
  answer: (ctx, state, text) => answered(ctx, STYLE, state, text),
};
