// wparsim's command line (design section 1). Parses its own options with
// node's util.parseArgs (built in, so nothing extra to load at start-up),
// opens the store, and drives the engine from -c, piped stdin, a session file
// or a terminal. Only this file and src/store, src/ui touch the host.

import { homedir, userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadLessons } from './cli/lesson-files.js';
import { isTerminal, STDERR, STDOUT, writeFd } from './cli/write.js';
import type { Step } from './engine/run-line.js';
import { realClock } from './engine/session.js';
import { Host } from './host/host.js';
import { type Catalogue, problemText } from './lessons/catalogue.js';
import { commandsOf } from './shell/continuation.js';
import { resolveStorePath, storePath } from './store/path.js';
import { Store, StoreError } from './store/store.js';

const VERSION = '0.1.0';

/** Who is at the keyboard, for `lessons --json` (--learner NAME says otherwise). */
function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['LOGNAME'] ?? 'unknown';
  }
}

/** The status of a store that cannot be read or written (and of a change that could not be saved). */
const STORE_FAILED = 3;

const USAGE = `Usage: wparsim [options]                     interactive shell (commands from stdin when it is not a terminal)
       wparsim [options] -c 'cmd; cmd'        run commands and exit with the last status
       wparsim run FILE.session [--record C]  replay a session file on a fresh world, print the transcript
       wparsim verify PATH... [--update]      replay session files (or directories of them) and compare
       wparsim export FILE.cast --txt | --svg OUT.svg   the final text, or a still of the final screen
       wparsim [options] reset                put the store back to the factory world (keeps a backup)
       wparsim [options] restore [COPY]       list the copies kept beside the store; put one back
       wparsim [options] lessons [--report] [--json [--learner NAME]]   the lessons and your progress; a report of your results
       wparsim [options] lesson NAME          start a lesson, then the shell (check, hint, solution at the prompt)
       wparsim lessons --verify               replay every lesson's reference solution and check its conditions
       wparsim web [--port N] [--host ADDR]   serve the browser page (dist/web) on 127.0.0.1:8080

Options:
  -c COMMANDS        run COMMANDS (a ksh command line) instead of reading stdin
  --store PATH       the world store (default: $WPARSIM_STORE, else $XDG_STATE_HOME/wparsim/world.json,
                     else ~/.local/state/wparsim/world.json)
  --record FILE      write an asciicast v2 recording (with run, or of an interactive session)
  --typing-speed N   characters per second typed in recordings of run (default 14)
  --idle-limit S     longest pause, in seconds, that a recording of run shows (default 2)
  --width N, --height N   terminal size of recordings of run (default 100x30)
  --update           with verify: rewrite the expected output of files not marked "## locked"
  --lessons DIR      where the lessons are (default: the sessions/lessons folder that comes with wparsim)
  --speed S          interactive: how long operations take: instant, fast (about 2 s, the default)
                     or real (minutes, as on AIX); also $WPARSIM_SPEED
  -h, --help         show this help
  --version          print the version
`;

/** A line to the user, on stderr. */
const say = (text: string) => writeFd(STDERR, text + '\n');

