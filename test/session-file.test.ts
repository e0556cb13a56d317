import test from 'ava';
import { parseSession } from '../src/format/session-file.js';

test('commands, expected output, directives and comments, with line numbers', (t) => {
  const r = parseSession('## title: T\n\n## Step 1: a comment\n$ echo hi\nhi\n## exit: 0\n## marker: m\n## pause: 1.5\n## expect-prompt: Global aixlpar1:/ #\n## locked\n');
  if (!r.ok) return t.fail(r.message);
  t.is(r.file.title, 'T');
  t.true(r.file.locked);
  t.deepEqual(
    r.file.items.map((i) => (i.kind === 'command' ? `${i.line}:$${i.text}:${i.expected.join('|')}` : `${i.line}:${i.key}:${i.value}`)),
    ['1:title:T', '2:comment:', '3:comment:', '4:$echo hi:hi', '6:exit:0', '7:marker:m', '8:pause:1.5', '9:expect-prompt:Global aixlpar1:/ #', '10:locked:'],
  );
});

const bad: [string, string, number, RegExp][] = [
  ['unknown directive', '$ true\n## exti: 1\n', 2, /unknown directive '## exti:'/],
  ['exit not a number', '$ true\n## exit: one\n', 2, /takes a status from 0 to 255/],
  ['exit out of range', '$ true\n## exit: 300\n', 2, /takes a status from 0 to 255/],
  ['exit before any command', '## exit: 0\n$ true\n', 1, /must follow a command/],
  ['pause not a number', '## pause: soon\n', 1, /'## pause:' takes a number of seconds/],
  ['world after a command', '$ true\n## world: factory\n', 2, /must come before the first command/],
  ['title without value', '## title:\n', 1, /needs a value/],
  ['locked with a value', '## locked: yes\n', 1, /takes no value/],
  ['unterminated double quote', '## title: x\n$ echo "open\n', 2, /unterminated " in the command/],
  ['unterminated single quote', "$ echo 'open\n", 1, /unterminated ' in the command/],
  ['output before a command', 'hello\n$ true\n', 1, /output before the first command/],
  ['binary', '$ true\n\0\0\n', 2, /binary file/],
];

for (const [what, text, line, message] of bad) {
  test(`malformed: ${what} -> one message with its line`, (t) => {
    const r = parseSession(text);
    t.false(r.ok);
    if (r.ok) return;
    t.is(r.line, line);
    t.regex(r.message, message);
  });
}
