// Input read line by line (piped stdin, a session file, the interactive
// prompt) is run command by command, as ksh reads it: a line that leaves an
// if, a loop, a quote or a here-document open is continued by the lines
// after it (at a terminal, on a "> " prompt: PS2).

import { parse } from './parser.js';

/** A command may not grow past this many characters by continuation (a stray quote in a long file). */
const MAX_COMMAND = 1 << 20;

/** Whether `text` needs more lines to be a whole command. */
export function isIncomplete(text: string): boolean {
  if (text.length > MAX_COMMAND) return false;
  const parsed = parse(text);
  return !parsed.ok && parsed.incomplete;
}

/** Lines grouped into whole commands (newlines kept inside a command); an unfinished last one is given as it is. */
export function commandsOf(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    current = current === null ? line : `${current}\n${line}`;
    if (!isIncomplete(current)) {
      out.push(current);
      current = null;
    }
  }
  if (current !== null) out.push(current);
  return out;
}
