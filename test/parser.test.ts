import test from 'ava';
import { type Expander, expandWords } from '../src/shell/expand.js';
import { parse } from '../src/shell/parser.js';

const vars: Record<string, string> = { A: 'one', B: 'two  words', E: '' };
const x: Expander = { lookup: (n) => vars[n], subst: (s) => `<${s}>\n` };

function words(line: string): string[] {
  const r = parse(line);
  if (!r.ok) throw new Error(r.message);
  return expandWords(r.script.items[0]!.andOr.first.commands[0]!.words, x);
}

test('quotes, escapes and variables expand as ksh does', (t) => {
  t.deepEqual(words(`echo "$A" '$A' $A\\ x a"b"c`), ['echo', 'one', '$A', 'one x', 'abc']);
  t.deepEqual(words('echo $B "$B"'), ['echo', 'two', 'words', 'two  words']);
  t.deepEqual(words('echo $E "" $E'), ['echo', '']);
  t.deepEqual(words('echo ${A}s $ $?x'), ['echo', 'ones', '$', 'x']);
  t.deepEqual(words('echo $(cmd a) "`q`"'), ['echo', '<cmd', 'a>', '<q>']);
});

test('lists, and-or chains, pipelines, redirections and comments parse into the AST', (t) => {
  const r = parse('A=1 B=2; x && y || z | w 2>/dev/null > out # c');
  t.true(r.ok);
  if (!r.ok) return;
  const [first, second] = r.script.items;
  t.deepEqual(
    first!.andOr.first.commands[0]!.assigns.map((a) => a.name),
    ['A', 'B'],
  );
  t.is(second!.andOr.rest.length, 2);
  const last = second!.andOr.rest[1]!.pipeline;
  t.is(last.commands.length, 2);
  t.deepEqual(
    last.commands[1]!.redirects.map((r2) => [r2.fd, r2.op, r2.target.raw]),
    [
      [2, '>', '/dev/null'],
      [1, '>', 'out'],
    ],
  );
});

test('syntax errors come back as ksh messages with offsets, never as exceptions', (t) => {
  const cases: [string, string][] = [
    ['echo "x', '0403-057 Syntax error: `"\' is not matched.'],
    ["echo 'x", "0403-057 Syntax error: `'' is not matched."],
    ['echo ;;', "0403-057 Syntax error: `;;' is not expected."],
    ['| x', "0403-057 Syntax error: `|' is not expected."],
    ['x &&', "0403-057 Syntax error: `newline' is not expected."],
    ['x >', "0403-057 Syntax error: `newline' is not expected."],
    ['echo )', "0403-057 Syntax error: `)' is not expected."],
  ];
  for (const [line, message] of cases) {
    const r = parse(line);
    t.false(r.ok, line);
    if (!r.ok) t.is(r.message, message, line);
  }
});

test('empty lines and comments parse to nothing', (t) => {
  for (const line of ['', '   ', '# only a comment']) {
    const r = parse(line);
    t.true(r.ok && r.script.items.length === 0, line);
  }
});
