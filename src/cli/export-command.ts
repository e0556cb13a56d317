// `wparsim export FILE.cast --txt` (the final text, to standard output) and
// `--svg OUT.svg` (a still of the final screen). Loaded only for export.

import { readFile, stat } from 'node:fs/promises';
import { readCast } from '../record/cast.js';
import { finalSvg, finalText, play } from '../record/export.js';
import { writeAtomic } from '../store/temp-file.js';
import { STDERR, STDOUT, writeFd } from './write.js';

/** The largest recording export reads. */
const MAX_CAST_BYTES = 64 * 1024 * 1024;

export async function exportCommand(path: string, txt: boolean, svg: string | undefined): Promise<number> {
  if (!txt && svg === undefined) {
    writeFd(STDERR, 'wparsim: export needs --txt or --svg OUT.svg\n');
    return 2;
  }
  let text: string;
  try {
    // A recording wparsim makes is a few MB at most; a larger file (or one that is not a regular file) is refused, not read.
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_CAST_BYTES) {
      writeFd(STDERR, `wparsim: ${path}: too large (${info.size} bytes; a recording may have at most ${MAX_CAST_BYTES})\n`);
      return 2;
    }
    if (!info.isFile() && !info.isDirectory()) {
      writeFd(STDERR, `wparsim: ${path}: is not a regular file\n`);
      return 2;
    }
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    writeFd(STDERR, `wparsim: ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}\n`);
    return 2;
  }
  const read = readCast(text);
  if (!read.ok) {
    writeFd(STDERR, `wparsim: ${path}:${read.line}: ${read.message}\n`);
    return 2;
  }
  const term = await play(read.cast);
  if (txt) writeFd(STDOUT, finalText(term));
  if (svg !== undefined) await writeAtomic(svg, finalSvg(term));
  return 0;
}
