// A lesson's conditions: one line each, in a small declarative form an
// instructor writes without code, checked against the world (not against what
// the learner typed). The forms:
//
//   wpar NAME exists                 wpar NAME is absent
//   wpar NAME is STATE               (Defined, Active, ... or the lswpar letter)
//   wpar NAME has private /usr       (mkwpar -l)
//   wpar NAME has resource ATTR=VALUE (mkwpar/chwpar -R, as lswpar -R shows it)
//   device NAME is STATE in SCOPE    (Available, Defined, Exported: what lsdev -x shows there)
//   mount SOURCE at DIR in SCOPE     (SOURCE mounted at DIR as the scope sees it)
//   address ADDRESS on IF in SCOPE   (what ifconfig -a shows there)
//   file PATH in SCOPE exists
//   file PATH in SCOPE contains TEXT (the rest of the line)
//   fileset NAME is installed in SCOPE (its usr part, and its root part where it has one, at one level)
//   ran COMMAND in SCOPE             (run there with exit status 0 since the lesson started)
//   ran COMMAND in SCOPE showing TEXT (and its output had TEXT, the rest of the line: "lspv listed hdisk2")
//   wpar NAME has rootvg             (mkwpar -D ... rootvg=yes: its file systems on its own disk)
//   prompt in SCOPE                  (the shell is in that scope now)
//
// SCOPE is `global` or a WPAR's name.

import type { Chunk } from '../engine/contract.js';
import { visible } from '../format/visible.js';
import { nodeAt, readFile, toGlobal } from '../world/fs.js';
import { GLOBAL } from '../world/scope.js';
import { filesetInfo, rootLevels, usrLevels } from '../world/software.js';
import type { Scope, World, WparState } from '../world/types.js';
import { devicesIn, inets, mountsIn } from '../world/views.js';
import { findWpar, isRunning, STATE_WORDS } from '../world/wpars.js';

export type Condition =
  | { kind: 'wpar-exists'; wpar: string }
  | { kind: 'wpar-absent'; wpar: string }
  | { kind: 'wpar-state'; wpar: string; state: WparState }
  | { kind: 'private-usr'; wpar: string }
  | { kind: 'resource'; wpar: string; attribute: string; value: string }
  | { kind: 'fileset'; fileset: string; scope: string }
  | { kind: 'device'; device: string; state: string; scope: string }
  | { kind: 'mount'; source: string; dir: string; scope: string }
  | { kind: 'address'; address: string; iface: string; scope: string }
  | { kind: 'file-exists'; path: string; scope: string }
  | { kind: 'file-contains'; path: string; scope: string; text: string }
  | { kind: 'ran'; command: string; scope: string }
  | { kind: 'ran-showing'; command: string; scope: string; text: string }
  | { kind: 'rootvg'; wpar: string }
  | { kind: 'prompt'; scope: string };

/** What a condition looks at besides the world. */
export interface Observed {
  /** Commands run with status 0 since the lesson started, as ranKey() writes them. */
  ran: readonly string[];
  /** The scope of the shell's prompt now. */
  scope: Scope;
}

export type ParsedCondition = { ok: true; condition: Condition } | { ok: false; message: string };

const FORMS = [
  'wpar NAME exists',
  'wpar NAME is absent',
  'wpar NAME is STATE',
  'wpar NAME has private /usr',
  'wpar NAME has rootvg',
  'wpar NAME has resource ATTRIBUTE=VALUE',
  'fileset NAME is installed in SCOPE',
  'device NAME is STATE in SCOPE',
  'mount SOURCE at DIR in SCOPE',
  'address ADDRESS on INTERFACE in SCOPE',
  'file PATH in SCOPE exists',
  'file PATH in SCOPE contains TEXT',
  'ran COMMAND in SCOPE',
  'ran COMMAND in SCOPE showing TEXT',
  'prompt in SCOPE',
];

const DEVICE_STATES = ['Available', 'Defined', 'Exported'];

function stateOf(word: string): WparState | undefined {
  for (const [letter, name] of Object.entries(STATE_WORDS)) {
    if (word === letter || word.toLowerCase() === name.toLowerCase()) return letter as WparState;
  }
  return undefined;
}

