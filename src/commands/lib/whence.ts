// What a command name is, for whence and type: an alias, a function, a shell
// built-in, or a command and its path on AIX (administration commands in
// /usr/sbin, the others in /usr/bin: RECALLED from AIX 7.3).

import type { CommandContext } from '../../engine/contract.js';

/** The Korn shell's own commands (ksh88's built-ins that wparsim has). */
export const BUILTINS = new Set([
  '.',
  ':',
  '[',
  'alias',
  'break',
  'cd',
  'continue',
  'echo',
  'eval',
  'exit',
  'export',
  'false',
  'kill',
  'let',
  'print',
  'printf',
  'pwd',
  'read',
  'return',
  'set',
  'shift',
  'test',
  'true',
  'type',
  'typeset',
  'unalias',
  'unset',
  'whence',
]);

const SBIN = new Set([
  'mount',
  'umount',
  'ifconfig',
  'lsdev',
  'lspv',
  'lsvg',
  'lssrc',
  'cfgmgr',
  'rmdev',
  'crfs',
  'rmfs',
  'lsfs',
  'mkvg',
  'varyonvg',
  'varyoffvg',
  'installp',
  'lparstat',
  'mksysb',
  'savewpar',
  'restwpar',
  'lssavewpar',
]);

export type What = { kind: 'alias'; value: string } | { kind: 'function' } | { kind: 'builtin' } | { kind: 'command'; path: string } | { kind: 'none' };

export function whatIs(ctx: CommandContext, name: string): What {
  const alias = ctx.aliases.get(name);
  if (alias !== undefined) return { kind: 'alias', value: alias };
  if (ctx.functions.has(name)) return { kind: 'function' };
  if (BUILTINS.has(name)) return { kind: 'builtin' };
  const command = ctx.commands.find((c) => c.name === name);
  if (command) return { kind: 'command', path: `${command.scope === 'global' || SBIN.has(name) ? '/usr/sbin' : '/usr/bin'}/${name}` };
  return { kind: 'none' };
}
