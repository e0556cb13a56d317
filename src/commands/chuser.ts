// chuser: changes a user's attributes in the scope (lib/accounts.ts):
// id, pgrp, groups, home, shell, gecos, given as Attribute=Value before the
// name. Messages as mkuser's.

import type { Command } from '../engine/contract.js';
import { accounts, saveAccounts, settings } from './lib/accounts.js';
import { ERRNO } from './lib/files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: chuser [-R load_module] attr=value ... user'];

export const chuser: Command = {
  name: 'chuser',
  scope: 'any',
  summary: 'Change a user (chuser shell=/usr/bin/bash bob)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Changes user attributes.', synopsis: ['chuser Attribute=Value ... Name'], examples: ['chuser groups=staff,security bob', 'chuser gecos="Web admin" bob'] },
  run(ctx) {
    const words = ctx.argv.slice(1);
    const name = words.pop();
    if (name === undefined || words.length === 0) return failWith(USAGE, 1);
    const set = settings(words);
    if (typeof set === 'string') return failWith([set], 1);
    const { users, groups } = accounts(ctx);
    const user = users.find((u) => u.name === name);
    if (!user) return failWith([`3004-687 User "${name}" does not exist.`], 1);
    const pgrpName = set.get('pgrp');
    const pgrp = pgrpName === undefined ? undefined : groups.find((g) => g.name === pgrpName);
    if (pgrpName !== undefined && !pgrp) return failWith([`3004-692 Error changing "pgrp" to "${pgrpName}" : Value is invalid.`], 1);
    const wanted = set.get('groups')?.split(',').filter(Boolean);
    if (wanted?.some((g) => !groups.some((x) => x.name === g))) return failWith([`3004-692 Error changing "groups" to "${set.get('groups')}" : Value is invalid.`], 1);
    const id = set.get('id');
    if (id !== undefined && (!/^\d{1,10}$/.test(id) || users.some((u) => u.uid === id && u.name !== name))) return failWith([`3004-692 Error changing "id" to "${id}" : Value is invalid.`], 1);
    const changed = { ...user, uid: id ?? user.uid, gid: pgrp?.gid ?? user.gid, home: set.get('home') ?? user.home, shell: set.get('shell') ?? user.shell, gecos: set.get('gecos') ?? user.gecos };
    const newGroups =
      wanted === undefined
        ? groups
        : groups.map((g) => ({ ...g, members: wanted.includes(g.name) && g.gid !== changed.gid ? [...new Set([...g.members, name])] : g.members.filter((m) => m !== name) }));
    const saved = saveAccounts(
      ctx,
      ctx.world,
      users.map((u) => (u.name === name ? changed : u)),
      newGroups,
    );
    if (typeof saved === 'string') return failWith([`chuser: ${saved}: ${ERRNO.EROFS}`], 1);
    return { out: [], status: 0, world: saved };
  },
};
