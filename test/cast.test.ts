// The asciicast writer and reader, on a replay with the fixed clock and seed.

import test from 'ava';
import { parseSession } from '../src/format/session-file.js';
import { type Cast, castOutput, castText, readCast } from '../src/record/cast.js';
import { LiveRecorder } from '../src/record/live.js';
import { RECORD_DEFAULTS, type RecordOptions, recordReplay } from '../src/record/record-replay.js';
import { replay } from '../src/replay/runner.js';
import { factoryWorld } from '../src/world/factory.js';

const LESSON = '## title: L\n## marker: create\n$ mkwpar -s -n w1\n## marker: inside\n$ clogin w1\n$ uname -W\n## pause: 3\n$ exit\n';
const OPTIONS: RecordOptions = { ...RECORD_DEFAULTS, timestamp: 1795597200, title: 'L' };

function record(options: RecordOptions = OPTIONS): { cast: Cast; transcript: string; finalPrompt: string } {
  const parsed = parseSession(LESSON);
  if (!parsed.ok) throw new Error(parsed.message);
  const r = replay(parsed.file.items, factoryWorld());
  return { cast: recordReplay(r.timeline, r.finalPrompt, options), transcript: r.transcript, finalPrompt: r.finalPrompt };
}

test('header: version 2, size, timestamp, title, env, idle limit', (t) => {
  t.deepEqual(record().cast.header, {
    version: 2,
    width: 100,
    height: 30,
    timestamp: 1795597200,
    title: 'L',
    idle_time_limit: 2,
    env: { SHELL: '/usr/bin/ksh', TERM: 'xterm-256color' },
  });
});

test('events: monotonic times, typed keys echoed, markers, output as the terminal receives it', (t) => {
  const { cast, transcript, finalPrompt } = record();
  const times = cast.events.map((e) => e[0]);
  t.deepEqual(
    times,
    [...times].sort((a, b) => a - b),
  );
  t.deepEqual(
    cast.events.filter((e) => e[1] === 'm').map((e) => e[2]),
    ['create', 'inside'],
  );
  t.is(
    cast.events
      .filter((e) => e[1] === 'i')
      .map((e) => e[2])
      .join(''),
    'mkwpar -s -n w1\rclogin w1\runame -W\rexit\r',
  );
  t.is(castOutput(cast), (transcript + finalPrompt).replace(/\n/g, '\r\n'));
});

test('the same session gives the same bytes; the text round-trips through the reader', (t) => {
  const text = castText(record().cast);
  t.is(castText(record().cast), text);
  const read = readCast(text);
  if (!read.ok) return t.fail(read.message);
  t.is(castText(read.cast), text);
});

test('typing speed, the idle limit and pauses shape the timing', (t) => {
  const duration = (o: RecordOptions) => record(o).cast.events.at(-1)![0];
  const normal = duration(OPTIONS);
  t.true(duration({ ...OPTIONS, typingSpeed: 4 }) > normal + 5, 'slower typing takes longer');
  t.true(duration({ ...OPTIONS, idleLimit: 0.01 }) < normal - 2, 'a low idle limit squeezes the output waits');
  const gaps = record().cast.events.map((e, i, all) => (i ? e[0] - all[i - 1]![0] : 0));
  t.true(
    gaps.some((g) => g >= 3),
    'the 3 s pause is there',
  );
  t.true(normal < 60, `a minutes-long mkwpar plays in seconds (${normal.toFixed(1)} s in all)`);
});

test('the reader refuses what a player could not play', (t) => {
  const bad: [string, number, RegExp][] = [
    ['not json', 1, /header is not JSON/],
    ['{"version":1,"width":80,"height":24}', 1, /asciicast v2/],
    ['{"version":2,"width":0,"height":24}', 1, /positive width and height/],
    ['{"version":2,"width":100000,"height":100000}', 1, /the terminal is 100000x100000; a recording may be at most 500x200/],
    ['{"version":2,"width":80,"height":24}\n[1,"o","a"]\n[0.5,"o","b"]', 3, /go backwards/],
    ['{"version":2,"width":80,"height":24}\n[1,"x","a"]', 2, /\[time, "o"\|"i"\|"m", text\]/],
    ['{"version":2,"width":80,"height":24}\n[1,"o"', 2, /not JSON/],
  ];
  for (const [text, line, message] of bad) {
    const r = readCast(text);
    t.false(r.ok, text);
    if (!r.ok) {
      t.is(r.line, line, text);
      t.regex(r.message, message);
    }
  }
});

test('live recording: times from the injected clock, output as the terminal receives it', (t) => {
  let now = 1000;
  const rec = new LiveRecorder(1000, () => now);
  rec.output('banner\n');
  now = 2500;
  rec.input('h');
  rec.output('h');
  now = 4000;
  rec.output('');
  const cast = rec.cast(80, 24, 'xterm');
  t.deepEqual(cast.events, [
    [0, 'o', 'banner\r\n'],
    [1.5, 'i', 'h'],
    [1.5, 'o', 'h'],
  ]);
  t.deepEqual(cast.header, { version: 2, width: 80, height: 24, timestamp: 1, env: { SHELL: '/usr/bin/ksh', TERM: 'xterm' } });
});

test('the SVG still is well-formed XML whatever the cast printed (U+FFFE, U+FFFF, controls, an unpaired surrogate)', async (t) => {
  const { finalSvg, play } = await import('../src/record/export.js');
  const cast: Cast = { header: { version: 2, width: 40, height: 4, timestamp: 0, env: { SHELL: '/usr/bin/ksh', TERM: 'xterm' } }, events: [[0, 'o', 'a\uFFFEb\uFFFFc\x01d\uD800e <&> "f"\r\n']] };
  const svg = finalSvg(await play(cast));
  t.false(/[\uFFFE\uFFFF\x01]/.test(svg));
  t.false(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(svg), 'no unpaired high surrogate');
  t.regex(svg, />abcde &lt;&amp;&gt; "f"<\/text>/);
});
