// `wparsim run FILE [--record CAST]` and `wparsim verify PATH... [--update]`.
// Loaded only for these subcommands. Exit statuses: run 0, or 2 for a file
// that cannot be used; verify 0 all match, 1 any mismatch, 2 any unreadable
// or invalid file.

import { fixtureWorld } from '../engine/fixtures.js';
import { REPLAY_EPOCH } from '../engine/session.js';
import { visible } from '../format/visible.js';
import { castText, MAX_COLUMNS, MAX_ROWS } from '../record/cast.js';
import { RECORD_DEFAULTS, type RecordOptions, recordReplay } from '../record/record-replay.js';
import { expandPaths, loadSession } from '../replay/load.js';
import { replay } from '../replay/runner.js';
import { verifySession } from '../replay/verify.js';
import { writeAtomic } from '../store/temp-file.js';
import { STDERR, STDOUT, writeFd } from './write.js';

export interface RecordFlags {
  record?: string;
  typingSpeed?: string;
  idleLimit?: string;
  width?: string;
  height?: string;
}

// What run and verify print comes from session files someone may have shared: control characters are made visible.
const say = (fd: number, text: string) => writeFd(fd, visible(text.endsWith('\n') ? text : text + '\n'));

/** Parses the recording flags; a bad number is a usage error (null). */
export function recordOptions(f: RecordFlags, title: string | undefined): RecordOptions | string {
  const num = (v: string | undefined, name: string, fallback: number, integer: boolean, most = 1000): number | string => {
    if (v === undefined) return fallback;
    const n = Number(v);
    // Not 1e-308 characters a second either: a time must come out a number, not Infinity or null.
    if (!Number.isFinite(n) || n < 0.01 || n > most || (integer && !Number.isInteger(n))) return `${name} takes a ${integer ? 'whole ' : ''}number from ${integer ? 1 : 0.01} to ${most}, not '${v}'`;
    return n;
  };
  const typingSpeed = num(f.typingSpeed, '--typing-speed', RECORD_DEFAULTS.typingSpeed, false);
  const idleLimit = num(f.idleLimit, '--idle-limit', RECORD_DEFAULTS.idleLimit, false);
  const width = num(f.width, '--width', RECORD_DEFAULTS.width, true, MAX_COLUMNS);
  const height = num(f.height, '--height', RECORD_DEFAULTS.height, true, MAX_ROWS);
  for (const v of [typingSpeed, idleLimit, width, height]) if (typeof v === 'string') return v;
  return {
    typingSpeed: typingSpeed as number,
    idleLimit: idleLimit as number,
    width: width as number,
    height: height as number,
    timestamp: Math.floor(REPLAY_EPOCH / 1000),
    seed: RECORD_DEFAULTS.seed,
    ...(title ? { title } : {}),
  };
}

export async function runCommand(path: string, flags: RecordFlags): Promise<number> {
  const loaded = await loadSession(path);
  if (!loaded.ok) {
    say(STDERR, `wparsim: ${loaded.message}`);
    return 2;
  }
  const world = fixtureWorld(loaded.file.world);
  if (!world.ok) {
    const line = loaded.file.items.find((i) => i.kind === 'directive' && i.key === 'world')?.line;
    say(STDERR, `wparsim: ${path}:${line}: ${world.message}`);
    return 2;
  }
  const options = recordOptions(flags, loaded.file.title);
  if (typeof options === 'string') {
    say(STDERR, `wparsim: ${options}`);
    return 2;
  }
  // The transcript goes out as it is made, in pieces of about 64 KB, so a long session is not held whole.
  let pending = '';
  const result = replay(loaded.file.items, world.world, {
    want: { rendered: false, timeline: flags.record !== undefined },
    onTranscript: (text) => {
      pending += visible(text);
      if (pending.length >= 65536) {
        writeFd(STDOUT, pending);
        pending = '';
      }
    },
  });
  writeFd(STDOUT, pending);
  if (flags.record !== undefined) {
    const cast = recordReplay(result.timeline, result.finalPrompt, options);
    try {
      await writeAtomic(flags.record, castText(cast));
    } catch (e) {
      say(STDERR, `wparsim: ${flags.record}: cannot write the recording (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return 2;
    }
  }
  return 0;
}

export async function verifyCommand(paths: readonly string[], update: boolean): Promise<number> {
  if (paths.length === 0) {
    say(STDERR, 'wparsim: verify needs session files or directories');
    return 2;
  }
  const { files, errors } = await expandPaths(paths);
  let invalid = errors.length;
  let failed = 0;
  let passed = 0;
  for (const e of errors) say(STDERR, `wparsim: ${e}`);
  for (const path of files) {
    const loaded = await loadSession(path);
    if (!loaded.ok) {
      say(STDERR, `wparsim: ${loaded.message}`);
      invalid++;
      continue;
    }
    const verdict = verifySession(path, loaded.text, loaded.file);
    if (verdict.kind === 'match') {
      passed++;
      continue;
    }
    if (verdict.kind === 'invalid') {
      say(STDERR, `wparsim: ${verdict.message}`);
      invalid++;
      continue;
    }
    if (update && !loaded.file.locked) {
      await writeAtomic(path, verdict.rendered);
      say(STDOUT, `wparsim: updated ${path}`);
      passed++;
      continue;
    }
    writeFd(STDOUT, visible(verdict.report));
    if (update) say(STDOUT, `wparsim: ${path} is locked; not updated`);
    failed++;
  }
  say(STDOUT, `verify: ${passed} passed, ${failed + invalid} failed`);
  return invalid > 0 ? 2 : failed > 0 ? 1 : 0;
}
