// The page served by `wparsim web` on a free port, and Debian's Chromium
// driven by playwright-core (no browser download), for the scripts that look
// at the page: bench-web.mjs and screenshots.mjs. The flags keep Chromium
// off the network (this machine's is closed) and out of the sandbox (root).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** Serves dist/web and starts Chromium: the page's address, the browser, and what ends both. */
export async function openPage() {
  const server = spawn(process.execPath, ['dist/cli.cjs', 'web', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve) => server.stdout.on('data', (d) => resolve(/http:\/\/[^ ]+\//.exec(String(d))[0])));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}
