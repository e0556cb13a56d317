// Command history kept per store across runs: a plain text file beside the
// store (<store>.history), one command per line, the last MAX_HISTORY kept.
// Lines are appended in order as they are typed; the file is rewritten whole
// (atomically) only when it has grown well past the limit.

import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeAtomic } from './temp-file.js';

export const MAX_HISTORY = 1000;

export class HistoryFile {
  private queue: Promise<void> = Promise.resolve();
  private count = 0;

  constructor(readonly path: string) {}

  static forStore(storePath: string): HistoryFile {
    return new HistoryFile(`${storePath}.history`);
  }

  async load(): Promise<string[]> {
    try {
      const lines = (await readFile(this.path, 'utf8')).split('\n').filter((l) => l !== '');
      this.count = lines.length;
      return lines.slice(-MAX_HISTORY);
    } catch {
      return [];
    }
  }

  /** Appends a line (in order, in the background); errors are ignored: history is a comfort. */
  add(line: string, all: () => readonly string[]): Promise<void> {
    if (line.trim() === '' || line.includes('\n')) return this.queue;
    this.queue = this.queue.then(async () => {
      try {
        await mkdir(dirname(this.path), { recursive: true });
        if (++this.count > MAX_HISTORY * 2) {
          const kept = all().slice(-MAX_HISTORY);
          await writeAtomic(this.path, kept.join('\n') + '\n');
          this.count = kept.length;
        } else {
          await appendFile(this.path, line + '\n');
        }
      } catch {
        // a read-only directory: keep going without saving history
      }
    });
    return this.queue;
  }

  flush(): Promise<void> {
    return this.queue;
  }
}
