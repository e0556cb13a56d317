// touch: creates empty files or updates their time. A missing directory or a
// read-only file system: "touch: 0652-046 Cannot create X." [RECALLED-low].
// Flags (-a -c -m -r -t) say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { nodeAt, writeFile } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { eachOperand } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: touch [-amcf] [-r RefFile|-t Time] {File|Directory} ...'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('acmfr:t:')];

export const touch: Command = {
  name: 'touch',
  scope: 'any',
  summary: 'Create empty files or update their time',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Updates the access and modification times of a file, creating it when needed.', synopsis: ['touch File ...'], examples: ['touch /tmp/x'] },
  run(ctx) {
    const parsed = parseFlags(ctx, touch);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length) return failWith([notYet(`touch -${parsed.opts[0]!.flag}`)]);
    if (parsed.operands.length === 0) return failWith(['Usage: touch [-amcf] [-r RefFile|-t Time] {File|Directory} ...'], 2);
    return eachOperand(ctx, parsed.operands, (world, arg, global) => {
      const node = nodeAt(world, global);
      if (node?.kind === 'dir') return world;
      const r = writeFile(world, global, node?.content ?? '', false, ctx.now);
      return r.ok ? r.value : [`touch: 0652-046 Cannot create ${arg}.`];
    });
  },
};
