// The browser page in a real Chromium (Debian's, driven by playwright-core
// with its executable path; no browser is downloaded): what a learner does,
// read from the screen as the page shows it (xterm.js's rows). .ci/run
// installs chromium; without it these tests are skipped with a message.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import test from 'ava';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

let server: ChildProcess | undefined;
let base = '';
let browser: Browser | undefined;

async function open(hash = ''): Promise<{ page: Page; requests: string[] }> {
  const context = await browser!.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base + hash);
  await page.waitForSelector('body[data-ready=yes]', { timeout: 15000 });
  return { page, requests };
}

/** The screen as a person sees it: the terminal's rows, trailing blanks dropped. */
const screen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.xterm-rows > div')]
      .map((d) => (d.textContent ?? '').replace(/\s+$/, ''))
      .join('\n')
      .replace(/\n+$/, ''),
  );

async function waitFor(page: Page, what: RegExp, ms = 10000): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  while (Date.now() < end) {
    last = await screen(page);
    if (what.test(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`the screen never showed ${what}:\n${last}`);
}

async function run(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

if (!CHROMIUM) {
  test.skip('the browser page (SKIPPED: chromium is not installed; .ci/run installs it with apt-get)', () => {});
} else {
  test.before(async () => {
    server = spawn(process.execPath, ['dist/cli.cjs', 'web', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    base = await new Promise<string>((resolve, reject) => {
      server!.stdout!.on('data', (d: Buffer) => {
        const m = /http:\/\/[^ ]+\//.exec(d.toString());
        if (m) resolve(m[0]);
      });
      server!.on('exit', () => reject(new Error('wparsim web ended')));
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  test.after.always(async () => {
    await browser?.close();
    server?.kill();
  });

  test.serial('a WPAR made, started and logged in to; its world is still there after a reload; nothing leaves the page', async (t) => {
    const { page, requests } = await open();
    await waitFor(page, /Welcome to AIX Version 7\.3![\s\S]*Global aixlpar1:\/ #$/);
    await run(page, 'mkwpar -n wpar1');
    await waitFor(page, /Workload partition wpar1 created successfully\.[\s\S]*Global aixlpar1:\/ #$/);
    await run(page, 'startwpar wpar1');
    await waitFor(page, /Verifying workload partition startup\.\nGlobal aixlpar1:\/ #$/);
    await run(page, 'clogin wpar1');
    await waitFor(page, /wpar1 wpar1:\/ #$/);
    await run(page, 'uname -W');
    await waitFor(page, /uname -W\n1\nwpar1 wpar1:\/ #$/);
    await page.reload();
    await page.waitForSelector('body[data-ready=yes]');
    await run(page, 'lswpar -c -q');
    t.regex(await waitFor(page, /lswpar -c -q\nwpar1:A:S:wpar1:\/wpars\/wpar1:no\nGlobal aixlpar1:\/ #$/), /wpar1:A/);
    t.deepEqual(
      requests.filter((u) => !u.startsWith(base)),
      [],
      'every request is to the page itself',
    );
    await page.context().close();
  });

  test.serial('the line editor: Tab completes, Up recalls, Ctrl-C abandons a line and stops a running mkwpar (undone)', async (t) => {
    const { page } = await open();
    await waitFor(page, /Global aixlpar1:\/ #$/);
    await page.keyboard.type('lsw');
    await page.keyboard.press('Tab');
    await waitFor(page, /# lswpar$/);
    await page.keyboard.type('half typed');
    await page.keyboard.press('Control+C');
    await waitFor(page, /# lswpar half typed\^C\nGlobal aixlpar1:\/ #$/);
    await run(page, 'mkwpar -n w2');
    await waitFor(page, /mkwpar -n w2 {2}\(\d:\d\d of about/);
    await page.keyboard.press('Control+C');
    await waitFor(page, /\^C\nGlobal aixlpar1:\/ #$/);
    await run(page, 'lswpar w2');
    await waitFor(page, /0960-419 Could not find a workload partition called w2\.\nGlobal aixlpar1:\/ #$/);
    await page.keyboard.press('ArrowUp');
    t.regex(await waitFor(page, /# lswpar w2$/), /lswpar w2$/);
    // Ctrl-L: the screen is cleared, the line being typed stays.
    await page.keyboard.press('Control+L');
    t.is(await waitFor(page, /^Global aixlpar1:\/ # lswpar w2$/), 'Global aixlpar1:/ # lswpar w2');
    await page.context().close();
  });

  test.serial("a lesson started by its link is done in the page, the report downloads as wparsim lessons --json writes it, and lesson stop gives the learner's own world back", async (t) => {
    const { page } = await open();
    await run(page, 'mkwpar -n mine >/dev/null 2>&1');
    await waitFor(page, /2>&1\nGlobal aixlpar1:\/ #$/);
    await page.goto(`${base}#lesson=01-first-wpar`);
    await page.reload();
    await page.waitForSelector('body[data-ready=yes]');
    await waitFor(page, /lesson 01-first-wpar: 0 of 3 done/);
    await run(page, 'mkwpar -n wpar1');
    await waitFor(page, /created successfully\.[\s\S]*1 of 3 done[\s\S]*#$/);
    await run(page, 'startwpar -v wpar1');
    await waitFor(page, /2 of 3 done[\s\S]*#$/);
    await run(page, 'clogin wpar1');
    await waitFor(page, /passed/i);
    await page.fill('#learner', 'ada');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report')]);
    const report = JSON.parse(await readFile((await download.path())!, 'utf8'));
    t.is(report.learner, 'ada');
    t.is(report.lessons[0].lesson, '01-first-wpar');
    t.true(report.lessons[0].passed);
    await run(page, 'exit');
    await run(page, 'lesson stop');
    await run(page, 'lswpar -c -q -a name');
    await waitFor(page, /-a name\nmine\nGlobal aixlpar1:\/ #$/);
    await page.context().close();
  });

  test.serial('a file that is not a wparsim world is refused with the damaged-store words, and the world is kept', async (t) => {
    const { page } = await open();
    await run(page, 'mkwpar -n keep >/dev/null 2>&1');
    await waitFor(page, /2>&1\nGlobal aixlpar1:\/ #$/);
    await page.setInputFiles('#load-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion":3,"world":{') });
    t.regex(await waitFor(page, /bad\.json is not valid JSON\./), /It was left as it is/);
    await page.keyboard.press('Enter');
    await run(page, 'lswpar -c -q -a name');
    await waitFor(page, /-a name\nkeep\nGlobal aixlpar1:\/ #$/);
    await page.context().close();
  });

  test.serial("two tabs on one page: each sees the other's change and is told so; a paste of several lines runs them in order; Ctrl-R finds a line again", async (t) => {
    const { page: a } = await open();
    const b = await a.context().newPage();
    await b.goto(base);
    await b.waitForSelector('body[data-ready=yes]');
    await run(a, 'mkwpar -n tab1 >/dev/null 2>&1');
    await waitFor(a, /2>&1\nGlobal aixlpar1:\/ #$/);
    await run(b, 'lswpar -c -q -a name');
    const seen = await waitFor(b, /-a name\n[\s\S]*tab1\nGlobal aixlpar1:\/ #$/);
    t.regex(seen, /another wparsim changed the world in wparsim\.world \(this browser's storage\)/);
    await b.evaluate(() => (window as unknown as { wparsim: { term: { paste(s: string): void } } }).wparsim.term.paste('uname -W\nhostname\n'));
    await waitFor(b, /# uname -W\n0\nGlobal aixlpar1:\/ # hostname\naixlpar1\nGlobal aixlpar1:\/ #$/);
    await b.keyboard.press('Control+R');
    await b.keyboard.type('unam');
    await waitFor(b, /\(reverse-i-search\)`unam': uname -W$/);
    await b.keyboard.press('Enter');
    await waitFor(b, /# uname -W\n0\nGlobal aixlpar1:\/ #$/);
    await a.context().close();
  });

  test.serial('a line that computes without end is stopped after a few seconds, as Ctrl-C would, and the page goes on', async (t) => {
    const { page } = await open();
    await run(page, 'while true; do :; done');
    const shown = await waitFor(page, /\^C[\s\S]*the page stopped it \(as Ctrl-C\)\.[\s\S]*Global aixlpar1:\/ #$/, 20000);
    t.regex(shown, /computed for 5 seconds/);
    await run(page, 'echo $?');
    await waitFor(page, /echo \$\?\n130\nGlobal aixlpar1:\/ #$/);
    await page.context().close();
  });

  test.serial('the Tutorials view plays the recordings made at build time, from the page itself', async (t) => {
    const context = await browser!.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}tutorials.html#04-clogin-and-uname`);
    await page.waitForSelector('body[data-ready=yes]');
    t.true((await page.locator('#list button').count()) >= 13, 'a button for each recorded session');
    await page.click('.ap-player');
    const end = Date.now() + 15000;
    let text = '';
    while (Date.now() < end && !text.includes('mkwpar')) {
      text = (await page.locator('.ap-term').textContent()) ?? '';
      await page.waitForTimeout(100);
    }
    t.regex(text, /Global aixlpar1:\/ # mkwpar/);
    t.deepEqual(errors, []);
    t.deepEqual(
      requests.filter((u) => !u.startsWith(base)),
      [],
    );
    await context.close();
  });

  test.serial("vi edits a file on the page's alternate screen and :wq saves it; man pages through more", async (t) => {
    const { page } = await open();
    await waitFor(page, /Global aixlpar1:\/ #$/);
    await run(page, 'vi /tmp/notes');
    await waitFor(page, /"\/tmp\/notes" \[New file\]/);
    await page.keyboard.type('ihello from vi');
    await page.keyboard.press('Escape');
    await page.keyboard.type(':wq');
    await page.keyboard.press('Enter');
    await waitFor(page, /# vi \/tmp\/notes\nGlobal aixlpar1:\/ #$/);
    await run(page, 'cat /tmp/notes');
    await waitFor(page, /# cat \/tmp\/notes\nhello from vi\nGlobal aixlpar1:\/ #$/);
    await run(page, 'man lswpar');
    await waitFor(page, /--More--/);
    await page.keyboard.press('q');
    t.regex(await waitFor(page, /Global aixlpar1:\/ #$/), /lswpar Command/);
    await page.context().close();
  });

  test.serial('a browser that lets the page keep nothing (storage blocked) still runs the shell, says so, and loads a world in place', async (t) => {
    const context = await browser!.newContext({ viewport: { width: 1200, height: 800 } });
    // As a locked-down browser does: localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('body[data-ready=yes]');
    await waitFor(page, /does not let the page keep anything[\s\S]*Global aixlpar1:\/ #$/);
    await run(page, 'mkwpar -n w9 >/dev/null 2>&1; lswpar -c -q -a name');
    await waitFor(page, /name\nw9\nGlobal aixlpar1:\/ #$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-world')]);
    const saved = await readFile((await download.path())!, 'utf8');
    await run(page, 'rmwpar w9 >/dev/null 2>&1; lswpar -c -q -a name');
    await page.setInputFiles('#load-file', { name: 'world.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await waitFor(page, /the world was replaced/);
    await run(page, 'lswpar -c -q -a name');
    t.regex(await waitFor(page, /-a name\nw9\nGlobal aixlpar1:\/ #$/), /w9/);
    await context.close();
  });
}
