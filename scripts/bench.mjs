// npm run bench: start-up time of `wparsim -c 'uname -W'` as a ratio to
// `node -e 0` on the same machine in the same run (goal: under 1.5x), and
// commands per second through the engine. Targets live here, not in tests.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const store = join(mkdtempSync(join(tmpdir(), 'wparsim-bench-')), 'world.json');
const env = { ...process.env, WPARSIM_STORE: store };

function time(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm the file cache, then alternate the two commands so drift hits both alike.
time(['-e', '0']);
time(['dist/cli.cjs', '-c', 'uname -W']);
const base = [];
const ours = [];
for (let i = 0; i < RUNS; i++) {
  base.push(time(['-e', '0']));
  ours.push(time(['dist/cli.cjs', '-c', 'uname -W']));
}
// The same with a store on disk (the usual case: lowdb reads and validates it).
time(['dist/cli.cjs', '-c', 'mkwpar -n wpar1; mkwpar -n wpar2; startwpar wpar2']);
const withStore = [];
for (let i = 0; i < RUNS; i++) withStore.push(time(['dist/cli.cjs', '-c', 'uname -W']));
const ratio = median(ours) / median(base);
const ratioStore = median(withStore) / median(base);
console.log(
  `start-up: node -e 0 ${median(base).toFixed(1)} ms; wparsim -c 'uname -W' ${median(ours).toFixed(1)} ms with no store (${ratio.toFixed(2)}x), ${median(withStore).toFixed(1)} ms with a store of 2 WPARs (${ratioStore.toFixed(2)}x); medians of ${RUNS}, goal < 1.5x`,
);

// Engine throughput: a realistic mix, on one session, no I/O.
const { runLine } = await import('../dist/lib/engine/run-line.js');
const { Session, simulatedClock } = await import('../dist/lib/engine/session.js');
const { factoryWorld } = await import('../dist/lib/world/factory.js');
const mix = ['uname -a', 'lswpar', 'hostname', 'echo $?', 'lswpar -L wpar1', 'clogin wpar1 uname -W', 'oslevel -s', 'cd /home', 'pwd', 'cd /'];
const session = new Session(factoryWorld(), { clock: simulatedClock(0), interactive: false });
runLine(session, 'mkwpar -n wpar1; startwpar wpar1; mkwpar -n wpar2');
let n = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) {
  runLine(session, mix[n % mix.length]);
  n++;
}
const perSecond = n / ((performance.now() - t0) / 1000);
console.log(`engine: ${Math.round(perSecond)} commands/s (mix of ${mix.length} commands incl. lswpar -L)`);
let cycles = 0;
const t1 = performance.now();
while (performance.now() - t1 < 2000) {
  runLine(session, 'mkwpar -n cyc; startwpar cyc; stopwpar cyc; rmwpar cyc');
  cycles++;
}
console.log(`engine: ${Math.round(cycles / ((performance.now() - t1) / 1000))} WPAR lifecycles/s (mkwpar, startwpar, stopwpar, rmwpar)`);

// `wparsim run` on a generated 10,000-command session (goal: over 10,000 commands/s), and peak memory.
const { writeFileSync } = await import('node:fs');
const cycle = ['mkwpar -n w$', 'lswpar', 'startwpar -v w$', 'clogin w$', 'uname -W', 'hostname', 'exit', 'lswpar -L w$', 'stopwpar w$', 'rmwpar w$'];
const lines = ['## title: generated'];
for (let i = 0; i < 10000; i++) lines.push('$ ' + cycle[i % cycle.length].replace('$', String(Math.floor(i / cycle.length) % 50)));
const sessionFile = join(mkdtempSync(join(tmpdir(), 'wparsim-bench-run-')), 'gen.session');
writeFileSync(sessionFile, lines.join('\n') + '\n');
const runs = [];
let rss = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', './scripts/report-rss.mjs', 'dist/cli.cjs', 'run', sessionFile], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  runs.push(performance.now() - t0);
  if (r.status !== 0) throw new Error(`run failed: ${r.stderr}`);
  rss = Math.max(rss, Number(/maxrss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0));
}
const runMs = median(runs);
console.log(
  `wparsim run: 10000 commands in ${runMs.toFixed(0)} ms (median of 5, start-up included) = ${Math.round(10000 / (runMs / 1000))} commands/s (goal > 10000/s); peak memory ${(rss / 1024).toFixed(0)} MB`,
);
if (process.env.BENCH_STRICT === '1' && (Math.max(ratio, ratioStore) >= 1.5 || 10000 / (runMs / 1000) <= 10000)) process.exitCode = 1;

// The Korn shell's speed beside a real ksh93 (issue 17; goal: within 3x on the arithmetic loop).
const kshLoop = 'i=0; while (( i < 100000 )); do (( i += 1 )); done';
const hasKsh = spawnSync('ksh', ['-c', 'true']).status === 0;
if (hasKsh) {
  const timeKsh = (script) => {
    const t0 = performance.now();
    spawnSync('ksh', ['-c', script]);
    return performance.now() - t0;
  };
  const ksh = [];
  const ours2 = [];
  const kshStart = [];
  const oursStart = [];
  for (let i = 0; i < 7; i++) {
    ksh.push(timeKsh(kshLoop));
    ours2.push(time(['dist/cli.cjs', '-c', kshLoop]));
    kshStart.push(timeKsh(':'));
    oursStart.push(time(['dist/cli.cjs', '-c', ':']));
  }
  // The loop alone: each shell's time for the loop less its time for ':' (its start-up).
  const loopOurs = median(ours2) - median(oursStart);
  const loopKsh = median(ksh) - median(kshStart);
  console.log(
    `arithmetic loop of 100,000 rounds: wparsim ${median(ours2).toFixed(0)} ms, ksh93 ${median(ksh).toFixed(0)} ms (${(median(ours2) / median(ksh)).toFixed(1)}x with start-up); the loop alone ${loopOurs.toFixed(0)} ms against ${loopKsh.toFixed(0)} ms (${(loopOurs / loopKsh).toFixed(1)}x; goal < 3x)`,
  );
} else console.log('arithmetic loop: ksh93 is not installed (.ci/run installs it); not compared');

// A loop of 1,000 pipelines, as WPAR scripts are: wparsim's lswpar | cut, beside ksh93 running a real cut
// (it has no lswpar: printf stands in) on the same machine.
const wparLoop = 'i=0; while (( i < 1000 )); do lswpar -c -q -a name | cut -d: -f1 >/dev/null; (( i += 1 )); done';
const kshPipes = 'i=0; while (( i < 1000 )); do printf "web1\\nweb2\\n" | cut -d: -f1 >/dev/null; (( i += 1 )); done';
time(['dist/cli.cjs', '-c', 'mkwpar -n web1; mkwpar -n web2']);
const oursPipes = [];
const kshPipeTimes = [];
for (let i = 0; i < 3; i++) {
  oursPipes.push(time(['dist/cli.cjs', '-c', wparLoop]));
  if (hasKsh) {
    const t0 = performance.now();
    spawnSync('ksh', ['-c', kshPipes]);
    kshPipeTimes.push(performance.now() - t0);
  }
}
console.log(
  `1,000 pipelines (lswpar -c -q -a name | cut -d: -f1) in a loop: wparsim ${median(oursPipes).toFixed(0)} ms${hasKsh ? `; ksh93 with a real cut ${median(kshPipeTimes).toFixed(0)} ms` : ''}`,
);
