// Arithmetic of the Korn shell: $(( )), (( )) and let. Integers (ksh's
// long: here a JavaScript number kept whole, wrapping as 64-bit is not
// simulated), C's operators and precedence, assignment operators, ++ and --,
// ?:, numbers in decimal (010 is ten, as in ksh93 and ksh88), 0x hex and base#digits, variable names
// whose values are themselves evaluated. Errors use ksh93's words
// ("ksh: 1/0: divide by zero", "... arithmetic syntax error"); the
// differential test compares them with a real ksh93.

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export class ArithError extends Error {}

/** How deep a variable's value may refer to other variables (a=b b=a), and expressions nest. */
const MAX_DEPTH = 64;

const BINARY: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '<=': 7,
  '>': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
};
const ASSIGN = ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^='];
const TOKEN = /\s*(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|<<=|>>=|\+\+|--|\|\||&&|[=!<>]=|<<|>>|[-+*/%&|^]=|[-+*/%&|^!~<>=?:(),])/y;

type Tok = { kind: 'num'; value: number } | { kind: 'name'; name: string } | { kind: 'op'; op: string };

function tokenize(source: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    if (!m) throw new ArithError(`${source}: arithmetic syntax error`);
    at = TOKEN.lastIndex;
    const t = m[1]!;
    if (/^[0-9]/.test(t)) out.push({ kind: 'num', value: number(t, source) });
    else if (/^[A-Za-z_]/.test(t)) out.push({ kind: 'name', name: t });
    else out.push({ kind: 'op', op: t });
  }
  return out;
}

function number(t: string, source: string): number {
  let value: number;
  if (/^0[xX]/.test(t)) value = parseInt(t.slice(2), 16);
  else if (t.includes('#')) {
    const [base, digits] = t.split('#') as [string, string];
    const b = Number(base);
    if (b < 2 || b > 64) throw new ArithError(`${source}: arithmetic syntax error`);
    value = [...digits].reduce((v, d) => v * b + digitValue(d, b, source), 0);
  } else value = Number(t);
  return value;
}

function digitValue(d: string, base: number, source: string): number {
  const v = /[0-9]/.test(d) ? Number(d) : /[a-z]/.test(d) ? d.charCodeAt(0) - 87 : /[A-Z]/.test(d) ? (base <= 36 ? d.charCodeAt(0) - 55 : d.charCodeAt(0) - 29) : d === '@' ? 62 : 63;
  if (v >= base) throw new ArithError(`${source}: arithmetic syntax error`);
  return v;
}

const whole = (n: number): number => (Number.isFinite(n) ? Math.trunc(n) : 0);

/** An expression, parsed once (a loop evaluates the same few again and again). */
type Node =
  | { k: 'num'; v: number }
  | { k: 'var'; name: string }
  /** `bin` is the operator of a compound assignment (+ for +=), found once when compiled. */
  | { k: 'assign'; op: string; bin: string; name: string; value: Node }
  | { k: 'step'; prefix: boolean; delta: 1 | -1; name: string }
  | { k: 'unary'; op: string; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node }
  | { k: 'comma'; items: Node[] };

const compiled = new Map<string, Node | null>();

/** The parsed form of an expression (null: empty), from the cache when it was parsed before. */
function compile(source: string): Node | null {
  const cached = compiled.get(source);
  if (cached !== undefined) return cached;
  const node = parseExpression(source);
  if (compiled.size >= 256) compiled.clear();
  compiled.set(source, node);
  return node;
}

function parseExpression(source: string): Node | null {
  const toks = tokenize(source);
  if (toks.length === 0) return null;
  let i = 0;
  let nesting = 0;
  const fail = (): never => {
    throw new ArithError(`${source}: arithmetic syntax error`);
  };
  const peekOp = (): string | undefined => {
    const t = toks[i];
    return t?.kind === 'op' ? t.op : undefined;
  };
  const deeper = <T>(f: () => T): T => {
    if (++nesting > MAX_DEPTH) throw new ArithError(`${source}: recursion too deep`);
    try {
      return f();
    } finally {
      nesting--;
    }
  };
  const primary = (): Node => {
    const t = toks[i];
    if (!t) return fail();
    if (t.kind === 'num') {
      i++;
      return { k: 'num', v: t.value };
    }
    if (t.kind === 'name') {
      i++;
      const op = peekOp();
      if (op === '++' || op === '--') {
        i++;
        return { k: 'step', prefix: false, delta: op === '++' ? 1 : -1, name: t.name };
      }
      return { k: 'var', name: t.name };
    }
    if (t.op === '(') {
      i++;
      const r = deeper(comma);
      if (peekOp() !== ')') fail();
      i++;
      return r;
    }
    return fail();
  };
  const unary = (): Node => {
    const op = peekOp();
    if (op === '++' || op === '--') {
      i++;
      const r = deeper(unary);
      if (r.k !== 'var') fail();
      return { k: 'step', prefix: true, delta: op === '++' ? 1 : -1, name: (r as { name: string }).name };
    }
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      i++;
      return { k: 'unary', op, a: deeper(unary) };
    }
    return primary();
  };
  const binary = (min: number): Node => {
    let left = unary();
    for (let op = peekOp(); op !== undefined && BINARY[op] !== undefined && BINARY[op]! >= min; op = peekOp()) {
      i++;
      const right = deeper(() => binary(BINARY[op]! + 1));
      left = { k: 'bin', op, a: left, b: right };
    }
    return left;
  };
  const ternary = (): Node => {
    const c = binary(1);
    if (peekOp() !== '?') return c;
    i++;
    const a = deeper(assignment);
    if (peekOp() !== ':') fail();
    i++;
    return { k: 'cond', c, a, b: deeper(assignment) };
  };
  const assignment = (): Node => {
    const start = i;
    const left = ternary();
    const op = peekOp();
    if (op === undefined || !ASSIGN.includes(op)) return left;
    if (left.k !== 'var' || i !== start + 1) fail();
    i++;
    return { k: 'assign', op, bin: op.slice(0, -1), name: (left as { name: string }).name, value: deeper(assignment) };
  };
  const comma = (): Node => {
    const items = [assignment()];
    while (peekOp() === ',') {
      i++;
      items.push(assignment());
    }
    return items.length === 1 ? items[0]! : { k: 'comma', items };
  };
  const node = comma();
  if (i < toks.length) fail();
  return node;
}

