// Every command wparsim implements, listed once. Adding a command touches its
// own file, this list and a transcript (design section 2). PLANNED lists real
// AIX commands that later issues implement: until then they say so plainly
// instead of ksh's "not found".

import type { Command } from '../engine/contract.js';
import { alias } from './alias.js';
import { alog } from './alog.js';
import { awk } from './awk.js';
import { basename } from './basename.js';
import { bootinfo } from './bootinfo.js';
import { breakCmd } from './break.js';
import { cat } from './cat.js';
import { cd } from './cd.js';
import { cfgmgr } from './cfgmgr.js';
import { chdev } from './chdev.js';
import { chfs } from './chfs.js';
import { chgrp } from './chgrp.js';
import { chmod } from './chmod.js';
import { chown } from './chown.js';
import { chuser } from './chuser.js';
import { chwpar } from './chwpar.js';
import { clear } from './clear.js';
import { clogin } from './clogin.js';
import { cmp } from './cmp.js';
import { colon } from './colon.js';
import { continueCmd } from './continue.js';
import { cp } from './cp.js';
import { crfs } from './crfs.js';
import { cut } from './cut.js';
import { date } from './date.js';
import { df } from './df.js';
import { diff } from './diff.js';
import { dirname } from './dirname.js';
import { dot } from './dot.js';
import { du } from './du.js';
import { echo } from './echo.js';
import { emgr } from './emgr.js';
import { env } from './env.js';
import { errclear } from './errclear.js';
import { errpt } from './errpt.js';
import { evalCmd } from './eval.js';
import { exit } from './exit.js';
import { exportCmd } from './export.js';
import { exportvg } from './exportvg.js';
import { expr } from './expr.js';
import { extendvg } from './extendvg.js';
import { falseCmd } from './false.js';
import { find } from './find.js';
import { getconf } from './getconf.js';
import { grep } from './grep.js';
import { halt } from './halt.js';
import { head } from './head.js';
import { help } from './help.js';
import { history } from './history.js';
import { host } from './host.js';
import { hostname } from './hostname.js';
import { id } from './id.js';
import { ifconfig } from './ifconfig.js';
import { importvg } from './importvg.js';
import { installp } from './installp.js';
import { instfix } from './instfix.js';
import { iostat } from './iostat.js';
import { jobs } from './jobs.js';
import { kill } from './kill.js';
import { ksh } from './ksh.js';
import { letCmd } from './let.js';
import { ln } from './ln.js';
import { lparstat } from './lparstat.js';
import { ls } from './ls.js';
import { lsattr } from './lsattr.js';
import { lscfg } from './lscfg.js';
import { lsconf } from './lsconf.js';
import { lsdev } from './lsdev.js';
import { lsfs } from './lsfs.js';
import { lsgroup } from './lsgroup.js';
import { lslpp } from './lslpp.js';
import { lslv } from './lslv.js';
import { lsps } from './lsps.js';
import { lspv } from './lspv.js';
import { lssavewpar } from './lssavewpar.js';
import { lssrc } from './lssrc.js';
import { lsuser } from './lsuser.js';
import { lsvg } from './lsvg.js';
import { lswpar } from './lswpar.js';
import { man } from './man.js';
import { migwpar } from './migwpar.js';
import { mkdev } from './mkdev.js';
import { mkdir } from './mkdir.js';
import { mkgroup } from './mkgroup.js';
import { mklv } from './mklv.js';
import { mksysb } from './mksysb.js';
import { mkuser } from './mkuser.js';
import { mkvg } from './mkvg.js';
import { mkwpar } from './mkwpar.js';
import { more } from './more.js';
import { mount } from './mount.js';
import { mpstat } from './mpstat.js';
import { mv } from './mv.js';
import { netstat } from './netstat.js';
import { oslevel } from './oslevel.js';
import { passwd } from './passwd.js';
import { pg } from './pg.js';
import { ping } from './ping.js';
import { print } from './print.js';
import { printf } from './printf.js';
import { prtconf } from './prtconf.js';
import { ps } from './ps.js';
import { pwd } from './pwd.js';
import { read } from './read.js';
import { reboot } from './reboot.js';
import { rebootwpar } from './rebootwpar.js';
import { reducevg } from './reducevg.js';
import { refresh } from './refresh.js';
import { restwpar } from './restwpar.js';
import { returnCmd } from './return.js';
import { rlogin } from './rlogin.js';
import { rm } from './rm.js';
import { rmdev } from './rmdev.js';
import { rmdir } from './rmdir.js';
import { rmfs } from './rmfs.js';
import { rmlv } from './rmlv.js';
import { rmuser } from './rmuser.js';
import { rmwpar } from './rmwpar.js';
import { sar } from './sar.js';
import { savewpar } from './savewpar.js';
import { sed } from './sed.js';
import { set } from './set.js';
import { sh } from './sh.js';
import { shift } from './shift.js';
import { shutdown } from './shutdown.js';
import { sleep } from './sleep.js';
import { sort } from './sort.js';
import { ssh } from './ssh.js';
import { startsrc } from './startsrc.js';
import { startwpar } from './startwpar.js';
import { stopsrc } from './stopsrc.js';
import { stopwpar } from './stopwpar.js';
import { svmon } from './svmon.js';
import { syncwpar } from './syncwpar.js';
import { tail } from './tail.js';
import { tar } from './tar.js';
import { tee } from './tee.js';
import { telnet } from './telnet.js';
import { bracket, test } from './test.js';
import { topas } from './topas.js';
import { touch } from './touch.js';
import { tr } from './tr.js';
import { trap } from './trap.js';
import { trueCmd } from './true.js';
import { type } from './type.js';
import { typeset } from './typeset.js';
import { ulimit } from './ulimit.js';
import { umask } from './umask.js';
import { umount } from './umount.js';
import { unalias } from './unalias.js';
import { uname } from './uname.js';
import { uniq } from './uniq.js';
import { unset } from './unset.js';
import { uptime } from './uptime.js';
import { varyoffvg } from './varyoffvg.js';
import { varyonvg } from './varyonvg.js';
import { vi } from './vi/vi.js';
import { vmstat } from './vmstat.js';
import { w } from './w.js';
import { wait } from './wait.js';
import { wc } from './wc.js';
import { whence } from './whence.js';
import { who } from './who.js';
import { whoami } from './whoami.js';
import { wparexec } from './wparexec.js';
import { xargs } from './xargs.js';

