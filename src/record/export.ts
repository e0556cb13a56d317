// Exports a cast: plays its output into @xterm/headless (a real terminal
// emulator, so cursor moves, clears and colours come out right) and reads
// back the final text (scrollback and screen) or an SVG still of the final
// screen, with per-cell colours, bold and the cursor.

import xterm from '@xterm/headless';
import { type Cast, castOutput } from './cast.js';

const { Terminal } = xterm;
type Term = InstanceType<typeof Terminal>;

export async function play(cast: Cast): Promise<Term> {
  const term = new Terminal({ cols: cast.header.width, rows: cast.header.height, scrollback: 100000, allowProposedApi: true });
  await new Promise<void>((resolve) => term.write(castOutput(cast), resolve));
  return term;
}

/** The whole text the terminal holds at the end, trailing blanks and empty last lines removed. */
export function finalText(term: Term): string {
  const buf = term.buffer.active;
  const lines: string[] = [];
  for (let y = 0; y < buf.length; y++) lines.push((buf.getLine(y)?.translateToString(true) ?? '').trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length ? lines.join('\n') + '\n' : '';
}

// The xterm default palette for the 16 ANSI colours.
const ANSI = ['#000000', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5', '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
const FG = '#d4d4d4';
const BG = '#1e1e1e';

function palette(n: number): string {
  if (n < 16) return ANSI[n]!;
  if (n < 232) {
    const v = n - 16;
    const c = (x: number) => (x === 0 ? 0 : 55 + x * 40).toString(16).padStart(2, '0');
    return `#${c(Math.floor(v / 36))}${c(Math.floor(v / 6) % 6)}${c(v % 6)}`;
  }
  const g = (8 + (n - 232) * 10).toString(16).padStart(2, '0');
  return `#${g}${g}${g}`;
}

type Cell = NonNullable<ReturnType<NonNullable<ReturnType<Term['buffer']['active']['getLine']>>['getCell']>>;

function colour(cell: Cell, which: 'fg' | 'bg'): string | null {
  const isDefault = which === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
  if (isDefault) return null;
  const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
  const rgb = which === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
  return rgb ? `#${value.toString(16).padStart(6, '0')}` : palette(value);
}

/** A cell's effective colours (inverse applied) and weight, as one comparable key. */
function style(cell: Cell): { fg: string; bg: string | null; bold: boolean; key: string } {
  let fg = colour(cell, 'fg') ?? FG;
  let bg = colour(cell, 'bg');
  if (cell.isInverse()) [fg, bg] = [bg ?? BG, fg];
  const bold = cell.isBold() !== 0;
  return { fg, bg, bold, key: `${fg}|${bg}|${bold}` };
}

/** Text for an SVG <text>: &, < and > escaped, and what XML 1.0 does not allow (controls, unpaired surrogates, U+FFFE, U+FFFF) left out, so the file always parses. */
const escapeXml = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** An SVG still of the visible screen at the end of the cast. */
export function finalSvg(term: Term): string {
  const CW = 8.4;
  const LH = 17;
  const PAD = 10;
  const buf = term.buffer.active;
  const width = Math.ceil(term.cols * CW + 2 * PAD);
  const height = term.rows * LH + 2 * PAD;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${BG}"/>`,
    `<g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14px" xml:space="preserve">`,
  ];
  for (let row = 0; row < term.rows; row++) {
    const line = buf.getLine(buf.viewportY + row);
    if (!line) continue;
    const y = PAD + row * LH;
    let x = 0;
    while (x < term.cols) {
      const cell = line.getCell(x);
      if (!cell) break;
      const { fg, bg, bold, key } = style(cell);
      // Extend the run while the style stays the same.
      let text = '';
      let end = x;
      while (end < term.cols) {
        const c = line.getCell(end);
        if (!c || style(c).key !== key) break;
        text += c.getChars() || ' ';
        end += Math.max(1, c.getWidth());
      }
      if (bg) parts.push(`<rect x="${(PAD + x * CW).toFixed(1)}" y="${y}" width="${((end - x) * CW).toFixed(1)}" height="${LH}" fill="${bg}"/>`);
      if (text.trim() !== '') {
        parts.push(`<text x="${(PAD + x * CW).toFixed(1)}" y="${y + 13}" fill="${fg}"${bold ? ' font-weight="bold"' : ''}>${escapeXml(text.trimEnd())}</text>`);
      }
      x = end;
    }
  }
  const cy = buf.cursorY;
  parts.push(`<rect x="${(PAD + buf.cursorX * CW).toFixed(1)}" y="${PAD + cy * LH}" width="${CW}" height="${LH}" fill="${FG}" opacity="0.7"/>`);
  parts.push('</g>', '</svg>');
  return parts.join('\n') + '\n';
}
