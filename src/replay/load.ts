// Reading session files from the host: the files and directories the user
// named, nothing else. Every problem is one line naming the file (and the
// line where there is one): missing, a directory without sessions, not a
// regular file, too big, binary, not UTF-8, malformed. CRLF line ends are read
// as LF.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSession, type SessionFile } from '../format/session-file.js';

/** Session files larger than this are refused (a lesson is a few KB). */
export const MAX_SESSION_BYTES = 10 * 1024 * 1024;

export type Loaded = { ok: true; path: string; text: string; file: SessionFile } | { ok: false; path: string; message: string };

const problem = (path: string, message: string, line?: number): Loaded => ({ ok: false, path, message: `${path}${line ? `:${line}` : ''}: ${message}` });

export async function loadSession(path: string): Promise<Loaded> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return problem(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code})`);
  }
  if (info.isDirectory()) return problem(path, 'is a directory');
  // A FIFO, a device (/dev/zero) or a socket would be read forever.
  if (!info.isFile()) return problem(path, 'is not a regular file');
  if (info.size > MAX_SESSION_BYTES) return problem(path, `too large (${info.size} bytes; a session file may have at most ${MAX_SESSION_BYTES})`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return problem(path, `cannot read (${(e as NodeJS.ErrnoException).code})`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return problem(path, 'binary file (NUL byte), not a session file', bytes.subarray(0, nul).toString('latin1').split('\n').length);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(path, 'not UTF-8 text, not a session file');
  }
  // A file written on Windows (CRLF) reads as the same session.
  text = text.replace(/\r\n/g, '\n');
  const parsed = parseSession(text);
  if (!parsed.ok) return problem(path, parsed.message, parsed.line);
  return { ok: true, path, text, file: parsed.file };
}

/** The session files a list of paths names: files as given, directories searched for *.session. */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(p);
      continue;
    }
    const found = (await readdir(p, { recursive: true }))
      .filter((f) => f.endsWith('.session'))
      .sort()
      .map((f) => join(p, f));
    if (found.length === 0) errors.push(`${p}: no .session files in this directory`);
    files.push(...found);
  }
  return { files, errors };
}

/** Writes a file by way of a temporary file beside it and a rename: never half-written. */
