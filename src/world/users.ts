// The users and groups every AIX 7.3 system has after installation (its
// /etc/passwd and /etc/group; RECALLED from AIX 7.2 and 7.3 systems), in
// every scope: chown and chgrp accept these names, or any number (ls -l then
// shows the number, as AIX shows an id without a name). Users of one's own
// (mkuser) are not simulated yet.

export const USERS: readonly string[] = [
  'root',
  'daemon',
  'bin',
  'sys',
  'adm',
  'uucp',
  'guest',
  'nobody',
  'lpd',
  'lp',
  'invscout',
  'snapp',
  'ipsec',
  'nuucp',
  'pconsole',
  'esaadmin',
  'sshd',
  'srvproxy',
];

export const GROUPS: readonly string[] = [
  'system',
  'staff',
  'bin',
  'sys',
  'adm',
  'uucp',
  'mail',
  'security',
  'cron',
  'printq',
  'audit',
  'ecs',
  'nobody',
  'usr',
  'perf',
  'shutdown',
  'lp',
  'invscout',
  'snapp',
  'ipsec',
  'pconsole',
  'esaadmin',
  'sshd',
];

/** Whether a name (or a number) can own a file: a user the system has, or a user id. */
export const isUser = (name: string): boolean => USERS.includes(name) || /^\d{1,10}$/.test(name);

/** Whether a name (or a number) can be a file's group. */
export const isGroup = (name: string): boolean => GROUPS.includes(name) || /^\d{1,10}$/.test(name);
