// The parsed form of a command line (a Korn shell subset): lists of and-or
// chains of pipelines of commands (simple ones, and the compound ones: if,
// while/until, for, case, { }, ( ), (( )) and function definitions), with
// words kept as parts so that expansion happens at execution time (so
// `A=1; echo $A` sees the new value).

export type WordPart =
  | { kind: 'lit'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean }
  | { kind: 'subst'; source: string; quoted: boolean }
  /** $(( expression )) */
  | { kind: 'arith'; source: string; quoted: boolean }
  /** ${name<op>word} and ${#name} (op 'length'); op 'bad' for what ksh calls a bad substitution (raw says it). */
  | { kind: 'param'; name: string; op: ParamOp; word: WordPart[]; quoted: boolean; raw: string };

export type ParamOp = ':-' | '-' | ':=' | '=' | ':?' | '?' | ':+' | '+' | '#' | '##' | '%' | '%%' | 'length' | 'bad';

export interface Word {
  parts: WordPart[];
  /** The word as typed (for messages and assignments). */
  raw: string;
}

export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<<';
  /** The file, or for <<, the here-document's delimiter. */
  target: Word;
  /** A here-document's text: expanded as in double quotes (quotes are plain), or as it is when the delimiter was quoted. */
  heredoc?: { parts: WordPart[] };
}

export interface SimpleCommand {
  kind: 'simple';
  assigns: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

/** A list of commands as a compound command holds it (the same shape as a whole line). */
export type List = Script;

export type Compound =
  | { kind: 'if'; clauses: { cond: List; body: List }[]; otherwise?: List }
  | { kind: 'loop'; until: boolean; cond: List; body: List }
  /** for, or select (a menu of the words on standard error, a choice read from standard input). */
  | { kind: 'for'; name: string; words: Word[] | null; body: List; select?: true }
  | { kind: 'case'; word: Word; items: { patterns: Word[]; body: List }[] }
  | { kind: 'group'; body: List }
  | { kind: 'subshell'; body: List }
  /** (( expression )) */
  | { kind: 'arith'; source: string }
  /** [[ expression ]]: its words and operators in order (no field splitting or wildcards inside). */
  | { kind: 'cond'; items: CondItem[] }
  | { kind: 'function'; name: string; body: Command };

export type CondItem = { op: string } | { word: Word };

export type Command = SimpleCommand | (Compound & { redirects: Redirect[] });

export interface Pipeline {
  /** `! pipeline`: the status is negated. */
  bang: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface Script {
  items: {
    andOr: AndOr;
    background: boolean;
    /** Ended by a newline (a script's next line: aliases defined so far apply to it). */
    newline?: true;
  }[];
}

/** A failure is `incomplete` when more lines could finish it (an open if, quote or here-document: ksh's PS2 prompt). */
/** A syntax error says its line (1 for the first line of the text), as AIX ksh's do. */
export type ParseResult = { ok: true; script: Script } | { ok: false; message: string; offset: number; line: number; incomplete: boolean };
