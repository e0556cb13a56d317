// The interactive shell (ink 6, react 19). Finished output goes into <Static>
// so that a long session stays fast: only the prompt line (or the progress
// line of a running operation) re-renders. Keys come through the keymap
// (ui/keymap.ts) into the line editor (ui/editor.ts); lines run through the
// engine like every other front end; the world is saved after each line that
// changed it. Long operations stream their output, compressed in time
// (--speed), and Ctrl-C undoes them cleanly.

import { Box, type Instance, render, Static, Text, useApp, useStdin } from 'ink';
import { type ReactNode, useEffect, useReducer, useRef, useState } from 'react';
import type { Chunk, Screen } from '../engine/contract.js';
import type { Host, Pending } from '../host/host.js';
import { isIncomplete } from '../shell/continuation.js';
import type { HistoryFile } from '../store/history.js';
import { scopeName } from '../world/scope.js';
import { columns, commonPrefix, complete, completionCommands } from './completion.js';
import { type EditorState, editor, initialEditor } from './editor.js';
import { EDIT_KEYS, type KeyEvent, keys } from './keymap.js';
import { liveLine, type Running } from './live-line.js';
import { fixReflowOnShrink } from './reflow.js';
import { Screens } from './screens.js';
import { INSERTING, type ViMode, viModeKey } from './vi-mode.js';

export type Speed = 'instant' | 'fast' | 'real';

/** With --speed fast, a long operation streams over about this long. */
export const FAST_TOTAL_MS = 2000;

export interface AppProps {
  /** Runs the lines (src/host), saves them, and says what happened through tell. */
  host: Host;
  history: HistoryFile | null;
  speed: Speed;
  color: boolean;
  onExit: (status: number) => void;
  /** Lines already on the screen (tests and benchmarks of a long scrollback). */
  initialLines?: readonly string[];
  /** Clears the terminal (Ctrl-L, `clear`). */
  clearScreen: () => void;
  /** How long --speed fast streams a long operation (default FAST_TOTAL_MS; tests take less). */
  fastTotalMs?: number;
  /** Sees every key as typed (live recording). */
  onRawInput?: (data: string) => void;
}

interface Line {
  id: number;
  /** A prompt line: the scope is coloured (green global, yellow inside a WPAR). */
  scope?: string;
  inWpar?: boolean;
  text: string;
}

