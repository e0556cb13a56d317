// passwd: sets a user's password in the scope (lib/accounts.ts): the new
// password twice on standard input (passwd bob <<EOF ... EOF, or a pipe),
// the prompts written as AIX writes them and what is typed never shown. At
// the prompt, where it would read the keys without echo, it says that is
// not supported yet. Prompts and "The password entry does not match, please
// try again." RECALLED from AIX 7. The password itself is not kept: the
// /etc/passwd field becomes "!", as when /etc/security/passwd holds it.

import type { Command } from '../engine/contract.js';
import { accounts, saveAccounts } from './lib/accounts.js';
import { ERRNO } from './lib/files.js';
import { failWith, lines } from './lib/output.js';

export const passwd: Command = {
  name: 'passwd',
  scope: 'any',
  summary: 'Set a password (the new one twice on standard input)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: "Changes a user's password.", synopsis: ['passwd [User]'], examples: ['passwd bob <<EOF\nn3wPass!\nn3wPass!\nEOF'] },
  run(ctx) {
    const name = ctx.argv[1] ?? 'root';
    if (ctx.argv.length > 2 || name.startsWith('-')) return failWith(['Usage: passwd [-R load_module] [ -f | -s ] [user]'], 1);
    const { users, groups } = accounts(ctx);
    if (!users.some((u) => u.name === name)) return failWith([`3004-687 User "${name}" does not exist.`], 1);
    if (ctx.stdin === '') return failWith(['wparsim: passwd reading the keys at the prompt is not supported yet; give the new password twice on standard input (passwd bob <<EOF)'], 1);
    const [first = '', second] = ctx.stdin.split('\n');
    const prompts = [`Changing password for "${name}"`, `${name}'s New password: `, 'Enter the new password again:'];
    if (first === '' || first !== second)
      return {
        out: [...lines(prompts), ...lines(['The password entry does not match, please try again.']).map((c) => ({ ...c, stream: 'err' as const }))],
        status: 1,
        effects: [{ kind: 'consume', chars: ctx.stdin.length }],
      };
    const saved = saveAccounts(
      ctx,
      ctx.world,
      users.map((u) => (u.name === name ? { ...u, pw: '!' } : u)),
      groups,
    );
    if (typeof saved === 'string') return failWith([`passwd: ${saved}: ${ERRNO.EROFS}`], 1);
    return { out: lines(prompts), status: 0, world: saved, effects: [{ kind: 'consume', chars: first.length + second!.length + 2 }] };
  },
};
