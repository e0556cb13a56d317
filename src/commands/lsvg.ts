// lsvg: volume groups of the scope (the global environment's, or those made
// inside the WPAR). No operand: their names; -o: only the varied-on ones;
// -l VG: its logical volumes; VG: the detail of one. Formats RECALLED from AIX
// 7 (the -l columns; reference 13.2 gives the matching lspv detail); the
// detail's fields and -p's columns and FREE DISTRIBUTION SOURCED from a
// scalable VG's lsvg and lsvg -p in a Chef AIX LVM cookbook's tests (AIX 7.3
// adds FS SYNC OPTION, CRITICAL PVs and ENCRYPTION: RECALLED). Unknown VG:
// 0516-306 (text SOURCED, reference 17.1). -M, -L, -n and the others say
// they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { vgsIn } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { logicalVolumes, totalPps, vgPps } from './lib/lvm.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lsvg [-L] [-o] [-n DescriptorPV] [-i] [-l | -M | -p] VolumeGroup ...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'o', doc: 'Only the varied-on volume groups.' },
  { flag: 'l', doc: 'The logical volumes of each volume group named.' },
  { flag: 'p', doc: 'The physical volumes of each volume group named, with their free partitions.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('LniM'),
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
      if (parsed.has('l') || parsed.has('p')) return failWith(USAGE);
      return { out: lines(vgs.filter((v) => !parsed.has('o') || v.active).map((v) => v.name)), status: 0 };
    }
    const out: string[] = [];
    for (const name of parsed.operands) {
      const vg = vgs.find((v) => v.name === name);
      if (!vg) return { out: [...lines(out), ...failWith(worldErrorText('lsvg', { code: 'vg-not-found', vg: name })).out], status: 1 };
      const lvs = logicalVolumes(ctx.world, vg);
      if (parsed.has('p')) {
        // The used partitions are on the first disk; each disk's free ones spread over its five regions (edges first).
        out.push(`${vg.name}:`, 'PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION');
        let used = vgPps(ctx.world, vg).used;
        for (const d of ctx.world.disks.filter((x) => vg.disks.includes(x.name))) {
          const total = totalPps(d.sizeMB, vg.ppSizeMB);
          const here = Math.min(total, used);
          used -= here;
          const free = total - here;
          const regions = [0, 1, 2, 3, 4].map(() => Math.floor(free / 5));
          for (const r of [0, 1, 4, 2, 3].slice(0, free % 5)) regions[r]! += 1;
          out.push(
            `${d.name.padEnd(18)}${(vg.active ? 'active' : 'inactive').padEnd(18)}${String(total).padEnd(12)}${String(free).padEnd(12)}${regions.map((r) => String(r).padStart(2, '0')).join('..')}`,
          );
        }
        continue;
      }
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
        pair('MAX PPs per VG:', '32768', 'MAX PVs:', '1024'),
        pair('LTG size (Dynamic):', '512 kilobyte(s)', 'AUTO SYNC:', 'no'),
        pair('HOT SPARE:', 'no', 'BB POLICY:', 'relocatable'),
        'MIRROR POOL STRICT: off',
        pair('PV RESTRICTION:', 'none', 'INFINITE RETRY:', 'no'),
        pair('DISK BLOCK SIZE:', '512', 'CRITICAL VG:', 'no'),
        pair('FS SYNC OPTION:', 'no', 'CRITICAL PVs:', 'no'),
        'ENCRYPTION:         no',
      );
    }
    return { out: lines(out), status: 0 };
  },
};
