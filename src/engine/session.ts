// A shell session: the current World, the stack of shell frames (the global
// login shell, then one frame per clogin), history and the last status. The
// engine owns it; commands only ever see read-only views.

import { COMMANDS } from '../commands/registry.js';
import type { Command as ShellCommand } from '../shell/ast.js';
import { own } from '../world/dict.js';
import { GLOBAL, scopeHostname, scopeName } from '../world/scope.js';
import type { Scope, World } from '../world/types.js';
import { type Command, type ExecHandler, type Extension, Interrupted, type Screen } from './contract.js';

export interface Frame {
  scope: Scope;
  cwd: string;
  vars: Record<string, string>;
  /** The positional parameters $1 $2 ... (a function's arguments while it runs; set -- changes them). */
  args: string[];
  /** $0: the script's name in a shell that runs one (else ksh). */
  name?: string;
  /** Variables' attributes (typeset -i -u -l), by name: every later assignment keeps to them. */
  attrs?: Record<string, string>;
  /** The user of a login shell other than root's (clogin -l, telnet, rlogin, ssh). */
  user?: string;
}

/** A question a command asked: the next line typed answers it (contract.ts `ask`). */
export interface Question {
  prompt: string;
  hidden: boolean;
  command: string;
  state: readonly string[];
}

export interface Clock {
  now(): number;
  /** Simulated time passing (a command's simulated duration). */
  advance(ms: number): void;
}

/** The real clock: time passes by itself; simulated durations are not added. */
export const realClock = (read: () => number): Clock => ({ now: read, advance: () => {} });

/** A fixed clock for replays and tests: starts at `start` and moves only by simulated durations. */
export function simulatedClock(start: number): Clock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}

/** 2026-11-25 09:00:00 UTC: the start of every replay. */
export const REPLAY_EPOCH = Date.UTC(2026, 10, 25, 9, 0, 0);

export interface Snapshot {
  world: World;
  frames: Frame[];
  lastStatus: number;
  exited: number | undefined;
  functions: ReadonlyMap<string, ShellCommand>;
  options: ReadonlySet<string>;
  aliases: ReadonlyMap<string, string>;
  question: Question | undefined;
}

/** What a compound command's inner commands read as standard input (`while read x` consumes it line by line). */
export interface Input {
  text: string;
  at: number;
}

export interface SessionOptions {
  clock: Clock;
  /** A person at a terminal, or a replay that looks like one (banners on clogin). */
  interactive: boolean;
  /** Tests: let exceptions escape instead of printing "<cmd>: internal error". */
  rethrow?: boolean;
  history?: string[];
  /** Commands and middleware a front end plugs in (the lesson tutor). */
  extensions?: readonly Extension[];
  /** Whether the user pressed Ctrl-C since the line began (the interactive shell); asked between commands and in long loops. */
  interrupted?: () => boolean;
  /** A terminal that full-screen programs (vi, more) can take: the interactive shell only. */
  terminal?: boolean;
}

/** Runs the command: the innermost handler, which the extensions' middleware wraps. */
const runCommand: ExecHandler = (command, ctx) => command.run(ctx);

export class Session {
  world: World;
  frames: Frame[];
  lastStatus = 0;
  /** How deep command substitutions and function calls are nested now. */
  depth = 0;
  /** Loops and function calls running now (break and return need one to leave). */
  loops = 0;
  calls = 0;
  /** Aliases by name; lineAliases: those in force for the line running now (defined before it was read). */
  aliases = new Map<string, string>();
  lineAliases: ReadonlyMap<string, string> = new Map();
  /** For each function call running now, the values its typeset variables had before (put back when it returns). */
  locals: Map<string, string | undefined>[] = [];
  /** Shell options that are on (set -e -u -x): errexit, nounset, xtrace. */
  options = new Set<string>();
  /** if, while and until conditions and ! running now (set -e does not apply in them). */
  conditions = 0;
  /** Shell functions by name (a Map: any name is safe as a key). */
  functions = new Map<string, ShellCommand>();
  /** Standard input of the compound command running now. */
  input: Input = { text: '', at: 0 };
  history: string[];
  /** Set when the outermost shell exited (its status). */
  exited: number | undefined;
  readonly clock: Clock;
  readonly interactive: boolean;
  readonly terminal: boolean;
  /** How many pipes, redirections and $(...) take the output of what runs now (0: it goes to the terminal). */
  captured = 0;
  /** The full-screen programs the line asked for, run when it is over. */
  screens: Screen[] = [];
  /** A question the last line asked: the next line answers it. */
  question: Question | undefined;
  readonly rethrow: boolean;
  /** Every command by name: AIX's (commands/registry.ts), then the extensions'. */
  readonly commands: ReadonlyMap<string, Command>;
  /** The same, as a list (man), and the ones usable in each kind of scope (help): made once. */
  readonly commandList: readonly Command[];
  private readonly globalList: readonly Command[];
  private readonly wparList: readonly Command[];
  /** Runs a command: the extensions' middleware around the command itself. */
  readonly exec: ExecHandler;
  private readonly interrupted: () => boolean;

  /** Throws Interrupted once the user pressed Ctrl-C (runLine undoes the line). */
  stopIfInterrupted(): void {
    if (this.interrupted()) throw new Interrupted();
  }

  /** The commands usable in a scope (administration commands only in the global environment). */
  availableIn(scope: Scope): readonly Command[] {
    return scope.kind === 'global' ? this.globalList : this.wparList;
  }
  private readonly extensions: readonly Extension[];

