// Date formatting in the style of AIX date(1) and login messages:
// "Wed Nov 25 23:09:31 UTC 2026" (%a %b %e %H:%M:%S %Z %Y). The clock is the
// injected one; the LPAR's time zone is UTC in the factory world.

export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** A strftime subset: %a %b %d %e %H %M %S %Y %y %m %j %Z %T %D %n %t %%. */
export function strftime(format: string, ms: number, zone: string): string {
  const d = new Date(ms);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const map: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()]!,
    b: () => MONTHS[d.getUTCMonth()]!,
    h: () => MONTHS[d.getUTCMonth()]!,
    d: () => pad(d.getUTCDate()),
    e: () => pad(d.getUTCDate(), 2, ' '),
    H: () => pad(d.getUTCHours()),
    M: () => pad(d.getUTCMinutes()),
    S: () => pad(d.getUTCSeconds()),
    Y: () => String(d.getUTCFullYear()),
    y: () => pad(d.getUTCFullYear() % 100),
    m: () => pad(d.getUTCMonth() + 1),
    j: () => pad(Math.floor((ms - start) / 86400000) + 1, 3),
    Z: () => zone,
    T: () => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    D: () => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear() % 100)}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (all, c: string) => (map[c] ? map[c]!() : all));
}

export const dateString = (ms: number, zone: string) => strftime('%a %b %e %H:%M:%S %Z %Y', ms, zone);
