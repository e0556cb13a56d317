// AIX-style getopt(3): clustered flags (-ef), attached (-nwpar1) or separate
// (-n wpar1) arguments, "--" ends the flags, the first operand ends them too
// (POSIX). Errors use AIX libc's wording, printed by the caller before its
// usage text: "<cmd>: Not a recognized flag: z" and "<cmd>: Flag requires a
// parameter: n" [RECALLED: AIX libc getopt catalogue, high confidence].
//
// `multi` flags take attribute=value lists (mkwpar -N address=A netmask=M):
// after the first argument, following words that contain "=" and do not
// start with "-" belong to the same flag (reference 3.1: "White space must be
// included between a flag and its argument for attribute=value type flags").

import { put } from '../../world/dict.js';

export interface Opt {
  flag: string;
  /** The argument, for flags that take one. */
  arg?: string;
  /** For multi flags: every word of the attribute list. */
  args?: string[];
}

export type GetoptResult = { ok: true; opts: Opt[]; operands: string[] } | { ok: false; kind: 'unknown' | 'missing'; flag: string };

export interface GetoptOptions {
  /** Flags whose argument is an attribute=value list. */
  multi?: string;
  /** Keep scanning for flags after operands (some AIX commands, e.g. clogin -l). */
  permute?: boolean;
  /** Flags whose argument may be left out: attached, or the next word when it does not start with "-" (ps -@ [wpar]). */
  optional?: string;
  /** Words an attribute-list flag also takes without "=" (chwpar -K -R totalProcesses shares_CPU). */
  listWords?: Readonly<Record<string, readonly string[]>>;
}

/** An optstring and its options as sets, made once for each options object (a command's are made once, then kept). */
interface Compiled {
  optstring: string;
  known: Set<string>;
  takesArg: Set<string>;
  multi: Set<string>;
  optional: Set<string>;
  words: Map<string, Set<string>>;
}
const compiled = new WeakMap<GetoptOptions, Compiled>();

function compile(optstring: string, options: GetoptOptions): Compiled {
  const known = compiled.get(options);
  if (known && known.optstring === optstring) return known;
  const c: Compiled = {
    optstring,
    known: new Set(),
    takesArg: new Set(),
    multi: new Set(options.multi ?? ''),
    optional: new Set(options.optional ?? ''),
    words: new Map(Object.entries(options.listWords ?? {}).map(([flag, words]) => [flag, new Set(words)])),
  };
  for (let i = 0; i < optstring.length; i++) {
    const ch = optstring[i]!;
    c.known.add(ch);
    if (optstring[i + 1] === ':') {
      c.takesArg.add(ch);
      i++;
    }
  }
  compiled.set(options, c);
  return c;
}

const NO_OPTIONS: GetoptOptions = {};

export function getopt(argv: readonly string[], optstring: string, options: GetoptOptions = NO_OPTIONS): GetoptResult {
  const { known, takesArg, multi, optional, words: listWords } = compile(optstring, options);
  const opts: Opt[] = [];
  const operands: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const word = argv[i]!;
    if (word === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      if (!options.permute) {
        operands.push(...argv.slice(i));
        break;
      }
      operands.push(word);
      i++;
      continue;
    }
    i++;
    for (let j = 1; j < word.length; j++) {
      const flag = word[j]!;
      if (!known.has(flag)) return { ok: false, kind: 'unknown', flag };
      if (optional.has(flag)) {
        const next = argv[i];
        if (j + 1 < word.length) opts.push({ flag, arg: word.slice(j + 1) });
        else if (next !== undefined && !next.startsWith('-')) opts.push({ flag, arg: argv[i++]! });
        else opts.push({ flag });
        break;
      }
      if (!takesArg.has(flag)) {
        opts.push({ flag });
        continue;
      }
      let arg: string;
      if (j + 1 < word.length) arg = word.slice(j + 1);
      else if (i < argv.length) arg = argv[i++]!;
      else return { ok: false, kind: 'missing', flag };
      if (multi.has(flag)) {
        const args = [arg];
        const words = listWords.get(flag);
        while (i < argv.length && (argv[i]!.includes('=') || words?.has(argv[i]!)) && !argv[i]!.startsWith('-')) args.push(argv[i++]!);
        opts.push({ flag, arg, args });
      } else {
        opts.push({ flag, arg });
      }
      break;
    }
  }
  return { ok: true, opts, operands };
}

/** Text of a getopt failure, AIX libc style. */
export function getoptMessage(cmd: string, r: { kind: 'unknown' | 'missing'; flag: string }): string {
  return r.kind === 'unknown' ? `${cmd}: Not a recognized flag: ${r.flag}` : `${cmd}: Flag requires a parameter: ${r.flag}`;
}

/** Splits attribute=value words into a record; a word without "=" is returned as bad. */
export function parseAttrs(words: readonly string[]): { attrs: Record<string, string>; bad?: string } {
  const attrs: Record<string, string> = {};
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq <= 0) return { attrs, bad: w };
    put(attrs, w.slice(0, eq), w.slice(eq + 1));
  }
  return { attrs };
}
