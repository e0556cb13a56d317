// The browser page: the same engine, world, lessons and shell as the
// terminal, on xterm.js, the world kept in this browser (browser-store.ts).
// No request leaves the page: the lessons are in the bundle (the build puts
// them there), and the page's Content-Security-Policy allows only itself.
// Buttons: download the lesson report (the JSON `wparsim lessons --json`
// writes) and the world (the store file's format), load a world file, reset
// the world. `#lesson=NAME` starts that lesson.

import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { newFrame, realClock } from '../engine/session.js';
import { Host, type Interrupter } from '../host/host.js';
import { Catalogue } from '../lessons/catalogue.js';
import { type Lesson, parseLesson } from '../lessons/lesson-file.js';
import { reportData } from '../lessons/report.js';
import { StoreError } from '../store/format.js';
import { ShellController } from '../ui/controller.js';
import { keys } from '../ui/keymap.js';
import { Screens } from '../ui/screens.js';
import { welcome } from '../ui/shell-text.js';
import { factoryWorld } from '../world/factory.js';
import { GLOBAL } from '../world/scope.js';
import type { World } from '../world/types.js';
import { BrowserStore } from './browser-store.js';
import { TabStorage } from './tab-storage.js';
import { TerminalView } from './terminal-view.js';

declare const __WPARSIM_LESSONS__: { name: string; text: string }[];
declare const __WPARSIM_VERSION__: string;

const HISTORY_KEY = 'wparsim.history';
/** A line that computes this long without a pause is stopped, as Ctrl-C would (a page cannot read keys while it computes). */
const COMPUTE_LIMIT_MS = 5000;

function catalogue(): Catalogue {
  const lessons: Lesson[] = [];
  for (const { name, text } of __WPARSIM_LESSONS__) {
    const parsed = parseLesson(name, `sessions/lessons/${name}.lesson`, text);
    if (parsed.ok) lessons.push(parsed.lesson);
  }
  return new Catalogue(lessons);
}

/** Ctrl-C reaches a line only between its commands here; a line that computes too long is stopped as if Ctrl-C was pressed. */
function computeLimit(view: { note: string | null }): Interrupter {
  let started = 0;
  let over = false;
  return {
    arm: () => {
      started = Date.now();
      over = false;
    },
    pressed: () => {
      over ||= Date.now() - started > COMPUTE_LIMIT_MS;
      if (over) view.note = `wparsim: the line computed for ${COMPUTE_LIMIT_MS / 1000} seconds without a pause, so the page stopped it (as Ctrl-C).`;
      return over;
    },
    disarm: () => over,
  };
}

/** Text for the terminal before the shell draws it: each line ends CR LF. */
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The browser's localStorage, or, when it refuses the page, storage that lasts as long as the tab (and the learner is told). */
function pageStorage(): { storage: Storage; kept: boolean } {
  try {
    const s = window.localStorage;
    s.setItem('wparsim.probe', '1');
    s.removeItem('wparsim.probe');
    return { storage: s, kept: true };
  } catch {
    return { storage: new TabStorage(), kept: false };
  }
}

function loadHistory(storage: Storage): string[] {
  try {
    const h = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(h) ? h.filter((x): x is string => typeof x === 'string').slice(-1000) : [];
  } catch {
    return [];
  }
}

