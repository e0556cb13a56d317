// mkwpar: creates a system WPAR (state D), or creates and starts it (-s).
// Implements -n -h -d -A -s -l -r -F -a -i -N -R -M -D -I -u, -g rootvg,
// specification files (-o FILE writes one, with -w only that; -f FILE
// creates from one; lib/specfile.ts), -e EXISTING (copies its settings but
// not its name, directory, addresses or disks), and system copy WPARs (-t: the
// global rootvg's files, or -t -B a mksysb image's). Command-line flags win
// over a file's or an existing WPAR's settings. -C -B: a versioned WPAR from
// an AIX 5.2/5.3 mksysb (needs vwpar.images.5x installed; private /usr and
// /opt; uname and oslevel answer at its level inside). -B without -t or -C
// and the other real flags (-c, -p, -L, -S, -X, ...) say plainly that they
// are not supported yet.
// Output: reference 3.4 compact form, 0960-390 hint (RECALLED high); with -s
// the startwpar output follows and the hint is not printed (3.4 notes).

import type { Command, CommandContext, CommandResult } from '../engine/contract.js';
import { type MksysbImage, readMksysb } from '../world/backup.js';
import { readFile, writeFile } from '../world/fs.js';
import { addressTaken, resolveHost } from '../world/network.js';
import { globalLevels, VERSIONED_LEVELS } from '../world/software.js';
import type { FsNode } from '../world/types.js';
import { rootvgFiles } from '../world/wparfs.js';
import { createWpar, findWpar, startWpar, type WparSpec } from '../world/wpars.js';
import { isFailure, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { createOutput, startOutput } from './lib/lifecycle.js';
import {
  cannotOpen,
  cannotReadSpec,
  cannotWriteSpec,
  flagNeeds,
  flagsConflict,
  needsVwparImages,
  notBackupFormat,
  notFound,
  notOldImage,
  notYet,
  specProblem,
  unresolved,
  worldErrorText,
} from './lib/messages.js';
import { MKWPAR_FLAGS, merge, specFrom } from './lib/mkwpar-flags.js';
import { errLine, failWith, line } from './lib/output.js';
import { parseSpec, specOfWpar, specText } from './lib/specfile.js';

const USAGE = [
  'Usage: mkwpar [-a] [-A] [-b devexportsfile] [-c] [-C] [-E directory] [-d directory]',
  '        [-B wparbackupdevice] [-D attribute=value ...] ... [-F] [-g vg] [-h hostname]',
  '        [-H architecture] [-i] [-I attribute=value ...] ... [-k] [-l] [-L attribute=value ...]',
  '        [-M attribute=value ...] ... [-N attribute=value ...] ... [-O] [-P] [-r]',
  '        [-R attribute=value ...] [-S attribute[+|-]=value ...] [-t] [-T attribute=value ...]',
  '        [-s] [-u userscript] [-X attribute=value ...] [-U [uuid]]',
  '        { -n wparname [-p [name]] [-e existingwparname -W | -f infile] [-o outfile [-w]] |',
  '          -f infile [-n wparname] [-p [name]] [-o outfile [-w]] |',
  '          -w -o outfile [-n wparname] [-p [name]] [-e existingwparname -W | -f infile] }',
];

export const mkwpar: Command = {
  name: 'mkwpar',
  scope: 'global',
  summary: 'Create a system workload partition (-n name; -s to start it)',
  flags: MKWPAR_FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Creates a system workload partition.',
    synopsis: [
      'mkwpar -n WparName [-A] [-s] [-l] [-r] [-F] [-h HostName] [-d Directory]',
      '       [-N attr=value ...] [-R attr=value ...] [-M attr=value ...]',
      '       [-D attr=value ...] [-I attr=value ...] [-t [-B MksysbImage]]',
      '       [-e ExistingWpar | -f SpecFile] [-o SpecFile [-w]]',
    ],

    examples: [
      'mkwpar -n wpar1',
      'mkwpar -e wpar1 -o /tmp/wpar2.spec -w',
      'mkwpar -f /tmp/wpar2.spec -n wpar2',
      'mkwpar -t -l -n copy1',
      'mkwpar -s -n tyrant -l -N address=9.3.63.38',
      'mkwpar -n wpar_name -R active=yes CPU=10%-20%,50% totalProcesses=1024',
    ],
  },
  run(ctx): CommandResult {
    const parsed = parseFlags(ctx, mkwpar);
    if (isFailure(parsed)) return parsed;
    const outFile = parsed.arg('o');
    const writeOnly = parsed.has('w');
    if (parsed.operands.length > 0 || (writeOnly && outFile === undefined) || (parsed.has('e') && parsed.has('f'))) return failWith(USAGE, 1);
    if (parsed.has('t') && parsed.has('C')) return failWith([flagsConflict('mkwpar', '-t', '-C')]);
    if (parsed.has('C') && !parsed.has('B')) return failWith([flagNeeds('mkwpar', '-C', '-B')]);
    const base = baseSpec(ctx, parsed.arg('f'), parsed.arg('e'));
    if (Array.isArray(base)) return failWith(base);
    const flags = specFrom(parsed.opts);
    if (Array.isArray(flags)) return failWith(flags, 1);
    const spec = merge(base.spec, flags);
    const systemCopy = parsed.has('t') || base.systemCopy;
    if (spec.name === '' && !writeOnly) return failWith(USAGE, 1);
    if (parsed.has('C')) {
      const old = versionedSource(ctx, parsed.arg('B')!);
      if (Array.isArray(old)) return failWith(old);
      Object.assign(spec, { copyFrom: old.files, osLevel: old.oslevel, privateUsr: true });
    } else if (systemCopy) {
      const files = copySource(ctx, parsed.arg('B'));
      if (Array.isArray(files)) return failWith(files);
      spec.copyFrom = files;
    } else if (parsed.has('B')) {
      return failWith([notYet('mkwpar -B without -t (creating a WPAR from a savewpar backup: use restwpar)')]);
    }
    // Without -N the WPAR's host name is looked up in /etc/hosts (guide "Simple WPAR creation").
    const warnings: string[] = [];
    if (spec.networks!.length === 0 && !writeOnly) {
      const host = spec.hostname ?? spec.name;
      const address = resolveHost(ctx.world, host);
      if (address) spec.networks!.push({ interface: 'en0', address, netmask: ctx.world.lpar.netmask });
      else warnings.push(unresolved(host));
    }
    if (writeOnly) return writeSpec(ctx, outFile!, spec, systemCopy);
    // An address the LPAR or another WPAR has is refused; -a makes the WPAR without it.
    for (const n of [...spec.networks!]) {
      const by = n['address'] === undefined ? undefined : addressTaken(ctx.world, n['address'], spec.name);
      if (by === undefined) continue;
      if (!parsed.has('a')) return failWith(worldErrorText('mkwpar', { code: 'address-in-use', address: n['address']!, by }), 1);
      warnings.push(`mkwpar: 0960-485 Address ${n['address']} is in use; the workload partition is made without it.`);
      spec.networks = spec.networks!.filter((x) => x !== n);
    }
    const created = createWpar(ctx.world, spec, ctx.now);
    if (!created.ok) {
      const failed = failWith(worldErrorText('mkwpar', created.error), 1);
      // The rootvg's disk is found unusable once its creation has begun (gibsonnet.net, as in createOutput).
      if (created.error.code === 'rootvg-overwrite' || created.error.code === 'vg-not-removed') failed.out.unshift(line("Creating workload partition's rootvg. Please wait..."));
      return failed;
    }
    let world = created.value.world;
    if (outFile !== undefined) {
      const written = writeFile(world, resolve(ctx, outFile).global, specText(created.value.wpar, true, systemCopy), false, ctx.now);
      if (!written.ok) return failWith([cannotWriteSpec(outFile, ERRNO[written.error])]);
      world = written.value;
    }

    const out = [...warnings.map(errLine), ...createOutput(created.value.wpar, world)];
    if (!parsed.has('s')) {
      out.push(line(`mkwpar: 0960-390 To start the workload partition, execute the following as root: startwpar [-v] ${spec.name}`));
      return { out, status: 0, world };
    }
    const started = startWpar(world, spec.name, ctx.now, parsed.has('a'));
    if (!started.ok) {
      out.push(...worldErrorText('startwpar', started.error).map(errLine));
      return { out, status: 1, world };
    }
    out.push(...startOutput(started.value.wpar, started.value.wpar.corPid!, false, started.value));
    return { out, status: 0, world: started.value.world };
  },
};

