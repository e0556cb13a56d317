// A lowdb adapter that writes a JSON file so that neither a kill nor a power
// cut can leave it half written: the text goes to a temporary file beside it
// (.<name>.<random>.tmp, made exclusively: temp-file.ts), which is flushed to the disk (fdatasync) before it is renamed
// over the file, and the directory is flushed after the rename so that the
// rename itself survives. lowdb's own TextFile (steno) renames without
// flushing, which is atomic against a killed process but not a power cut.

import { closeSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Adapter, SyncAdapter } from 'lowdb';
import { writeAtomic } from './temp-file.js';

/** A file whose text is not JSON (or is empty): the store says which. */
export class UnreadableText extends Error {
  constructor(readonly empty: boolean) {
    super(empty ? 'empty' : 'not JSON');
  }
}

/** The JSON a file holds; null when there is no file. */
function readJSON<T>(path: string): T | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  if (text.length === 0) throw new UnreadableText(true);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UnreadableText(false);
  }
}

/** A store file read (never written) at once, for lowdb's LowSync: a kept copy read while a line runs. */
export class ReadOnlyJSONFile<T> implements SyncAdapter<T> {
  constructor(readonly path: string) {}

  read(): T | null {
    return readJSON<T>(this.path);
  }

  write(): void {
    throw new Error(`${this.path} is only read`);
  }
}

export class DurableJSONFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    return readJSON<T>(this.path);
  }

  async write(data: T): Promise<void> {
    await writeAtomic(this.path, JSON.stringify(data), true);
    // A directory cannot be flushed on every system (nor opened on Windows): the rename is then as safe as it gets.
    let dir: number;
    try {
      dir = openSync(dirname(this.path), 'r');
    } catch {
      return;
    }
    try {
      fsyncSync(dir);
    } catch {
      /* as safe as it gets */
    } finally {
      closeSync(dir);
    }
  }
}
