// asciicast v2 (https://docs.asciinema.org/manual/asciicast/v2/): a JSON header
// line, then one JSON array per event: [seconds, code, data] with code "o"
// (output), "i" (input) or "m" (marker). Writing and reading, with the checks
// a player relies on: header fields, monotonic times, known event types.

export interface CastHeader {
  version: 2;
  width: number;
  height: number;
  timestamp: number;
  title?: string;
  idle_time_limit?: number;
  env: { SHELL: string; TERM: string };
}

export type CastEvent = [number, 'o' | 'i' | 'm', string];

export interface Cast {
  header: CastHeader;
  events: CastEvent[];
}

const round = (t: number) => Math.round(t * 1e6) / 1e6;

export function castText(cast: Cast): string {
  return [JSON.stringify(cast.header), ...cast.events.map(([t, code, data]) => JSON.stringify([round(t), code, data]))].join('\n') + '\n';
}

export type CastRead = { ok: true; cast: Cast } | { ok: false; line: number; message: string };

/** The largest terminal a recording may have: players assume a few hundred columns, and a screen is kept whole in memory. */
export const MAX_COLUMNS = 500;
export const MAX_ROWS = 200;

export function readCast(text: string): CastRead {
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  const fail = (line: number, message: string): CastRead => ({ ok: false, line, message });
  let header: CastHeader;
  try {
    header = JSON.parse(rows[0] ?? '') as CastHeader;
  } catch {
    return fail(1, 'the header is not JSON');
  }
  if (typeof header !== 'object' || header === null || header.version !== 2) return fail(1, 'not an asciicast v2 header (version 2)');
  if (!Number.isInteger(header.width) || !Number.isInteger(header.height) || header.width <= 0 || header.height <= 0) {
    return fail(1, 'the header needs a positive width and height');
  }
  if (header.width > MAX_COLUMNS || header.height > MAX_ROWS) {
    return fail(1, `the terminal is ${header.width}x${header.height}; a recording may be at most ${MAX_COLUMNS}x${MAX_ROWS}`);
  }
  const events: CastEvent[] = [];
  let last = 0;
  for (let i = 1; i < rows.length; i++) {
    let e: unknown;
    try {
      e = JSON.parse(rows[i]!);
    } catch {
      return fail(i + 1, 'an event is not JSON');
    }
    if (!Array.isArray(e) || e.length !== 3 || typeof e[0] !== 'number' || !['o', 'i', 'm'].includes(e[1]) || typeof e[2] !== 'string') {
      return fail(i + 1, 'an event must be [time, "o"|"i"|"m", text]');
    }
    if (e[0] < last) return fail(i + 1, 'event times go backwards');
    last = e[0];
    events.push(e as CastEvent);
  }
  return { ok: true, cast: { header, events } };
}

/** Everything the cast printed, as one string (what `asciinema cat` writes). */
export function castOutput(cast: Cast): string {
  return cast.events
    .filter((e) => e[1] === 'o')
    .map((e) => e[2])
    .join('');
}