/** The settings -f (a specification file) or -e (an existing WPAR) start from. */
function baseSpec(ctx: CommandContext, file: string | undefined, existing: string | undefined): { spec: WparSpec; systemCopy: boolean } | string[] {
  if (existing !== undefined) {
    const w = findWpar(ctx.world, existing);
    if (!w) return [notFound('mkwpar', existing)];
    if (w.rootvg) return [notYet('mkwpar -e with a rootvg WPAR')];
    return { spec: specOfWpar(w), systemCopy: false };
  }
  if (file === undefined) return { spec: { name: '' }, systemCopy: false };
  const text = readFile(ctx.world, resolve(ctx, file).global);
  if (!text.ok) return [cannotReadSpec(file, ERRNO[text.error])];
  const parsed = parseSpec(text.value);
  if ('code' in parsed) return [specProblem(file, parsed)];
  if (parsed.checkpointable) return [notYet('checkpointable WPARs (checkpointable = yes)')];
  return parsed;
}

/** What a system copy WPAR is made of: the running system's rootvg, or a mksysb image (-B). */
function copySource(ctx: CommandContext, device: string | undefined): Record<string, Record<string, FsNode>> | string[] {
  if (device === undefined) return rootvgFiles(ctx.world);
  const image = mksysbImage(ctx, device);
  return Array.isArray(image) ? image : image.files;
}

