// syncwpar NAME | -A, and -D for detached WPARs: brings a WPAR's software in
// line with the global environment's after an installp there. A shared WPAR
// (read-only /usr) gets the root parts of the filesets it sees in the global
// /usr, by syncroot running inside it; a detached WPAR (-l, writable /usr)
// needs -D and gets whole filesets, usr and root parts, from an installp run
// inside it, so it must be active (INFERRED). -A takes every system WPAR of
// the kind the -D flag names; versioned WPARs are never synchronized (DOC). -X is accepted (nothing to expand); -a -i -F -r
// -p -v -d -E -R -c -f say they are not supported yet.
// Output: reference 10.2 (RECALLED medium) with, when something is out of
// date, the installp run of lib/installp.ts between the syncroot lines.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { filesetsToSync, rootPartsToSync, syncWparParts } from '../world/software.js';
import type { World, Wpar } from '../world/types.js';
import { findWpar, isRunning } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { applyReport, verificationReport } from './lib/installp.js';
import { detachedNeedsD, notActive, notDetached, notFound, notSystemWpar, versionedNoSync } from './lib/messages.js';
import { errLine, failWith, line, lines } from './lib/output.js';

const USAGE = [
  'Usage: syncwpar [ [-a] [-i] | [-F] [-r] ] [-p] [-v] [-X] { -A | -f wparnamesfile | wparname }',
  '       syncwpar -D [-d device] [-p] [-v] [-X] { -A | -f wparnamesfile | wparname }',
  '       syncwpar -D { -E fixpath | -R ifixlabel } { -A | -f wparnamesfile | wparname }',
  '       syncwpar -c wparname',
];

const STARS = '*'.repeat(79);

const SYNCED = [
  'syncroot: Installp root packages are currently synchronized.',
  'syncroot: RPM root packages are currently synchronized.',
  'syncroot: Root part is currently synchronized.',
  'syncroot: Returns Status = SUCCESS',
];

/** One WPAR's block; the world after it, or the error line. */
function syncOne(world: World, w: Wpar, detached: boolean, n: number, of: number): { out: Chunk[]; world: World; ok: boolean } {
  const out: Chunk[] = lines([STARS, `Synchronizing workload partition ${w.name} (${n} of ${of}).`, STARS]);
  // A detached WPAR's software is installed by installp running inside it (INFERRED: it must be active).
  if (detached && !isRunning(w)) return { out: [...out, errLine(notActive('syncwpar', w.name))], world, ok: false };
  const todo = detached ? filesetsToSync(world, w) : rootPartsToSync(world, w);
  out.push(line(`Executing /usr/sbin/syncroot in workload partition ${w.name}.`, 400), line('syncroot: Processing root part installation status.', 3000));
  let next = world;
  if (todo.length > 0) {
    out.push(line('syncroot: Synchronizing installp software.', 500));
    out.push(...verificationReport({ install: todo, already: [], missing: [] }));
    out.push(...applyReport(todo, (f) => (detached ? (f.root ? ['USR', 'ROOT'] : ['USR']) : ['ROOT'])));
    out.push(line('syncroot: Processing root part installation status.', 2000));
    next = syncWparParts(world, w.name, todo, detached);
  }
  out.push(...SYNCED.map((t) => line(t, 600)), line(`Workload partition ${w.name} synchronized successfully.`, 300));
  return { out, world: next, ok: true };
}

const FLAGS: readonly FlagSpec[] = [
  { flag: 'A', doc: 'Synchronizes every system workload partition (shared ones; with -D, detached ones).' },
  { flag: 'D', doc: 'Synchronizes detached workload partitions (private, writable /usr): whole filesets, not only root parts.' },
  { flag: 'X', doc: 'Expands file systems if needed.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('aiFrpvd:E:R:c:f:'),
];

export const syncwpar: Command = {
  name: 'syncwpar',
  scope: 'global',
  summary: "Synchronize a workload partition's software with the global environment (-A all, -D detached)",
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Synchronizes software between a global system and a workload partition.',
    synopsis: ['syncwpar [-X] { -A | WparName }', 'syncwpar -D [-X] { -A | WparName }'],

    examples: ['syncwpar wpar1', 'syncwpar -A', 'syncwpar -D tyrant'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, syncwpar);
    if (isFailure(parsed)) return parsed;
    const all = parsed.has('A');
    if (all ? parsed.operands.length > 0 : parsed.operands.length !== 1) return failWith(USAGE);
    const detached = parsed.has('D');
    let targets: Wpar[];
    if (all) {
      targets = ctx.world.wpars.filter((w) => w.type === 'S' && !w.osLevel && w.privateUsr === detached);
    } else {
      const name = parsed.operands[0]!;
      const w = findWpar(ctx.world, name);
      if (!w) return failWith([notFound('syncwpar', name)]);
      if (w.type !== 'S') return failWith([notSystemWpar('syncwpar', name)]);
      if (w.osLevel) return failWith([versionedNoSync('syncwpar', name)]);
      if (w.privateUsr && !detached) return failWith([detachedNeedsD(name)]);
      if (!w.privateUsr && detached) return failWith([notDetached(name)]);
      targets = [w];
    }
    const out: Chunk[] = [];
    let world = ctx.world;
    let failed = false;
    targets.forEach((w, i) => {
      const r = syncOne(world, w, detached, i + 1, targets.length);
      out.push(...r.out);
      world = r.world;
      failed ||= !r.ok;
    });
    out.push(line(''), line(`Return Status = ${failed ? 'FAILURE' : 'SUCCESS'}.`));
    return { out, status: failed ? 1 : 0, world };
  },
};
