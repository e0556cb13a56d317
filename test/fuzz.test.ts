// Property: whatever a learner types, no exception escapes the engine, every
// world it produces still passes the store's schema guard, and the same lines
// give the same bytes. Every implemented and planned command is exercised with
// real flags, attribute lists, paths and shell syntax. npm test plays at least
// 100,000 lines; `npm run fuzz` (FUZZ_LINES=1000000) a million.

import test from 'ava';
import fc from 'fast-check';
import { PLANNED, COMMANDS as REGISTERED } from '../src/commands/registry.js';
import { runLine } from '../src/engine/run-line.js';
import { REPLAY_EPOCH, Session, simulatedClock } from '../src/engine/session.js';
import { decodeWorld, encodeWorld } from '../src/store/codec.js';
import { checkWorld } from '../src/store/schema.js';
import { factoryWorld } from '../src/world/factory.js';
import type { World } from '../src/world/types.js';

const COMMANDS = [...REGISTERED.map((c) => c.name), ...PLANNED, 'frobnicate'];
const WORDS = [
  // Every flag every command declares (engine/contract.ts FlagSpec), then arguments, paths and shell syntax.
  ...new Set(REGISTERED.flatMap((c) => c.flags.map((f) => `-${f.flag}`))),
  'wpar1',
  'wpar2',
  'address=10.0.0.1',
  'netmask=255.0.0.0',
  'CPU=10%-20%,50%',
  'directory=/x',
  'vfs=namefs',
  'dev=/y',
  'devname=hdisk1',
  'devname=hdisk2',
  'rootvg=yes',
  'datavg',
  'hdisk2',
  '-Cc',
  'disk',
  'name:status',
  '/tmp',
  '/tmp/x',
  '/wpars/wpar1',
  'namefs',
  '/local',
  'rootvg',
  '/data',
  'size=10M',
  '..',
  '//',
  '-ef@',
  'pid,args',
  '--',
  'CPU=50%-20%,10%',
  'totalProcesses=-1',
  '6422600',
  '1',
  '"a b"',
  '> /tmp/o',
  '< /tmp/o',
  'name,state',
  'AD',
  '/home',
  '..',
  '-',
  '$?',
  '"$A"',
  "'q'",
  '$(hostname)',
  '`uname -W`',
  '0bad',
  'a.b',
  '/tmp/b.bff',
  '/dev/rmt0',
  '/dev/rmt1',
  '/dev/cd0',
  '/mksysb_images/aix53_mksysb',
  '/mksysb_images/aix52_mksysb',
  '/tmp/w.spec',
  'toyman',
  '/wpars/toyman',
  "'-N address=9.3.63.36'",
  'bos.net.nfs.server',
  'vwpar.images',
  'all',
  '-aXYd',
  '-qaXYd',
  'bos.rte',
  "'bos.*'",
  '/etc/hosts',
  'installation_device',
];
const OPS = [' ', ' ', ' ', '; ', ' && ', ' || ', ' | ', ' 2>/dev/null ', ' > /tmp/x ', ' & ', ' # ', '"', "'", '(', ')', '\\', '$', '$('];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const simple = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(word, { maxLength: 5 })).map(([c, a]) => [c, ...a].join(' '));
const line = fc.array(fc.tuple(simple, fc.constantFrom(...OPS)), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([s, op]) => s + op).join(''));

let generated = 0;

/** The store's encoding gives the same world back, field order and all (store/codec.ts). */
function roundTrips(world: World): string | null {
  const { world: stored, nodes } = encodeWorld(world);
  const back = decodeWorld(JSON.parse(JSON.stringify(stored)), JSON.parse(JSON.stringify(nodes)));
  if (typeof back === 'string') return back;
  return JSON.stringify(back) === JSON.stringify(world) ? null : 'the decoded world differs';
}

function play(lines: string[], checkStore = false): string {
  const s = new Session(factoryWorld(), { clock: simulatedClock(REPLAY_EPOCH), interactive: true, rethrow: true });
  let out = '';
  for (const l of lines) {
    const step = runLine(s, l);
    out += step.prompt + l + '\n' + step.chunks.map((c) => c.text).join('') + `[${step.status}]\n`;
    const problem = checkWorld(s.world);
    if (problem) throw new Error(`invalid world after ${JSON.stringify(l)}: ${problem}`);
    if (step.exited !== undefined) break;
  }
  const stored = checkStore ? roundTrips(s.world) : null;
  if (stored) throw new Error(`the store does not give back the world after ${JSON.stringify(lines)}: ${stored}`);
  return out;
}

const TARGET = Number(process.env['FUZZ_LINES'] ?? 100_000);

test('generated command lines never throw, keep the world valid, and replay identically', (t) => {
  t.timeout(30 * 60_000);
  // About 6.5 lines a run on average; each run is played twice (the determinism check).
  const numRuns = Math.ceil((TARGET / 6.5) * 1.1);
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        generated += lines.length;
        return play(lines, true) === play(lines);
      }),
      { numRuns, seed: Number(process.env['FUZZ_SEED'] ?? 20261125) },
    ),
  );
  t.true(generated >= TARGET, `generated ${generated} lines`);
  t.log(`${generated} generated lines, each played twice`);
});