  constructor(world: World, options: SessionOptions) {
    this.world = world;
    this.frames = [newFrame(GLOBAL)];
    this.clock = options.clock;
    this.interactive = options.interactive;
    this.terminal = options.terminal ?? false;
    this.rethrow = options.rethrow ?? false;
    this.history = options.history ?? [];
    this.extensions = options.extensions ?? [];
    this.interrupted = options.interrupted ?? (() => false);
    const table = new Map<string, Command>(COMMANDS.map((c) => [c.name, c]));
    for (const e of this.extensions) for (const c of e.commands ?? []) table.set(c.name, c);
    this.commands = table;
    this.commandList = [...table.values()];
    this.globalList = this.commandList;
    this.wparList = this.commandList.filter((c) => c.scope === 'any');
    this.exec = this.extensions.reduceRight<ExecHandler>((next, e) => (e.exec ? e.exec(next) : next), runCommand);
  }

  /**
   * A copy of this session to try a line on (explain): the same world, shell
   * state, commands and history, a clock of its own, and none of the
   * extensions' middleware (what runs in the copy did not run).
   */
  fork(): Session {
    const commands = [...this.commands.values()];
    const copy = new Session(this.world, {
      clock: simulatedClock(this.clock.now()),
      interactive: false,
      history: [...this.history],
      rethrow: this.rethrow,
      extensions: [{ commands }],
      interrupted: this.interrupted,
    });
    copy.restore(this.snapshot());
    return copy;
  }

  /** What a line can change in the session (not its history), so an interrupted line can be undone. */
  snapshot(): Snapshot {
    return {
      world: this.world,
      frames: copyFrames(this.frames),
      lastStatus: this.lastStatus,
      exited: this.exited,
      functions: new Map(this.functions),
      options: new Set(this.options),
      aliases: new Map(this.aliases),
      question: this.question,
    };
  }

  restore(s: Snapshot): void {
    this.world = s.world;
    this.frames = copyFrames(s.frames);
    this.lastStatus = s.lastStatus;
    this.exited = s.exited;
    this.functions = new Map(s.functions);
    this.options = new Set(s.options);
    this.aliases = new Map(s.aliases);
    this.question = s.question;
    this.locals = [];
  }

  /** $RANDOM's generator: seeded from the LPAR's machine ID, so a replay gives the same numbers; RANDOM=n seeds it. */
  private randomState: number | undefined;

  private random(): string {
    const seed = own(this.frame.vars, 'RANDOM');
    if (seed !== undefined) {
      this.randomState = Number.parseInt(seed, 10) || 0;
      delete this.frame.vars['RANDOM'];
    }
    if (this.randomState === undefined) this.randomState = [...this.world.lpar.machineId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
    this.randomState = (this.randomState * 1103515245 + 12345) >>> 0;
    return String((this.randomState >>> 16) & 0x7fff);
  }

  /** The login shell's EXIT trap (trap '...' EXIT), taken so that it runs once: the front end runs it when its input ends. */
  takeExitTrap(): string | undefined {
    const vars = this.frames[0]!.vars;
    const text = own(vars, '.trap.EXIT');
    delete vars['.trap.EXIT'];
    return text;
  }

  get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** The prompt: scope, host name, directory and "# " (design section 1), or $PS1. */
  prompt(): string {
    if (this.question) return this.question.prompt;
    const f = this.frame;
    const ps1 = own(f.vars, 'PS1');
    if (ps1 !== undefined) return ps1.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n: string) => this.lookup(n) ?? '');
    // A user other than root gets ksh's $ (AIX's default PS1 ends in # for root only).
    return `${scopeName(f.scope)} ${scopeHostname(this.world, f.scope)}:${f.cwd} ${f.user === undefined ? '#' : '$'} `;
  }

  lookup(name: string): string | undefined {
    const first = name.charCodeAt(0);
    // A name (a letter or _ first): a variable, or PWD. Tested first: loops read variables a great many times.
    if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95) return name === 'PWD' ? this.frame.cwd : name === 'RANDOM' ? this.random() : own(this.frame.vars, name);
    if (name === '?') return String(this.lastStatus);
    if (name === '$') return String(3801376 + (this.frames.length - 1) * 131074);
    const args = this.frame.args;
    if (name === '#') return String(args.length);
    // $-: the option letters that are on.
    if (name === '-') return [...this.options].map((o) => ({ errexit: 'e', nounset: 'u', xtrace: 'x' })[o] ?? '').join('');
    if (name === '0') return this.frame.name ?? 'ksh';
    if (name === '@' || name === '*') {
      // Joined with IFS's first character ("$*" with IFS=: is a:b:c), so that splitting parts them again.
      const ifs = own(this.frame.vars, 'IFS');
      return args.join(ifs === undefined ? ' ' : ifs === '' && name === '@' ? ' ' : ifs.slice(0, 1));
    }
    if (/^[1-9][0-9]*$/.test(name)) return args[Number(name) - 1];
    return own(this.frame.vars, name);
  }
}

/** Frames copied so that a line (or a subshell) can change them and be undone. */
export const copyFrames = (frames: readonly Frame[]): Frame[] => frames.map((f) => ({ ...f, vars: { ...f.vars }, args: [...f.args], ...(f.attrs ? { attrs: { ...f.attrs } } : {}) }));

export function newFrame(scope: Scope, user = 'root', home = '/'): Frame {
  return {
    scope,
    cwd: home,
    args: [],
    vars: { HOME: home, LOGNAME: user, USER: user, SHELL: '/usr/bin/ksh', TERM: 'xterm', PATH: '/usr/bin:/etc:/usr/sbin:/usr/ucb:/usr/bin/X11:/sbin' },
    ...(user === 'root' ? {} : { user }),
  };
}
