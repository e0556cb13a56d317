// test and [ ... ]: evaluate a conditional expression (ksh built-ins):
// string (-z -n = !=), integer (-eq -ne -lt -le -gt -ge, whose operands are
// arithmetic expressions as in ksh93) and file tests (-e -f -d -s -r -w -x
// -L) on the simulated tree of the scope you are in, with ! -a -o and
// parentheses. Status 0 true, 1 false, 2 for a bad expression. [[ ]] is not
// simulated yet. Messages are ksh93's (test/ksh-differential.test.ts).

import type { CommandContext, CommandResult } from '../engine/contract.js';
import { ArithError, evaluate } from '../shell/arith.js';
import { nodeAt, normalize, toGlobal } from '../world/fs.js';
import { builtin } from './lib/builtin.js';
import { compareIntegers, fileTest } from './lib/conditions.js';
import { failWith } from './lib/output.js';

const UNARY_FILE = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h']);
const INTEGER = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

class Bad extends Error {}

function evaluateTest(ctx: CommandContext, name: string, args: readonly string[]): CommandResult {
  let i = 0;
  const nodeOf = (path: string) => nodeAt(ctx.world, toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, path)));
  const integer = (word: string): number => evaluate(word, { get: (n) => ctx.getVar(n), set: () => {} });
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new Bad('argument expected');
    if (a === '(' && i + 2 < args.length) {
      i++;
      const v = or();
      if (args[i] !== ')') throw new Bad("')' expected");
      i++;
      return v;
    }
    const b = args[i + 1];
    const c = args[i + 2];
    if (b !== undefined && c !== undefined && (b === '=' || b === '==' || b === '!=' || INTEGER.has(b))) {
      i += 3;
      if (b === '=' || b === '==') return a === c;
      if (b === '!=') return a !== c;
      const [x, y] = [integer(a), integer(c)];
      return compareIntegers(b, x, y);
    }
    if ((a === '-z' || a === '-n') && b !== undefined) {
      i += 2;
      return a === '-z' ? b === '' : b !== '';
    }
    if (UNARY_FILE.has(a) && b !== undefined) {
      i += 2;
      return fileTest(a, nodeOf(b));
    }
    i++;
    return a !== '';
  };
  const not = (): boolean => {
    if (args[i] === '!' && i + 1 < args.length) {
      i++;
      return !not();
    }
    return primary();
  };
  const and = (): boolean => {
    let v = not();
    while (args[i] === '-a') {
      i++;
      v = not() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (args[i] === '-o') {
      i++;
      v = and() || v;
    }
    return v;
  };
  try {
    if (args.length === 0) return { out: [], status: 1 };
    const v = or();
    if (i < args.length) throw new Bad(`${args[i]}: unknown operator`);
    return { out: [], status: v ? 0 : 1 };
  } catch (e) {
    if (e instanceof ArithError) return failWith([`ksh: ${name}: ${e.message}`], 2);
    if (e instanceof Bad) return failWith([`ksh: ${name}: ${e.message}`], 2);
    throw e;
  }
}

const manual = {
  purpose: 'Evaluates a conditional expression: exit status 0 when it is true, 1 when false, 2 when it is not valid.',
  synopsis: ['test Expression', '[ Expression ]'],
  examples: ['[ -d /wpars/wpar1 ] && echo yes', 'test "$A" = yes'],
};

export const test = builtin('test', 'Evaluate a conditional expression', manual, (ctx) => evaluateTest(ctx, 'test', ctx.argv.slice(1)));

export const bracket = builtin('[', 'Evaluate a conditional expression', manual, (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[args.length - 1] !== ']') return failWith(["ksh: [: ']' missing"], 2);
  return evaluateTest(ctx, '[', args.slice(0, -1));
});
