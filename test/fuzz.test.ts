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
import { Host } from '../src/host/host.js';
import { noProgress } from '../src/lessons/progress.js';
import { decodeWorld, encodeWorld } from '../src/store/codec.js';
import { checkStoredWorld, checkWorld, SCHEMA_VERSION } from '../src/store/schema.js';
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

// Scripts as a shared file or a paste holds them (issue 16): lines of the grammar above mixed with what an
// attacker adds (unbalanced quotes across lines, control and line-separator characters, prototype names,
// deep nesting, paths that climb with ..), played through the host with the tutor plugged in, as piped
// input is. Property: no exception, every line within its time budget, a world the store checks and gives
// back, and the same bytes on a second run. Several seeds.
const HOSTILE = [
  '__proto__',
  'constructor',
  'toString',
  '/tmp/__proto__',
  '../..',
  '/wpars/../etc',
  '$($($(',
  '))))',
  '"unterminated',
  "'",
  '\x1b]0;title\x07',
  '\u2028',
  '\u2029',
  '\x00',
  '\r',
  'x'.repeat(300),
  '$((1+',
  '${x:-',
  '`',
  '\\',
];
const hostileWord = fc.oneof(word, fc.constantFrom(...HOSTILE));
const hostileLine = fc.oneof(
  line,
  fc.array(hostileWord, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')),
);
const script = fc.array(hostileLine, { minLength: 1, maxLength: 10 }).map((ls) => ls.join('\n'));
const LINE_BUDGET_MS = 2000;

function playScript(text: string): string {
  const h = new Host(factoryWorld(), noProgress(), { clock: simulatedClock(REPLAY_EPOCH), interactive: false, rethrow: true });
  let out = '';
  for (const l of text.split('\n')) {
    const started = Date.now();
    const { step } = h.step(l);
    if (Date.now() - started > LINE_BUDGET_MS) throw new Error(`over the time budget: ${JSON.stringify(l)}`);
    out += step.chunks.map((c) => c.text).join('') + `[${step.status}]\n`;
    if (step.exited !== undefined) break;
  }
  const { world, nodes } = encodeWorld(h.session.world);
  const problem = checkStoredWorld(JSON.parse(JSON.stringify(world)), JSON.parse(JSON.stringify(nodes)), SCHEMA_VERSION) ?? roundTrips(h.session.world);
  if (problem) throw new Error(`the store would not take the world after ${JSON.stringify(text)}: ${problem}`);
  return out;
}

test('generated scripts with hostile input never throw, stay in their time budget, leave a world the store takes back, and replay identically', (t) => {
  t.timeout(30 * 60_000);
  let lines = 0;
  for (const seed of [1, 2, 3]) {
    t.notThrows(() =>
      fc.assert(
        fc.property(script, (text) => {
          lines += text.split('\n').length;
          return playScript(text) === playScript(text);
        }),
        { numRuns: Math.ceil(TARGET / 3 / 5.5 / 3), seed },
      ),
    );
  }
  t.log(`${lines} generated script lines over 3 seeds, each played twice`);
  t.true(lines > TARGET / 12);
});