/** Reads one condition line. */
export function parseCondition(text: string): ParsedCondition {
  const w = text.trim().split(/\s+/);
  const ok = (condition: Condition): ParsedCondition => ({ ok: true, condition });
  const n = w.length;
  if (w[0] === 'wpar' && n === 3 && w[2] === 'exists') return ok({ kind: 'wpar-exists', wpar: w[1]! });
  if (w[0] === 'wpar' && n === 4 && w[2] === 'is' && w[3] === 'absent') return ok({ kind: 'wpar-absent', wpar: w[1]! });
  if (w[0] === 'wpar' && n === 4 && w[2] === 'is') {
    const state = stateOf(w[3]!);
    if (!state) return { ok: false, message: `'${w[3]}' is not a WPAR state (${Object.values(STATE_WORDS).join(', ')})` };
    return ok({ kind: 'wpar-state', wpar: w[1]!, state });
  }
  if (w[0] === 'wpar' && n === 5 && w[2] === 'has' && w[3] === 'private' && w[4] === '/usr') return ok({ kind: 'private-usr', wpar: w[1]! });
  if (w[0] === 'wpar' && n === 5 && w[2] === 'has' && w[3] === 'resource' && /^[A-Za-z_]+=\S+$/.test(w[4]!)) {
    const [attribute, value] = [w[4]!.slice(0, w[4]!.indexOf('=')), w[4]!.slice(w[4]!.indexOf('=') + 1)];
    return ok({ kind: 'resource', wpar: w[1]!, attribute, value });
  }
  if (w[0] === 'fileset' && n === 6 && w[2] === 'is' && w[3] === 'installed' && w[4] === 'in') return ok({ kind: 'fileset', fileset: w[1]!, scope: w[5]! });
  if (w[0] === 'device' && n === 6 && w[2] === 'is' && w[4] === 'in') {
    const state = DEVICE_STATES.find((s) => s.toLowerCase() === w[3]!.toLowerCase());
    if (!state) return { ok: false, message: `'${w[3]}' is not a device state (${DEVICE_STATES.join(', ')})` };
    return ok({ kind: 'device', device: w[1]!, state, scope: w[5]! });
  }
  if (w[0] === 'mount' && n === 6 && w[2] === 'at' && w[4] === 'in') return ok({ kind: 'mount', source: w[1]!, dir: w[3]!, scope: w[5]! });
  if (w[0] === 'address' && n === 6 && w[2] === 'on' && w[4] === 'in') return ok({ kind: 'address', address: w[1]!, iface: w[3]!, scope: w[5]! });
  if (w[0] === 'file' && n === 5 && w[2] === 'in' && w[4] === 'exists') return ok({ kind: 'file-exists', path: w[1]!, scope: w[3]! });
  if (w[0] === 'file' && n >= 6 && w[2] === 'in' && w[4] === 'contains') {
    return ok({ kind: 'file-contains', path: w[1]!, scope: w[3]!, text: text0(text, 5) });
  }
  if (w[0] === 'ran' && n === 4 && w[2] === 'in') return ok({ kind: 'ran', command: w[1]!, scope: w[3]! });
  if (w[0] === 'ran' && n >= 6 && w[2] === 'in' && w[4] === 'showing') return ok({ kind: 'ran-showing', command: w[1]!, scope: w[3]!, text: text0(text, 5) });
  if (w[0] === 'wpar' && n === 4 && w[2] === 'has' && w[3] === 'rootvg') return ok({ kind: 'rootvg', wpar: w[1]! });
  if (w[0] === 'prompt' && n === 3 && w[1] === 'in') return ok({ kind: 'prompt', scope: w[2]! });
  return { ok: false, message: `unknown condition '${text.trim()}' (known forms: ${FORMS.join('; ')})` };
}

/** The text after the first `words` words of a line, as written. */
function text0(line: string, words: number): string {
  const m = new RegExp(`^\\s*(?:\\S+\\s+){${words}}`).exec(line);
  return m ? line.slice(m[0].length).trimEnd() : '';
}

const scopeWords = (scope: string) => (scope === 'global' ? 'the global environment' : scope);
const inScope = (scope: string) => (scope === 'global' ? 'in the global environment' : `inside ${scope}`);

/** The condition in plain words, as the learner sees it. */
/** A condition in words, its names and texts with control characters made visible (they come from a shared file). */
export function describe(c: Condition): string {
  return visible(describeRaw(c));
}

function describeRaw(c: Condition): string {
  switch (c.kind) {
    case 'wpar-exists':
      return `${c.wpar} exists`;
    case 'wpar-absent':
      return `${c.wpar} has been removed`;
    case 'wpar-state':
      return `${c.wpar} exists and is ${STATE_WORDS[c.state]}`;
    case 'private-usr':
      return `${c.wpar} has its own /usr`;
    case 'resource':
      return `${c.wpar} has the resource control ${c.attribute}=${c.value}`;
    case 'fileset':
      return `${c.fileset} is installed ${inScope(c.scope)}`;
    case 'device':
      return `${c.device} is ${c.state} ${inScope(c.scope)}`;
    case 'mount':
      return `${c.source} is mounted ${inScope(c.scope)} at ${c.dir}`;
    case 'address':
      return `${scopeWords(c.scope)} has ${c.address} on ${c.iface}`;
    case 'file-exists':
      return `${c.path} exists ${inScope(c.scope)}`;
    case 'file-contains':
      return `${c.path} ${inScope(c.scope)} contains "${c.text}"`;
    case 'ran':
      return `${c.command} was run ${inScope(c.scope)}`;
    case 'ran-showing':
      return `${c.command} was run ${inScope(c.scope)} and showed "${c.text}"`;
    case 'rootvg':
      return `${c.wpar} has its own root volume group`;
    case 'prompt':
      return `the prompt is ${inScope(c.scope)}`;
  }
}

