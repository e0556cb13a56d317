// Property: whatever a learner types, no exception escapes the engine, every
// world it produces still passes the store's schema guard, and the same lines
// give the same bytes. (Issue 10 scales this up; this guards the foundation.)

import test from 'ava';
import fc from 'fast-check';
import { runLine } from '../src/engine/run-line.js';
import { REPLAY_EPOCH, Session, simulatedClock } from '../src/engine/session.js';
import { checkWorld } from '../src/store/schema.js';
import { factoryWorld } from '../src/world/factory.js';

const COMMANDS = ['mkwpar', 'lswpar', 'startwpar', 'stopwpar', 'rmwpar', 'clogin', 'exit', 'uname', 'hostname', 'oslevel', 'echo', 'cd', 'pwd', 'history', 'date', 'id', 'help', 'chwpar', 'lspv', 'lsdev', 'cfgmgr', 'mkvg', 'lsvg', 'varyonvg', 'varyoffvg', 'rmdev', 'man', 'ls', 'mkdir', 'cat', 'cp', 'mv', 'rm', 'touch', 'mount', 'umount', 'crfs', 'rmfs', 'df', 'grep', 'wc', 'ps', 'lssrc', 'lparstat', 'kill', 'wparexec', 'ifconfig', 'netstat', 'frobnicate'];
const WORDS = ['-n', 'wpar1', 'wpar2', '-s', '-v', '-F', '-L', '-c', '-q', '-N', 'address=10.0.0.1', 'netmask=255.0.0.0', '-R', 'CPU=10%-20%,50%', '-M', 'directory=/x', 'vfs=namefs', 'dev=/y', '-D', 'devname=hdisk1', 'devname=hdisk2', 'rootvg=yes', '-K', '-y', 'datavg', 'hdisk2', '-x', '-Cc', 'disk', '-F', 'name:status', '/tmp', '/tmp/x', '/wpars/wpar1', '-v', 'namefs', '/local', '-p', '-r', '-g', 'rootvg', '-m', '/data', 'size=10M', '..', '//', '-ef@', '-@', '-o', 'pid,args', '--', 'CPU=50%-20%,10%', 'totalProcesses=-1', '-K', '-a', '6422600', '1', '"a b"', '> /tmp/o', '< /tmp/o', '-l', '-a', 'name,state', '-s', 'AD', '-W', '-x', '/home', '..', '-', '$?', '"$A"', "'q'", '$(hostname)', '`uname -W`', '0bad', 'a.b'];
const OPS = [' ', ' ', ' ', '; ', ' && ', ' || ', ' | ', ' 2>/dev/null ', ' > /tmp/x ', ' & ', ' # ', '"', "'", '(', ')', '\\', '$', '$('];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const simple = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(word, { maxLength: 5 })).map(([c, a]) => [c, ...a].join(' '));
const line = fc.array(fc.tuple(simple, fc.constantFrom(...OPS)), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([s, op]) => s + op).join(''));

function play(lines: string[]): string {
  const s = new Session(factoryWorld(), { clock: simulatedClock(REPLAY_EPOCH), interactive: true, rethrow: true });
  let out = '';
  for (const l of lines) {
    const step = runLine(s, l);
    out += step.prompt + l + '\n' + step.chunks.map((c) => c.text).join('') + `[${step.status}]\n`;
    const problem = checkWorld(s.world);
    if (problem) throw new Error(`invalid world after ${JSON.stringify(l)}: ${problem}`);
    if (step.exited !== undefined) break;
  }
  return out;
}

test('generated command lines never throw, keep the world valid, and replay identically', (t) => {
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => play(lines) === play(lines)),
      { numRuns: 2000, seed: 20261125 },
    ),
  );
});
