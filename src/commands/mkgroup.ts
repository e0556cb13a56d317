// mkgroup: makes a group in the scope (lib/accounts.ts): id=N and
// users=a,b before the name, the next free ID above the system's by
// default; -a (an administrative group) is accepted. The message for a
// group that exists INFERRED (3004-686's form, as mkuser's 3004-689).

import type { Command, FlagSpec } from '../engine/contract.js';
import { accounts, isValidName, saveAccounts } from './lib/accounts.js';
import { isFailure, parseFlags } from './lib/args.js';
import { ERRNO } from './lib/files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: mkgroup [-R load_module] [-a] [-A] [attr=value ...] newgroup'];
const FLAGS: readonly FlagSpec[] = [
  { flag: 'a', doc: 'An administrative group.' },
  { flag: 'A', doc: 'The caller administers the group.' },
];

export const mkgroup: Command = {
  name: 'mkgroup',
  scope: 'any',
  summary: 'Make a group (mkgroup users=bob,ann web)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Creates a new group.', synopsis: ['mkgroup [-a] [id=Number] [users=Name,...] Group'], examples: ['mkgroup web', 'mkgroup id=500 users=bob webadmins'] },
  run(ctx) {
    const parsed = parseFlags(ctx, mkgroup);
    if (isFailure(parsed)) return parsed;
    const words = [...parsed.operands];
    const name = words.pop();
    if (name === undefined) return failWith(USAGE, 1);
    if (!isValidName(name)) return failWith([`3004-694 Error adding "${name}" : Name is invalid.`], 1);
    const { users, groups } = accounts(ctx);
    if (groups.some((g) => g.name === name)) return failWith([`3004-686 Group "${name}" exists.`], 1);
    let id: string | undefined;
    let members: string[] = [];
    for (const w of words) {
      const [k, v = ''] = [w.slice(0, Math.max(0, w.indexOf('='))), w.slice(w.indexOf('=') + 1)];
      if (k === 'id' && /^\d{1,10}$/.test(v) && !groups.some((g) => g.gid === v)) id = v;
      else if (k === 'users' && v.split(',').every((u) => users.some((x) => x.name === u))) members = v.split(',');
      else return failWith([`3004-692 Error changing "${k || w}" to "${v}" : Value is invalid.`], 1);
    }
    const gid = id ?? String(Math.max(200, ...groups.map((g) => Number(g.gid)).filter((n) => n < 4294967294)) + 1);
    const saved = saveAccounts(ctx, ctx.world, users, [...groups, { name, pw: '!', gid, members }]);
    if (typeof saved === 'string') return failWith([`mkgroup: ${saved}: ${ERRNO.EROFS}`], 1);
    return { out: [], status: 0, world: saved };
  },
};
