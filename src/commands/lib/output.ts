// Output helpers every command uses: whole lines, each ending in a newline,
// a failure's result, a text's size in bytes. The contract itself is engine/contract.ts.

import type { Chunk, CommandResult } from '../../engine/contract.js';

/** Output helpers: whole lines, each ending in a newline. */
export const line = (text: string, delayMs?: number): Chunk => (delayMs ? { text: text + '\n', stream: 'out', delayMs } : { text: text + '\n', stream: 'out' });
export const errLine = (text: string): Chunk => ({ text: text + '\n', stream: 'err' });
/** Lines that appear at once (no simulated delay): one chunk. */
export const lines = (texts: readonly string[]): Chunk[] => (texts.length === 0 ? [] : [{ text: texts.join('\n') + '\n', stream: 'out' }]);

export const failWith = (texts: readonly string[], status = 1): CommandResult => ({ out: texts.map(errLine), status });

const encoder = new TextEncoder();

/** A text's size in bytes as AIX stores it (UTF-8): ls -l, wc -c, df. */
export const utf8Length = (text: string): number => encoder.encode(text).length;

/** Text from a file someone else wrote (a store edited by hand), with its control characters (but tab) shown as "?" so none reaches the terminal. */
export const harmless = (text: string): string => text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '?');