/** The stdout/stderr subscriber: chunks as they came; clear only on a terminal. */
function printStep(step: Step): void {
  if (step.clear && isTerminal(STDOUT)) writeFd(STDOUT, '\x1b[H\x1b[2J');
  for (const c of step.chunks) writeFd(c.stream === 'out' ? STDOUT : STDERR, c.text);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs lines through the host (src/host: one read-modify-write under the store's lock each). */
async function runLines(store: Store, lines: string[], lessonsDir: string, first?: string): Promise<number> {
  const host = await Host.open(store, { clock: realClock(Date.now), interactive: false, lessons: lessonCatalogue(lessonsDir), tell: say });
  host.listen(printStep);
  for (const line of first !== undefined ? [first, ...lines] : lines) {
    const step = await host.run(line);
    if (step.exited !== undefined) return host.saveFailed ? STORE_FAILED : step.exited;
  }
  // The input is over, the shell exits: its EXIT trap runs (the status stays the last command's).
  const status = host.session.lastStatus;
  const trap = host.session.takeExitTrap();
  if (trap !== undefined) await host.run(trap);
  // A change that could not be saved is a failure, whatever the last command said.
  return host.saveFailed ? STORE_FAILED : status;
}

/** The lessons that come with wparsim: sessions/lessons beside dist/ (or src/ under tsx). */
const BUILT_IN_LESSONS = fileURLToPath(new URL('../sessions/lessons', import.meta.url));

/** The lessons of a directory, read when first needed; a broken lesson file is reported once. */
function lessonCatalogue(dir: string): () => Catalogue {
  return () => {
    const loaded = loadLessons(dir);
    for (const p of loaded.problems) say(`wparsim: ${problemText(p)}`);
    return loaded.catalogue;
  };
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        c: { type: 'string', short: 'c' },
        store: { type: 'string' },
        record: { type: 'string' },
        'typing-speed': { type: 'string' },
        'idle-limit': { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        update: { type: 'boolean' },
        txt: { type: 'boolean' },
        svg: { type: 'string' },
        speed: { type: 'string' },
        lessons: { type: 'string' },
        learner: { type: 'string' },
        report: { type: 'boolean' },
        json: { type: 'boolean' },
        verify: { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    writeFd(STDERR, `wparsim: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    writeFd(STDOUT, USAGE);
    return 0;
  }
  if (values.version) {
    writeFd(STDOUT, `wparsim ${VERSION}\n`);
    return 0;
  }
  const [sub, ...rest] = positionals;
  // Checked whatever the mode, so a typo is caught in a script as at the terminal.
  const speed = values.speed ?? process.env['WPARSIM_SPEED'] ?? 'fast';
  if (speed !== 'instant' && speed !== 'fast' && speed !== 'real') {
    writeFd(STDERR, `wparsim: --speed takes instant, fast or real, not '${speed}'\n`);
    return 2;
  }
  const path = storePath(values.store, process.env, homedir());
  if (path === null) {
    say('wparsim: HOME is not set to an absolute directory, so there is no default store: name one with --store PATH or WPARSIM_STORE');
    return 2;
  }
  const store = new Store(resolveStorePath(path));

  // Everything but -c may run long: its memory stays small (cli/memory.ts).
  if (values.c === undefined) (await import('./cli/memory.js')).keepYoungGenerationSmall();

  if (sub === 'run') {
    if (rest.length !== 1) {
      writeFd(STDERR, `wparsim: run takes one session file\n${USAGE}`);
      return 2;
    }
    const { runCommand } = await import('./cli/replay-commands.js');
    return runCommand(rest[0]!, {
      record: values.record,
      typingSpeed: values['typing-speed'],
      idleLimit: values['idle-limit'],
      width: values.width,
      height: values.height,
    });
  }
  if (sub === 'verify') {
    const { verifyCommand } = await import('./cli/replay-commands.js');
    return verifyCommand(rest, values.update ?? false);
  }
  if (sub === 'export') {
    if (rest.length !== 1) {
      writeFd(STDERR, `wparsim: export takes one .cast file\n${USAGE}`);
      return 2;
    }
    const { exportCommand } = await import('./cli/export-command.js');
    return exportCommand(rest[0]!, values.txt ?? false, values.svg);
  }
  if (sub === 'web') {
    const port = values.port ?? '8080';
    if (rest.length > 0 || !/^\d{1,5}$/.test(port) || Number(port) > 65535) {
      writeFd(STDERR, `wparsim: web takes --port N (0 to 65535) and --host ADDR\n${USAGE}`);
      return 2;
    }
    const { webCommand } = await import('./cli/web-command.js');
    return webCommand(fileURLToPath(new URL('./web', import.meta.url)), Number(port), values.host ?? '127.0.0.1');
  }
  const lessonsDir = values.lessons ?? BUILT_IN_LESSONS;
  if (sub === 'lessons') {
    if (rest.length > 0) {
      writeFd(STDERR, `wparsim: lessons takes no arguments\n${USAGE}`);
      return 2;
    }
    const { lessonsCommand } = await import('./cli/lessons-command.js');
    const { loadLessons } = await import('./cli/lesson-files.js');
    const loaded = loadLessons(lessonsDir);
    if (!values.verify) await store.load();
    return lessonsCommand(loaded, () => store.progress, {
      report: values.report ?? false,
      json: values.json ?? false,
      verify: values.verify ?? false,
      learner: values.learner ?? userName(),
      version: VERSION,
    });
  }
  let first: string | undefined;
  if (sub === 'lesson') {
    if (rest.length !== 1) {
      writeFd(STDERR, `wparsim: lesson takes the name of one lesson (wparsim lessons lists them)\n${USAGE}`);
      return 2;
    }
    if (values.c !== undefined) {
      writeFd(STDERR, `wparsim: lesson NAME starts a shell; it does not take -c\n`);
      return 2;
    }
    first = `lesson ${rest[0]}`;
  }
  if (sub === 'restore') {
    const { restoreCommand } = await import('./cli/restore-command.js');
    return restoreCommand(store, rest);
  }
  if (sub === 'reset') {
    let backup: string | null;
    try {
      backup = await store.reset(new Date());
    } catch (e) {
      if (e instanceof StoreError) throw e;
      say(`wparsim: could not reset ${store.path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); it was not changed`);
      return STORE_FAILED;
    }
    writeFd(STDOUT, `wparsim: ${store.path} is the factory world again${backup ? `; the old store is kept as ${backup}` : ''}\n`);
    return 0;
  }
  if (sub !== undefined && sub !== 'lesson') {
    writeFd(STDERR, `wparsim: unknown command '${sub}'\n${USAGE}`);
    return 2;
  }
  const atTerminal = values.c === undefined && isTerminal(0);
  if (values.record !== undefined && !atTerminal) {
    writeFd(STDERR, 'wparsim: --record records an interactive session (a terminal) or a replay (run FILE --record CAST)\n');
    return 2;
  }
  if (values.c !== undefined) return runLines(store, [values.c], lessonsDir);
  if (!atTerminal) {
    const text = await readStdin();
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    // A command that spans lines (if ... fi, a here-document) runs whole, as ksh reads a script.
    return runLines(store, commandsOf(lines), lessonsDir, first);
  }

  const { interactiveShell } = await import('./ui/interactive.js');
  return interactiveShell(store, {
    lessons: lessonCatalogue(lessonsDir),
    ...(first !== undefined ? { first } : {}),
    speed,
    color: !process.env['NO_COLOR'],
    ...(values.record !== undefined ? { recordTo: values.record } : {}),
  });
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    if (e instanceof StoreError) writeFd(STDERR, e.message + '\n');
    else writeFd(STDERR, `wparsim: internal error: ${(e as Error).message}\n`);
    process.exitCode = e instanceof StoreError ? STORE_FAILED : 70;
  },
);
