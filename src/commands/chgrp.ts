// chgrp: changes the group of files in the simulated tree; -R for what is
// under a directory, -f to say nothing. The group is one every AIX system has
// (world/users.ts), one of the scope's /etc/group, or a number; ls -l shows
// it. Not simulated yet: -h (a symbolic link itself).
// Syntax from IBM's chgrp page (DOC); the message for an unknown group is
// INFERRED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isGroup } from '../world/users.js';
import { accounts } from './lib/accounts.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { changeFiles } from './lib/change-files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: chgrp [-f] [-h] [-R] Group File ...'];

const FLAGS: readonly FlagSpec[] = [{ flag: 'R', doc: 'Changes what is under each directory too.' }, { flag: 'f', doc: 'Says nothing when a file cannot be changed.' }, ...notSimulated('h')];

export const chgrp: Command = {
  name: 'chgrp',
  scope: 'any',
  summary: 'Change the group of files (chgrp -R staff dir)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Changes the group ownership of a file or directory.',
    synopsis: ['chgrp [-f] [-R] Group File ...'],
    examples: ['chgrp staff /home/guest/notes', 'chgrp -R security /wpars/wpar1/etc/security'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, chgrp);
    if (isFailure(parsed)) return parsed;
    const [group, ...files] = parsed.operands;
    if (group === undefined || files.length === 0) return failWith(USAGE, 2);
    if (!isGroup(group) && !accounts(ctx).groups.some((g) => g.name === group)) return failWith([`chgrp: ${group} is an unknown group.`], 2);
    return changeFiles(ctx, 'chgrp', files, parsed.has('R'), () => ({ group }), parsed.has('f'));
  },
};
