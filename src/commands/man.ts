// man: a short AIX-style manual page for every command wparsim implements
// (Purpose, Syntax, Flags, Examples, in the layout of IBM's command pages),
// listing only the flags wparsim supports; paged through more at the
// interactive prompt, written whole elsewhere. An unknown entry gets AIX's
// "Manual entry for x not found or not installed." [RECALLED, AIX man], status 1.

import type { Command } from '../engine/contract.js';
import { failWith, lines } from './lib/output.js';
import { wrap } from './lib/table.js';

const INDENT = '       ';

export function page(command: Command): string[] {
  const { name, manual: m } = command;
  const flags: (readonly [string, string])[] = command.flags.flatMap((f) => (f.doc === undefined ? [] : [[`-${f.flag}${f.arg !== undefined ? ` ${f.arg}` : ''}`, f.doc] as const]));
  const entries = [...flags, ...(m.operands ?? [])];
  const out = [`${name} Command`, '', 'Purpose', ...wrap(m.purpose, 72, INDENT), '', 'Syntax', ...m.synopsis.map((s) => INDENT + s), ''];
  if (entries.length > 0) {
    out.push('Flags');
    const width = Math.min(16, Math.max(...entries.map(([f]) => f.length)) + 2);
    for (const [flag, text] of entries) {
      const body = wrap(text, 72, INDENT + ' '.repeat(width));
      if (flag.length + 2 <= width) out.push(INDENT + flag.padEnd(width) + body[0]!.trimStart(), ...body.slice(1));
      else out.push(INDENT + flag, ...body);
    }
    out.push('');
  }
  if (m.examples.length > 0) out.push('Examples', ...m.examples.map((e) => INDENT + e), '');
  out.push('(wparsim: the flags listed are the ones it implements; other AIX flags say "not supported yet".)');
  return out;
}

export const man: Command = {
  name: 'man',
  scope: 'any',
  summary: 'Show the manual page of a command',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Displays the manual page of a command that wparsim implements.',
    synopsis: ['man Command'],
    operands: [['Command', 'The command whose page to show.']],
    examples: ['man mkwpar'],
  },
  run(ctx) {
    const name = ctx.argv[1];
    if (name === undefined) return failWith(['Usage: man Command']);
    const command = ctx.commands.find((c) => c.name === name);
    if (!command) return failWith([`Manual entry for ${name} not found or not installed.`]);
    // At the terminal man pages through more, as AIX's man does; elsewhere it writes the page.
    if (ctx.terminal) return { out: [], status: 0, effects: [{ kind: 'screen', screen: { kind: 'page', text: `${page(command).join('\n')}\n`, style: 'more' } }] };
    return { out: lines(page(command)), status: 0 };
  },
};
