// wparsim's tar against a real one (Debian's GNU tar reads and writes the
// same ustar format): an archive wparsim makes lists and extracts in GNU tar
// with the same names, modes, link targets and contents, and an archive GNU
// tar makes (--format=ustar) lists and extracts in wparsim.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';

const HAS_TAR = spawnSync('tar', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU tar') ?? false;

function wparsim(line: string, input?: Buffer) {
  const store = join(mkdtempSync(join(tmpdir(), 'wparsim-tar-')), 'world.json');
  return spawnSync(process.execPath, ['dist/cli.cjs', '--store', store, '-c', line], { input, encoding: 'buffer' });
}

if (!HAS_TAR) {
  test.skip('tar against GNU tar (SKIPPED: GNU tar is not installed)', () => {});
} else {
  test('GNU tar reads the archive wparsim writes: names, modes, a link, the contents', (t) => {
    const r = wparsim('mkdir -p /home/app/conf; echo port=8080 > /home/app/conf/app.cfg; chmod 600 /home/app/conf/app.cfg; ln -s conf/app.cfg /home/app/current; tar -cf - /home/app');
    t.is(r.status, 0, r.stderr.toString());
    t.is(r.stdout.length % 10240, 0, 'whole 10240-byte records');
    const listed = spawnSync('tar', ['-tvf', '-'], { input: r.stdout, encoding: 'utf8' });
    t.is(listed.status, 0, listed.stderr);
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((l) => l.replace(/\s+\d{4}-\d\d-\d\d \d\d:\d\d/, '').replace(/\s+/g, ' '));
    t.deepEqual(rows, [
      'drwxr-xr-x root/system 0 /home/app/',
      'drwxr-xr-x root/system 0 /home/app/conf/',
      '-rw------- root/system 10 /home/app/conf/app.cfg',
      'lrwxrwxrwx root/system 0 /home/app/current -> conf/app.cfg',
    ]);
    const content = spawnSync('tar', ['-xOPf', '-', '/home/app/conf/app.cfg'], { input: r.stdout, encoding: 'utf8' });
    t.is(content.stdout, 'port=8080\n');
  });

  test('wparsim reads an archive GNU tar writes (ustar), and extracts it with its modes', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'wparsim-gnutar-'));
    mkdirSync(join(dir, 'etc2', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'etc2', 'sub', 'motd'), 'hello from GNU tar\n', { mode: 0o640 });
    symlinkSync('sub/motd', join(dir, 'etc2', 'link'));
    const made = spawnSync('tar', ['--format=ustar', '--owner=root', '--group=system', '-C', dir, '-cf', '-', 'etc2'], { encoding: 'buffer' });
    t.is(made.status, 0);
    // Into the simulated tree through printf, each byte an octal escape (the archive has NULs).
    const escaped = [...made.stdout].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
    const r = wparsim(`printf '${escaped}' > /tmp/g.tar; cd /tmp; tar -xvf g.tar; ls -l /tmp/etc2 /tmp/etc2/sub; cat /tmp/etc2/link`);
    t.is(r.stderr.toString(), '');
    const out = r.stdout.toString();
    t.regex(out, /^x etc2\/sub\/motd, 19 bytes, 1 media blocks\.$/m);
    t.regex(out, /^lrwxrwxrwx +1 root +system +8 .* link -> sub\/motd$/m);
    t.regex(out, /^-rw-r----- +1 root +system +19 .* motd$/m);
    t.regex(out, /hello from GNU tar\n$/);
  });
}
