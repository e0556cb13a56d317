// Writing to stdout and stderr for -c, piped input and the subcommands:
// straight to the file descriptors with writeSync. process.stdout and
// process.stderr would load Node's stream machinery (about 4 ms of every
// start, a third of wparsim's own start-up); the interactive shell still uses
// them (Ink needs streams).

import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';

export const STDOUT = 1;
export const STDERR = 2;

/** Writes all of text; a closed pipe (wparsim ... | head) ends the program quietly with 141, as SIGPIPE does in ksh. */
export function writeFd(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      // A closed pipe, or a closed socket (Node's child_process gives children sockets for 'pipe').
      if (code === 'EPIPE' || code === 'ECONNRESET') process.exit(141);
      throw e;
    }
  }
}

/** Whether a descriptor is a terminal (node:tty is loaded only when asked: it brings net and streams). */
export function isTerminal(fd: number): boolean {
  const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return isatty(fd);
}
