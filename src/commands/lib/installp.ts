// installp's report, shared by installp (global installs) and syncwpar (the
// installp run syncroot makes inside a WPAR). Format RECALLED medium: the
// boxed phase headers, SUCCESSES / WARNINGS (Already Installed) / FAILURES
// (Missing Filesets) sections, FILESET STATISTICS, "installp: APPLYING
// software for:" and the Installation Summary table (its columns match public
// transcripts of installp's summary). Trailing blanks AIX pads the summary
// rows with are left out.

import type { Chunk, CommandContext } from '../../engine/contract.js';
import { isDir } from '../../world/fs.js';
import { GLOBAL } from '../../world/scope.js';
import type { Fileset } from '../../world/software.js';
import { resolve } from './files.js';
import { line, lines } from './output.js';

/** The installation media: /dev/cd0 or a directory of images; the lines installp prints for anything else (RECALLED-low). */
export function mediaError(ctx: CommandContext, device: string): string[] | null {
  if (device === '/dev/cd0' || isDir(ctx.world, GLOBAL, resolve(ctx, device).path)) return null;
  return [`installp:  Device ${device} could not be accessed.`, '\tSpecify a valid device name.'];
}

const RULE = '+' + '-'.repeat(77) + '+';
const box = (title: string) => [RULE, title, RULE];

function selected(f: Fileset): string {
  const left = `  ${f.name} ${f.level}`.padEnd(46);
  const desc = f.description.length > 31 ? f.description.slice(0, 28) + '...' : f.description;
  return `${left}# ${desc}`;
}

export interface InstallPlan {
  install: readonly Fileset[];
  already: readonly Fileset[];
  missing: readonly string[];
}

/** The verification part: what will be installed, what is there already, what the media lacks. */
export function verificationReport(plan: InstallPlan): Chunk[] {
  const out: string[] = [...box('                    Pre-installation Verification...'), 'Verifying selections...done', 'Verifying requisites...done', 'Results...', ''];
  if (plan.install.length > 0) {
    out.push(
      'SUCCESSES',
      '---------',
      '  Filesets listed in this section passed pre-installation verification',
      '  and will be installed.',
      '',
      '  Selected Filesets',
      '  -----------------',
      ...plan.install.map(selected),
      '',
      '  << End of Success Section >>',
      '',
    );
  }
  if (plan.already.length > 0) {
    out.push(
      'WARNINGS',
      '--------',
      '  Problems described in this section are not likely to be the source of any',
      '  immediate or serious failures, but further actions may be necessary or',
      '  desired.',
      '',
      '  Already Installed',
      '  -----------------',
      '  The following filesets which you selected are either already installed',
      '  or effectively installed through superseding filesets.',
      '',
      ...plan.already.map(selected),
      '',
      '  << End of Warning Section >>',
      '',
    );
  }
  if (plan.missing.length > 0) {
    out.push(
      'FAILURES',
      '--------',
      '  Filesets listed in this section failed pre-installation verification',
      '  and will not be installed.',
      '',
      '  Missing Filesets',
      '  ----------------',
      '  The following filesets could not be found on the installation media.',
      '  If you feel these filesets really are on the media, check for typographical',
      '  errors in the name specified or, if installing from directory, check for',
      '  discrepancies between the Table of Contents file (.toc) and the images that',
      '  reside in the directory.',
      '',
      ...plan.missing.map((n) => `    ${n}`),
      '',
      '  << End of Failure Section >>',
      '',
    );
  }
  const selectedCount = plan.install.length + plan.already.length + plan.missing.length;
  out.push(
    ...box('                   BUILDDATE Verification ...'),
    'Verifying build dates...done',
    'FILESET STATISTICS',
    '------------------',
    `${String(selectedCount).padStart(5)}  Selected to be installed, of which:`,
    ...(plan.install.length > 0 ? [`${String(plan.install.length).padStart(9)}  Passed pre-installation verification`] : []),
    ...(plan.already.length > 0 ? [`${String(plan.already.length).padStart(9)}  Already installed (directly or via superseding filesets)`] : []),
    ...(plan.missing.length > 0 ? [`${String(plan.missing.length).padStart(9)}  FAILED pre-installation verification`] : []),
    '  ----',
    `${String(plan.install.length).padStart(5)}  Total to be installed`,
    '',
  );
  return [{ ...lines(out)[0]!, delayMs: 2500 }];
}

/** The installing part and the summary; `parts` says which parts each fileset gets (USR and/or ROOT). */
export function applyReport(filesets: readonly Fileset[], parts: (f: Fileset) => readonly ('USR' | 'ROOT')[]): Chunk[] {
  const seconds = 2 + filesets.length * 3;
  return [
    ...lines([...box('                         Installing Software...'), '', 'installp: APPLYING software for:', ...filesets.map((f) => `        ${f.name} ${f.level}`), '']),
    line(''),
    line(`Finished processing all filesets.  (Total time:  ${seconds} secs).`, seconds * 1000),
    ...lines([
      '',
      ...box('                                Summaries:'),
      '',
      'Installation Summary',
      '--------------------',
      'Name                        Level           Part        Event       Result',
      '-'.repeat(79),
      ...filesets.flatMap((f) => parts(f).map((p) => `${(f.name + ' ').padEnd(28)}${f.level.padEnd(16)}${p.padEnd(12)}APPLY       SUCCESS`)),
    ]),
  ];
}
