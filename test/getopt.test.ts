import test from 'ava';
import { getopt, getoptMessage, parseAttrs } from '../src/commands/lib/getopt.js';

test('clustered flags, attached and separate arguments', (t) => {
  const r = getopt(['-sv', '-nwpar1', '-h', 'host1', 'op'], 'svn:h:');
  t.deepEqual(r, { ok: true, opts: [{ flag: 's' }, { flag: 'v' }, { flag: 'n', arg: 'wpar1' }, { flag: 'h', arg: 'host1' }], operands: ['op'] });
});

test('the first operand ends the flags (POSIX), -- too', (t) => {
  t.deepEqual(getopt(['a', '-v'], 'v'), { ok: true, opts: [], operands: ['a', '-v'] });
  t.deepEqual(getopt(['-v', '--', '-x'], 'v'), { ok: true, opts: [{ flag: 'v' }], operands: ['-x'] });
  t.deepEqual(getopt(['-'], 'v'), { ok: true, opts: [], operands: ['-'] });
});

test('permute keeps looking for flags after operands', (t) => {
  t.deepEqual(getopt(['a', '-v', 'b'], 'v', { permute: true }), { ok: true, opts: [{ flag: 'v' }], operands: ['a', 'b'] });
});

test('unknown flag and missing argument, with AIX libc wording', (t) => {
  const unknown = getopt(['-vz'], 'v');
  t.deepEqual(unknown, { ok: false, kind: 'unknown', flag: 'z' });
  const missing = getopt(['-n'], 'n:');
  t.deepEqual(missing, { ok: false, kind: 'missing', flag: 'n' });
  if (!unknown.ok && !missing.ok) {
    t.is(getoptMessage('mkwpar', unknown), 'mkwpar: Not a recognized flag: z');
    t.is(getoptMessage('mkwpar', missing), 'mkwpar: Flag requires a parameter: n');
  }
});

test('attribute-list flags take every following attr=value word', (t) => {
  const r = getopt(['-N', 'interface=en0', 'address=1.2.3.4', 'netmask=255.0.0.0', '-s', '-n', 'w'], 'N:sn:', { multi: 'N' });
  t.deepEqual(r, {
    ok: true,
    opts: [{ flag: 'N', arg: 'interface=en0', args: ['interface=en0', 'address=1.2.3.4', 'netmask=255.0.0.0'] }, { flag: 's' }, { flag: 'n', arg: 'w' }],
    operands: [],
  });
  // A word without "=" ends the list and, being an operand, the flags (the guide's "netmask 255..." typo).
  const typo = getopt(['-N', 'address=1.2.3.4', 'netmask', '255.0.0.0'], 'N:', { multi: 'N' });
  t.true(typo.ok && typo.operands.length === 2);
});

test('parseAttrs splits attr=value and reports the first bad word', (t) => {
  t.deepEqual(parseAttrs(['a=1', 'b=x=y']), { attrs: { a: '1', b: 'x=y' } });
  t.is(parseAttrs(['a=1', 'oops']).bad, 'oops');
  t.is(parseAttrs(['=1']).bad, '=1');
});
