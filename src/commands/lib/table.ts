// Column layout shared by AIX listing commands: each column left-justified and
// padded to its widest cell plus two spaces; the last column is not padded
// (no trailing blanks); the dash line spans every column's padded width.
// [INFERRED from the lswpar samples in aix-reference.md 4.2/4.4, which are
// RECALLED and disagree by a few dashes; this rule matches -M and -D.]

export function table(headers: readonly string[] | null, rows: readonly (readonly string[])[]): string[] {
  const all = headers ? [headers, ...rows] : rows;
  const cols = Math.max(0, ...all.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(0, ...all.map((r) => (r[c] ?? '').length)));
  const render = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]! + 2)))
      .join('')
      .trimEnd();
  const out: string[] = [];
  if (headers) {
    out.push(render(headers));
    out.push('-'.repeat(widths.reduce((a, w) => a + w + 2, 0)));
  }
  out.push(...rows.map(render));
  return out;
}

/** "Label:" padded so that values start at column `width` (lswpar -L paragraphs). */
export function field(label: string, value: string, width: number): string {
  return value === '' ? label : label.padEnd(width) + value;
}

/** Folds a paragraph at word boundaries into lines of at most `width` characters, each starting with `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && (indent + current + ' ' + word).length > width) {
      out.push(indent + current);
      current = word;
    } else {
      current = current === '' ? word : current + ' ' + word;
    }
  }
  if (current !== '') out.push(indent + current);
  return out;
}