async function boot(): Promise<void> {
  const term = new Terminal({
    cursorBlink: true,
    fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
    fontSize: 15,
    scrollback: 5000,
    screenReaderMode: true,
    cols: 100,
    rows: 32,
  });
  // The terminal takes the room the page gives it, and follows the window's size.
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(document.getElementById('terminal')!);
  fit.fit();
  window.addEventListener('resize', () => fit.fit());
  term.focus();
  const lessons = catalogue();
  const { storage, kept } = pageStorage();
  const store = new BrowserStore(storage, navigator.locks);
  const notice = { note: null as string | null };
  let host: Host;
  try {
    host = await Host.open(store, {
      clock: realClock(Date.now),
      interactive: true,
      history: loadHistory(storage),
      lessons: () => lessons,
      interrupter: computeLimit(notice),
      // vi and the pagers take the page's terminal as they take a real one.
      terminal: true,
      tell: (text) => term.write(`${crlf(text)}\r\n`),
    });
  } catch (e) {
    // A damaged world is reported with the terminal's words and kept; Reset starts again.
    term.write(`${crlf(e instanceof StoreError ? e.message : String(e))}\r\n`);
    wireButtons(null, store, (text) => term.write(`\r\n${crlf(text)}\r\n`));
    return;
  }
  term.write(crlf(welcome(host.session.world)));
  if (!kept) term.write('wparsim: this browser does not let the page keep anything, so your world lasts until this tab is closed. Download world keeps it as a file.\r\n\r\n');
  const view = new TerminalView(term, () => {});
  const ctl = new ShellController(
    host,
    {
      print: (lines) => view.print(lines),
      redraw: () => {
        if (notice.note) {
          const text = notice.note;
          notice.note = null;
          view.print([{ text }]);
        }
        view.redraw();
      },
      clear: () => view.clear(),
      exit: (status) => view.exit(status),
      screens: (requests) => {
        view.hideLive();
        screens.start(requests);
        ctl.screensDone();
      },
      columns: () => view.columns(),
    },
    {
      speed: 'fast',
      remember: () => {
        try {
          storage.setItem(HISTORY_KEY, JSON.stringify(host.session.history.slice(-1000)));
        } catch {
          // A full storage keeps the world first: the history is only a convenience.
        }
      },
    },
  );
  const screens = new Screens(host, {
    rows: () => term.rows,
    columns: () => term.cols,
    print: (texts) => view.print(texts.map((text) => ({ text }))),
    write: (data) => term.write(data),
  });
  view.controller = ctl;
  view.screens = screens;
  ctl.fullScreenKey = (k) => {
    if (!screens.active) return false;
    screens.key(k);
    view.redraw();
    return true;
  };
  term.onResize(() => {
    screens.draw();
    view.redraw();
  });
  // What the host and the buttons have to say: lines on the screen, above the prompt.
  const say = (text: string) => view.print(text.split('\n').map((t) => ({ text: t })));
  host.tell = say;
  term.onData((data) => {
    for (const k of keys(data)) ctl.key(k);
  });
  view.redraw();
  wireButtons(host, store, say);
  const lesson = /^#lesson=([A-Za-z0-9._-]+)$/.exec(location.hash);
  if (lesson) ctl.submit(`lesson ${lesson[1]}`);
  // Tests and screen readers: the page says when it is ready.
  document.body.dataset['ready'] = 'yes';
  (window as unknown as { wparsim: unknown }).wparsim = { host, term };
  function wireButtons(h: Host | null, s: BrowserStore, say: (text: string) => void): void {
    const focus = () => term.focus();
    // After a button the keys go back to the terminal, where the learner was typing.
    const button = (id: string, run: () => void) =>
      document.getElementById(id)?.addEventListener('click', () => {
        run();
        focus();
      });
    button('report', () => {
      const learner = (document.getElementById('learner') as HTMLInputElement | null)?.value.trim() || 'learner';
      download('wparsim-lessons.json', `${JSON.stringify({ learner, wparsim: __WPARSIM_VERSION__, ...reportData(lessons, s.progress) }, null, 2)}\n`, 'application/json');
    });
    button('save-world', () => {
      if (h) download('wparsim-world.json', s.text(h.session.world), 'application/json');
    });
    // A new world: saved, then the page starts again on it; where the page keeps nothing, this shell starts again in place.
    const startOver = (world: World, copy: string) => {
      if (kept || !h) {
        void s.save(world, s.copyName(copy)).then(() => location.reload());
        return;
      }
      void s.save(world).then(() => {
        h.session.world = world;
        h.session.frames = [newFrame(GLOBAL)];
        h.tutor.progress = s.progress;
        say('wparsim: the world was replaced; the shell starts again at the global prompt.');
      });
    };
    button('reset', () => {
      if (!confirm('Start again from the factory world? The world you have now is kept as a copy in this browser.')) return;
      startOver(factoryWorld(), 'before-reset');
    });
    const file = document.getElementById('load-file') as HTMLInputElement | null;
    button('load-world', () => file?.click());
    file?.addEventListener('change', () => {
      const f = file.files?.[0];
      if (!f) return;
      void f.text().then((text) => {
        try {
          const { world, progress } = s.readWorldFile(text, f.name);
          s.progress = progress;
          startOver(world, 'before-load');
        } catch (e) {
          // Not a wparsim world: said as a damaged store is, and the world of this page is kept.
          say(e instanceof StoreError ? e.message : String(e));
        }
        file.value = '';
      });
    });
  }
}

void boot();
