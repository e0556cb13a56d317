// ssh: a login over the network with OpenSSH to a host of the scope's
// /etc/hosts (an active WPAR): `ssh [-l User] [User@]Host`. The host key is
// taken as known (wparsim keeps no keys); OpenSSH's "USER@HOST's password:"
// is asked, then the banner (lib/login.ts). A stopped WPAR's address times
// out and an unknown name cannot be resolved (OpenSSH's messages with AIX's
// error texts, INFERRED). A remote command and the other flags are not
// simulated yet.

import type { Command } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { answered, converse, hostTarget, type LoginStyle, timedOut } from './lib/login.js';
import { notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

const STYLE: LoginStyle = { asksName: false, passwordPrompt: (user, host) => `${user}@${host}'s password: `, refused: 'Permission denied, please try again.', again: true };

export const ssh: Command = {
  name: 'ssh',
  scope: 'any',
  summary: 'Log in to a host over the network with OpenSSH (ssh user@host)',
  flags: [{ flag: 'l', arg: 'User', doc: 'The user to log in as (or User@Host).' }, ...notSimulated('46AaCfGgKkMNnqsTtVvXxYyB:b:c:D:E:e:F:I:i:J:L:m:O:o:p:Q:R:S:W:w:')],
  usage: [
    'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]',
    '           [-c cipher_spec] [-D [bind_address:]port] [-E log_file] [-e escape_char]',
    '           [-F configfile] [-I pkcs11] [-i identity_file] [-J destination]',
    '           [-L address] [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option]',
    '           [-p port] [-Q query_option] [-R address] [-S ctl_path] [-W host:port]',
    '           [-w local_tun[:remote_tun]] destination [command [argument ...]]',
  ],
  manual: { purpose: 'OpenSSH remote login client.', synopsis: ['ssh [-l User] [User@]Host'], examples: ['ssh bob@wpar1', 'ssh -l root wpar1'] },
  run(ctx) {
    const parsed = parseFlags(ctx, ssh);
    if (isFailure(parsed)) return parsed;
    const [destination, ...command] = parsed.operands;
    if (destination === undefined) return failWith(ssh.usage!, 255);
    if (command.length > 0) return failWith([notYet('ssh with a remote command')]);
    const at = destination.lastIndexOf('@');
    const host = at < 0 ? destination : destination.slice(at + 1);
    const user = at < 0 ? (parsed.arg('l') ?? ctx.user) : destination.slice(0, at);
    const target = hostTarget(ctx, host);
    if (!target) return failWith([`ssh: Could not resolve hostname ${host}: Hostname and service name not provided or found`], 255);
    if (!target.scope) return { out: [timedOut(`ssh: connect to host ${host} port 22: `)], status: 255 };
    return converse(ctx, STYLE, target.scope, host, user, []);
  },
  answer: (ctx, state, text) => answered(ctx, STYLE, state, text),
};