export function App(props: AppProps): ReactNode {
  const { host, color } = props;
  const { session } = host;
  const { exit } = useApp();
  const { setRawMode, internal_eventEmitter: input } = useStdin();
  const nextId = useRef(0);
  const [lines, setLines] = useState<Line[]>(() => (props.initialLines ?? []).map((text) => ({ id: nextId.current++, text })));
  const ed = useRef<EditorState>(initialEditor(session.history));
  const viMode = useRef<ViMode>(INSERTING);
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  // Clearing waits until the output before it has been written (effects run after Ink draws).
  const [clearRequests, setClearRequests] = useState(0);
  // Ink skips a frame identical to the last one it drew; after a clear the
  // prompt must be drawn again, so the prompt's last space alternates between
  // plain and dim (which look the same) to make the frame differ.
  const [redraws, setRedraws] = useState(0);
  useEffect(() => {
    if (clearRequests === 0) return;
    props.clearScreen();
    setRedraws((n) => n + 1);
  }, [clearRequests]);
  const [running, setRunning] = useState<Running | null>(null);
  const busy = useRef(false);
  const timers = useRef<NodeJS.Timeout[]>([]);
  // Ctrl-C while the host was still taking the store's lock: the line is undone as soon as it ran.
  const cancelled = useRef(false);
  const queued = useRef<KeyEvent[]>([]);
  const lastKey = useRef<string>('');

  // Leaving waits for the last lines to be drawn (effects run after Ink draws), then unmounts.
  const [leaving, setLeaving] = useState<number | null>(null);
  const quit = (status: number) => {
    busy.current = true;
    setLeaving(status);
  };
  useEffect(() => {
    if (leaving === null) return;
    props.onExit(leaving);
    exit();
  }, [leaving]);

  const print = (entries: Omit<Line, 'id'>[]) => {
    if (entries.length > 0) setLines((old) => [...old, ...entries.map((e) => ({ ...e, id: nextId.current++ }))]);
  };
  // vi and the pagers, after the line that asked for them: started once Ink has drawn its output (and, for vi, taken the prompt away).
  const screens = useRef<Screens | null>(null);
  screens.current ??= new Screens(host, {
    rows: () => process.stdout.rows || 24,
    columns: () => process.stdout.columns || 80,
    print: (texts) => print(texts.map((text) => ({ text }))),
    write: (data) => process.stdout.write(data),
  });
  const [screenRequest, setScreenRequest] = useState<readonly Screen[] | null>(null);
  useEffect(() => {
    if (screenRequest === null) return;
    // Ink draws at most every 8 ms: the frame without the prompt is out before vi takes the screen.
    const t = setTimeout(() => {
      screens.current!.start(screenRequest);
      setScreenRequest(null);
      busy.current = false;
      for (const k of queued.current.splice(0)) handle(k);
      rerender();
    }, 20);
    return () => clearTimeout(t);
  }, [screenRequest]);
  // The lines typed so far of a command left open (if ... fi, a here-document): the prompt is then ksh's PS2, "> ".
  const continued = useRef<string | null>(null);
  const promptParts = (): { scope?: string; rest: string } => {
    if (continued.current !== null) return { rest: '> ' };
    const prompt = session.prompt();
    const scope = scopeName(session.frame.scope);
    return session.frame.vars['PS1'] === undefined && prompt.startsWith(scope) ? { scope, rest: prompt.slice(scope.length) } : { rest: prompt };
  };
  const echo = (text: string) => {
    const p = promptParts();
    print([{ ...(p.scope !== undefined ? { scope: p.scope, inWpar: session.frames.length > 1 } : {}), text: p.rest + text }]);
  };
  const outputLines = (chunks: readonly Chunk[]): Omit<Line, 'id'>[] => {
    const text = chunks.map((c) => c.text).join('');
    if (text === '') return [];
    return text
      .replace(/\n$/, '')
      .split('\n')
      .map((t) => ({ text: t }));
  };

  const finish = (pending: Pending, interrupted: boolean) => {
    const { step } = pending;
    busy.current = false;
    setRunning(null);
    for (const t of timers.current) clearTimeout(t);
    timers.current = [];
    pendingStep.current = null;
    if (!interrupted) void host.commit(pending);
    if (!interrupted && step.exited !== undefined) {
      quit(step.exited);
      return;
    }
    if (!interrupted && step.screens) {
      busy.current = true;
      setScreenRequest(step.screens);
      return;
    }
    for (const k of queued.current.splice(0)) handle(k);
  };

  const play = (pending: Pending) => {
    const { step } = pending;
    const total = step.chunks.reduce((sum, c) => sum + (c.delayMs ?? 0), 0);
    // sleep's waits are taken as they are; the simulated durations of operations are compressed (--speed fast).
    const simulatedTotal = step.chunks.reduce((sum, c) => sum + (c.realTime ? 0 : (c.delayMs ?? 0)), 0);
    if (props.speed === 'instant' || total === 0) {
      print(outputLines(step.chunks));
      finish(pending, false);
      return;
    }
    const scale = props.speed === 'real' || simulatedTotal === 0 ? 1 : Math.min(1, (props.fastTotalMs ?? FAST_TOTAL_MS) / simulatedTotal);
    busy.current = true;
    setRunning({ label: step.line, frame: 0, elapsed: 0, total });
    let at = 0;
    let simulated = 0;
    step.chunks.forEach((chunk, i) => {
      at += (chunk.delayMs ?? 0) * (chunk.realTime ? 1 : scale);
      simulated += chunk.delayMs ?? 0;
      const shownAt = simulated;
      timers.current.push(
        setTimeout(() => {
          print(outputLines([chunk]));
          setRunning((r) => (r ? { ...r, elapsed: shownAt } : r));
          if (i === step.chunks.length - 1) finish(pending, false);
        }, at),
      );
    });
    const spin = setInterval(() => setRunning((r) => (r ? { ...r, frame: r.frame + 1 } : r)), 80);
    timers.current.push(spin as unknown as NodeJS.Timeout);
    pendingStep.current = pending;
  };
  const pendingStep = useRef<Pending | null>(null);

  const submit = (typed: string, shown = true) => {
    // The answer to a question (a password) is not shown, not a command and not kept in the history.
    const question = session.question;
    if (shown) echo(question?.hidden ? '' : typed);
    const line = continued.current === null ? typed : `${continued.current}\n${typed}`;
    if (!question && isIncomplete(line)) {
      continued.current = line;
      ed.current = initialEditor(session.history);
      return;
    }
    continued.current = null;
    if (shown && !question && line.trim() !== '') void props.history?.add(line, () => session.history);
    // Keys typed while the host takes the store's lock and reloads wait in the queue.
    busy.current = true;
    cancelled.current = false;
    void host.begin(line).then((pending) => {
      if (pending.step.interrupted) {
        // Ctrl-C while it computed: what it wrote before stays, then ^C; the host has undone it.
        print([...outputLines(pending.step.chunks), { text: '^C' }]);
        queued.current = [];
        finish(pending, true);
        ed.current = initialEditor(session.history);
        rerender();
        return;
      }
      if (cancelled.current) {
        host.abandon(pending);
        finish(pending, true);
        return;
      }
      ed.current = initialEditor(session.history);
      if (pending.step.clear) setClearRequests((n) => n + 1);
      play(pending);
      rerender();
    });
  };

  const interrupt = () => {
    for (const t of timers.current) {
      clearTimeout(t);
      clearInterval(t);
    }
    timers.current = [];
    queued.current = [];
    print([{ text: '^C' }]);
    const pending = pendingStep.current;
    if (pending) {
      host.abandon(pending);
      finish(pending, true);
    } else {
      cancelled.current = true;
    }
  };

  const completeWord = (again: boolean) => {
    const s = ed.current;
    const c = complete(s.text, s.cursor, session.world, session.frame.scope, completionCommands(session.commands.values()), session.frame.cwd);
    if (c.candidates.length === 0) return;
    const word = s.text.slice(c.start, c.end);
    if (c.candidates.length === 1) {
      ed.current = editor(s, { type: 'replace', start: c.start, end: c.end, text: c.candidates[0]! + c.suffix });
      return;
    }
    const prefix = commonPrefix(c.candidates);
    if (prefix.length > word.length) {
      ed.current = editor(s, { type: 'replace', start: c.start, end: c.end, text: prefix });
    } else if (again) {
      echo(s.text);
      print(columns(c.candidates, process.stdout.columns || 80).map((text) => ({ text })));
    }
  };

  const handle = (k: KeyEvent) => {
    if (busy.current) {
      if (k.kind === 'key' && k.name === 'ctrl-c') interrupt();
      else queued.current.push(k);
      return;
    }
    if (screens.current!.active) {
      screens.current!.key(k);
      rerender();
      return;
    }
    const name = k.kind === 'key' ? k.name : 'text';
    const wasTab = lastKey.current === 'tab';
    lastKey.current = name;
    // set -o vi: Esc enters command mode; Enter on a history search takes the match without running it.
    if (session.options.has('vi')) {
      if (ed.current.search && name === 'enter') {
        ed.current = editor(ed.current, { type: 'search-accept' });
        rerender();
        return;
      }
      const r = ed.current.search ? null : viModeKey(viMode.current, ed.current, k);
      if (r) {
        viMode.current = r.mode;
        ed.current = r.state;
        rerender();
        return;
      }
    }
    if (name === 'enter' || name === 'ctrl-c') viMode.current = INSERTING;
    if (k.kind === 'text') {
      ed.current = editor(ed.current, { type: 'insert', text: k.text });
    } else if (k.name === 'enter') {
      if (ed.current.search) ed.current = editor(ed.current, { type: 'search-accept' });
      submit(ed.current.text);
    } else if (k.name === 'tab') {
      if (!ed.current.search && !session.question) completeWord(wasTab);
    } else if (k.name === 'ctrl-c') {
      if (ed.current.search) ed.current = editor(ed.current, { type: 'search-cancel' });
      else if (session.question) {
        // Ctrl-C at a question (login:, a password) gives it up: the prompt comes back.
        echo(session.question.hidden ? '^C' : ed.current.text + '^C');
        session.question = undefined;
        session.lastStatus = 1;
        ed.current = initialEditor(session.history);
      } else {
        echo(ed.current.text + '^C');
        // Ctrl-C on a "> " line drops the whole command, as in ksh.
        continued.current = null;
        ed.current = initialEditor(session.history);
      }
    } else if (k.name === 'ctrl-d') {
      if (ed.current.text !== '') ed.current = editor(ed.current, { type: 'delete' });
      else if (session.question) {
        echo('');
        session.question = undefined;
        session.lastStatus = 1;
      } else if (session.frames.length > 1) submit('exit');
      else {
        // Ctrl-D at the login shell's prompt ends it as exit does: its EXIT trap runs.
        echo('');
        submit('exit', false);
      }
    } else if (k.name === 'ctrl-l') {
      setClearRequests((n) => n + 1);
    } else {
      const action = EDIT_KEYS[k.name];
      if (action) ed.current = editor(ed.current, action);
    }
    rerender();
  };

  useEffect(() => {
    // What the host has to say (another wparsim changed the store, a save failed) is a line on the screen.
    host.tell = (text) => print([{ text }]);
    setRawMode(true);
    const onData = (data: string) => {
      props.onRawInput?.(data);
      for (const k of keys(data)) handle(k);
    };
    input.on('input', onData);
    const onResize = () => screens.current!.draw();
    process.stdout.on('resize', onResize);
    // Ended while vi has the screen (SIGTERM, SIGHUP): the normal screen comes back.
    const restore = () => screens.current!.restore();
    process.on('exit', restore);
    return () => {
      process.off('exit', restore);
      process.stdout.off('resize', onResize);
      input.off('input', onData);
      setRawMode(false);
    };
  }, []);

  const s = ed.current;
  const p = promptParts();
  const statusText = host.tutor.statusLine(session);
  const pagerPrompt = screens.current.prompt();
  const fullScreen = screens.current.fullScreen || (screenRequest?.some((x) => x.kind === 'vi') ?? false);
  const live =
    leaving !== null || fullScreen ? null : pagerPrompt !== null ? (
      <Text inverse={color}>{pagerPrompt}</Text>
    ) : (
      liveLine({ running, editor: session.question?.hidden ? { ...s, text: '', cursor: 0 } : s, prompt: p, inWpar: session.frames.length > 1, color, redraws })
    );
  return (
    <Box flexDirection="column">
      <Static items={lines}>
        {(line) => (
          // minHeight: an empty line of output (echo; a blank line between sections) still takes its row.
          <Box key={line.id} minHeight={1}>
            <Text>
              {line.scope !== undefined ? (
                color ? (
                  <Text bold color={line.inWpar ? 'yellow' : 'green'}>
                    {line.scope}
                  </Text>
                ) : (
                  line.scope
                )
              ) : null}
              {line.text}
            </Text>
          </Box>
        )}
      </Static>
      {statusText !== null && leaving === null && !running && !fullScreen && pagerPrompt === null ? <Text dimColor={color}>{statusText}</Text> : null}
      {live}
    </Box>
  );
}

/** Mounts the app on the terminal: keys from `stdin` (the key reader), the screen on process.stdout. */
export function mount(stdin: NodeJS.ReadStream, props: AppProps): Instance {
  const instance = render(<App {...props} />, { stdin, exitOnCtrlC: false, patchConsole: false, maxFps: 120 });
  const unfix = fixReflowOnShrink(process.stdout);
  void instance.waitUntilExit().finally(unfix);
  return instance;
}
