// Reading the lesson files (sessions/lessons/*.lesson, or --lessons DIR) from
// the host: every *.lesson file of the directory, in name order. A file that
// cannot be read or parsed is a problem naming the file and line; the others
// still make the catalogue.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { Catalogue, type Problem } from '../lessons/catalogue.js';
import { type Lesson, parseLesson } from '../lessons/lesson-file.js';

export interface LoadedLessons {
  catalogue: Catalogue;
  problems: Problem[];
}

export function loadLessons(dir: string): LoadedLessons {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.lesson'))
      .sort();
  } catch (e) {
    return { catalogue: new Catalogue([]), problems: [{ path: dir, message: `cannot read the lessons directory (${(e as NodeJS.ErrnoException).code ?? String(e)})` }] };
  }
  const lessons: Lesson[] = [];
  for (const file of names) {
    // Named as the user would type it from here, when it is below the current directory.
    const full = join(dir, file);
    const near = relative(process.cwd(), full);
    const path = near.startsWith('..') || isAbsolute(near) ? full : near;
    let text: string;
    try {
      // A FIFO or device named *.lesson would be read forever.
      if (!statSync(path).isFile()) {
        problems.push({ path, message: 'is not a regular file' });
        continue;
      }
      text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
    } catch (e) {
      problems.push({ path, message: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
      continue;
    }
    const parsed = parseLesson(basename(file, '.lesson'), path, text);
    if (parsed.ok) lessons.push(parsed.lesson);
    else problems.push({ path, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message });
  }
  return { catalogue: new Catalogue(lessons), problems };
}
