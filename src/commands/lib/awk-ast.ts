// awk programs, parsed (lib/awk-parser.ts) and run (lib/awk-run.ts).

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  /** A /regex/ alone: matched against $0. */
  | { k: 're'; v: string }
  | { k: 'var'; name: string }
  | { k: 'field'; e: Expr }
  | { k: 'index'; name: string; subs: Expr[] }
  | { k: 'assign'; op: string; target: Expr; value: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'logic'; op: '&&' | '||'; a: Expr; b: Expr }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'match'; neg: boolean; a: Expr; re: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'concat'; a: Expr; b: Expr }
  | { k: 'unary'; op: '!' | '-' | '+'; a: Expr }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { k: 'call'; name: string; args: Expr[] };

export type Stmt =
  | { k: 'print'; args: Expr[] }
  | { k: 'printf'; args: Expr[] }
  | { k: 'expr'; e: Expr }
  | { k: 'if'; c: Expr; t: Stmt; f?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; c: Expr }
  | { k: 'for'; init?: Expr; c?: Expr; step?: Expr; body: Stmt }
  | { k: 'forin'; v: string; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' }
  | { k: 'exit'; e?: Expr }
  | { k: 'break' }
  | { k: 'continue' }
  | { k: 'delete'; name: string; subs?: Expr[] };

export interface Rule {
  pattern: 'BEGIN' | 'END' | Expr | [Expr, Expr] | null;
  action: Stmt[] | null;
}
