// chown: changes the owner (and, with Owner:Group, the group) of files in the
// simulated tree; -R for what is under a directory, -f to say nothing. The
// owner is a user of the scope's /etc/passwd (mkuser adds them; every AIX
// system has those of world/users.ts) or a number; ls -l shows it. A
// symbolic link named is followed. Not simulated yet: -h (the link itself).
// Syntax from IBM's chown page (DOC); the message for an unknown user is
// INFERRED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isGroup, isUser } from '../world/users.js';
import { accounts } from './lib/accounts.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { changeFiles } from './lib/change-files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: chown [-f] [-h] [-R] Owner[:Group] File ...'];

const FLAGS: readonly FlagSpec[] = [{ flag: 'R', doc: 'Changes what is under each directory too.' }, { flag: 'f', doc: 'Says nothing when a file cannot be changed.' }, ...notSimulated('h')];

export const chown: Command = {
  name: 'chown',
  scope: 'any',
  summary: 'Change the owner of files (chown -R user:group dir)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Changes the owner or group associated with a file.',
    synopsis: ['chown [-f] [-R] Owner[:Group] File ...'],
    examples: ['chown guest /home/guest/notes', 'chown -R bin:bin /wpars/wpar1/home/tools'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, chown);
    if (isFailure(parsed)) return parsed;
    const [spec, ...files] = parsed.operands;
    if (spec === undefined || files.length === 0) return failWith(USAGE, 2);
    const [owner = '', group] = spec.split(':', 2);
    const known = accounts(ctx);
    if (!isUser(owner) && !known.users.some((u) => u.name === owner)) return failWith([`chown: ${owner} is an unknown username.`], 2);
    if (group !== undefined && !isGroup(group) && !known.groups.some((g) => g.name === group)) return failWith([`chown: ${group} is an unknown group.`], 2);
    return changeFiles(ctx, 'chown', files, parsed.has('R'), () => ({ owner, ...(group === undefined ? {} : { group }) }), parsed.has('f'));
  },
};
