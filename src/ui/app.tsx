// The interactive shell's screen (ink 6, react 19). Finished output goes
// into <Static> so that a long session stays fast: only the prompt line (or
// the progress line of a running operation) re-renders. What the keys do is
// the shared controller's (ui/controller.ts), which the browser page uses
// too; this file draws it and runs vi and the pagers (ui/screens.ts).

import { Box, type Instance, render, Static, Text, useApp, useStdin } from 'ink';
import { type ReactNode, useEffect, useReducer, useRef, useState } from 'react';
import type { Screen } from '../engine/contract.js';
import type { Host } from '../host/host.js';
import type { HistoryFile } from '../store/history.js';
import { ShellController, type Speed } from './controller.js';
import { keys } from './keymap.js';
import { liveLine } from './live-line.js';
import { fixReflowOnShrink } from './reflow.js';

import { Screens } from './screens.js';
import type { OutputLine } from './shell-text.js';

export { FAST_TOTAL_MS, type Speed } from './controller.js';
export { reflowReady } from './reflow.js';

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

const SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

interface Line extends OutputLine {
  id: number;
}

export function App(props: AppProps): ReactNode {
  const { host, color } = props;
  const { exit } = useApp();
  const { setRawMode, internal_eventEmitter: input } = useStdin();
  const nextId = useRef(0);
  const [lines, setLines] = useState<Line[]>(() => (props.initialLines ?? []).map((text) => ({ id: nextId.current++, text })));
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
  // Leaving waits for the last lines to be drawn (effects run after Ink draws), then unmounts.
  const [leaving, setLeaving] = useState<number | null>(null);
  useEffect(() => {
    if (leaving === null) return;
    props.onExit(leaving);
    exit();
  }, [leaving]);

  const print = (entries: OutputLine[]) => {
    if (entries.length > 0) setLines((old) => [...old, ...entries.map((e) => ({ ...e, id: nextId.current++ }))]);
  };
  const [screenRequest, setScreenRequest] = useState<readonly Screen[] | null>(null);
  const shell = useRef<ShellController | null>(null);
  shell.current ??= new ShellController(
    host,
    {
      print,
      redraw: rerender,
      clear: () => setClearRequests((n) => n + 1),
      exit: setLeaving,
      screens: setScreenRequest,
      columns: () => process.stdout.columns || 80,
    },
    { speed: props.speed, ...(props.fastTotalMs !== undefined ? { fastTotalMs: props.fastTotalMs } : {}), remember: (line) => void props.history?.add(line, () => host.session.history) },
  );
  const ctl = shell.current;
  // vi and the pagers, after the line that asked for them: started once Ink has drawn its output (and, for vi, taken the prompt away).
  const screens = useRef<Screens | null>(null);
  screens.current ??= new Screens(host, {
    rows: () => process.stdout.rows || 24,
    columns: () => process.stdout.columns || 80,
    print: (texts) => print(texts.map((text) => ({ text }))),
    write: (data) => process.stdout.write(data),
    // SIGTERM or SIGHUP while vi has the screen: the normal screen back, then the signal does what it would have done.
    guard: (restore) => {
      const onSignal = (signal: NodeJS.Signals) => {
        restore();
        process.kill(process.pid, signal);
      };
      for (const s of SIGNALS) process.once(s, onSignal);
      return () => {
        for (const s of SIGNALS) process.off(s, onSignal);
      };
    },
  });
  ctl.fullScreenKey = (k) => {
    if (!screens.current!.active) return false;
    screens.current!.key(k);
    rerender();
    return true;
  };
  useEffect(() => {
    if (screenRequest === null) return;
    // Ink draws at most every 8 ms: the frame without the prompt is out before vi takes the screen.
    const t = setTimeout(() => {
      screens.current!.start(screenRequest);
      setScreenRequest(null);
      ctl.screensDone();
    }, 20);
    return () => clearTimeout(t);
  }, [screenRequest]);

  useEffect(() => {
    // What the host has to say (another wparsim changed the store, a save failed) is a line on the screen.
    host.tell = (text) => print([{ text }]);
    setRawMode(true);
    const onData = (data: string) => {
      props.onRawInput?.(data);
      for (const k of keys(data)) ctl.key(k);
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

  const statusText = ctl.statusLine();
  const pagerPrompt = screens.current.prompt();
  const fullScreen = screens.current.fullScreen || (screenRequest?.some((x) => x.kind === 'vi') ?? false);
  const live =
    leaving !== null || fullScreen ? null : pagerPrompt !== null ? (
      <Text inverse={color}>{pagerPrompt}</Text>
    ) : (
      liveLine({ running: ctl.running, editor: ctl.shownEditor(), prompt: ctl.promptParts(), inWpar: ctl.inWpar(), color, redraws })
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
      {statusText !== null && leaving === null && !fullScreen && pagerPrompt === null ? <Text dimColor={color}>{statusText}</Text> : null}
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
