// The commands of AIX 7.3's base system that wparsim does not simulate (yet):
// typed, each answers "wparsim: NAME is not supported yet" (status 1) rather
// than ksh's "not found", which stays for names AIX does not have.
// Sources: the commands beginning with t are IBM's list for AIX 7.1
// (ibm.com/docs/en/ssw_aix_71/t_commands/t_nav.html, SOURCED); the system
// administration commands are IBM's "Commands for system administration for
// BSD 4.3 system managers" (ibm.com/docs/.../osmanagement/bsdcommands.html,
// SOURCED, partial); the rest are RECALLED from the AIX 7.3 Commands
// Reference and a running system, and are the ones an administrator types.
// A command wparsim simulates is left out here by the engine (its own table
// wins), so this list can stay whole.

const T_COMMANDS = `tab tabs tail talk talkd tapechk tar tbl tc tcbck tcopy tcpdump tcptr tcsd tctl tee telinit init telnet tn tn3270
  telnetd termdef test tetoldif tftp utftp tftpd tic time timed timedc timex tip tncconsole tninit tokstat topas topasout
  topasrec topsvcs topsvcsctrl touch tpm_activate tpm_changeauth tpm_clear tpm_clearable tpm_createek tpm_enable tpm_getpubek
  tpm_ownable tpm_present tpm_restrictpubek tpm_selftest tpm_takeownership tpm_version tprof tput tr trace traceauth tracepriv
  traceroute tracesoff traceson trbsd trcctl trcdead trcevgrp trcnm trcrpt trcstop trcupdate troff trpt true false truss
  trustchk tset tsh tsm tsort ttt tty tunchange tuncheck tundefault tunrestore tunsave turnacct turnoff turnon tvi
  twconvdict twconvfont type`;

const ADMINISTRATION = `bosboot bootlist cfgmgr chcons chdev chdisp checkcw checkeq checkmm checknr chfont chfs chgroup chgrpmem chhwkbd
  chitab chkbd chkey chlang chlicense chlv chnamsv chprtsv chps chpv chque chquedev chssys chtcb chtz chuser chvfs chvg
  chvirprt crfs crvfs exportvg extendvg grpck importvg lsallq lsallqdev lsattr lscfg lsdev lsfs lsgroup lsitab lskbd
  lslicense lslpp lslv lsnamsv lsprtsv lsps lspv lsque lsquedev lssrc lsuser lsvfs lsvg lsvirprt mkdev mkfont mkgroup
  mkitab mklv mklvcopy mknamsv mkprtsv mkps mkque mkquedev mkssys mksysb mkuser mkvg mkvirprt odmadd odmchange odmcreate
  odmdelete odmdrop odmget odmshow pwdck redefinevg reducevg reorgvg restbase rmdev rmfs rmgroup rmitab rmlv rmlvcopy
  rmnamsv rmprtsv rmps rmque rmquedev rmssys rmuser rmvfs rmvirprt savebase syncvg usrck varyoffvg varyonvg`;

