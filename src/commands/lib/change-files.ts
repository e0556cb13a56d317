// What chmod, chown and chgrp share: each file operand (and, with -R, what is
// under a directory) gets a change of its attributes; a missing file or a
// read-only file system is said per file ("chmod: f: A file or directory in
// the path name does not exist.") and the status is then 2, as AIX's do.

import type { CommandContext, CommandResult } from '../../engine/contract.js';
import { childPath, list, nodeAt, setAttributes } from '../../world/fs.js';
import type { FsNode, World } from '../../world/types.js';
import { ERRNO, resolve } from './files.js';

export type Change = { mode?: number; owner?: string; group?: string };

/** Applies `change` (from each node as it is; null: leave it) to the operands; -R goes into directories. */
export function changeFiles(ctx: CommandContext, name: string, files: readonly string[], recursive: boolean, change: (node: FsNode) => Change | null, quiet = false): CommandResult {
  let world: World = ctx.world;
  const errors: string[] = [];
  // An operand that is a symbolic link changes what it points to; a link met under a directory (-R) is left alone, not followed.
  const visit = (global: string, shown: string, top: boolean): void => {
    ctx.stopIfInterrupted();
    const node = nodeAt(world, global, top);
    if (node?.kind === 'link') return;
    if (!node) {
      errors.push(`${name}: ${shown}: ${ERRNO.ENOENT}`);
      return;
    }
    const attrs = change(node);
    if (attrs !== null) {
      const r = setAttributes(world, global, attrs);
      if (!r.ok) errors.push(`${name}: ${shown}: ${ERRNO[r.error]}`);
      else world = r.value;
    }
    if (recursive && node.kind === 'dir') for (const entry of list(world, global)) visit(childPath(global, entry), `${shown}/${entry}`, false);
  };
  for (const f of files) visit(resolve(ctx, f).global, f, true);
  const shown = quiet ? [] : errors;
  return { out: shown.map((e) => ({ text: `${e}\n`, stream: 'err' as const })), status: errors.length > 0 && !quiet ? 2 : 0, world };
}
