// Logging in to a scope as one of its users: clogin, and the ways in over the
// network the guide names (telnet, rlogin, ssh to an active WPAR's host
// name). The banner is the scope's /etc/motd and, after a first login, a
// "Last login" line (reference 9.2, RECALLED). Passwords are asked as AIX
// asks them and never shown; wparsim keeps no passwords (passwd writes "!"),
// so any answer lets a user the scope has in: a name it does not have gets
// login's 3004-007 (RECALLED). At the prompt the answers are the next lines
// typed (an `ask` effect); elsewhere they are read from standard input.

import type { Chunk, CommandContext, CommandResult, Effect } from '../../engine/contract.js';
import { readFile, toGlobal } from '../../world/fs.js';
import { addressesInUse } from '../../world/network.js';
import { dirExists, GLOBAL, scopeNamed } from '../../world/scope.js';
import type { Scope } from '../../world/types.js';
import { findWpar, isRunning, recordLogin } from '../../world/wpars.js';
import { accounts, type User } from './accounts.js';
import { textLines } from './files.js';
import { hostAddress } from './hosts.js';
import { harmless, lines } from './output.js';
import { dateString } from './time.js';

/** login's refusal of an unknown name or a wrong password (RECALLED). */
export const INVALID_LOGIN = '3004-007 You entered an invalid login name or password.';

/** A user of the scope, by name. */
export function userIn(ctx: CommandContext, scope: Scope, name: string): User | undefined {
  const found = accounts(ctx, ctx.world, scope).users.find((u) => u.name === name);
  // Every AIX has root, whatever its /etc/passwd holds (a versioned WPAR's image may not have one).
  return found ?? (name === 'root' ? { name, pw: '!', uid: '0', gid: '0', gecos: '', home: '/', shell: '/usr/bin/ksh' } : undefined);
}

/**
 * The login itself: the banner a terminal shows, the login recorded, and a
 * login shell in the scope as the user (its home directory when it has one).
 */
export function loginAs(ctx: CommandContext, scope: Scope, user: User, banner: boolean): CommandResult {
  const out: string[] = [];
  const wpar = scope.kind === 'wpar' ? findWpar(ctx.world, scope.name) : undefined;
  if (banner) {
    // The banner is the scope's own /etc/motd (mkwpar wrote AIX's; an admin may change it).
    const motd = readFile(ctx.world, toGlobal(ctx.world, scope, '/etc/motd'));
    if (motd.ok) out.push(...textLines(motd.value).map(harmless));
    if (wpar?.lastLogin !== undefined) out.push(`Last login: ${dateString(wpar.lastLogin, ctx.world.lpar.timezone)} on /dev/Global from ${ctx.world.lpar.hostname}`);
    out.push('');
  }
  // A home directory the user does not have yet (mkuser makes none here): the login starts in /, as AIX's does.
  const home = user.home !== '' && dirExists(ctx.world, scope, user.home) ? user.home : '/';
  const effects: Effect[] = [{ kind: 'enter', scope, user: user.name, home }];
  return { out: lines(out), status: 0, effects, ...(wpar ? { world: recordLogin(ctx.world, wpar.name, ctx.now) } : {}) };
}

/** Where a host name or address of the scope's /etc/hosts leads: the global environment, an active WPAR, or nowhere. */
export function hostTarget(ctx: CommandContext, host: string): { address: string; scope: Scope | undefined } | undefined {
  const address = hostAddress(ctx, host);
  if (address === undefined) return undefined;
  if (address.startsWith('127.')) return { address, scope: ctx.scope };
  const owner = addressesInUse(ctx.world).get(address);
  return { address, scope: owner === undefined ? undefined : owner === 'Global' ? GLOBAL : scopeNamed(owner) };
}

/** How a way in asks and refuses: telnet (login's prompts), rlogin (login's password prompt), ssh (OpenSSH's). */
export interface LoginStyle {
  /** Asks for the user's name first (telnet). */
  asksName: boolean;
  passwordPrompt(user: string, host: string): string;
  /** What a refused login prints (a name the scope does not have). */
  refused: string;
  /** Asked again after a refusal (telnet's login:, ssh's password prompt), or the connection ends. */
  again: boolean;
}

/** The state a conversation keeps between its questions: the target scope, the host as typed, the user. */
const stateOf = (scope: Scope, host: string, user: string): string[] => [scope.kind === 'global' ? 'Global' : scope.name, host, user];

/** The next question of a login conversation (or, with answers on standard input, the whole of it). */
export function converse(ctx: CommandContext, style: LoginStyle, scope: Scope, host: string, user: string | undefined, before: Chunk[]): CommandResult {
  const state = stateOf(scope, host, user ?? '');
  if (ctx.stdin !== '') return fromStdin(ctx, style, scope, host, user, before);
  if (!ctx.interactive) {
    return { out: [...before, { text: `wparsim: ${ctx.argv[0]} reads its answers from the keys only at the prompt; give them on standard input, or use clogin\n`, stream: 'err' }], status: 1 };
  }
  const prompt = user === undefined ? 'login: ' : style.passwordPrompt(user, host);
  return { out: before, status: 0, effects: [{ kind: 'ask', prompt, hidden: user !== undefined, command: ctx.argv[0]!, state }] };
}

/** An answer: a name (then the password is asked), or a password (then the login, or the refusal). */
export function answered(ctx: CommandContext, style: LoginStyle, state: readonly string[], text: string): CommandResult {
  const [owner = 'Global', host = '', name = ''] = state;
  const scope = scopeNamed(owner);
  // An empty login name is asked again, as login does.
  if (name === '') return converse(ctx, style, scope, host, text.trim() === '' ? undefined : text.trim(), []);
  // The WPAR stopped while its login was asked (another wparsim): the connection is gone.
  const wpar = scope.kind === 'wpar' ? findWpar(ctx.world, scope.name) : undefined;
  if (scope.kind === 'wpar' && !(wpar && isRunning(wpar))) return { out: [{ text: 'Connection closed.\n', stream: 'err' }], status: 1 };
  const user = userIn(ctx, scope, name);
  if (user) return loginAs(ctx, scope, user, true);
  const refused: Chunk = { text: `${style.refused}\n`, stream: 'err' };
  if (!style.again) return { out: [refused], status: 1 };
  return converse(ctx, style, scope, host, style.asksName ? undefined : name, [refused]);
}

/** The answers on standard input, a line each: the prompts are printed, the answers are not. */
function fromStdin(ctx: CommandContext, style: LoginStyle, scope: Scope, host: string, user: string | undefined, before: Chunk[]): CommandResult {
  const given = ctx.stdin.split('\n');
  let used = 0;
  const out = [...before];
  let name = user;
  if (name === undefined) {
    out.push(...lines(['login: ']));
    name = (given[used++] ?? '').trim();
  }
  out.push(...lines([style.passwordPrompt(name, host)]));
  used++;
  const consume: Effect = { kind: 'consume', chars: given.slice(0, used).join('\n').length + 1 };
  const found = userIn(ctx, scope, name);
  if (!found) return { out: [...out, { text: `${style.refused}\n`, stream: 'err' }], status: 1, effects: [consume] };
  const login = loginAs(ctx, scope, found, false);
  return { ...login, out: [...out, ...login.out], effects: [consume, ...(login.effects ?? [])] };
}

/** AIX's text for ETIMEDOUT (RECALLED): a connection to an address nothing has, after TCP's 75 seconds. */
export const timedOut = (text: string): Chunk => ({ text: `${text}A remote host did not respond within the timeout period.\n`, stream: 'err', delayMs: 75000 });