/** Every command, by name (help and man list them in this order). */
export const COMMANDS: readonly Command[] = (
  [
    cat,
    cd,
    cfgmgr,
    chwpar,
    clear,
    clogin,
    telnet,
    rlogin,
    ssh,
    cp,
    crfs,
    date,
    df,
    echo,
    emgr,
    exit,
    falseCmd,
    grep,
    head,
    help,
    history,
    host,
    hostname,
    id,
    ifconfig,
    installp,
    instfix,
    kill,
    lparstat,
    ls,
    lsattr,
    lsdev,
    lsfs,
    lslpp,
    lspv,
    lssavewpar,
    lssrc,
    lsvg,
    mkdev,
    exportvg,
    importvg,
    chfs,
    extendvg,
    lslv,
    mklv,
    reducevg,
    rmlv,
    lswpar,
    man,
    migwpar,
    mkdir,
    mksysb,
    mkvg,
    mkwpar,
    jobs,
    ln,
    more,
    pg,
    vi,
    mount,
    mv,
    netstat,
    oslevel,
    ps,
    pwd,
    restwpar,
    rm,
    rmdev,
    rmdir,
    rmfs,
    rmwpar,
    savewpar,
    sort,
    startwpar,
    stopwpar,
    syncwpar,
    tail,
    tar,
    touch,
    trueCmd,
    awk,
    sed,
    cmp,
    diff,
    du,
    env,
    trap,
    ulimit,
    umask,
    wait,
    find,
    xargs,
    alias,
    type,
    typeset,
    unalias,
    whence,
    chdev,
    alog,
    lscfg,
    chuser,
    lsgroup,
    lsuser,
    mkgroup,
    mkuser,
    passwd,
    rmuser,
    halt,
    reboot,
    rebootwpar,
    shutdown,
    iostat,
    mpstat,
    sar,
    topas,
    ping,
    uptime,
    w,
    who,
    errclear,
    errpt,
    refresh,
    startsrc,
    stopsrc,
    bootinfo,
    getconf,
    lsconf,
    lsps,
    prtconf,
    svmon,
    vmstat,
    chgrp,
    chmod,
    chown,
    dot,
    evalCmd,
    ksh,
    sh,
    basename,
    cut,
    dirname,
    expr,
    print,
    printf,
    sleep,
    tee,
    tr,
    uniq,
    test,
    bracket,
    breakCmd,
    colon,
    continueCmd,
    exportCmd,
    letCmd,
    read,
    returnCmd,
    set,
    shift,
    unset,
    umount,
    uname,
    varyoffvg,
    varyonvg,
    wc,
    whoami,
    wparexec,
  ] as Command[]
).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** Real AIX commands the guide or the reference uses that later issues implement. */
export const PLANNED: ReadonlySet<string> = new Set(['syncroot', 'odmget', 'swvpdmgr', 'inuwpar']);
