// lsgroup: groups of the scope (lib/accounts.ts): ALL or names, one line a
// group ("staff id=1 admin=false users=... registry=files"), -a, -c, -f as
// lsuser. Layout RECALLED from AIX 7; the message for a group the scope does
// not have INFERRED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { accounts, groupAttributes, listing } from './lib/accounts.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { errLine, failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lsgroup [-R load_module] [ -c | -f ] [ -a attr attr ... ] { "ALL" | group1,group2 ... }'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'c', doc: 'Colon-separated, with a # line of the names.' },
  { flag: 'f', doc: 'Stanzas.' },
  { flag: 'a', doc: 'Only the attributes that follow.' },
  ...notSimulated('R:'),
];

export const lsgroup: Command = {
  name: 'lsgroup',
  scope: 'any',
  summary: 'Groups and their attributes (lsgroup ALL)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Displays group attributes.', synopsis: ['lsgroup [-c | -f] [-a Attribute ...] {ALL | Name[,Name] ...}'], examples: ['lsgroup ALL', 'lsgroup -a users staff'] },
  run(ctx) {
    const parsed = parseFlags(ctx, lsgroup);
    if (isFailure(parsed)) return parsed;
    const words = [...parsed.operands];
    const target = words.pop();
    if (target === undefined || (!parsed.has('a') && words.length > 0) || (parsed.has('c') && parsed.has('f'))) return failWith(USAGE, 1);
    const { groups } = accounts(ctx);
    const names = target === 'ALL' ? groups.map((g) => g.name) : target.split(',');
    const out = [];
    const entries = [];
    for (const n of names) {
      const g = groups.find((x) => x.name === n);
      if (!g) out.push(errLine(`3004-687 Group "${n}" does not exist.`));
      else entries.push({ name: g.name, attrs: groupAttributes(g) });
    }
    return { out: [...lines(listing(entries, parsed.has('a') ? words : null, parsed.has('c') ? 'colon' : parsed.has('f') ? 'stanza' : 'line')), ...out], status: out.length > 0 ? 1 : 0 };
  },
};
