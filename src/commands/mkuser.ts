// mkuser: makes a user in the scope (lib/accounts.ts): Attribute=Value
// pairs (id, pgrp, groups, home, shell, gecos) then the name; the next free
// ID above the system's, primary group staff, home /home/NAME (made, owned
// by the user) and /usr/bin/ksh by default. -a (an administrative user) is
// accepted. "3004-689 User "X" exists." RECALLED; the message for an
// attribute or value it does not take INFERRED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { nodeAt, setAttributes, toGlobal } from '../world/fs.js';
import { ensureDir } from '../world/wparfs.js';
import { accounts, isValidName, saveAccounts, settings, type User } from './lib/accounts.js';
import { isFailure, parseFlags } from './lib/args.js';
import { ERRNO } from './lib/files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: mkuser [-R load_module] [-a] [attr=value ...] newuser'];
const FLAGS: readonly FlagSpec[] = [{ flag: 'a', doc: 'An administrative user.' }];
export const mkuser: Command = {
  name: 'mkuser',
  scope: 'any',
  summary: 'Make a user (mkuser pgrp=staff home=/home/bob bob)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Creates a new user account.',
    synopsis: ['mkuser [-a] [Attribute=Value ...] Name'],
    examples: ['mkuser bob', 'mkuser id=300 pgrp=staff groups=staff,security gecos="Web admin" webadm'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, mkuser);
    if (isFailure(parsed)) return parsed;
    const words = [...parsed.operands];
    const name = words.pop();
    if (name === undefined) return failWith(USAGE, 1);
    if (!isValidName(name)) return failWith([`3004-694 Error adding "${name}" : Name is invalid.`], 1);
    const set = settings(words);
    if (typeof set === 'string') return failWith([set], 1);
    const { users, groups } = accounts(ctx);
    if (users.some((u) => u.name === name)) return failWith([`3004-689 User "${name}" exists.`], 1);
    const pgrp = groups.find((g) => g.name === (set.get('pgrp') ?? 'staff'));
    if (!pgrp) return failWith([`3004-692 Error changing "pgrp" to "${set.get('pgrp')}" : Value is invalid.`], 1);
    const extra = (set.get('groups') ?? pgrp.name).split(',').filter(Boolean);
    const unknown = extra.find((g) => !groups.some((x) => x.name === g));
    if (unknown !== undefined) return failWith([`3004-692 Error changing "groups" to "${set.get('groups')}" : Value is invalid.`], 1);
    const taken = new Set(users.map((u) => u.uid));
    const id = set.get('id') ?? String(Math.max(200, ...users.map((u) => Number(u.uid)).filter((n) => n < 4294967294)) + 1);
    if (!/^\d{1,10}$/.test(id) || taken.has(id)) return failWith([`3004-692 Error changing "id" to "${id}" : Value is invalid.`], 1);
    const user: User = { name, pw: '*', uid: id, gid: pgrp.gid, gecos: set.get('gecos') ?? '', home: set.get('home') ?? `/home/${name}`, shell: set.get('shell') ?? '/usr/bin/ksh' };
    const newGroups = groups.map((g) => (extra.includes(g.name) && g.name !== pgrp.name && !g.members.includes(name) ? { ...g, members: [...g.members, name] } : g));
    const saved = saveAccounts(ctx, ctx.world, [...users, user], newGroups);
    if (typeof saved === 'string') return failWith([`mkuser: ${saved}: ${ERRNO.EROFS}`], 1);
    // The home directory, made and given to the user (as mkuser does unless it exists).
    const home = toGlobal(saved, ctx.scope, user.home);
    let world = saved;
    if (!nodeAt(world, home)) {
      world = ensureDir(world, home, ctx.now);
      const owned = setAttributes(world, home, { owner: name, group: pgrp.name });
      if (owned.ok) world = owned.value;
    }
    return { out: [], status: 0, world };
  },
};
