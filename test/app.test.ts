// The Ink app's wiring, through ink-testing-library: keys in, frames out.

import test from 'ava';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { hostname } from '../src/commands/hostname.js';
import { REPLAY_EPOCH, simulatedClock } from '../src/engine/session.js';
import { Host } from '../src/host/host.js';
import { MemoryStore } from '../src/host/memory-store.js';
import { noProgress } from '../src/lessons/progress.js';
import { App, type Speed } from '../src/ui/app.js';
import { factoryWorld } from '../src/world/factory.js';
import { settled, until } from './helpers.js';

function shell(speed: Speed = 'instant') {
  const store = new MemoryStore();
  const h = new Host(factoryWorld(), noProgress(), { clock: simulatedClock(REPLAY_EPOCH), interactive: true, store });
  const s = h.session;
  const saved = store.saved;
  const exits: number[] = [];
  let clears = 0;
  const r = render(
    createElement(App, {
      host: h,
      history: null,
      speed,
      // An operation streams over 0.6 s rather than 2 s: the same steps, a faster fast tier.
      fastTotalMs: 600,
      color: false,
      onExit: (st: number) => {
        exits.push(st);
      },
      clearScreen: () => {
        clears++;
      },
    }),
  );
  // After keys, wait until the screen has finished drawing what they did.
  const type = async (data: string) => {
    r.stdin.write(data);
    await settled(() => r.lastFrame());
  };
  return { s, r, saved, exits, type, clears: () => clears, screen: () => r.lastFrame() ?? '' };
}

test.serial('typing and Enter run a command; clogin moves the prompt and exit brings it back', async (t) => {
  const { type, screen, saved, s } = shell();
  t.is(screen(), 'Global aixlpar1:/ #');
  await type('mkwpar -s -n wpar1 >/dev/null\r');
  t.is(saved.length, 1, 'the world was saved once');
  await type('clogin wpar1\r');
  t.true(screen().endsWith('wpar1 wpar1:/ #'));
  await type('uname -W\r');
  t.true(screen().endsWith('wpar1 wpar1:/ # uname -W\n1\nwpar1 wpar1:/ #'));
  await type('exit\r');
  t.true(screen().endsWith('wpar1 wpar1:/ # exit\nGlobal aixlpar1:/ #'));
  t.is(s.frames.length, 1);
});

test.serial('Ctrl-C abandons the line; Tab completes; Up recalls', async (t) => {
  const { type, screen } = shell();
  await type('half typed\x03');
  t.true(screen().endsWith('Global aixlpar1:/ # half typed^C\nGlobal aixlpar1:/ #'));
  await type('unam\t');
  t.true(screen().endsWith('Global aixlpar1:/ # uname'));
  await type('-W\r\x1b[A');
  t.true(screen().endsWith('0\nGlobal aixlpar1:/ # uname -W'));
});

test.serial('a paste of several lines runs them in order; a 10,000-character line is fine', async (t) => {
  const { type, screen } = shell();
  await type('echo one\necho two\r\necho three\r');
  t.true(screen().endsWith('Global aixlpar1:/ # echo one\none\nGlobal aixlpar1:/ # echo two\ntwo\nGlobal aixlpar1:/ # echo three\nthree\nGlobal aixlpar1:/ #'));
  await type('echo ' + 'x'.repeat(10000) + '\r');
  t.true(screen().includes('x'.repeat(100)));
  t.true(screen().endsWith('Global aixlpar1:/ #'));
});

test.serial('Ctrl-D leaves a WPAR, then quits at the global prompt with the last status', async (t) => {
  const { type, screen, exits } = shell();
  await type('mkwpar -s -n wpar1 >/dev/null\rclogin wpar1\r');
  await type('\x04');
  t.true(screen().endsWith('Global aixlpar1:/ #'));
  await type('false\r\x04');
  t.deepEqual(exits, [1]);
});

test.serial('Ctrl-L and clear ask for a clear screen', async (t) => {
  const { type, clears } = shell();
  await type('\x0c');
  await type('clear\r');
  t.is(clears(), 2);
});

test.serial('a long operation streams with a progress line, and Ctrl-C undoes it', async (t) => {
  const { type, screen, s, saved } = shell('fast');
  await type('mkwpar -n wpar1\r');
  await until(() => /Ctrl-C stops it\)$/.test(screen()), 'the progress line shows');
  t.regex(screen(), /\n[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] mkwpar -n wpar1 {2}\(\d:\d\d of about 1:\d\d on a real system; Ctrl-C stops it\)$/);
  await type('\x03');
  t.true(screen().endsWith('^C\nGlobal aixlpar1:/ #'));
  t.deepEqual(s.world.wpars, [], 'the interrupted mkwpar left nothing behind');
  // While it played the store held wpar1 Transitional; Ctrl-C put the world before it back.
  await until(() => saved.length === 2, 'the transition is undone in the store');
  t.deepEqual(
    saved.map((w) => w.wpars.map((x) => x.state)),
    [['T'], []],
  );
  await type('mkwpar -n wpar1\r');
  await until(() => saved.length === 4, 'the new WPAR is saved');
  await settled(() => screen());
  t.true(screen().includes('Workload partition wpar1 created successfully.\n'));
  t.true(screen().endsWith('wpar1\nGlobal aixlpar1:/ #'), 'the progress line gave way to the prompt');
  t.is(s.world.wpars.length, 1);
  t.deepEqual(
    saved.slice(2).map((w) => w.wpars.map((x) => x.state)),
    [['T'], ['D']],
  );
});

test.serial("sleep at the prompt waits its real seconds even at --speed fast: an operation's simulated minutes are compressed, a wait asked for is not", async (t) => {
  const { type, screen } = shell('fast');
  const started = Date.now();
  await type('sleep 1; echo woke\r');
  await until(() => screen().endsWith('woke\nGlobal aixlpar1:/ #'), 'sleep ends', 5000);
  t.true(Date.now() - started >= 950, `it waited ${Date.now() - started} ms`);
});

test.serial('keys typed during an operation run after it', async (t) => {
  const { type, screen } = shell('fast');
  await type('startwpar nosuch; stopwpar -F nosuch; mkwpar -n w1\r');
  await type('hostname\r');
  await until(() => screen().endsWith('Global aixlpar1:/ # hostname\naixlpar1\nGlobal aixlpar1:/ #'), 'hostname ran after the operation');
  t.pass();
});

test.serial('a bug in a command prints "<cmd>: internal error" and the shell goes on', async (t) => {
  const { type, screen } = shell();
  const original = hostname.run;
  hostname.run = () => {
    throw new Error('boom');
  };
  try {
    await type('hostname\r');
    t.true(screen().endsWith('Global aixlpar1:/ # hostname\nhostname: internal error\nGlobal aixlpar1:/ #'));
  } finally {
    hostname.run = original;
  }
  await type('hostname\r');
  t.true(screen().endsWith('aixlpar1\nGlobal aixlpar1:/ #'));
});

test.serial('an empty line of output keeps its row on the screen', async (t) => {
  const { type, screen } = shell();
  await type('echo a; echo; echo b\r');
  t.true(screen().endsWith('Global aixlpar1:/ # echo a; echo; echo b\na\n\nb\nGlobal aixlpar1:/ #'), screen());
});
