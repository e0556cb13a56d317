// The linear-time pattern engine (commands/lib/regex.ts): the same answers as
// JavaScript's RegExp where both read a pattern the same way (extended
// syntax), basic syntax as AIX's grep reads it, and no pattern that takes
// exponential time.

import test from 'ava';
import fc from 'fast-check';
import { compilePattern } from '../src/commands/lib/regex.js';
import { globMatch } from '../src/shell/glob.js';

const ere = (p: string, ignoreCase = false) => {
  const r = compilePattern(p, { extended: true, ignoreCase });
  if ('error' in r) throw new Error(`${p}: ${r.error}`);
  return r;
};
const bre = (p: string) => {
  const r = compilePattern(p, { extended: false, ignoreCase: false });
  if ('error' in r) throw new Error(`${p}: ${r.error}`);
  return r;
};

test("extended patterns match as JavaScript's RegExp does on the same syntax", (t) => {
  const cases: [string, string[]][] = [
    ['hdisk[0-9]+', ['hdisk2 Available', 'hdisk', 'xhdisk12']],
    ['^wpar1 ', ['wpar1 A S', ' wpar1 ', 'wpar12 D']],
    ['(Hostname|Script):', ['Hostname: x', 'Start/Stop Script: y', 'Host: z']],
    ['a{2,3}b', ['ab', 'aab', 'aaaab', 'aaab']],
    ['^$', ['', ' ']],
    ['x?y*z', ['z', 'xz', 'yyyz', 'q']],
    ['[^a-c]', ['abc', 'abd']],
    ['\\d\\s\\w', ['1 a', '1a ', 'x']],
    ['(a|b)*c$', ['ababc', 'abab', 'c']],
    ['.', ['', 'x']],
  ];
  for (const [p, inputs] of cases) for (const s of inputs) t.is(ere(p).test(s), new RegExp(p).test(s), `${p} on ${JSON.stringify(s)}`);
  t.true(ere('HDISK', true).test('hdisk2'));
});

test('a property: random patterns over a small alphabet agree with RegExp', (t) => {
  const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '(a|b)', '(ab)');
  const quant = fc.constantFrom('', '*', '+', '?', '{2}', '{1,2}');
  const pattern = fc.array(fc.tuple(atom, quant), { minLength: 1, maxLength: 5 }).map((xs) => xs.map(([a, q]) => a + q).join(''));
  fc.assert(
    fc.property(pattern, fc.constantFrom('', '^'), fc.constantFrom('', '$'), fc.stringMatching(/^[abc]{0,8}$/), (p, bol, eol, s) => {
      const full = bol + p + eol;
      return ere(full).test(s) === new RegExp(full).test(s);
    }),
    { numRuns: 3000, seed: 42 },
  );
  t.pass();
});

test('basic patterns as AIX grep reads them: \\( \\) and \\{ \\} group and repeat; + ? | ( ) { } are literal', (t) => {
  t.true(bre('a|b').test('a|b'));
  t.false(bre('a|b').test('a'));
  t.true(bre('a+').test('a+'));
  t.false(bre('a+').test('aa'));
  t.true(bre('\\(ab\\)*c').test('ababc'));
  t.true(bre('a\\{2\\}').test('xaax'));
  t.false(bre('a\\{3\\}').test('xaax'));
  t.true(bre('*a').test('*a'), 'a leading star is a literal');
  t.true(bre('[[:digit:]][[:upper:]]').test('2A'));
  t.true(bre('^hdisk').test('hdisk1'));
  t.true(bre('x$').test('ax'));
});

test('patterns that backtrack for ever in RegExp take linear time; bad ones are refused', (t) => {
  const line = 'a'.repeat(5000) + 'b';
  for (const p of ['(a+)+$', '(a|a)*c', '(a*)*c$', '(.*a){20}c']) {
    const start = process.hrtime.bigint();
    t.false(ere(p).test(line));
    t.true(process.hrtime.bigint() - start < 5_000_000_000n, p);
  }
  for (const p of ['(a', 'a)', '[a', 'a{3,2}', '*a', 'a{256}', '\\1', '[[:nope:]]']) t.true('error' in compilePattern(p, { extended: true, ignoreCase: false }), p);
});

test('shell wildcards match as the shell does, and many stars stay fast', (t) => {
  t.true(globMatch('bos.*', 'bos.rte'));
  t.true(globMatch('b?s.r*e', 'bos.rte'));
  t.false(globMatch('bos.*', 'xbos.rte'));
  t.true(globMatch('*', ''));
  t.false(globMatch('?', ''));
  t.true(globMatch('a*b*c', 'aXXbYYc'));
  t.false(globMatch('a*b*c', 'aXXbYY'));
  t.true(globMatch('[x]', 'x'), 'a bracket expression is one of a set');
  t.false(globMatch('[x]', '[x]'));
  t.true(globMatch('\\[x]', '[x]'), 'a backslash makes the next character literal');
  t.true(globMatch('[!a-c]*', 'd1') && !globMatch('[!a-c]*', 'b1'), 'a negated range');
  t.true(globMatch('[]x]', ']'), 'a ] first in the set is a member');
  t.true(globMatch('[x', '[x'), 'an unclosed [ is literal');
  const start = process.hrtime.bigint();
  t.false(globMatch(`${'*'.repeat(5000)}Q`, 'a'.repeat(5000)));
  t.true(process.hrtime.bigint() - start < 5_000_000_000n);
});

test('subexpressions: what each group matched agrees with RegExp for greedy patterns (sed \\1)', (t) => {
  const cases: [string, string][] = [
    ['(a+)(b*)c', 'xaabbbc'],
    ['([a-z]+)=([0-9]*)', 'key=42;'],
    ['(x)|(y)', 'y'],
    ['((a)b)+', 'ababab'],
    ['(a*)*b', 'aab'],
  ];
  for (const [p, text] of cases) {
    const m = new RegExp(p).exec(text)!;
    const groups = ere(p).groups(text, m.index, m.index + m[0].length);
    t.deepEqual(groups, [...m], p);
  }
});

test('subexpressions over a long line take linear time', (t) => {
  const text = `${'a'.repeat(100_000)}b`;
  const groups = bre('\\(a*\\)\\(b\\)').groups(text, 0, text.length);
  t.is(groups[1]!.length, 100_000);
  t.is(groups[2], 'b');
});
