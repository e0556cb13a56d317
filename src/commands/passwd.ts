// passwd: sets a user's password in the scope (lib/accounts.ts): the new
// password twice on standard input (passwd bob <<EOF ... EOF, or a pipe),
// the prompts written as AIX writes them and what is typed never shown. At
// the prompt it asks twice, the answers not shown (an `ask` effect). Prompts and "The password entry does not match, please
// try again." RECALLED from AIX 7. The password itself is not kept: the
// /etc/passwd field becomes "!", as when /etc/security/passwd holds it.

import type { Command, CommandContext, CommandResult } from '../engine/contract.js';
import { accounts, saveAccounts } from './lib/accounts.js';
import { ERRNO } from './lib/files.js';
import { failWith, lines } from './lib/output.js';

export const passwd: Command = {
  name: 'passwd',
  scope: 'any',
  summary: 'Set a password (asked twice, not shown)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: "Changes a user's password.", synopsis: ['passwd [User]'], examples: ['passwd bob <<EOF\nn3wPass!\nn3wPass!\nEOF'] },
  run(ctx) {
    const name = ctx.argv[1] ?? ctx.user;
    if (ctx.argv.length > 2 || name.startsWith('-')) return failWith(['Usage: passwd [-R load_module] [ -f | -s ] [user]'], 1);
    const { users } = accounts(ctx);
    if (!users.some((u) => u.name === name)) return failWith([`3004-687 User "${name}" does not exist.`], 1);
    if (ctx.stdin === '') {
      // At the prompt: the two answers are the next lines typed, not shown.
      if (!ctx.interactive) return failWith(['wparsim: passwd reads the new password from the keys only at the prompt; give it twice on standard input (passwd bob <<EOF)'], 1);
      return { out: lines([`Changing password for "${name}"`]), status: 0, effects: [{ kind: 'ask', prompt: `${name}'s New password: `, hidden: true, command: 'passwd', state: [name] }] };
    }
    const [first = '', second] = ctx.stdin.split('\n');
    const prompts = [`Changing password for "${name}"`, `${name}'s New password: `, 'Enter the new password again:'];
    const set = setPassword(ctx, name, first, second ?? '');
    return { ...set, out: [...lines(prompts), ...set.out], effects: [{ kind: 'consume', chars: Math.min(ctx.stdin.length, first.length + (second?.length ?? 0) + 2) }] };
  },
  answer(ctx, state, text) {
    const [name = 'root', first] = state;
    if (first === undefined) return { out: [], status: 0, effects: [{ kind: 'ask', prompt: 'Enter the new password again:', hidden: true, command: 'passwd', state: [name, text] }] };
    return setPassword(ctx, name, first, text);
  },
};

/** The new password, typed twice: the same both times sets it (only "!" is kept in /etc/passwd). */
function setPassword(ctx: CommandContext, name: string, first: string, second: string): CommandResult {
  if (first === '' || first !== second) return { out: lines(['The password entry does not match, please try again.']).map((c) => ({ ...c, stream: 'err' as const })), status: 1 };
  const { users, groups } = accounts(ctx);
  const saved = saveAccounts(
    ctx,
    ctx.world,
    users.map((u) => (u.name === name ? { ...u, pw: '!' } : u)),
    groups,
  );
  if (typeof saved === 'string') return failWith([`passwd: ${saved}: ${ERRNO.EROFS}`], 1);
  return { out: [], status: 0, world: saved };
}
