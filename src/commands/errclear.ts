// errclear: deletes error log entries older than Days days (0: all of
// them), optionally only some: -j Identifier[,...], -N Resource[,...], -T
// Type[,...], -d Class[,...] are not simulated yet and say so. Prints
// nothing, as AIX's. Inside a WPAR it is refused (the log is the LPAR's).

import type { Command, FlagSpec } from '../engine/contract.js';
import { clearLog } from '../world/errlog.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith } from './lib/output.js';

const USAGE = [
  'Usage: errclear [-d ErrorClassList] [-i File] [-J ErrorLabel] [-j ErrorID] [-k] [-l SequenceNumber] [-m Machine] [-n Node] [-N ResourceNameList] [-R ResourceTypeList] [-S ResourceClassList] [-T ErrorTypeList] [-y FileName] Days',
];

const FLAGS: readonly FlagSpec[] = [...notSimulated('d:i:J:j:kl:m:n:N:R:S:T:y:')];

export const errclear: Command = {
  name: 'errclear',
  scope: 'global',
  summary: 'Clear the error log (errclear 0: all of it)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Deletes entries from the error log.', synopsis: ['errclear Days'], examples: ['errclear 0', 'errclear 30'] },
  run(ctx) {
    const parsed = parseFlags(ctx, errclear);
    if (isFailure(parsed)) return parsed;
    const [days, extra] = parsed.operands;
    if (days === undefined || extra !== undefined || !/^\d{1,5}$/.test(days)) return failWith(USAGE, 1);
    return { out: [], status: 0, world: clearLog(ctx.world, Number(days), ctx.now) };
  },
};
