// Whether a WPAR runs: Active, or in Maintenance (startwpar -m: its file
// systems mounted and its processes started, but its network addresses not
// configured). Where addresses matter, only Active counts.

import type { Wpar } from './types.js';

export const isRunning = (w: Wpar): boolean => w.state === 'A' || w.state === 'N';
