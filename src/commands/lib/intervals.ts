// What vmstat, iostat, lparstat, sar and mpstat share: "Interval [Count]"
// operands, and reports that come Interval seconds apart (real seconds at
// the prompt, as sleep waits; instant in -c and replays). Without a Count
// AIX goes on until Ctrl-C; wparsim stops after 100 reports.

import type { Chunk } from '../../engine/contract.js';

/** How many reports and how far apart, or null when the operands are not numbers (or Interval is 0). */
export function intervals(operands: readonly string[]): { reports: number; seconds: number } | null {
  const [interval, count, extra] = operands;
  if (extra !== undefined || [interval, count].some((x) => x !== undefined && !/^\d{1,6}$/.test(x)) || interval === '0' || count === '0') return null;
  if (interval === undefined) return { reports: 1, seconds: 0 };
  return { reports: count === undefined ? 100 : Number(count), seconds: Number(interval) };
}

/** The reports as chunks, each after the interval (the first at once). */
export function spaced(reports: readonly string[][], seconds: number, tick: () => void): Chunk[] {
  return reports.map((rows, n) => {
    if (n > 0) tick();
    return { text: rows.map((r) => `${r}\n`).join(''), stream: 'out' as const, ...(n > 0 ? { delayMs: seconds * 1000, realTime: true as const } : {}) };
  });
}
