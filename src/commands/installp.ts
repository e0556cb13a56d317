// installp -a[cgqXYNv] -d Device Fileset ... | all: installs filesets from
// the simulated installation media (/dev/cd0, or any existing directory) into
// the global environment: their usr parts (which shared WPARs see at once
// through their read-only /usr) and root parts (which each WPAR gets from
// syncwpar). A package name (vwpar.images) selects its filesets; a
// fileset's own name selects only it. Inside a detached WPAR (private /usr)
// it installs into that WPAR only (guide scenario 3); inside a shared one it
// is refused (read-only /usr). The other operations (-u -r -C -l -s -L -i -A
// -e) say they are not supported yet.
// Output: lib/installp.ts (RECALLED medium); the unreadable-device lines are
// RECALLED-low.

import type { Command, FlagSpec } from '../engine/contract.js';
import { factoryFilesets } from '../world/filesets.js';
import { type Fileset, filesetInfo, installGlobal, MEDIA_FILESETS, syncWparParts, usrLevels } from '../world/software.js';
import { findWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { applyReport, mediaError, verificationReport } from './lib/installp.js';
import { sharedUsrReadOnly } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = [
  'Usage: installp [-a|-ac [-N]] [-eLogFile] [-V Number] [-dDevice] [-b|-S|-B|-I] [-T[K]] [-p] [-Q] [-q] [-v] [-X]',
  '         [-F|-g] [-O{[r][s][u]}] [-tSaveDir] [-w] [-Y] [-zBlockSize] {FilesetName [Level]...|-f ListFile|all}',
];

/** The media's filesets an operand selects: a fileset, or a package and its filesets. */
function select(operand: string): Fileset[] {
  const catalogue = [...MEDIA_FILESETS, ...factoryFilesets()];
  const exact = catalogue.filter((f) => f.name === operand);
  return exact.length > 0 ? exact : catalogue.filter((f) => f.name.startsWith(operand + '.'));
}

const FLAGS: readonly FlagSpec[] = [
  { flag: 'a', doc: 'Applies (installs) the filesets.' },
  { flag: 'c', doc: 'Commits them (with -a).' },
  { flag: 'd', arg: 'Device', doc: 'The installation media: /dev/cd0 or a directory of images.' },
  { flag: 'g', doc: 'Also installs requisites.' },
  { flag: 'q', doc: 'Quiet: does not prompt for the media.' },
  { flag: 'X', doc: 'Expands file systems if needed.' },
  { flag: 'Y', doc: 'Accepts the license agreements.' },
  { flag: 'N', doc: 'Does not save replaced files (with -a -c); nothing is ever replaced in wparsim.' },
  { flag: 'v', doc: 'Verbose: the installation summary, as without it.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('e:V:bSBIT:pQFO:t:wz:uCrlsLiAf:'),
];

export const installp: Command = {
  name: 'installp',
  scope: 'any',
  summary: 'Install software from the installation media (-aXYd device fileset ...)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Installs available software products in a compatible installation package.',
    synopsis: ['installp -a [-c] [-g] [-q] [-X] [-Y] -d Device {FilesetName ... | all}'],

    examples: ['installp -qaXYd /dev/cd0 vwpar.images vwpar.sysmgt', 'installp -aXYd /dev/cd0 bos.net.nfs.server'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, installp);
    if (isFailure(parsed)) return parsed;
    if (!parsed.has('a') || !parsed.has('d') || parsed.operands.length === 0) return failWith(USAGE);
    const device = parsed.arg('d')!;
    const bad = mediaError(ctx, device);
    if (bad) return failWith(bad);
    // Inside a WPAR: a detached one (private /usr) installs into its own parts; a shared one's /usr is read-only.
    const wpar = ctx.scope.kind === 'wpar' ? findWpar(ctx.world, ctx.scope.name) : undefined;
    if (wpar && !wpar.privateUsr) return failWith(sharedUsrReadOnly());
    const installed = usrLevels(ctx.world, wpar);
    const chosen = parsed.operands.includes('all') ? MEDIA_FILESETS.filter((f) => installed[f.name] !== f.level) : parsed.operands.flatMap(select);
    const missing = parsed.operands.filter((o) => o !== 'all' && select(o).length === 0);
    const unique = [...new Map(chosen.map((f) => [f.name, f])).values()];
    const install = unique.filter((f) => installed[f.name] !== f.level);
    const already = unique.filter((f) => installed[f.name] === f.level).map((f) => filesetInfo(f.name)!);
    const out = verificationReport({ install, already, missing });
    if (install.length === 0) return { out, status: missing.length > 0 ? 1 : 0 };
    out.push(...applyReport(install, (f) => (f.root ? ['USR', 'ROOT'] : ['USR'])));
    const world = wpar ? syncWparParts(ctx.world, wpar.name, install, true) : installGlobal(ctx.world, install, ctx.now);
    return { out, status: missing.length > 0 ? 1 : 0, world };
  },
};
