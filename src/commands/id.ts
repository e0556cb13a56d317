// id: a user's IDs and groups, from the scope's /etc/passwd and /etc/group
// (lib/accounts.ts): root's without an operand ("uid=0(root) gid=0(system)
// groups=2(bin),3(sys),7(security),8(cron),10(audit),11(lp)", RECALLED from
// AIX 7), a user named as operand. -u, -g, -G, -n and -r print one part.

import type { Command } from '../engine/contract.js';
import { accounts } from './lib/accounts.js';
import { failWith, lines } from './lib/output.js';

export const id: Command = {
  name: 'id',
  scope: 'any',
  summary: 'Print user and group IDs',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays the system identifications of a specified user.', synopsis: ['id [-u | -g | -G] [-n] [-r] [User]'], examples: ['id', 'id bob', 'id -un'] },
  run(ctx) {
    const args = ctx.argv.slice(1);
    const flags = args
      .filter((a) => a.startsWith('-'))
      .join('')
      .replace(/-/g, '');
    const [name = ctx.user, extra] = args.filter((a) => !a.startsWith('-'));
    if (extra !== undefined || /[^ugGnr]/.test(flags) || [...'ugG'].filter((f) => flags.includes(f)).length > 1) return failWith(['Usage: id [-G [-n]] [-u [-n] [-r]] [-g [-n] [-r]] [User]'], 1);
    const { users, groups } = accounts(ctx);
    const u = users.find((x) => x.name === name);
    if (!u) return failWith([`3004-820 User not found in /etc/passwd file`], 1);
    const primary = groups.find((g) => g.gid === u.gid);
    const others = groups.filter((g) => g.members.includes(u.name) && g.gid !== u.gid);
    const named = flags.includes('n');
    if (flags.includes('u')) return { out: lines([named ? u.name : u.uid]), status: 0 };
    if (flags.includes('g')) return { out: lines([named ? (primary?.name ?? u.gid) : u.gid]), status: 0 };
    if (flags.includes('G'))
      return {
        out: lines([
          [primary, ...others]
            .filter((g) => g !== undefined)
            .map((g) => (named ? g.name : g.gid))
            .join(' '),
        ]),
        status: 0,
      };
    const all = others.map((g) => `${g.gid}(${g.name})`).join(',');
    return { out: lines([`uid=${u.uid}(${u.name}) gid=${u.gid}(${primary?.name ?? u.gid})${all ? ` groups=${all}` : ''}`]), status: 0 };
  },
};
