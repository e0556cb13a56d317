// telnet: a login over the network to a host of the scope's /etc/hosts: an
// active WPAR (its address is configured), the global environment, or the
// scope itself (localhost). Implements `telnet Host`: "Trying...", the
// connection lines and telnetd's herald (RECALLED from AIX 7: "telnet
// (host)", "AIX Version 7", the copyright line), then login's "login:" and
// "NAME's Password:" (lib/login.ts). A host whose address nothing has (a
// stopped WPAR) times out; a name /etc/hosts lacks is unknown (INFERRED
// wording). Flags, a port and telnet's command mode are not simulated yet.

import type { Command, CommandContext } from '../engine/contract.js';
import { answered, converse, hostTarget, INVALID_LOGIN, type LoginStyle, timedOut } from './lib/login.js';
import { notYet } from './lib/messages.js';
import { failWith, line, lines } from './lib/output.js';

const STYLE: LoginStyle = { asksName: true, passwordPrompt: (user) => `${user}'s Password: `, refused: INVALID_LOGIN, again: true };

export const telnet: Command = {
  name: 'telnet',
  scope: 'any',
  summary: 'Log in to a host over the network (an active WPAR)',
  flags: [],
  ownFlagParsing: true,
  manual: { purpose: 'Connects the local host with a remote host, using the Telnet interface.', synopsis: ['telnet Host'], examples: ['telnet wpar1'] },
  run(ctx: CommandContext) {
    const args = ctx.argv.slice(1);
    if (args.some((a) => a.startsWith('-')) || args.length > 1) return failWith([notYet('telnet with flags or a port')]);
    const host = args[0];
    if (host === undefined) return failWith([notYet('telnet command mode (telnet without a host)')]);
    const target = hostTarget(ctx, host);
    if (!target) return failWith([`telnet: ${host}: Unknown host`], 1);
    if (!target.scope) return { out: [line('Trying...'), timedOut('telnet: connect: ')], status: 1 };
    const herald = lines(['Trying...', `Connected to ${host}.`, "Escape character is '^T'.", '', '', `telnet (${host})`, '', 'AIX Version 7', 'Copyright IBM Corporation, 1982, 2024.']);
    return converse(ctx, STYLE, target.scope, host, undefined, herald);
  },
  answer: (ctx, state, text) => answered(ctx, STYLE, state, text),
};
