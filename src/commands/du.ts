// du: the space the files under each directory take, in 512-byte blocks
// (AIX's default; -k in kilobytes, -m in megabytes, -g in gigabytes), a
// directory after what is in it; -s only the total of each operand, -a
// files too. A file takes whole 4 KB blocks, a directory one (JFS2's),
// so the figures look as on AIX. Not simulated yet: -l, -r, -x, -H, -L.

import type { Command } from '../engine/contract.js';
import { childPath, list, nodeAt } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { resolve } from './lib/files.js';
import { errLine, lines } from './lib/output.js';

const BLOCK = 4096;

export const du: Command = {
  name: 'du',
  scope: 'any',
  summary: 'Disk space taken under directories (-s -k -m -g -a)',
  flags: [
    { flag: 's', doc: 'Only a total for each operand.' },
    { flag: 'a', doc: 'Files too, not only directories.' },
    { flag: 'k', doc: 'In kilobytes.' },
    { flag: 'm', doc: 'In megabytes.' },
    { flag: 'g', doc: 'In gigabytes.' },
    ...notSimulated('lrxHL'),
  ],
  usage: ['Usage: du [-a | -s] [-k | -m | -g] [-l] [-r] [-x] [-H | -L] [File ...]'],
  manual: { purpose: 'Summarizes disk usage.', synopsis: ['du [-a | -s] [-k | -m | -g] [File ...]'], examples: ['du -sk /wpars/web1', 'du -s /home/*'] },
  run(ctx) {
    const parsed = parseFlags(ctx, du);
    if (isFailure(parsed)) return parsed;
    const unit = parsed.has('g') ? 1 << 30 : parsed.has('m') ? 1 << 20 : parsed.has('k') ? 1024 : 512;
    const shown = (bytes: number) => (unit >= 1 << 20 ? (bytes / unit).toFixed(2) : String(Math.ceil(bytes / unit)));
    const out: string[] = [];
    const errors: string[] = [];
    let seen = 0;
    const walk = (path: string, global: string, top: boolean): number => {
      if ((++seen & 0xff) === 0) ctx.stopIfInterrupted();
      // A symbolic link under a directory is not followed; it takes no block of its own here.
      const node = nodeAt(ctx.world, global, top);
      if (!node || node.kind === 'link') return 0;
      if (node.kind === 'file') {
        const bytes = Math.ceil(new TextEncoder().encode(node.content ?? '').length / BLOCK) * BLOCK;
        if (top || parsed.has('a')) if (!parsed.has('s') || top) out.push(`${shown(bytes)}\t${path}`);
        return bytes;
      }
      let total = BLOCK;
      for (const name of list(ctx.world, global)) total += walk(childPath(path, name), childPath(global, name), false);
      if (!parsed.has('s') || top) out.push(`${shown(total)}\t${path}`);
      return total;
    };
    const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
    for (const p of operands) {
      const { global } = resolve(ctx, p);
      if (!nodeAt(ctx.world, global)) {
        errors.push(`du: ${p}: A file or directory in the path name does not exist.`);
        continue;
      }
      walk(p, global, true);
    }
    return { out: [...lines(out), ...errors.map(errLine)], status: errors.length ? 2 : 0 };
  },
};
