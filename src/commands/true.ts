// true: does nothing, successfully.

import type { Command } from './lib/types.js';

export const trueCmd: Command = { name: 'true', scope: 'any', summary: 'Return a zero exit status', run: () => ({ out: [], status: 0 }) };
