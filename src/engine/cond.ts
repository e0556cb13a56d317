// [[ expression ]]: the Korn shell's conditional command. Words are expanded
// without field splitting or wildcards; the right side of = == != is a
// pattern (quoted parts literal), of =~ an extended regular expression
// (matched by the linear-time automaton); < > compare strings; -eq -ne -lt
// -le -gt -ge compare arithmetic values; -z -n and the file tests -e -f -d
// -s -r -w -x on the simulated tree; ! && || and parentheses. Status 0 when
// true, 1 when false, 2 for a bad expression (ksh93's message).

import { compareIntegers, fileTest } from '../commands/lib/conditions.js';
import { compilePattern } from '../commands/lib/regex.js';
import { evaluate } from '../shell/arith.js';
import type { CondItem } from '../shell/ast.js';
import { type Expander, expandPattern, expandToString } from '../shell/expand.js';
import { globMatch } from '../shell/glob.js';
import type { FsNode } from '../world/types.js';

export class CondError extends Error {}

const UNARY = new Set(['-z', '-n', '-e', '-a', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h']);
const BINARY = new Set(['=', '==', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

export interface CondShell {
  x: Expander;
  /** The node at a path as the scope sees it. */
  node(path: string): FsNode | undefined;
  vars: { get(name: string): string | undefined; set(name: string, value: string): void };
}

export function evaluateCond(items: readonly CondItem[], shell: CondShell): boolean {
  let i = 0;
  const opAt = (k: number): string | undefined => {
    const it = items[k];
    if (!it) return undefined;
    if ('op' in it) return it.op;
    const p = it.word.parts;
    return p.length === 1 && p[0]!.kind === 'lit' && !p[0]!.quoted ? p[0]!.text : undefined;
  };
  const text = (k: number): string => {
    const it = items[k];
    if (!it || !('word' in it)) throw new CondError('syntax error');
    return expandToString(it.word, shell.x);
  };
  const primary = (): boolean => {
    const first = opAt(i);
    if (first === '(') {
      i++;
      const v = or();
      if (opAt(i) !== ')') throw new CondError("')' expected");
      i++;
      return v;
    }
    if (first !== undefined && UNARY.has(first) && i + 1 < items.length && !BINARY.has(opAt(i + 1) ?? '')) {
      const arg = text(i + 1);
      i += 2;
      if (first === '-z') return arg === '';
      if (first === '-n') return arg !== '';
      return fileTest(first, shell.node(arg));
    }
    const op = opAt(i + 1);
    if (op !== undefined && BINARY.has(op)) {
      const left = text(i);
      const rightItem = items[i + 2];
      if (!rightItem || !('word' in rightItem)) throw new CondError('syntax error');
      i += 3;
      if (op === '=' || op === '==' || op === '!=') return globMatch(expandPattern(rightItem.word, shell.x), left) === (op !== '!=');
      if (op === '=~') {
        const re = compilePattern(expandToString(rightItem.word, shell.x), { extended: true, ignoreCase: false });
        if ('error' in re) throw new CondError(`${re.error}`);
        return re.test(left);
      }
      const right = expandToString(rightItem.word, shell.x);
      if (op === '<') return left < right;
      if (op === '>') return left > right;
      return compareIntegers(op, evaluate(left, shell.vars), evaluate(right, shell.vars));
    }
    const v = text(i);
    i++;
    return v !== '';
  };
  const not = (): boolean => {
    if (opAt(i) === '!') {
      i++;
      return !not();
    }
    return primary();
  };
  const and = (): boolean => {
    let v = not();
    while (opAt(i) === '&&') {
      i++;
      const r = not();
      v = v && r;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (opAt(i) === '||') {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  if (items.length === 0) throw new CondError('syntax error');
  const v = or();
  if (i < items.length) throw new CondError(`syntax error`);
  return v;
}
