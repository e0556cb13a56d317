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

/** Expressions already split into tokens (a loop evaluates the same few again and again); bounded. */
const tokenized = new Map<string, Tok[]>();

function tokenize(source: string): Tok[] {
  const cached = tokenized.get(source);
  if (cached) return cached;
  const toks = split(source);
  if (tokenized.size >= 256) tokenized.clear();
  tokenized.set(source, toks);
  return toks;
}

function split(source: string): Tok[] {
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

/** Evaluates an arithmetic expression; variables are read and assigned through `vars`. */
export function evaluate(source: string, vars: ArithVars, depth = 0): number {
  if (depth > MAX_DEPTH) throw new ArithError(`${source}: recursion too deep`);
  const toks = tokenize(source);
  if (toks.length === 0) return 0;
  let i = 0;
  const fail = (): never => {
    throw new ArithError(`${source}: arithmetic syntax error`);
  };
  const peekOp = (): string | undefined => {
    const t = toks[i];
    return t?.kind === 'op' ? t.op : undefined;
  };
  const variable = (name: string): number => {
    const v = vars.get(name);
    if (v === undefined || v.trim() === '') return 0;
    if (/^\s*-?[0-9]+\s*$/.test(v)) return Number(v);
    return evaluate(v, vars, depth + 1);
  };

  // Each level returns a value and, for a bare name, the name (for assignment and ++/--).
  type Result = { value: number; name?: string };
  let nesting = 0;

  const primary = (): Result => {
    const t = toks[i];
    if (!t) return fail();
    if (t.kind === 'num') {
      i++;
      return { value: t.value };
    }
    if (t.kind === 'name') {
      i++;
      const op = peekOp();
      if (op === '++' || op === '--') {
        i++;
        const old = variable(t.name);
        vars.set(t.name, String(old + (op === '++' ? 1 : -1)));
        return { value: old };
      }
      return { value: variable(t.name), name: t.name };
    }
    if (t.op === '(') {
      i++;
      if (++nesting > MAX_DEPTH) throw new ArithError(`${source}: recursion too deep`);
      const r = comma();
      nesting--;
      if (peekOp() !== ')') fail();
      i++;
      return { value: r.value };
    }
    return fail();
  };

  const unary = (): Result => {
    const op = peekOp();
    if (op === '++' || op === '--') {
      i++;
      const r = unary();
      if (r.name === undefined) fail();
      const v = r.value + (op === '++' ? 1 : -1);
      vars.set(r.name!, String(v));
      return { value: v };
    }
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      i++;
      if (++nesting > MAX_DEPTH) throw new ArithError(`${source}: recursion too deep`);
      const v = unary().value;
      nesting--;
      return { value: op === '-' ? -v : op === '+' ? v : op === '!' ? Number(v === 0) : ~v };
    }
    return primary();
  };

  const apply = (op: string, a: number, b: number): number => {
    switch (op) {
      case '||':
        return Number(a !== 0 || b !== 0);
      case '&&':
        return Number(a !== 0 && b !== 0);
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
        if (b === 0) throw new ArithError(`${source}: divide by zero`);
        return op === '/' ? whole(a / b) : a % b;
      default:
        return fail();
    }
  };

  const binary = (min: number): Result => {
    let left = unary();
    for (let op = peekOp(); op !== undefined && BINARY[op] !== undefined && BINARY[op]! >= min; op = peekOp()) {
      i++;
      const right = binary(BINARY[op]! + 1);
      left = { value: apply(op, left.value, right.value) };
    }
    return left;
  };

  const ternary = (): Result => {
    const cond = binary(1);
    if (peekOp() !== '?') return cond;
    i++;
    const a = assignment();
    if (peekOp() !== ':') fail();
    i++;
    const b = assignment();
    return { value: cond.value !== 0 ? a.value : b.value };
  };

  const assignment = (): Result => {
    const start = i;
    const left = ternary();
    const op = peekOp();
    if (op === undefined || !ASSIGN.includes(op)) return left;
    if (left.name === undefined || i !== start + 1) fail();
    i++;
    const right = assignment().value;
    const value = op === '=' ? right : apply(op.slice(0, -1), left.value, right);
    vars.set(left.name!, String(value));
    return { value };
  };

  const comma = (): Result => {
    let r = assignment();
    while (peekOp() === ',') {
      i++;
      r = assignment();
    }
    return r;
  };

  const result = comma();
  if (i < toks.length) fail();
  return result.value;
}
