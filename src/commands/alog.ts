// alog: the system's circular logs. -L lists the log types; -o -t Type
// writes one: boot (rc.boot's phases at the last boot) and console (what the
// console showed: the boot, then each WPAR start and stop from the error
// log). -f File, -s, -w and writing to a log say they are not supported
// yet. Log types RECALLED from AIX 7; the lines simulated.

import type { Command } from '../engine/contract.js';
import { errlogOf } from '../world/errlog.js';
import { BOOT_TIME } from '../world/factory.js';
import { notYet } from './lib/messages.js';
import { failWith, harmless, lines } from './lib/output.js';
import { dateString } from './lib/time.js';

const TYPES = ['boot', 'bosinst', 'cfg', 'console', 'dumpsymp', 'lvmcfg', 'lvmt', 'nim'];

export const alog: Command = {
  name: 'alog',
  scope: 'global',
  summary: 'The boot and console logs (alog -o -t console)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Creates and maintains fixed-size log files created from standard input.', synopsis: ['alog -L', 'alog -o -t Type'], examples: ['alog -o -t console', 'alog -o -t boot | tail'] },
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 1 && args[0] === '-L') return { out: lines(TYPES), status: 0 };
    const t = args.indexOf('-t');
    const type = t >= 0 ? args[t + 1] : undefined;
    if (!args.includes('-o') || type === undefined || args.length !== 3)
      return args.some((a) => ['-f', '-s', '-w', '-q'].includes(a))
        ? failWith([notYet(`alog ${args.join(' ')}`)])
        : failWith(
            [
              'Usage: alog -f File [-o] | [ [-q] [-s Size] ]',
              '       alog -t LogType [-f File] [-o] | [ [-q] [-s Size] [-w Verbosity] ]',
              '       alog -C -t LogType [-f File] [-s Size] [-w Verbosity]',
              '       alog -L [-t LogType]',
              '       alog -H',
            ],
            1,
          );
    if (!TYPES.includes(type)) return failWith([`alog: 0315-121 ${type} is not a valid log type.`], 1);
    const zone = ctx.world.lpar.timezone;
    if (type === 'boot')
      return {
        out: lines([
          '',
          '-------------------------------------------------------------------------',
          `attempting to configure device 'sys0'`,
          `Time: 0\tLEDVAL: 811\tTime: 0\tPHASE 1`,
          '-------------------------------------------------------------------------',
          `rc.boot: executing "srcmstr" at ${dateString(BOOT_TIME - 40_000, zone)}`,
          `rc.boot: executing "rc.tcpip" at ${dateString(BOOT_TIME - 30_000, zone)}`,
          'System initialization completed.',
        ]),
        status: 0,
      };
    if (type === 'console') {
      const events = errlogOf(ctx.world).filter((e) => e.label === 'WPAR_START' || e.label === 'WPAR_STOP');
      return {
        out: lines([
          `0 ${dateString(BOOT_TIME, zone)} System initialization completed.`,
          ...events.map((e) => `0 ${dateString(e.time, zone)} ${harmless(e.resource)}: ${e.label === 'WPAR_START' ? 'workload partition started' : 'workload partition stopped'}`),
        ]),
        status: 0,
      };
    }
    return { out: [], status: 0 };
  },
};
