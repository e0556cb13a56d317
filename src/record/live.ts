// Records an interactive session as the instructor types it: every byte the
// terminal shows ("o") and every key pressed ("i"), timed from the start.

import type { Cast, CastEvent } from './cast.js';
import { toTerminal } from './record-replay.js';

export class LiveRecorder {
  private readonly events: CastEvent[] = [];
  constructor(
    private readonly start: number,
    private readonly now: () => number,
  ) {}

  private at(): number {
    return Math.max(0, (this.now() - this.start) / 1000);
  }

  output(data: string): void {
    // What the terminal receives: the tty turns "\n" into "\r\n" (onlcr).
    if (data !== '') this.events.push([this.at(), 'o', toTerminal(data)]);
  }

  input(data: string): void {
    if (data !== '') this.events.push([this.at(), 'i', data]);
  }

  cast(width: number, height: number, term: string): Cast {
    return {
      header: { version: 2, width, height, timestamp: Math.floor(this.start / 1000), env: { SHELL: '/usr/bin/ksh', TERM: term } },
      events: this.events,
    };
  }
}
