// awk's tokens: numbers, strings, /regex/ (where an operand may start),
// names, built-in function names, $, operators and punctuation, and newlines
// (which end statements). POSIX awk's lexical rules, simplified.

export type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 're'; v: string }
  | { t: 'name'; v: string }
  | { t: 'func'; v: string }
  | { t: 'kw'; v: string }
  | { t: 'op'; v: string }
  | { t: 'nl' }
  | { t: 'eof' };

export class AwkSyntaxError extends Error {}

/** A part of awk that wparsim does not simulate yet (getline, user functions, output redirection). */
export class AwkNotYet extends Error {}

const KEYWORDS = new Set(['BEGIN', 'END', 'if', 'else', 'while', 'for', 'do', 'in', 'print', 'printf', 'next', 'exit', 'break', 'continue', 'delete', 'getline', 'function', 'return']);
const FUNCS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system']);
const OPS = [
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '++',
  '--',
  '!~',
  '>>',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
];
const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

export function lexAwk(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  // A / starts a regex where an operand may start (not after an operand).
  const operandEnded = () => {
    const last = out[out.length - 1];
    return (
      last !== undefined &&
      (last.t === 'num' ||
        last.t === 'str' ||
        last.t === 'name' ||
        last.t === 're' ||
        (last.t === 'op' && (last.v === ')' || last.v === ']' || last.v === '$')) ||
        (last.t === 'kw' && last.v === 'getline'))
    );
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
    } else if (c === '\n') {
      out.push({ t: 'nl' });
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)/.exec(src.slice(i))![0];
      out.push({ t: 'num', v: Number(m) });
      i += m.length;
    } else if (c === '"') {
      let s = '';
      i++;
      for (; i < src.length && src[i] !== '"'; i++) {
        if (src[i] === '\n') throw new AwkSyntaxError('newline in string');
        if (src[i] === '\\' && i + 1 < src.length) {
          const e = src[++i]!;
          const oct = /^[0-7]{1,3}/.exec(src.slice(i))?.[0];
          if (oct) {
            s += String.fromCharCode(parseInt(oct, 8));
            i += oct.length - 1;
          } else s += ESC[e] ?? `\\${e}`;
        } else s += src[i];
      }
      if (src[i] !== '"') throw new AwkSyntaxError('non-terminated string');
      i++;
      out.push({ t: 'str', v: s });
    } else if (c === '/' && !operandEnded()) {
      let s = '';
      i++;
      for (; i < src.length && src[i] !== '/'; i++) {
        if (src[i] === '\n') throw new AwkSyntaxError('newline in regex');
        if (src[i] === '\\' && src[i + 1] === '/') {
          s += '/';
          i++;
        } else s += src[i];
      }
      if (src[i] !== '/') throw new AwkSyntaxError('non-terminated regular expression');
      i++;
      out.push({ t: 're', v: s });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      out.push(KEYWORDS.has(m) ? { t: 'kw', v: m } : FUNCS.has(m) ? { t: 'func', v: m } : { t: 'name', v: m });
      i += m.length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new AwkSyntaxError(`syntax error at source line 1: ${c}`);
      out.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  out.push({ t: 'eof' });
  return out;
}
