// The contract between the engine and a command (design section 2), owned by
// the engine: a command gets an immutable World snapshot and returns output
// chunks, an exit status, optionally a new World and optionally effects the
// engine applies to the session. Simulated latency is data (delayMs),
// honoured only by the UI and recorders. Each command declares its flags once
// (FlagSpec); its getopt string, man page flag list, Tab completion and the
// fuzz vocabulary are derived from that declaration.

import type { Scope, World } from '../world/types.js';

export interface Chunk {
  text: string;
  stream: 'out' | 'err';
  /** Simulated time before this chunk appears, in ms (ignored by -c, tests, replay). */
  delayMs?: number;
  /** The delay is a wait the user asked for (sleep): the interactive shell takes it in real time, at every --speed but instant. */
  realTime?: true;
}

/**
 * A program that takes the whole terminal after the line has run (the
 * interactive shell only): a pager (more, pg, man) over text, or vi over a
 * file (`path` global; `text` null for a new file).
 */
export type Screen = { kind: 'page'; text: string; style: 'more' | 'pg' } | { kind: 'vi'; path: string | null; name: string | null; text: string | null; readOnly: boolean };

export type Effect =
  /** A login shell in a scope, as a user (clogin, telnet, rlogin, ssh): `exit` comes back. */
  | { kind: 'enter'; scope: Scope; user: string; home: string }
  /**
   * The next line typed at the prompt answers a question (a login name, a
   * password: not shown, not kept in the history); `command`'s answer() gets
   * it with `state`. Asked only of a person at the prompt (ctx.interactive and
   * nothing on standard input); Ctrl-C drops it.
   */
  | { kind: 'ask'; prompt: string; hidden: boolean; command: string; state: readonly string[] }
  /** A full-screen program to run when the line is over (ctx.terminal was true). */
  | { kind: 'screen'; screen: Screen }
  | { kind: 'exit'; status: number }
  | { kind: 'clear' }
  | { kind: 'cd'; dir: string }
  /** A fresh login: the shell stack goes back to one global login shell (a lesson starts on its own world). */
  | { kind: 'login' }
  /** break / continue: leave (or go on with) the levels-th enclosing loop. */
  | { kind: 'loop'; op: 'break' | 'continue'; levels: number }
  /** return: leave the function running now. */
  | { kind: 'return'; status: number }
  /** Shell variables set or unset (export, unset, let, read). */
  | { kind: 'vars'; set?: readonly (readonly [string, string])[]; unset?: readonly string[] }
  /** New positional parameters (set --, shift). */
  | { kind: 'args'; args: readonly string[] }
  /** Aliases defined or removed (alias, unalias). */
  | { kind: 'aliases'; set: readonly (readonly [string, string])[]; unset?: readonly string[] }
  /** Variables a function makes its own (typeset): their values are put back when it returns. */
  | { kind: 'local'; names: readonly string[] }
  /** Attributes variables keep (typeset -i -u -l): i, u or l. */
  | { kind: 'attributes'; names: readonly string[]; flags: string }
  /** Shell options turned on or off (set -e -u -x -o NAME): errexit, nounset, xtrace, vi (the line editor's vi mode; emacs turns it off). */
  | { kind: 'options'; on: readonly string[]; off: readonly string[] }
  /** The rest of the line is not run (a special built-in's error, as ksh ends a script). */
  | { kind: 'abort' }
  /** Characters of standard input used (read): the next command reads what follows. */
  | { kind: 'consume'; chars: number };

/** What a command line did when it ran on a copy of the session (explain). */
export interface Simulated {
  world: World;
  scope: Scope;
  status: number;
  chunks: Chunk[];
}

