// rmuser: removes a user of the scope from /etc/passwd and from every
// group's list (lib/accounts.ts); the home directory stays, as on AIX. -p
// (also the password information) is accepted. "3004-687 User "X" does not
// exist." RECALLED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { accounts, saveAccounts } from './lib/accounts.js';
import { isFailure, parseFlags } from './lib/args.js';
import { ERRNO } from './lib/files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: rmuser [-R load_module] [-p] user'];
const FLAGS: readonly FlagSpec[] = [{ flag: 'p', doc: 'Also removes the password information.' }];

export const rmuser: Command = {
  name: 'rmuser',
  scope: 'any',
  summary: 'Remove a user',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Removes a user account.', synopsis: ['rmuser [-p] Name'], examples: ['rmuser -p bob'] },
  run(ctx) {
    const parsed = parseFlags(ctx, rmuser);
    if (isFailure(parsed)) return parsed;
    const [name, extra] = parsed.operands;
    if (name === undefined || extra !== undefined) return failWith(USAGE, 1);
    const { users, groups } = accounts(ctx);
    if (!users.some((u) => u.name === name)) return failWith([`3004-687 User "${name}" does not exist.`], 1);
    const saved = saveAccounts(
      ctx,
      ctx.world,
      users.filter((u) => u.name !== name),
      groups.map((g) => ({ ...g, members: g.members.filter((m) => m !== name) })),
    );
    if (typeof saved === 'string') return failWith([`rmuser: ${saved}: ${ERRNO.EROFS}`], 1);
    return { out: [], status: 0, world: saved };
  },
};
