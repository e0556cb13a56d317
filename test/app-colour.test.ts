// The coloured scope. chalk (which Ink colours with) found no colour terminal
// under the test runner, so this file turns colours on for the shared instance.

import test from 'ava';
import chalk from 'chalk';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { App } from '../src/ui/app.js';
import { host, until } from './helpers.js';

chalk.level = 1;

function shell(color: boolean) {
  const r = render(
    createElement(App, {
      host: host(undefined, undefined, undefined, true),
      history: null,
      speed: 'instant',
      color,
      onExit: () => {},
      clearScreen: () => {},
    }),
  );
  return { r, screen: () => r.lastFrame() ?? '' };
}

test.serial('green Global, yellow WPAR name, and no colour when it is off (NO_COLOR)', async (t) => {
  const on = shell(true);
  t.true(on.screen().startsWith('\x1b[1m\x1b[32mGlobal\x1b[39m\x1b[22m aixlpar1:/ #'), JSON.stringify(on.screen()));
  on.r.stdin.write('mkwpar -s -n wpar1 >/dev/null\rclogin wpar1\r');
  await until(() => on.screen().includes('wpar1:/ #'), 'the prompt is inside wpar1');
  t.true(on.screen().includes('\x1b[1m\x1b[33mwpar1\x1b[39m\x1b[22m wpar1:/ #'), JSON.stringify(on.screen()));
  const off = shell(false);
  t.is(
    off.screen().replace(/\x1b\[[0-9;]*m/g, ''),
    off
      .screen()
      .replace(/\x1b\[7m \x1b\[27m/, ' ')
      .replace(/\x1b\[[0-9;]*m/g, ''),
  );
  t.false(/\x1b\[3[0-9]m/.test(off.screen()), 'no foreground colour at all');
});