export interface CommandContext {
  /** argv[0] is the command name (without a directory). */
  argv: string[];
  world: World;
  scope: Scope;
  cwd: string;
  /** Shell variables of the current frame (read-only view). */
  getVar(name: string): string | undefined;
  /** Every shell variable of the current frame, by name (set, export with no operands). */
  vars: Readonly<Record<string, string>>;
  /** The positional parameters $1 $2 ... */
  args: readonly string[];
  /** The shell options that are on, by name (errexit, nounset, xtrace, vi): set -o lists them. */
  options: ReadonlySet<string>;
  /** The shell's aliases and functions (whence, type, alias). */
  aliases: ReadonlyMap<string, string>;
  functions: { has(name: string): boolean };
  stdin: string;
  /** Who runs it: root, or the user a login named (clogin -l, telnet, rlogin, ssh). */
  user: string;
  /** The injected clock (ms since the epoch). */
  now: number;
  /** True for a person at a terminal (and replays, which look like one). */
  interactive: boolean;
  /**
   * The command's standard output is a person's terminal that a full-screen
   * program can take (the interactive shell, not in a pipe, a redirection or
   * $(...)); replays, -c and piped input have none.
   */
  terminal: boolean;
  /** The session's command history, oldest first. */
  history: readonly string[];
  /** The commands available in the current scope, for `help`. */
  available: readonly Command[];
  /** Every command of the session, for `man`. */
  commands: readonly Command[];
  /** Runs argv inside another scope, on `world`, as a user (root by default) with a home directory (clogin NAME [-l user] cmd ...). */
  runIn(scope: Scope, world: World, argv: string[], user?: string, home?: string): CommandResult;
  /** Runs a command line on a copy of the session and tells what it did; the session is untouched (explain). */
  simulate(line: string): Simulated;
  /** Throws Interrupted when the user pressed Ctrl-C; a command calls it in any loop that can run long. */
  stopIfInterrupted(): void;
  /**
   * Runs shell text: in a new shell (a script, ksh -c) with `args` as $1 ...,
   * or `here`, in this one (. script, eval). `name` heads its syntax errors
   * (`name[3]: ...` for a `file`, as ksh names a script's line).
   */
  runScript(text: string, name: string, args: readonly string[] | undefined, here: boolean, file?: boolean): CommandResult;
}

/** Thrown by stopIfInterrupted() after Ctrl-C: the engine undoes the line and the shell goes on (status 130). */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

export interface CommandResult {
  out: Chunk[];
  status: number;
  world?: World;
  effects?: Effect[];
}

/**
 * One flag of a command, declared once. `arg` names its argument (a switch
 * has none); `takes` says how: one word, an attribute=value list (mkwpar -N
 * address=A netmask=M), or an optional word that does not start with "-"
 * (ps -@ [wpar]). A flag without `doc` is one AIX has and wparsim does not
 * simulate yet: it is accepted, and the command says "not supported yet".
 */
export interface FlagSpec {
  flag: string;
  arg?: string;
  takes?: 'list' | 'optional';
  doc?: string;
  /** Words an attribute list also takes without "=" (chwpar -K -R totalProcesses). */
  words?: readonly string[];
  /** For a flag not simulated yet: what to call it in "wparsim: ... is not supported yet" (default "cmd -f"). */
  planned?: string;
}

/** A short AIX-style manual page (`man CMD`): only what wparsim implements. */
export interface Manual {
  purpose: string;
  synopsis: readonly string[];
  /** Operands and argument words, explained on the page after the flags ("Command", "The command whose page to show."). */
  operands?: readonly (readonly [string, string])[];
  /** From the WPAR guide where it has one. */
  examples: readonly string[];
}

export interface Command {
  name: string;
  /** 'global': WPAR administration, refused inside a WPAR. */
  scope: 'global' | 'any';
  /** One line for `help`. */
  summary: string;
  manual: Manual;
  /** Every flag the command accepts (see FlagSpec): its getopt string, man page flags and Tab completion come from here. */
  flags: readonly FlagSpec[];
  /** Parses its flags itself rather than with AIX getopt (echo, kill -9, head -5, ps -@ ...). */
  ownFlagParsing?: true;
  /** AIX's usage text, printed after a getopt error (it names every flag in `flags`). */
  usage?: readonly string[];
  /** Flags may follow operands (clogin NAME -l user). */
  permute?: boolean;
  /** Words its first operand can be, for Tab (lesson NAME). */
  operandWords?(): readonly string[];
  run(ctx: CommandContext): CommandResult;
  /** The answer to a question the command asked (an `ask` effect), with the state it kept. */
  answer?(ctx: CommandContext, state: readonly string[], text: string): CommandResult;
}

/** Runs a command in a context; extensions wrap it (in the style of mvdan/sh's ExecHandlers). */
export type ExecHandler = (command: Command, ctx: CommandContext) => CommandResult;
export type ExecMiddleware = (next: ExecHandler) => ExecHandler;

/** What a front end plugs into the engine: more commands, and middleware around every command run. */
export interface Extension {
  commands?: readonly Command[];
  exec?: ExecMiddleware;
}
