// touch: creates empty files or updates their time. A missing directory or a
// read-only file system: "touch: 0652-046 Cannot create X." [RECALLED-low].
// Flags (-a -c -m -r -t) say they are not supported yet.

import { nodeAt, writeFile } from '../world/fs.js';
import { isFailure, parseFlags } from './lib/args.js';
import { resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, type Chunk, type Command } from './lib/types.js';

export const touch: Command = {
  name: 'touch',
  scope: 'any',
  summary: 'Create empty files or update their time',
  manual: { purpose: 'Updates the access and modification times of a file, creating it when needed.', synopsis: ['touch File ...'], flags: [], examples: ['touch /tmp/x'] },
  run(ctx) {
    const parsed = parseFlags(ctx, 'acmfr:t:', ['Usage: touch [-amcf] [-r RefFile|-t Time] {File|Directory} ...']);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length) return failWith([notYet(`touch -${parsed.opts[0]!.flag}`)]);
    if (parsed.operands.length === 0) return failWith(['Usage: touch [-amcf] [-r RefFile|-t Time] {File|Directory} ...'], 2);
    let world = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const arg of parsed.operands) {
      const { global } = resolve(ctx, arg);
      const node = nodeAt(world, global);
      if (node?.kind === 'dir') continue;
      const r = writeFile(world, global, node?.content ?? '', false, ctx.now);
      if (r.ok) world = r.value;
      else { status = 2; out.push(errLine(`touch: 0652-046 Cannot create ${arg}.`)); }
    }
    return { out, status, world };
  },
};
