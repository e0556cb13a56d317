// The browser page's store and server, without a browser: the world kept in
// a Storage as the store file keeps it, damage refused with the store's
// words, another tab's save noticed; wparsim web serving only its folder.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { fileFor } from '../src/cli/web-command.js';
import { BrowserStore } from '../src/web/browser-store.js';
import { TabStorage } from '../src/web/tab-storage.js';
import { factoryWorld } from '../src/world/factory.js';
import { createWpar } from '../src/world/wpars.js';

test('a world saved in one tab loads in another; its save is noticed; a copy is kept and read back', async (t) => {
  const storage = new TabStorage();
  const a = new BrowserStore(storage, undefined);
  const b = new BrowserStore(storage, undefined);
  t.deepEqual(await a.load(), factoryWorld());
  await b.load();
  const made = createWpar(factoryWorld(), { name: 'w1' }, 0);
  if (!made.ok) return t.fail();
  await a.save(made.value.world);
  t.true(await b.changedElsewhere());
  t.false(await a.changedElsewhere());
  t.deepEqual(
    (await b.load()).wpars.map((w) => w.name),
    ['w1'],
  );
  t.false(await b.changedElsewhere());
  const copy = b.copyName('before-reset');
  await b.save(factoryWorld(), copy);
  t.deepEqual(
    b.readCopy(copy).wpars.map((w) => w.name),
    ['w1'],
  );
});

test('a damaged world is refused with the damaged-store words and left as it is', async (t) => {
  const storage = new TabStorage();
  storage.setItem('wparsim.world', '{"schemaVersion":3,"world":{');
  const s = new BrowserStore(storage, undefined);
  const e = await t.throwsAsync(() => s.load());
  t.regex(e!.message, /^wparsim: the store wparsim\.world \(this browser's storage\) is not valid JSON\.\nIt was left as it is\./);
  t.is(storage.getItem('wparsim.world'), '{"schemaVersion":3,"world":{');
  t.throws(() => s.readWorldFile('{"schemaVersion":3,"world":{"__proto__":{}}}', 'x.json'), { message: /x\.json does not hold a valid world/ });
});

test('wparsim web serves the files of its folder only', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'wparsim-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, '.hidden'), 'x');
  t.is(fileFor(root, '/'), join(root, 'index.html'));
  t.is(fileFor(root, '/index.html?x=1'), join(root, 'index.html'));
  for (const bad of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/.hidden', '/a\\b', '/%00', '/missing.js', '//etc/passwd', '/%E0%A4%A']) t.is(fileFor(root, bad), null, bad);
});
