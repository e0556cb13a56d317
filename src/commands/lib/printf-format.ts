// printf's formatting, shared by the printf command and awk's printf and
// sprintf: %s %b %c %d %i %o %x %X %u %e %f %g and %%, with flags (- + space
// 0 #), width and precision, and backslash escapes (POSIX, as AIX's).

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v', '"': '"', "'": "'" };

/** Backslash escapes of a format (or of %b's argument); \c ends all output. */
export function escapes(s: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      text += c;
      continue;
    }
    const next = s[i + 1]!;
    if (next === 'c') return { text, stop: true };
    const oct = /^0?[0-7]{1,3}/.exec(s.slice(i + 1))?.[0];
    if (oct) {
      text += String.fromCharCode(parseInt(oct, 8) & 0xff);
      i += oct.length;
    } else if (ESCAPES[next] !== undefined) {
      text += ESCAPES[next];
      i++;
    } else text += c;
  }
  return { text, stop: false };
}

const SPEC = /%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?([sbcdiouxXeEfgG%])/g;

/** A number argument as C's strtol reads it ('A gives the character code); bad ones are 0 with a message. */
function numberOf(arg: string | undefined, errors: string[]): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const t = arg.trim();
  const n = /^[-+]?0[xX][0-9a-fA-F]+$/.test(t) ? parseInt(t, 16) : /^[-+]?0[0-7]+$/.test(t) ? parseInt(t, 8) : Number(t);
  if (!Number.isFinite(n)) {
    errors.push(`printf: ${arg}: expected numeric value`);
    return 0;
  }
  return n;
}

function pad(s: string, flags: string, width: number | undefined, numeric: boolean): string {
  if (width === undefined || s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (flags.includes('0') && numeric) {
    const sign = /^[-+ ]/.test(s) ? s[0]! : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

export function format(fmt: string, args: readonly string[], errors: string[]): { text: string; used: number; stop: boolean } {
  let used = 0;
  let stop = false;
  const next = () => args[used++];
  const text = fmt.replace(SPEC, (_, flags: string, w: string | undefined, p: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const width = w === '*' ? numberOf(next(), errors) : w === undefined ? undefined : Number(w);
    const precision = p === '*' ? numberOf(next(), errors) : p === undefined ? undefined : Number(p);
    const arg = next();
    let s: string;
    switch (conv) {
      case 's':
        s = (arg ?? '').slice(0, precision);
        return pad(s, flags, width, false);
      case 'b': {
        const e = escapes(arg ?? '');
        if (e.stop) stop = true;
        return pad(e.text.slice(0, precision), flags, width, false);
      }
      case 'c':
        return pad((arg ?? '').slice(0, 1), flags, width, false);
      case 'd':
      case 'i':
      case 'u': {
        const n = Math.trunc(numberOf(arg, errors));
        s = String(Math.abs(n)).padStart(precision ?? 0, '0');
        s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
        return pad(s, flags, width, precision === undefined);
      }
      case 'o':
      case 'x':
      case 'X': {
        const n = Math.trunc(numberOf(arg, errors));
        s = (n >>> 0).toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') s = s.toUpperCase();
        if (flags.includes('#') && n !== 0) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + s;
        return pad(s, flags, width, true);
      }
      default: {
        const n = numberOf(arg, errors);
        const digits = precision ?? 6;
        s = conv === 'f' ? n.toFixed(digits) : conv === 'e' || conv === 'E' ? n.toExponential(digits) : String(Number(n.toPrecision(digits || 1)));
        s = s.replace(/e([+-])(\d)$/, 'e$10$2');
        if (conv === 'E' || conv === 'G') s = s.toUpperCase();
        if (n >= 0 && flags.includes('+')) s = `+${s}`;
        return pad(s, flags, width, true);
      }
    }
  });
  return { text, used, stop };
}
