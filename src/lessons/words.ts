// The words the lesson tutor answers at the prompt, apart from the tutor
// itself, so that a front end can tell whether it needs the tutor (and load
// it) without loading it: most lines of most sessions are plain AIX commands.

export const TUTOR_WORDS = ['lessons', 'lesson', 'check', 'hint', 'solution', 'explain'] as const;

/** Whether a line is one of the tutor's own (its first word is a tutor word). */
export function isTutorLine(line: string): boolean {
  const first = line.trim().split(/\s+/)[0] ?? '';
  return (TUTOR_WORDS as readonly string[]).includes(first);
}
