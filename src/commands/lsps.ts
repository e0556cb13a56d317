// lsps: paging space. -a one line a paging space (the LPAR has hd6, 2 GB on
// hdisk0 in rootvg), -s the summary ansible's facts read ("2048MB" and
// "1%" on the second line), or a paging space named. Layouts RECALLED from
// AIX 7 (lsps -s's two lines SOURCED from a capture in Oracle's install
// notes). Not simulated yet: -c, -l, -t.

import type { Command, FlagSpec } from '../engine/contract.js';
import { PAGING_MB, PAGING_USED_PCT } from '../world/system.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lsps {-s | [-c | -l] {-a | -t {lv|nfs|ps_helper} | PagingSpace}}'];

const FLAGS: readonly FlagSpec[] = [{ flag: 'a', doc: 'Every paging space.' }, { flag: 's', doc: 'The total size and the percent used.' }, ...notSimulated('clt:')];

export const lsps: Command = {
  name: 'lsps',
  scope: 'any',
  summary: 'Paging space (-a each, -s summary)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Displays the characteristics of paging spaces.', synopsis: ['lsps -a', 'lsps -s', 'lsps PagingSpace'], examples: ['lsps -a', 'lsps -s'] },
  run(ctx) {
    const parsed = parseFlags(ctx, lsps);
    if (isFailure(parsed)) return parsed;
    const [name, ...more] = parsed.operands;
    if (parsed.has('s') && !parsed.has('a') && name === undefined)
      return { out: lines(['Total Paging Space   Percent Used', `${`${PAGING_MB}MB`.padStart(12)}${`${PAGING_USED_PCT}%`.padStart(17)}`]), status: 0 };
    if (parsed.has('s') || more.length > 0 || parsed.has('a') === (name !== undefined)) return failWith(USAGE, 2);
    if (name !== undefined && name !== 'hd6') return failWith([`lsps: 0517-042 The specified paging space ${name} does not exist.`], 1);
    return {
      out: lines([
        'Page Space      Physical Volume   Volume Group    Size %Used Active  Auto  Type Chksum',
        `hd6             hdisk0            rootvg${`${PAGING_MB}MB`.padStart(14)}${String(PAGING_USED_PCT).padStart(6)}   yes   yes    lv     0`,
      ]),
      status: 0,
    };
  },
};
