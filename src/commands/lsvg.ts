// lsvg: volume groups of the scope (the global environment's, or those made
// inside the WPAR). No operand: their names; -o: only the varied-on ones;
// -l VG: its logical volumes; VG: the detail of one. Formats RECALLED from AIX
// 7 (the -l columns and the detail fields; reference 13.2 gives the matching
// lspv detail). Unknown VG: 0516-306 (text SOURCED, reference 17.1).
// -p, -M, -L, -n and the others say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { vgsIn } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { logicalVolumes, vgPps } from './lib/lvm.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lsvg [-L] [-o] [-n DescriptorPV] [-i] [-l | -M | -p] VolumeGroup ...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'o', doc: 'Only the varied-on volume groups.' },
  { flag: 'l', doc: 'The logical volumes of each volume group named.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('LnipM'),
];

export const lsvg: Command = {
  name: 'lsvg',
  scope: 'any',
  summary: 'List volume groups (-o varied on, -l VG its logical volumes)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays information about volume groups.',
    synopsis: ['lsvg [-o]', 'lsvg [-l] VolumeGroup ...'],

    examples: ['lsvg', 'lsvg -l rootvg'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lsvg);
    if (isFailure(parsed)) return parsed;
    const vgs = vgsIn(ctx.world, ctx.scope);
    if (parsed.operands.length === 0) {
      if (parsed.has('l')) return failWith(USAGE);
      return { out: lines(vgs.filter((v) => !parsed.has('o') || v.active).map((v) => v.name)), status: 0 };
    }
    const out: string[] = [];
    for (const name of parsed.operands) {
      const vg = vgs.find((v) => v.name === name);
      if (!vg) return { out: [...lines(out), ...failWith(worldErrorText('lsvg', { code: 'vg-not-found', vg: name })).out], status: 1 };
      const lvs = logicalVolumes(ctx.world, vg);
      if (parsed.has('l')) {
        out.push(`${vg.name}:`, 'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT');
        for (const lv of lvs) {
          out.push(
            `${lv.name.padEnd(20)}${lv.type.padEnd(11)}${String(lv.lps).padEnd(8)}${String(lv.lps).padEnd(8)}${'1'.padEnd(5)}${(lv.open ? 'open/syncd' : 'closed/syncd').padEnd(14)}${lv.mount}`,
          );
        }
        continue;
      }
      const disks = ctx.world.disks.filter((d) => vg.disks.includes(d.name));
      const { total, used } = vgPps(ctx.world, vg);
      const mb = (pps: number) => `${pps} (${pps * vg.ppSizeMB} megabytes)`;
      const pair = (l: string, v: string, r: string, rv: string) => `${l.padEnd(20)}${v.padEnd(25)}${r.padEnd(16)}${rv}`;
      out.push(
        pair('VOLUME GROUP:', vg.name, 'VG IDENTIFIER:', vg.vgid),
        pair('VG STATE:', vg.active ? 'active' : 'inactive', 'PP SIZE:', `${vg.ppSizeMB} megabyte(s)`),
        pair('VG PERMISSION:', 'read/write', 'TOTAL PPs:', mb(total)),
        pair('MAX LVs:', '256', 'FREE PPs:', mb(total - used)),
        pair('LVs:', String(lvs.length), 'USED PPs:', mb(used)),
        pair('OPEN LVs:', String(lvs.filter((l) => l.open).length), 'QUORUM:', '2 (Enabled)'),
        pair('TOTAL PVs:', String(disks.length), 'VG DESCRIPTORS:', String(disks.length === 1 ? 2 : disks.length)),
        pair('STALE PVs:', '0', 'STALE PPs:', '0'),
        pair('ACTIVE PVs:', String(vg.active ? disks.length : 0), 'AUTO ON:', 'yes'),
        pair('MAX PPs per VG:', '32512', '', '').trimEnd(),
        pair('MAX PPs per PV:', '1016', 'MAX PVs:', '32'),
        pair('LTG size (Dynamic):', '256 kilobyte(s)', 'AUTO SYNC:', 'no'),
        pair('HOT SPARE:', 'no', 'BB POLICY:', 'relocatable'),
      );
    }
    return { out: lines(out), status: 0 };
  },
};
