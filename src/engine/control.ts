// The engine's inner signals and limits, shared by run-line.ts and
// scripts.ts: what a line writes to (Output), how deep and how long things
// may grow, and the exceptions that carry break, continue, return and a line
// that ends early up to where they are caught.

import type { Chunk } from './contract.js';

/** What the commands of a line (or of a $(...) or clogin NAME cmd inside it) write to as they run. */
export interface Output {
  chunks: Chunk[];
  clear: boolean;
  /** Characters in chunks so far (a loop's output is bounded). */
  size: number;
}

/** How deep command substitutions may nest, and how long a variable's value may grow (ksh runs out of memory too). */
export const MAX_NESTING = 100;
export const MAX_VALUE = 1 << 24;

/** What is said when a line nests too deep or makes a string too long: ksh93's words. */
export class TooMuch extends Error {
  constructor(readonly kind: 'deep' | 'long') {
    super(kind);
  }
}

/** break/continue on its way to the loop it leaves; return on its way to its function. */
export class LoopControl {
  constructor(
    readonly op: 'break' | 'continue',
    public levels: number,
  ) {}
}
export class FunctionReturn {
  constructor(readonly status: number) {}
}
/** An error that ends the whole line (or subshell), as ksh ends a script: an arithmetic error in an expansion. */
export class Aborted extends Error {}

/** A line of standard error. */
export const err = (text: string): Chunk => ({ text: text + '\n', stream: 'err' });
