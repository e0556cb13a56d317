// The files an installed AIX 7.3 has in /etc that admins read first, for the
// LPAR and for each new system WPAR (mkwpar writes a WPAR's own /etc): the
// banner in /etc/motd, the users and groups of a fresh system (the names
// world/users.ts knows), /etc/inittab's usual entries and /etc/environment.
// Contents RECALLED from AIX 7.2 and 7.3 systems; the motd SOURCED (reference
// 1.4).

import { motd } from './motd.js';
import { GROUPS, USERS } from './users.js';

const PASSWD: Record<string, string> = {
  root: '0:0::/:/usr/bin/ksh',
  daemon: '1:1::/etc:',
  bin: '2:2::/bin:',
  sys: '3:3::/usr/sys:',
  adm: '4:4::/var/adm:',
  uucp: '5:5::/usr/lib/uucp:',
  guest: '100:100::/home/guest:',
  nobody: '4294967294:4294967294::/:',
  lpd: '9:4294967294::/:',
  lp: '11:11::/var/spool/lp:/bin/false',
  invscout: '6:12::/var/adm/invscout:/usr/bin/ksh',
  snapp: '200:13:snapp login user:/usr/sbin/snapp:/usr/sbin/snappd',
  ipsec: '201:1::/etc/ipsec:/usr/bin/ksh',
  nuucp: '7:5:uucp login user:/var/spool/uucppublic:/usr/sbin/uucp/uucico',
  pconsole: '8:0::/home/pconsole:/usr/bin/ksh',
  esaadmin: '10:0::/home/esaadmin:/usr/bin/ksh',
  sshd: '202:201::/var/empty:/usr/bin/ksh',
  srvproxy: '203:0:Service Proxy Daemon:/home/srvproxy:/usr/bin/ksh',
};

const GROUP_LINES: Record<string, string> = {
  system: '0:root,pconsole,esaadmin,srvproxy',
  staff: '1:ipsec,sshd,esaadmin',
  bin: '2:root,bin',
  sys: '3:root,bin,sys',
  adm: '4:bin,adm',
  uucp: '5:nuucp,uucp',
  mail: '6:',
  security: '7:root',
  cron: '8:root',
  printq: '9:lp',
  audit: '10:root',
  ecs: '28:',
  nobody: '4294967294:nobody,lpd',
  usr: '100:guest',
  perf: '20:',
  shutdown: '21:',
  lp: '11:root,lp,printq',
  invscout: '12:invscout',
  snapp: '13:snapp',
  ipsec: '200:',
  pconsole: '14:pconsole',
  esaadmin: '15:esaadmin',
  sshd: '201:sshd',
};

const INITTAB = [
  'init:2:initdefault:',
  'brc::sysinit:/sbin/rc.boot 3 >/dev/console 2>&1 # Phase 3 of system boot',
  'rc:23456789:wait:/etc/rc 2>&1 | alog -tboot > /dev/console # Multi-User checks',
  'fbcheck:23456789:wait:/usr/sbin/fbcheck 2>&1 | alog -tboot > /dev/console # run /etc/firstboot',
  'srcmstr:23456789:respawn:/usr/sbin/srcmstr # System Resource Controller',
  'rctcpip:23456789:wait:/etc/rc.tcpip > /dev/console 2>&1 # Start TCP/IP daemons',
  'cron:23456789:respawn:/usr/sbin/cron',
  'rcnfs:23456789:wait:/etc/rc.nfs > /dev/console 2>&1 # Start NFS Daemons',
  'qdaemon:23456789:wait:/usr/bin/startsrc -sqdaemon',
  'writesrv:23456789:wait:/usr/bin/startsrc -swritesrv',
  'ctrmc:2:once:/usr/bin/startsrc -s ctrmc > /dev/console 2>&1',
];

/** The /etc files (relative to the root file system) of a fresh system. */
export function etcFiles(version: string): Record<string, string> {
  return {
    'etc/motd': `${motd(version).join('\n')}\n`,
    'etc/passwd': USERS.map((u) => `${u}:!:${PASSWD[u] ?? '999:1::/:'}\n`).join(''),
    'etc/group': GROUPS.map((g) => `${g}:!:${GROUP_LINES[g] ?? '999:'}\n`).join(''),
    'etc/inittab': `${INITTAB.join('\n')}\n`,
    'etc/environment':
      'PATH=/usr/bin:/etc:/usr/sbin:/usr/ucb:/usr/bin/X11:/sbin:/usr/java8_64/jre/bin:/usr/java8_64/bin\nTZ=UTC\nLANG=en_US\nLOCPATH=/usr/lib/nls/loc\nNLSPATH=/usr/lib/nls/msg/%L/%N:/usr/lib/nls/msg/%L/%N.cat\n',
  };
}
