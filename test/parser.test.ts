import test from 'ava';
import type { Command, SimpleCommand } from '../src/shell/ast.js';
import { type Expander, expandWords } from '../src/shell/expand.js';
import { parse } from '../src/shell/parser.js';

const vars: Record<string, string> = { A: 'one', B: 'two  words', E: '' };
const x: Expander = { lookup: (n) => vars[n], shellVar: (n) => vars[n], subst: (s) => `<${s}>\n`, args: () => ['p1', 'p 2'], arith: (s) => `[${s}]`, param: (p) => `<${p.op}>`, glob: () => [] };

/** The simple command a pipeline starts with. */
function simple(cmd: Command | undefined): SimpleCommand {
  if (cmd?.kind !== 'simple') throw new Error(`not a simple command: ${cmd?.kind}`);
  return cmd;
}

function words(line: string): string[] {
  const r = parse(line);
  if (!r.ok) throw new Error(r.message);
  return expandWords(simple(r.script.items[0]!.andOr.first.commands[0]).words, x);
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
    simple(first!.andOr.first.commands[0]).assigns.map((a) => a.name),
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
    ['echo "x', '0403-057 Syntax error at line 1 : `"\' is not matched.'],
    ["echo 'x", "0403-057 Syntax error at line 1 : `'' is not matched."],
    ['echo ;;', "0403-057 Syntax error at line 1 : `;;' is not expected."],
    ['| x', "0403-057 Syntax error at line 1 : `|' is not expected."],
    ['x &&', "0403-057 Syntax error at line 1 : `newline' is not expected."],
    ['x >', "0403-057 Syntax error at line 1 : `newline' is not expected."],
    ['echo )', "0403-057 Syntax error at line 1 : `)' is not expected."],
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

test('compound commands parse: if, loops, for, case, groups, subshells, (( )), functions, !', (t) => {
  const kinds = (line: string) => {
    const r = parse(line);
    if (!r.ok) throw new Error(r.message);
    return r.script.items.map((i) => i.andOr.first.commands.map((c) => c.kind).join('|'));
  };
  t.deepEqual(kinds('if a; then b; elif c; then d; else e; fi; while a; do b; done; until a; do b; done'), ['if', 'loop', 'loop']);
  t.deepEqual(kinds('for i in 1 2; do echo $i; done | cat; case x in a|b) y;; *) z;; esac'), ['for|simple', 'case']);
  t.deepEqual(kinds('{ a; }; ( b ); (( i += 1 )); f() { a; }; function g { b; }'), ['group', 'subshell', 'arith', 'function', 'function']);
  const bang = parse('! true');
  t.true(bang.ok && bang.script.items[0]!.andOr.first.bang);
  // Reserved words are plain words where no command starts.
  t.deepEqual(words('echo if then fi done { }'), ['echo', 'if', 'then', 'fi', 'done', '{', '}']);
});

test('"$@" is one field per parameter, none when there are none; $(( )) expands in place', (t) => {
  t.deepEqual(words('echo "$@" x"$@"y'), ['echo', 'p1', 'p 2', 'xp1', 'p 2y']);
  t.deepEqual(words('echo $((1+2))x'), ['echo', '[1+2]x']);
});

test('unfinished and misplaced compound commands are syntax errors in AIX ksh words', (t) => {
  const message = (line: string) => {
    const r = parse(line);
    return r.ok ? 'ok' : r.message;
  };
  t.is(message('if true; then echo'), "0403-057 Syntax error at line 1 : `if' is not matched.");
  t.is(message('while true; do :'), "0403-057 Syntax error at line 1 : `while' is not matched.");
  t.is(message('echo a; done'), "0403-057 Syntax error at line 1 : `done' is not expected.");
  t.is(message('if then fi'), "0403-057 Syntax error at line 1 : `then' is not expected.");
  t.is(message('(( 1 + 2'), "0403-057 Syntax error at line 1 : `((' is not matched.");
  t.is(message('{ '.repeat(1000)), "0403-057 Syntax error at line 1 : `(' is nested too deep.");
});

test('here-documents: the lines after the command, up to the delimiter; quoted delimiters keep the text as it is; <<- drops tabs', (t) => {
  const doc = (line: string) => {
    const r = parse(line);
    if (!r.ok) throw new Error(r.message);
    const cmd = simple(r.script.items[0]!.andOr.first.commands[0]);
    return cmd.redirects[0]!.heredoc!.parts.map((p) => (p.kind === 'lit' ? p.text : `<${p.kind}>`)).join('');
  };
  t.is(doc('cat <<EOF\na $X "q"\nEOF'), 'a <var> "q"\n');
  t.is(doc("cat <<'EOF'\na $X\nEOF"), 'a $X\n');
  t.is(doc('cat <<-EOF\n\t\tindented\n\tEOF'), 'indented\n');
  const two = parse('cat <<A; cat <<B\n1\nA\n2\nB\necho after');
  t.true(two.ok && two.script.items.length === 3, 'two documents on one line, then the next command');
});

test('a command left open is incomplete (more lines may finish it); a real error is not', (t) => {
  const incomplete = (line: string) => {
    const r = parse(line);
    return !r.ok && r.incomplete;
  };
  for (const open of ['if true', 'for w in a b', 'while :; do', 'echo "abc', 'cat <<EOF', 'cat <<EOF\nline', 'a |', 'a &&', 'case x in', '{ echo', 'f() {']) t.true(incomplete(open), open);
  for (const bad of ['fi', 'done', 'echo a; then', 'if then fi']) t.false(incomplete(bad), bad);
});

test('a syntax error names its line, as AIX ksh does ("at line 3 :")', (t) => {
  const r = parse('echo a\nif true; then\n  echo b\ndone');
  if (r.ok) return t.fail();
  t.is(r.message, "0403-057 Syntax error at line 4 : `done' is not expected.");
  t.is(r.line, 4);
});
