import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { HistoryFile, MAX_HISTORY } from '../src/store/history.js';

test('history is kept beside the store across runs, in order', async (t) => {
  const store = join(await mkdtemp(join(tmpdir(), 'wparsim-hist-')), 'sub', 'world.json');
  const first = HistoryFile.forStore(store);
  t.deepEqual(await first.load(), []);
  const all: string[] = [];
  for (const line of ['mkwpar -n wpar1', '', 'startwpar wpar1', 'multi\nline']) {
    all.push(line);
    void first.add(line, () => all);
  }
  await first.flush();
  t.is(await readFile(`${store}.history`, 'utf8'), 'mkwpar -n wpar1\nstartwpar wpar1\n');
  t.deepEqual(await HistoryFile.forStore(store).load(), ['mkwpar -n wpar1', 'startwpar wpar1']);
});

test('the file keeps the last MAX_HISTORY lines', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wparsim-hist-'));
  const file = new HistoryFile(join(dir, 'h'));
  const lines = Array.from({ length: MAX_HISTORY * 2 }, (_, i) => `echo ${i}`);
  await writeFile(join(dir, 'h'), lines.join('\n') + '\n');
  const loaded = await file.load();
  t.is(loaded.length, MAX_HISTORY);
  t.is(loaded[0], `echo ${MAX_HISTORY}`);
  const all = [...loaded, 'echo last'];
  await file.add('echo last', () => all);
  const kept = (await readFile(join(dir, 'h'), 'utf8')).split('\n').filter(Boolean);
  t.is(kept.length, MAX_HISTORY);
  t.is(kept.at(-1), 'echo last');
});