/** A variable's value as a number: a plain integer at once, anything else evaluated as an expression. */
function plainInteger(v: string): number | undefined {
  let k = 0;
  while (v.charCodeAt(k) === 32 || v.charCodeAt(k) === 9) k++;
  const start = k;
  if (v.charCodeAt(k) === 45) k++;
  const digits = k;
  while (k < v.length && v.charCodeAt(k) >= 48 && v.charCodeAt(k) <= 57) k++;
  if (k === digits) return undefined;
  const end = k;
  while (v.charCodeAt(k) === 32 || v.charCodeAt(k) === 9) k++;
  if (k !== v.length) return undefined;
  // Short numbers (a loop's counter) without making a substring.
  if (end - digits > 15) return Number(v.slice(start, end));
  let n = 0;
  for (let i = digits; i < end; i++) n = n * 10 + (v.charCodeAt(i) - 48);
  return digits > start ? -n : n;
}

/** Evaluates an arithmetic expression; variables are read and assigned through `vars`. */
export function evaluate(source: string, vars: ArithVars, depth = 0): number {
  if (depth > MAX_DEPTH) throw new ArithError(`${source}: recursion too deep`);
  const node = compile(source);
  return node === null ? 0 : run(node, { source, vars, depth });
}

/** What a running evaluation needs: the expression (for messages), the variables, how deep values refer to others. */
interface Context {
  source: string;
  vars: ArithVars;
  depth: number;
}

function variable(name: string, c: Context): number {
  const v = c.vars.get(name);
  if (v === undefined) return 0;
  return plainInteger(v) ?? (v.trim() === '' ? 0 : evaluate(v, c.vars, c.depth + 1));
}

function apply(op: string, a: number, b: number, c: Context): number {
  switch (op) {
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
    case '==':
      return Number(a === b);
    case '!=':
      return Number(a !== b);
    case '<':
      return Number(a < b);
    case '<=':
      return Number(a <= b);
    case '>':
      return Number(a > b);
    case '>=':
      return Number(a >= b);
    case '<<':
      return a << b;
    case '>>':
      return a >> b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return whole(a * b);
    case '/':
    case '%':
      if (b === 0) throw new ArithError(`${c.source}: divide by zero`);
      return op === '/' ? whole(a / b) : a % b;
    default:
      throw new ArithError(`${c.source}: arithmetic syntax error`);
  }
}

function run(n: Node, c: Context): number {
  switch (n.k) {
    case 'num':
      return n.v;
    case 'var':
      return variable(n.name, c);
    case 'step': {
      const old = variable(n.name, c);
      c.vars.set(n.name, String(old + n.delta));
      return n.prefix ? old + n.delta : old;
    }
    case 'unary': {
      const v = run(n.a, c);
      return n.op === '-' ? -v : n.op === '+' ? v : n.op === '!' ? Number(v === 0) : ~v;
    }
    case 'bin':
      if (n.op === '&&') return Number(run(n.a, c) !== 0 && run(n.b, c) !== 0);
      if (n.op === '||') return Number(run(n.a, c) !== 0 || run(n.b, c) !== 0);
      return apply(n.op, run(n.a, c), run(n.b, c), c);
    case 'cond':
      return run(n.c, c) !== 0 ? run(n.a, c) : run(n.b, c);
    case 'assign': {
      const right = run(n.value, c);
      const value = n.op === '=' ? right : apply(n.bin, variable(n.name, c), right, c);
      c.vars.set(n.name, String(value));
      return value;
    }
    case 'comma': {
      let v = 0;
      for (const item of n.items) v = run(item, c);
      return v;
    }
  }
}
