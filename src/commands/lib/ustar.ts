// The POSIX ustar archive format, as tar writes it: a 512-byte header a
// member (name, mode, ids, size, mtime, checksum, type, link target, the
// "ustar" magic, owner and group names), the content padded to 512 bytes,
// two zero blocks at the end, the whole padded to 20 blocks (10240 bytes,
// tar's default blocking). An archive is held in a simulated file as a
// string of bytes (each character one byte; content is UTF-8 inside).

export interface Member {
  name: string;
  kind: 'file' | 'dir' | 'link';
  mode: number;
  owner: string;
  group: string;
  mtime: number;
  /** A file's text, or a link's target. */
  content: string;
}

const BLOCK = 512;
const RECORD = 20 * BLOCK;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Text as a string of its UTF-8 bytes. */
function bytes(text: string): string {
  const raw = encoder.encode(text);
  let out = '';
  for (let i = 0; i < raw.length; i += 8192) out += String.fromCharCode(...raw.subarray(i, i + 8192));
  return out;
}
const fromBytes = (s: string): string => decoder.decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));

/** A field of `width` bytes: the text, NUL-padded (cut to fit). */
const field = (text: string, width: number): string => bytes(text).slice(0, width).padEnd(width, '\0');
/** An octal number in `width` bytes: digits, then a NUL. */
const octal = (n: number, width: number): string =>
  `${Math.max(0, Math.floor(n))
    .toString(8)
    .padStart(width - 1, '0')
    .slice(-(width - 1))}\0`;

function header(m: Member): string {
  const name = m.kind === 'dir' && !m.name.endsWith('/') ? `${m.name}/` : m.name;
  // A name past 100 bytes goes partly in the 155-byte prefix, split at a slash.
  let prefix = '';
  let short = name;
  if (bytes(name).length > 100) {
    const cut = name.lastIndexOf('/', name.length - 2);
    if (cut > 0) {
      prefix = name.slice(0, cut);
      short = name.slice(cut + 1);
    }
  }
  const size = m.kind === 'file' ? bytes(m.content).length : 0;
  const fields = [
    field(short, 100),
    octal(m.mode & 0o7777, 8),
    octal(0, 8),
    octal(0, 8),
    octal(size, 12),
    octal(m.mtime / 1000, 12),
    '        ',
    m.kind === 'dir' ? '5' : m.kind === 'link' ? '2' : '0',
    field(m.kind === 'link' ? m.content : '', 100),
    'ustar\x0000',
    field(m.owner, 32),
    field(m.group, 32),
    octal(0, 8),
    octal(0, 8),
    field(prefix, 155),
  ].join('');
  const block = fields.padEnd(BLOCK, '\0');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += block.charCodeAt(i);
  return `${block.slice(0, 148)}${sum.toString(8).padStart(6, '0')}\0 ${block.slice(156)}`;
}

/** The archive of the members, in order. */
export function writeArchive(members: readonly Member[]): string {
  let out = '';
  for (const m of members) {
    out += header(m);
    if (m.kind === 'file') {
      const data = bytes(m.content);
      out += data.padEnd(Math.ceil(data.length / BLOCK) * BLOCK, '\0');
    }
  }
  out += '\0'.repeat(2 * BLOCK);
  return out.padEnd(Math.ceil(out.length / RECORD) * RECORD, '\0');
}

/** How many 512-byte blocks a member's content takes (tar -v says it). */
export const blocksOf = (m: Member): number => (m.kind === 'file' ? Math.ceil(bytes(m.content).length / BLOCK) : 0);
export const sizeOf = (m: Member): number => (m.kind === 'file' ? bytes(m.content).length : 0);

const text = (s: string): string => {
  const end = s.indexOf('\0');
  return fromBytes(end < 0 ? s : s.slice(0, end));
};
const number = (s: string): number => Number.parseInt(text(s).trim(), 8) || 0;

/** The members of an archive, or the checksum error that stops tar (what it read before is kept). */
export function readArchive(stored: string): { members: Member[]; error?: { stored: number; computed: number } } {
  // A file that is not a whole number of blocks is read as if padded (a text file then fails its first checksum).
  const archive = stored.padEnd(Math.ceil(stored.length / BLOCK) * BLOCK, '\0');
  const members: Member[] = [];
  for (let at = 0; at + BLOCK <= archive.length; ) {
    const block = archive.slice(at, at + BLOCK);
    if (/^\0*$/.test(block)) break;
    let computed = 0;
    for (let i = 0; i < BLOCK; i++) computed += i >= 148 && i < 156 ? 32 : block.charCodeAt(i);
    const stored = number(block.slice(148, 156));
    if (stored !== computed || !block.startsWith('ustar', 257)) return { members, error: { stored, computed } };
    const type = block[156];
    const size = number(block.slice(124, 136));
    const prefix = text(block.slice(345, 500));
    const name = (prefix ? `${prefix}/` : '') + text(block.slice(0, 100));
    const kind = type === '5' ? 'dir' : type === '2' ? 'link' : 'file';
    const data = archive.slice(at + BLOCK, at + BLOCK + size);
    members.push({
      name: kind === 'dir' ? name.replace(/\/$/, '') || '/' : name,
      kind,
      mode: number(block.slice(100, 108)),
      owner: text(block.slice(265, 297)) || 'root',
      group: text(block.slice(297, 329)) || 'system',
      mtime: number(block.slice(136, 148)) * 1000,
      content: kind === 'link' ? text(block.slice(157, 257)) : kind === 'file' ? fromBytes(data) : '',
    });
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return { members };
}
