// What test, [ ] and the shell's [[ ]] share: the file tests on a node of
// the simulated tree (-e -f -d -s -r -w -x -L) and the integer comparisons
// (-eq -ne -lt -le -gt -ge).

import type { FsNode } from '../../world/types.js';

/** A file test on the node at the path (undefined: nothing there). wparsim has no symbolic links; root may read, write and run. */
export function fileTest(op: string, node: FsNode | undefined): boolean {
  if (!node) return false;
  if (op === '-f') return node.kind === 'file';
  if (op === '-d') return node.kind === 'dir';
  if (op === '-s') return node.kind === 'dir' || (node.content ?? '') !== '';
  if (op === '-L' || op === '-h') return false;
  return true;
}

/** a -eq b and the other integer comparisons. */
export function compareIntegers(op: string, a: number, b: number): boolean {
  return op === '-eq' ? a === b : op === '-ne' ? a !== b : op === '-lt' ? a < b : op === '-le' ? a <= b : op === '-gt' ? a > b : a >= b;
}
