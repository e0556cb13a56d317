// lspv: the physical volumes. Without operands one line per disk the scope
// can see: name, PVID, volume group, state (active when varied on). In the
// global environment every disk (an exported one shows no volume group);
// inside a WPAR only the disks exported to it and configured by cfgmgr.
// `lspv hdiskN` prints the detail of a disk in a volume group.
// Formats: reference 13.1 (columns %-15s %-35s %-15s %s, INFERRED from the
// SOURCED samples), 13.2 (detail, SOURCED from glpi-agent's lspv hdisk0).
// Errors: 0516-320 (fragment SOURCED, reference 13.3) for a disk in no volume
// group; 0516-1396 for an unknown disk [RECALLED]. Flags -l -p -M -L -P -n -v
// say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { disksIn, vgOfDisk } from '../world/devices.js';
import type { Disk, Scope, World } from '../world/types.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { logicalVolumes, totalPps, usedPps } from './lib/lvm.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lspv [-L] [-P] [-l | -p | -M] [-n DescriptorPhysicalVolume] [-v VolumeGroupID] PhysicalVolume'];

/** The disks lspv lists in a scope: inside a WPAR, only configured ones. */
function visible(world: World, scope: Scope): Disk[] {
  const disks = disksIn(world, scope);
  return scope.kind === 'global' ? disks : disks.filter((d) => d.wparState === 'Available');
}

function vgColumns(world: World, scope: Scope, d: Disk): [string, string] {
  const vg = vgOfDisk(world, d.name);
  const mine = vg && vg.owner === (scope.kind === 'global' ? 'Global' : scope.name);
  return mine ? [vg.name, vg.active ? 'active' : ''] : ['None', ''];
}

export function pvLine(name: string, pvid: string, vg: string, state: string): string {
  return state === '' ? `${name.padEnd(15)} ${pvid.padEnd(35)} ${vg}` : `${name.padEnd(15)} ${pvid.padEnd(35)} ${vg.padEnd(15)} ${state}`;
}

/** "08..00..00..59..102": PPs per fifth of the disk, the used ones filled from the outer edge. */
function distribution(total: number, used: number): [string, string] {
  const sizes = [0, 1, 2, 3, 4].map((i) => Math.floor((total * (i + 1)) / 5) - Math.floor((total * i) / 5));
  let left = used;
  const usedParts = sizes.map((s) => {
    const u = Math.min(s, left);
    left -= u;
    return u;
  });
  const fmt = (xs: number[]) => xs.map((x) => String(x).padStart(2, '0')).join('..');
  return [fmt(sizes.map((s, i) => s - usedParts[i]!)), fmt(usedParts)];
}

const FLAGS: readonly FlagSpec[] = [...notSimulated('LPlpMn:v:')];

export const lspv: Command = {
  name: 'lspv',
  scope: 'any',
  summary: 'List physical volumes (disks) and their volume groups',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays information about physical volumes.',
    synopsis: ['lspv [PhysicalVolume]'],
    operands: [['PhysicalVolume', 'The detail of one disk in a volume group.']],
    examples: ['lspv', 'lspv hdisk0'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lspv);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length > 0) return failWith([notYet(`lspv -${parsed.opts[0]!.flag}`)]);
    if (parsed.operands.length > 1) return failWith(USAGE);
    const disks = visible(ctx.world, ctx.scope);
    const name = parsed.operands[0];
    if (name === undefined) {
      return { out: lines(disks.map((d) => pvLine(d.name, d.pvid, ...vgColumns(ctx.world, ctx.scope, d)))), status: 0 };
    }
    const disk = disks.find((d) => d.name === name);
    if (!disk) return failWith([`0516-1396 lspv: The physical volume ${name}, was not found in the`, '\tsystem database.']);
    const vg = vgOfDisk(ctx.world, name);
    if (!vg || vgColumns(ctx.world, ctx.scope, disk)[0] === 'None') {
      return failWith([`0516-320 : Physical volume ${name} is not assigned to`, '\ta volume group.']);
    }
    const total = totalPps(disk.sizeMB, vg.ppSizeMB);
    const used = vg.disks[0] === name ? Math.min(total, usedPps(ctx.world, vg)) : 0;
    const [free, usedDist] = distribution(total, used);
    const mb = (pps: number) => `${pps} (${pps * vg.ppSizeMB} megabytes)`;
    const pair = (l: string, v: string, r: string, rv: string) => `${l.padEnd(20)}${v.padEnd(25)}${r.padEnd(18)}${rv}`;
    return {
      out: lines([
        pair('PHYSICAL VOLUME:', name, 'VOLUME GROUP:', vg.name),
        `PV IDENTIFIER:      ${disk.pvid} VG IDENTIFIER     ${vg.vgid}`,
        `PV STATE:           ${vg.active ? 'active' : 'inactive'}`,
        pair('STALE PARTITIONS:', '0', 'ALLOCATABLE:', 'yes'),
        pair('PP SIZE:', `${vg.ppSizeMB} megabyte(s)`, 'LOGICAL VOLUMES:', String(vg.disks[0] === name ? logicalVolumes(ctx.world, vg).length : 0)),
        pair('TOTAL PPs:', mb(total), 'VG DESCRIPTORS:', '2'),
        pair('FREE PPs:', mb(total - used), 'HOT SPARE:', 'no'),
        pair('USED PPs:', mb(used), 'MAX REQUEST:', '256 kilobytes'),
        `FREE DISTRIBUTION:  ${free}`,
        `USED DISTRIBUTION:  ${usedDist}`,
        'MIRROR POOL:        None',
      ]),
      status: 0,
    };
  },
};
