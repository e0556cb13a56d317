// ":": does nothing, successfully (the ksh built-in; its arguments are expanded and ignored).

import { builtin } from './lib/builtin.js';

export const colon = builtin(':', 'Do nothing, successfully', { purpose: 'Expands its arguments and returns 0.', synopsis: [': [argument ...]'], examples: ['while :; do break; done'] }, () => ({
  out: [],
  status: 0,
}));
