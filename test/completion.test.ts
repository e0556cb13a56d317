import test from 'ava';
import { COMMANDS } from '../src/commands/registry.js';
import { commonPrefix, complete, completionCommands } from '../src/ui/completion.js';
import { host, run, session } from './helpers.js';

const ALL = completionCommands(COMMANDS);
const s = session();
run(s, 'mkwpar -n wpar1; mkwpar -s -n wpar2; mkwpar -n web3');
const at = (line: string, scope = s.frame.scope) => complete(line, line.length, s.world, scope, ALL);

test('command names in the current scope', (t) => {
  t.deepEqual(at('st').candidates, ['startsrc', 'startwpar', 'stopsrc', 'stopwpar']);
  t.deepEqual(at('echo a; cl').candidates, ['clear', 'clogin']);
  t.deepEqual(at('st', { kind: 'wpar', name: 'wpar2' }).candidates, ['startsrc', 'stopsrc'], 'administration commands are not offered inside a WPAR');
  t.deepEqual(at('unam', { kind: 'wpar', name: 'wpar2' }).candidates, ['uname']);
});

test('WPAR names the command can act on', (t) => {
  t.deepEqual(at('startwpar w').candidates, ['web3', 'wpar1'], 'Defined ones');
  t.deepEqual(at('stopwpar ').candidates, ['wpar2'], 'Active ones');
  t.deepEqual(at('clogin w').candidates, ['wpar2']);
  t.deepEqual(at('lswpar -L w').candidates, ['web3', 'wpar1', 'wpar2'], 'after a flag, any WPAR for lswpar');
  t.deepEqual(at('lswpar -').candidates.slice(0, 3), ['-D', '-G', '-I'], 'a word starting with - is a flag');
  t.deepEqual(at('rmwpar wp').candidates, ['wpar1', 'wpar2']);
  t.is(at('rmwpar wp').suffix, ' ');
});

test('flags of the current command, hdisk names after devname=', (t) => {
  t.deepEqual(at('stopwpar -').candidates, ['-F', '-N', '-h', '-r', '-t', '-v']);
  t.deepEqual(at('mkwpar -n w4 -D devname=hd').candidates, ['devname=hdisk1', 'devname=hdisk2', 'devname=hdisk3', 'devname=hdisk4'], "not hdisk0: it is rootvg's");
  // A disk exported to a running WPAR is not offered; once it is given back it is again.
  const d = session();
  run(d, 'mkwpar -s -n w1 -D devname=hdisk2');
  t.deepEqual(complete('chwpar -D devname=', 18, d.world, d.frame.scope, ALL).candidates, ['devname=hdisk1', 'devname=hdisk3', 'devname=hdisk4']);
  run(d, 'mkvg -y datavg hdisk3');
  t.deepEqual(complete('chwpar -D devname=', 18, d.world, d.frame.scope, ALL).candidates, ['devname=hdisk1', 'devname=hdisk4'], 'nor one in a volume group');
});

test('after -D the attribute names; after man the commands; a WPAR already on the line is not offered again', (t) => {
  t.deepEqual(at('mkwpar -n w4 -D ').candidates, ['devname=', 'rootvg=']);
  t.is(at('mkwpar -n w4 -D d').suffix, '', 'no blank after devname=');
  t.deepEqual(at('mkwpar -n w4 -D devname=hdisk1 ').candidates, ['rootvg=']);
  t.deepEqual(at('chwpar -D devname=hdisk1 r').candidates, ['rootvg=']);
  t.deepEqual(at('chwpar -A ').candidates, ['web3', 'wpar1', 'wpar2'], 'not after another flag');
  t.deepEqual(at('man lsw').candidates, ['lswpar']);
  t.deepEqual(at('man sta').candidates, ['startsrc', 'startwpar']);
  t.deepEqual(at('startwpar wpar1 ').candidates, ['web3']);
  t.deepEqual(at('lswpar wpar1 wpar2 w').candidates, ['web3']);
});

test("directories, absolute and relative, in the scope's own tree", (t) => {
  t.deepEqual(at('cd /ho').candidates, ['/home/']);
  t.is(at('cd /ho').suffix, '');
  t.deepEqual(at('cd /home/').candidates, ['/home/guest/', '/home/lost+found/']);
  t.deepEqual(at('cd /wpars/').candidates, ['/wpars/web3/', '/wpars/wpar1/', '/wpars/wpar2/']);
  t.deepEqual(at('cd /wpars/', { kind: 'wpar', name: 'wpar2' }).candidates, [], 'inside a WPAR, /wpars is its own, empty');
  t.deepEqual(at('cd us').candidates, ['usr/']);
  t.is(commonPrefix(['wpar1', 'wpar2', 'wparx']), 'wpar');
});

test('relative paths complete from the working directory', (t) => {
  const c = complete('cd gu', 5, s.world, { kind: 'global' }, ALL, '/home');
  t.deepEqual(c.candidates, ['guest/']);
});

test("the lesson tutor's words and, after lesson, the lesson names", async (t) => {
  const { loadLessons } = await import('../src/cli/lesson-files.js');
  const h = host(undefined, () => loadLessons('sessions/lessons').catalogue);
  const commands = completionCommands(h.session.commands.values());
  const with_ = (line: string) => complete(line, line.length, s.world, s.frame.scope, commands).candidates;
  t.deepEqual(with_('less'), ['lesson', 'lessons']);
  t.deepEqual(with_('hi'), ['hint', 'history']);
  t.deepEqual(with_('lesson 0').slice(0, 2), ['01-first-wpar', '02-stop-and-remove']);
  t.deepEqual(with_('lesson 05'), ['05-give-a-disk']);
  t.deepEqual(with_('lesson re'), ['reset']);
  t.deepEqual(with_('lesson 05-give-a-disk x'), [], 'one argument only');
});
