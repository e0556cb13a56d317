// Flags are data: every command declares its flags once (engine/contract.ts
// FlagSpec) and its getopt string, man page, Tab completion and the fuzz
// vocabulary come from that declaration. These tests fail when a command
// accepts a flag it does not declare, refuses one it documents, or takes a
// flag it does not simulate without saying "not supported yet".

import test from 'ava';
import { COMMANDS } from '../src/commands/registry.js';
import type { FlagSpec } from '../src/engine/contract.js';
import { completionCommands } from '../src/ui/completion.js';
import { host, run, session } from './helpers.js';

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@'];
const all = [...host().session.commands.values()];

/** What `cmd -X` (with an argument when X takes one) does on a fresh world, in the global environment. */
function tryFlag(name: string, flag: string, spec?: FlagSpec) {
  const withArg = spec?.arg !== undefined && spec.takes !== 'optional';
  const r = run(session(), `${name} -${flag}${withArg ? ' x=1' : ''}`);
  return { status: r.status, text: r.out + r.err };
}

test('every command declares its flags, each letter once, and every flag it documents is in its usage text', (t) => {
  const wrong: string[] = [];
  for (const c of all) {
    const letters = c.flags.map((f) => f.flag);
    if (new Set(letters).size !== letters.length) wrong.push(`${c.name}: a flag declared twice`);
    if (!c.usage) continue;
    const usage = c.usage.join('\n');
    // AIX clusters letters ([-fhipHILPU]) and groups alternatives (-{v|V}).
    for (const f of c.flags) if (f.doc !== undefined && !new RegExp(`-[{]?[A-Za-z0-9@|]*${f.flag}`).test(usage)) wrong.push(`${c.name}: -${f.flag} is not in its usage text`);
  }
  t.deepEqual(wrong, []);
});

test('a getopt command accepts exactly the flags it declares; one it does not simulate says so', (t) => {
  let checked = 0;
  const wrong: string[] = [];
  for (const c of COMMANDS) {
    if (c.ownFlagParsing) continue;
    for (const letter of LETTERS) {
      const spec = c.flags.find((f) => f.flag === letter);
      const { status, text } = tryFlag(c.name, letter, spec);
      const unknown = text.includes(`${c.name}: Not a recognized flag: ${letter}`);
      const planned = text.includes(`wparsim: ${spec?.planned ?? `${c.name} -${letter}`} is not supported yet`);
      if (!spec) {
        if (!(unknown && status !== 0)) wrong.push(`${c.name} -${letter} is accepted but not declared: ${text}`);
      } else if (spec.doc === undefined) {
        if (!(planned && status !== 0)) wrong.push(`${c.name} -${letter} is declared as not simulated yet, but does not say so: ${text}`);
      } else if (unknown || planned) {
        wrong.push(`${c.name} -${letter} is documented but refused: ${text}`);
      }
      checked++;
    }
  }
  t.deepEqual(wrong, []);
  t.true(checked > 2000);
});

test('a command that parses its own flags does not refuse a flag it documents', (t) => {
  const wrong: string[] = [];
  for (const c of COMMANDS.filter((x) => x.ownFlagParsing)) {
    for (const f of c.flags.filter((x) => x.doc !== undefined)) {
      const { text } = tryFlag(c.name, f.flag, f);
      if (text.includes('Not a recognized flag') || text.includes('is not supported yet')) wrong.push(`${c.name} -${f.flag}: ${text}`);
    }
  }
  t.deepEqual(wrong, []);
});

test('man lists the documented flags, Tab offers them, and neither offers a flag not simulated yet', (t) => {
  const tab = new Map(completionCommands(COMMANDS).map((c) => [c.name, c.flags]));
  const wrong: string[] = [];
  for (const c of COMMANDS) {
    const page = run(session(), `man ${c.name}`).out;
    for (const f of c.flags) {
      const shown = page.includes(`       -${f.flag}${f.arg !== undefined ? ` ${f.arg}` : ''}`);
      if (shown !== (f.doc !== undefined)) wrong.push(`man ${c.name}: -${f.flag}`);
      if (tab.get(c.name)!.includes(`-${f.flag}`) !== (f.doc !== undefined)) wrong.push(`Tab after ${c.name}: -${f.flag}`);
    }
  }
  t.deepEqual(wrong, []);
});

test('chwpar -v, accepted silently before flags were declared, now says it is not simulated', (t) => {
  const r = run(session(), 'mkwpar -n w1 >/dev/null 2>&1; chwpar -v w1');
  t.is(r.err, 'wparsim: chwpar -v is not supported yet\n');
  t.is(r.status, 1);
});