/** The mksysb image -B names, or the lines restore prints when there is none. */
function mksysbImage(ctx: CommandContext, device: string): MksysbImage | string[] {
  const image = readMksysb(ctx.world, resolve(ctx, device).global);
  if (!image.ok) return image.error.code === 'bad-image' ? [notBackupFormat(device)] : [cannotOpen('mkwpar', device, ERRNO.ENOENT)];
  return image.value;
}

/** A versioned WPAR's image (-C -B): an AIX 5.2 or 5.3 mksysb, with the matching vwpar.images fileset installed. */
function versionedSource(ctx: CommandContext, device: string): MksysbImage | string[] {
  const image = mksysbImage(ctx, device);
  if (Array.isArray(image)) return image;
  const v = VERSIONED_LEVELS[image.oslevel.slice(0, 4)];
  if (!v) return [notOldImage(device, image.oslevel)];
  if (!globalLevels(ctx.world)[v.fileset]) return [needsVwparImages(v.fileset, v.version)];
  return image;
}

/** mkwpar -w -o FILE: the specification file only; nothing is created. */
function writeSpec(ctx: CommandContext, file: string, spec: WparSpec, systemCopy: boolean): CommandResult {
  // A preview under a name no WPAR has shows the file systems the WPAR would get.
  const named = spec.name !== '';
  const preview = createWpar(
    ctx.world,
    { ...spec, name: 'wparsimpreview', directory: spec.directory ?? `/wpars/${spec.name || 'wparsimpreview'}`, hostname: spec.hostname ?? (spec.name || 'wparsimpreview'), force: true },
    ctx.now,
  );
  if (!preview.ok) return failWith(worldErrorText('mkwpar', preview.error), 1);
  const wpar = { ...preview.value.wpar, name: spec.name, hostname: spec.hostname ?? spec.name };
  const written = writeFile(ctx.world, resolve(ctx, file).global, specText(wpar, named, systemCopy), false, ctx.now);
  if (!written.ok) return failWith([cannotWriteSpec(file, ERRNO[written.error])]);
  return { out: [], status: 0, world: written.value };
}
