// Users and groups of a scope, kept where AIX keeps them: the scope's
// /etc/passwd and /etc/group (mkwpar writes a WPAR its own, so a WPAR has
// its own users). lsuser, mkuser, rmuser, chuser, lsgroup, mkgroup, passwd
// and id read and write them here. The attributes lsuser shows besides
// those files' fields are a fresh system's defaults (/etc/security/user's
// default stanza, RECALLED from AIX 7).

import type { CommandContext } from '../../engine/contract.js';
import { readFile, toGlobal, writeFile } from '../../world/fs.js';
import type { Scope, World } from '../../world/types.js';

export interface User {
  name: string;
  pw: string;
  uid: string;
  gid: string;
  gecos: string;
  home: string;
  shell: string;
}

export interface Group {
  name: string;
  pw: string;
  gid: string;
  members: string[];
}

const read = (scope: Scope, world: World, path: string): string => {
  const r = readFile(world, toGlobal(world, scope, path));
  return r.ok ? r.value : '';
};

/** The users and groups of the command's scope, or of another one (a login's). */
export function accounts(ctx: CommandContext, world: World = ctx.world, scope: Scope = ctx.scope): { users: User[]; groups: Group[] } {
  const users = read(scope, world, '/etc/passwd')
    .split('\n')
    .filter((l) => l.includes(':'))
    .map((l) => {
      const [name = '', pw = '', uid = '', gid = '', gecos = '', home = '', shell = ''] = l.split(':');
      return { name, pw, uid, gid, gecos, home, shell };
    });
  const groups = read(scope, world, '/etc/group')
    .split('\n')
    .filter((l) => l.includes(':'))
    .map((l) => {
      const [name = '', pw = '', gid = '', members = ''] = l.split(':');
      return { name, pw, gid, members: members.split(',').filter(Boolean) };
    });
  return { users, groups };
}

/** The world with the scope's /etc/passwd and /etc/group written from these lists. */
export function saveAccounts(ctx: CommandContext, world: World, users: readonly User[], groups: readonly Group[]): World | string {
  const passwd = users.map((u) => `${u.name}:${u.pw}:${u.uid}:${u.gid}:${u.gecos}:${u.home}:${u.shell}\n`).join('');
  const group = groups.map((g) => `${g.name}:${g.pw}:${g.gid}:${g.members.join(',')}\n`).join('');
  let w = world;
  for (const [path, text] of [
    ['/etc/passwd', passwd],
    ['/etc/group', group],
  ] as const) {
    const r = writeFile(w, toGlobal(w, ctx.scope, path), text, false, ctx.now);
    if (!r.ok) return path;
    w = r.value;
  }
  return w;
}

/** A user's or group's name as AIX takes it: 1 to 255 characters, no colon, blank or control character, not starting with - + @ ~. */
export const isValidName = (name: string): boolean => /^[^-+@~:\s\u0000-\u001f][^:\s\u0000-\u001f]{0,254}$/.test(name) && name !== 'ALL' && name !== 'default';

/** What lsuser shows of a user: the files' fields, then the defaults every user has (admin and the groups from the files). */
export function userAttributes(u: User, groups: readonly Group[]): [string, string][] {
  const pgrp = groups.find((g) => g.gid === u.gid)?.name ?? u.gid;
  const member = groups.filter((g) => g.members.includes(u.name)).map((g) => g.name);
  const all = [pgrp, ...member.filter((g) => g !== pgrp)];
  return [
    ['id', u.uid],
    ['pgrp', pgrp],
    ['groups', all.join(',')],
    ['home', u.home],
    ['shell', u.shell],
    ...(u.gecos ? [['gecos', u.gecos] as [string, string]] : []),
    ['login', 'true'],
    ['su', 'true'],
    ['rlogin', 'true'],
    ['daemon', 'true'],
    ['admin', u.uid === '0' ? 'true' : 'false'],
    ['sugroups', 'ALL'],
    ['tpath', 'nosak'],
    ['ttys', 'ALL'],
    ['expires', '0'],
    ['auth1', 'SYSTEM'],
    ['auth2', 'NONE'],
    ['umask', '22'],
    ['registry', 'files'],
    ['SYSTEM', 'compat'],
    ['logintimes', ''],
    ['loginretries', '0'],
    ['pwdwarntime', '0'],
    ['account_locked', 'false'],
    ['minage', '0'],
    ['maxage', '0'],
    ['maxexpired', '-1'],
    ['minalpha', '0'],
    ['minother', '0'],
    ['mindiff', '0'],
    ['maxrepeats', '8'],
    ['minlen', '0'],
    ['histexpire', '0'],
    ['histsize', '0'],
    ['pwdchecks', ''],
    ['dictionlist', ''],
    ['default_roles', ''],
    ['fsize', '2097151'],
    ['cpu', '-1'],
    ['data', '262144'],
    ['stack', '65536'],
    ['core', '2097151'],
    ['rss', '65536'],
    ['nofiles', '2000'],
    ['roles', ''],
  ];
}

/** What lsgroup shows of a group. */
export function groupAttributes(g: Group): [string, string][] {
  return [
    ['id', g.gid],
    ['admin', Number(g.gid) < 200 || g.name === 'system' ? 'true' : 'false'],
    ['users', g.members.join(',')],
    ['registry', 'files'],
  ];
}

/** The lines of lsuser or lsgroup: "name a=v ...", -c "#name:a:..." then "name:v:...", or -f stanzas. */
export function listing(entries: readonly { name: string; attrs: [string, string][] }[], only: readonly string[] | null, form: 'line' | 'colon' | 'stanza'): string[] {
  const pick = (attrs: [string, string][]) => (only ? only.map((k): [string, string] => [k, attrs.find(([a]) => a === k)?.[1] ?? '']) : attrs);
  if (form === 'colon') {
    const first = entries[0];
    if (!first) return [];
    return [
      `#name:${pick(first.attrs)
        .map(([k]) => k)
        .join(':')}`,
      ...entries.map(
        (e) =>
          `${e.name}:${pick(e.attrs)
            .map(([, v]) => v)
            .join(':')}`,
      ),
    ];
  }
  if (form === 'stanza') return entries.flatMap((e) => [`${e.name}:`, ...pick(e.attrs).map(([k, v]) => `\t${k}=${v}`), '']);
  return entries.map((e) => [e.name, ...pick(e.attrs).map(([k, v]) => `${k}=${v}`)].join(' '));
}

const SETTABLE = ['id', 'pgrp', 'groups', 'home', 'shell', 'gecos'];

/** The attribute settings of mkuser and chuser, or the message for the first one it does not take. */
export function settings(words: readonly string[]): Map<string, string> | string {
  const out = new Map<string, string>();
  for (const w of words) {
    const eq = w.indexOf('=');
    const [k, v] = eq < 0 ? [w, ''] : [w.slice(0, eq), w.slice(eq + 1)];
    if (eq < 0 || !SETTABLE.includes(k) || /[:\n]/.test(v)) return `3004-692 Error changing "${k}" to "${v}" : Value is invalid.`;
    out.set(k, v);
  }
  return out;
}
