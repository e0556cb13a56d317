// Shell wildcards (* and ?) matched without backtracking blow-up: the
// classic two-pointer walk, which goes back only to the last * (time at most
// the product of the two lengths, never exponential as a RegExp made of .*
// runs is: lslpp -l '****...Q' took over 20 s).

/** Whether `name` matches the wildcard `pattern` (* any run, ? any one character; nothing else is special). */
export function globMatch(pattern: string, name: string): boolean {
  const p = [...pattern];
  const s = [...name];
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < s.length) {
    if (i < p.length && (p[i] === '?' || p[i] === s[j])) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      resume = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
