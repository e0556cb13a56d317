// lsuser: users of the scope (lib/accounts.ts): ALL or names, one line a
// user ("root id=0 pgrp=system groups=... home=/ shell=/usr/bin/ksh ..."),
// -a Attr ... only those, -c the colon form with a "#name:..." line, -f
// stanzas. A user the scope does not have: "3004-687 User "X" does not
// exist." (RECALLED). Layouts RECALLED from AIX 7. Not simulated yet: -R.

import type { Command, FlagSpec } from '../engine/contract.js';
import { accounts, listing, userAttributes } from './lib/accounts.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { errLine, failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lsuser [-R load_module] [ -c | -f ] [ -a attr attr ... ] { "ALL" | user1,user2 ... }'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'c', doc: 'Colon-separated, with a # line of the names.' },
  { flag: 'f', doc: 'Stanzas.' },
  { flag: 'a', doc: 'Only the attributes that follow.' },
  ...notSimulated('R:'),
];

export const lsuser: Command = {
  name: 'lsuser',
  scope: 'any',
  summary: 'Users and their attributes (lsuser ALL, -a id home ALL)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays user account attributes.',
    synopsis: ['lsuser [-c | -f] [-a Attribute ...] {ALL | Name[,Name] ...}'],
    examples: ['lsuser ALL', 'lsuser -a id home shell root', 'lsuser -c -a id ALL'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lsuser);
    if (isFailure(parsed)) return parsed;
    const words = [...parsed.operands];
    const target = words.pop();
    if (target === undefined || (!parsed.has('a') && words.length > 0) || (parsed.has('c') && parsed.has('f'))) return failWith(USAGE, 1);
    const { users, groups } = accounts(ctx);
    const names = target === 'ALL' ? users.map((u) => u.name) : target.split(',');
    const out = [];
    const entries = [];
    for (const n of names) {
      const u = users.find((x) => x.name === n);
      if (!u) out.push(errLine(`3004-687 User "${n}" does not exist.`));
      else entries.push({ name: u.name, attrs: userAttributes(u, groups) });
    }
    const only = parsed.has('a') ? words : null;
    return { out: [...lines(listing(entries, only, parsed.has('c') ? 'colon' : parsed.has('f') ? 'stanza' : 'line')), ...out], status: out.length > 0 ? 1 : 0 };
  },
};