const RECALLED = `acledit aclget aclput adb addbib admin alias alog alt_disk_copy alt_disk_install alt_rootvg_op anno ar arp as at
  atq atrm audit auditbin auditcat auditconv auditmerge auditpr auditselect auditstream autoconf6 automount awk backup banner
  basename batch bc bdiff bellmail bffcreate bg bicheck biff bindprocessor bootinfo bootparamd bootpd bootptodhcp bs bsh
  bugfiler cal calendar cancel capture cat cd cdc cfgif cfginet chauthent chclass chdom chfn chgrp chitab chmod chown chroot
  chrctcp chrole chsec chsh chwpar cksum clear clogin cmp col colcrt colrm comb comm compress cp cpio cplv cpp crash cron
  crontab csh csplit ct ctags cu curt cut date dc dd defragfs delta deroff devinstall devnm df dhcpcd dhcpsd diag diff diff3
  dircmp dirname disable disclaim dosdel dosdir dosformat dosread doswrite dspcat dspmsg du dump dumpcheck dumpfs echo ed
  edquota egrep emgr enable enq entstat env eqnchar errclear errdead errinstall errlogger errmsg errpt errupdate ex exec exit
  expand explain export expr exportfs extendlv factor fc fcstat fdformat fg fgrep file filemon fileplace find finger fmt fold
  format fsck fsdb fsplit ftp ftpd fuser gencat gencopy geninstall genkex genkld genld get getconf getopt getopts gprof grep
  groups grpck gzip halt hash head help hostid hostname hostent hpmcount hpmstat iconv id ifconfig imake importvg inetd
  install installp instfix inucp inudocm inurest inusave inutoc inuumsg invscout iostat ipcrm ipcs ipreport iptrace isnstgtd
  istat jobs join kdb kill killall ksh ksh93 last lastcomm lastlogin lb_admin lb_find ld ldd learn leave lex line link
  lint ln locale localedef lock logger login logins logname logout look lookbib lorder lp lpd lpq lpr lprm lpstat ls
  lsactdef lsaudrec lsauthent lscore lsclass lsdom lslparinfo lsmcode lsmpio lsnim lsnfsexp lsnfsmnt lsparent lspath lsrole
  lsrset lssec lsslot lssavevg lstcpip lswpar lswlmconf lvmstat m4 mach mail mailq mailx make man mesg migratelp migratepv
  migwpar mirrorvg mkboot mkcd mkclass mkdir mkdirhier mkdvd mkfifo mkfs mkinstallp mknod mkpasswd mkrole mkrset mksysb
  mktcpip mkwpar more mount mpcfg mpstat msgs mt mv mvdir namerslv ncheck netpmon netstat newaliases newform newgrp news
  nfso nfsstat nice nim nimclient niminit nis_cachemgr nl nm no nohup nroff nslookup ntpdate ntpq ntptrace od odmget oslevel
  pack pagesize passwd paste patch pax perfpmr pg pin ping ping6 pmcycles pprof pr printenv printf procfiles procldd procmap
  procstack proctree prof prompt proto prs prtconf ps pstat pwd pwdadm pwdck quot quota quotacheck quotaoff quotaon ranlib
  raso rc rcp read readlink reboot redefinevg refer refresh regcmp reject remove renice reorgvg repquota replacepv
  restore restorevgfiles restvg restwpar rev rexec rexecd rlogin rlogind rm rmail rmdel rmdir rmrole rmrset rmt rmwpar
  route rpcgen rpcinfo rsh rshd runacct rup ruptime ruser rusers rwall rwho sa sact sar savecore savevg savewpar sccs
  schedo scp script sdiff sed sendmail set setclock setgroups setmaps setsenv sh shconf shell showmount shutdown sftp size skulker ssh ssh-keygen ssh-add ssh-agent
  sleep slibclean smit smitty snap snmpd sort spell split splp startsrc startwpar startx stopsrc stopwpar strace strings
  strip stty su sum svmon swap swapoff swapon swcons sync syncroot syncwpar sysdumpdev sysdumpstart syslogd tail tee
  test time topas touch tr trace traceroute true tsort tty ulimit umask umount unalias uname uncompress unexpand unget
  unifdef uniq unlink unmirrorvg unpack update updatevg uptime useradd userdel usermod users uucp uudecode uuencode
  uuname uupick uustat uuto uux vacation val varyonvg vc vi view vmo vmstat w wait wall wc what whatis whence whereis which
  who whoami whois wlmcntrl wlmstat wparexec write xargs yacc yes ypcat ypmatch yppasswd ypwhich zcat`;

/** Every name above, once. */
export const AIX_COMMANDS: ReadonlySet<string> = new Set(`${T_COMMANDS} ${ADMINISTRATION} ${RECALLED}`.split(/\s+/).filter((n) => n !== ''));
