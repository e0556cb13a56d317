// expr: evaluates an expression given as separate arguments: | & = > >= <
// <= != + - * / % and parentheses, integers and strings, as POSIX and AIX's
// expr do; the status is 0 when the result is neither null nor 0, 1 when it
// is, 2 for a bad expression. The : (match) operator is not simulated yet.

import type { Command } from '../engine/contract.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

class ExprError extends Error {}

const isInt = (s: string) => /^-?\d+$/.test(s);

function evaluate(args: readonly string[]): string {
  let i = 0;
  const peek = () => args[i];
  const binaryLevels: string[][] = [['|'], ['&'], ['=', '>', '>=', '<', '<=', '!='], ['+', '-'], ['*', '/', '%']];
  const primary = (): string => {
    const a = args[i++];
    if (a === undefined) throw new ExprError('syntax error');
    if (a === '(') {
      const v = level(0);
      if (args[i++] !== ')') throw new ExprError('syntax error');
      return v;
    }
    return a;
  };
  const apply = (op: string, a: string, b: string): string => {
    switch (op) {
      case '|':
        return a !== '' && a !== '0' ? a : b !== '' && b !== '0' ? b : '0';
      case '&':
        return a !== '' && a !== '0' && b !== '' && b !== '0' ? a : '0';
      case '+':
      case '-':
      case '*':
      case '/':
      case '%': {
        if (!isInt(a) || !isInt(b)) throw new ExprError('non-numeric argument');
        const x = Number(a);
        const y = Number(b);
        if ((op === '/' || op === '%') && y === 0) throw new ExprError('division by zero');
        return String(op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? Math.trunc(x / y) : x % y);
      }
      default: {
        const cmp = isInt(a) && isInt(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
        const r = op === '=' ? cmp === 0 : op === '!=' ? cmp !== 0 : op === '<' ? cmp < 0 : op === '<=' ? cmp <= 0 : op === '>' ? cmp > 0 : cmp >= 0;
        return r ? '1' : '0';
      }
    }
  };
  const level = (n: number): string => {
    if (n === binaryLevels.length) return primary();
    let v = level(n + 1);
    while (peek() !== undefined && binaryLevels[n]!.includes(peek()!)) {
      const op = args[i++]!;
      v = apply(op, v, level(n + 1));
    }
    return v;
  };
  const v = level(0);
  if (i < args.length) throw new ExprError('syntax error');
  return v;
}

export const expr: Command = {
  name: 'expr',
  scope: 'any',
  summary: 'Evaluate an expression',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Evaluates arguments as expressions.',
    synopsis: ['expr Expression'],
    operands: [['Expression', 'Arguments such as 1 + 2 or $n \\* 3 (each operator a separate argument).']],
    examples: ['n=$(expr $n + 1)', 'expr 7 % 3'],
  },
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.includes(':') || args.some((a) => ['match', 'substr', 'index', 'length'].includes(a) && args.length > 1)) return failWith([notYet('expr : (matching) and its string functions')]);
    try {
      const v = evaluate(args);
      return { out: lines([v]), status: v === '' || v === '0' ? 1 : 0 };
    } catch (e) {
      if (e instanceof ExprError) return failWith([`expr: ${e.message}`], 2);
      throw e;
    }
  },
};
