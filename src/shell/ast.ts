// The parsed form of a command line (a ksh subset): lists of and-or chains of
// pipelines of simple commands, with words kept as parts so that expansion
// happens at execution time (so `A=1; echo $A` sees the new value).

export type WordPart = { kind: 'lit'; text: string; quoted: boolean } | { kind: 'var'; name: string; quoted: boolean } | { kind: 'subst'; source: string; quoted: boolean };

export interface Word {
  parts: WordPart[];
  /** The word as typed (for messages and assignments). */
  raw: string;
}

export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&';
  target: Word;
}

export interface SimpleCommand {
  assigns: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface Script {
  items: { andOr: AndOr; background: boolean }[];
}

export type ParseResult = { ok: true; script: Script } | { ok: false; message: string; offset: number };