/** The WPAR a condition names (its scope or its subject), if any. */
export function wparNamed(c: Condition): string | undefined {
  if (c.kind === 'wpar-exists' || c.kind === 'wpar-absent' || c.kind === 'wpar-state' || c.kind === 'private-usr' || c.kind === 'resource' || c.kind === 'rootvg') return c.wpar;
  return c.scope === 'global' ? undefined : c.scope;
}

/** A scope as conditions name it: `global` or the WPAR's name. */
const scopeWord = (scope: Scope) => (scope.kind === 'global' ? 'global' : scope.name);

/** How a command run in a scope is recorded for `ran` conditions ("cfgmgr@wpar1"). */
export const ranKey = (command: string, scope: Scope) => `${command}@${scopeWord(scope)}`;

/** How a command whose output had a condition's text is recorded ("lspv@wpar1 showing hdisk2"). */
const showingKey = (command: string, scope: string, text: string) => `${command}@${scope} showing ${text}`;

/** What a command wrote to standard output (for "ran ... showing" conditions). */
export const printed = (out: readonly Chunk[]): string =>
  out
    .filter((c) => c.stream === 'out')
    .map((c) => c.text)
    .join('');

/** The keys a command's run adds for the lesson's "ran ... showing" conditions: one for each whose text its output had. */
export function shown(conditions: readonly Condition[], command: string, scope: Scope, output: string): string[] {
  const where = scopeWord(scope);
  return conditions.flatMap((c) => (c.kind === 'ran-showing' && c.command === command && c.scope === where && output.includes(c.text) ? [showingKey(command, where, c.text)] : []));
}

const toScope = (name: string): Scope => (name === 'global' ? GLOBAL : { kind: 'wpar', name });

/** Whether the world (and what was observed) meets the condition. */
export function holds(c: Condition, world: World, seen: Observed): boolean {
  switch (c.kind) {
    case 'wpar-exists':
      return findWpar(world, c.wpar) !== undefined;
    case 'wpar-absent':
      return findWpar(world, c.wpar) === undefined;
    case 'wpar-state':
      return findWpar(world, c.wpar)?.state === c.state;
    case 'private-usr':
      return findWpar(world, c.wpar)?.privateUsr === true;
    case 'resource': {
      const resources = findWpar(world, c.wpar)?.resources ?? {};
      const key = Object.keys(resources).find((k) => k.toLowerCase() === c.attribute.toLowerCase());
      return key !== undefined && resources[key] === c.value;
    }
    case 'fileset': {
      // Installed software stays when a WPAR stops: this one looks at a WPAR that is not running too.
      const wpar = c.scope === 'global' ? undefined : findWpar(world, c.scope);
      if (c.scope !== 'global' && !wpar) return false;
      const usr = usrLevels(world, wpar)[c.fileset];
      return usr !== undefined && (!filesetInfo(c.fileset)?.root || rootLevels(world, wpar)[c.fileset] === usr);
    }
    case 'ran':
      return seen.ran.includes(`${c.command}@${c.scope}`);
    case 'ran-showing':
      return seen.ran.includes(showingKey(c.command, c.scope, c.text));
    case 'rootvg':
      return findWpar(world, c.wpar)?.rootvg === true;
    case 'prompt':
      return scopeWord(seen.scope) === c.scope;
    default:
      break;
  }
  // The rest look from inside a scope: a WPAR that is gone or not running shows nothing.
  const inside = c.scope === 'global' ? undefined : findWpar(world, c.scope);
  if (c.scope !== 'global' && !(inside && isRunning(inside))) return false;
  const scope = toScope(c.scope);
  switch (c.kind) {
    case 'device':
      return devicesIn(world, scope, true).some((d) => d.name === c.device && d.status === c.state);
    case 'mount':
      return mountsIn(world, scope).some(({ m, point }) => point === c.dir && m.device === c.source);
    case 'address':
      return inets(world, scope).some((i) => i.address === c.address && i.iface === c.iface);
    case 'file-exists':
      return nodeAt(world, toGlobal(world, scope, c.path)) !== undefined;
    case 'file-contains': {
      const r = readFile(world, toGlobal(world, scope, c.path));
      return r.ok && r.value.includes(c.text);
    }
  }
}
