// Writing a file (synchronously: local and quick; it keeps node:fs/promises out of start-up) by way of a temporary one beside it that nobody else can
// have planted: its name is unpredictable and it is created exclusively
// (O_EXCL, so a symlink planted under that name is never followed), flushed
// when asked, then renamed over the file. Used by the store, recordings,
// exports, verify --update and the history file.

import { closeSync, fdatasyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomHex } from './token.js';

/** A fresh, unpredictable name beside `path`: .<name>.<random>.tmp */
export const tempName = (path: string): string => join(dirname(path), `.${basename(path)}.${randomHex(6)}.tmp`);

/** Writes `text` to `path` atomically: a kill leaves the old file or the new one. With `flush`, it is on the disk before the rename. */
export async function writeAtomic(path: string, text: string, flush = false): Promise<void> {
  const temp = tempName(path);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    try {
      writeFileSync(fd, text);
      if (flush) fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      /* the error that matters is e */
    }
    throw e;
  }
}
