// The line below the output: the prompt with what is being typed and the
// cursor, the reverse-i-search line (Ctrl-R), or the progress line of a long
// operation (a spinner, and the time it takes on a real system).

import { Text } from 'ink';
import type { ReactNode } from 'react';
import type { EditorState } from './editor.js';
import { progressText, type Running, searchText, spinnerFrame } from './shell-text.js';

export interface LiveLineProps {
  running: Running | null;
  editor: EditorState;
  /** The prompt: its scope (coloured) when it starts with one, and the rest. */
  prompt: { scope?: string; rest: string };
  inWpar: boolean;
  color: boolean;
  /** Alternates the look of the prompt's last space, so that Ink draws an identical frame again after a clear. */
  redraws: number;
}

export function liveLine({ running, editor: s, prompt: p, inWpar, color, redraws }: LiveLineProps): ReactNode {
  if (running) {
    const spinner = spinnerFrame(running);
    return (
      <Text>
        {color ? <Text color="cyan">{spinner}</Text> : spinner}
        {progressText(running)}
      </Text>
    );
  }
  if (s.search) return <Text>{searchText(s)}</Text>;
  const scopeText =
    p.scope === undefined ? null : color ? (
      <Text bold color={inWpar ? 'yellow' : 'green'}>
        {p.scope}
      </Text>
    ) : (
      <Text>{p.scope}</Text>
    );
  const cursorChar = s.text[s.cursor] ?? ' ';
  return (
    <Text>
      {scopeText}
      {p.rest.slice(0, -1)}
      <Text dimColor={redraws % 2 === 1}>{p.rest.slice(-1)}</Text>
      {s.text.slice(0, s.cursor)}
      <Text inverse>{cursorChar}</Text>
      {s.text.slice(s.cursor + 1)}
    </Text>
  );
}
