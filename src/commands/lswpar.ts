// lswpar: lists WPARs. Implements the default table, -L (long), -G
// (general), -R (resource controls), -S (security), -T (operation), the
// tables -N, -M, -D, -I (routes), -X (kernel extensions: none), the
// delimited forms -c and -d delim of all but -L, -q (no header), -a
// field,... (name, state, type, hostname, directory, rootvgwpar), -s
// states, -t type, and names as operands (-c with -T too). -b/-B
// (bootsets) say they are not supported yet. Formats: default table 4.2 (RECALLED header, layout
// lib/table.ts), -L 4.3 (SOURCED), -N/-M/-D 4.4 (RECALLED), -c 4.5 (INFERRED
// header); the -cG, -cR, -cN, -cM, -cD and -cS field names are those the
// aix-wpar gem parses (adejoux/aix-wpar lib/wpars/*.rb, SOURCED names,
// INFERRED order where the gem does not fix it). No WPARs:
// empty output, status 0 (4.2). Unknown name: 4.8 message, status 1, the
// others still listed.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { own } from '../world/dict.js';
import type { World, Wpar } from '../world/types.js';
import { findWpar } from '../world/wpars.js';
import { isFailure, parseFlags } from './lib/args.js';
import { notFound, notYet } from './lib/messages.js';
import { errLine, lines } from './lib/output.js';
import { table } from './lib/table.js';
import { deviceRows, general, header, longListing, networkRows, operation, PSEUDO_DEVICES, privileges, RESOURCE_KEYS, resources, resourceValues, security } from './lib/wparinfo.js';

const USAGE = [
  'Usage: lswpar [-b | -Br | -Bf | -D | -I | -M | -N ] [ -X ] [-a fieldname [,...]] [-q] [-s state] [-t type] [wparname ...]',
  '       lswpar {-G | -L | -R | -S | -T} [-s state] [-t type] [wparname ...]',
  '       lswpar {-c | -d delim} [-a fieldname [,...] | -G | {-b | -Br | -Bf | -D | -X -I | -M | -N} [-a fieldname [,...]] | -R | -S | -T] [-q] [-s state] [-t type] [wparname ...]',
];

const STATES = 'DLAFPNMTBE';
const GENERAL_FIELDS: Record<string, [string, (w: Wpar) => string]> = {
  name: ['Name', (w) => w.name],
  state: ['State', (w) => w.state],
  type: ['Type', (w) => w.type],
  hostname: ['Hostname', (w) => w.hostname],
  directory: ['Directory', (w) => w.directory],
  rootvgwpar: ['RootVG WPAR', (w) => (w.rootvg ? 'yes' : 'no')],
};

interface Listing {
  headers: string[];
  keys: string[];
  rows: string[][];
}

function generalListing(wpars: Wpar[], fields: string[]): Listing {
  return {
    headers: fields.map((f) => own(GENERAL_FIELDS, f)![0]),
    keys: fields,
    rows: wpars.map((w) => fields.map((f) => own(GENERAL_FIELDS, f)![1](w))),
  };
}

function networkListing(world: World, wpars: Wpar[]): Listing {
  const rows = wpars.flatMap((w) => networkRows(world, w).map((r) => [w.name, ...r]));
  return { headers: ['Name', 'Interface', 'Address(6)', 'Mask/Prefix', 'Broadcast'], keys: ['name', 'interface', 'address', 'mask_prefix', 'broadcast'], rows };
}

function routeListing(wpars: Wpar[]): Listing {
  const rows = wpars.flatMap((w) => w.routes.map((r) => [w.name, r['rttype'] ?? '', r['rtdest'] === '0' ? 'default' : (r['rtdest'] ?? ''), r['rtgateway'] ?? '', r['rtinterface'] ?? '']));
  return { headers: ['Name', 'Type', 'Destination', 'Gateway', 'Interface'], keys: ['name', 'rttype', 'rtdest', 'rtgateway', 'rtinterface'], rows };
}

/** Kernel extensions a WPAR may load (mkwpar -X): wparsim's WPARs have none, so the table is empty. */
const kextListing = (): Listing => ({ headers: ['Name', 'Kernel Extension', 'Local', 'Major', 'Status'], keys: ['name', 'kext', 'local', 'major', 'status'], rows: [] });

function mountListing(wpars: Wpar[]): Listing {
  // Options as -L shows them: log=NULL on a jfs2 row, ro or rw on a namefs one.
  const rows = wpars.flatMap((w) => w.mounts.map((m) => [w.name, m.dir === '/' ? w.directory : w.directory + m.dir, m.dev, m.vfs, '', m.options]));
  return { headers: ['Name', 'MountPoint', 'Device', 'Vfs', 'Nodename', 'Options'], keys: ['name', 'mountpoint', 'device', 'vfs', 'nodename', 'options'], rows };
}

function deviceListing(world: World, wpars: Wpar[], delimited: boolean): Listing {
  if (delimited) {
    // The delimited form has every field (the aix-wpar gem reads devid and adapter too).
    const rows = wpars.flatMap((w) =>
      deviceRows(world, w).map(([n, t, v, r, s], i) => [w.name, n, t, v, s, i < PSEUDO_DEVICES.length ? '' : (w.devices[i - PSEUDO_DEVICES.length]?.['devid'] ?? ''), r, '']),
    );
    return { headers: [], keys: ['name', 'devname', 'devtype', 'vdevname', 'devstatus', 'devid', 'rootvg', 'adapter'], rows };
  }
  const rows = wpars.flatMap((w) => deviceRows(world, w).map(([n, t, v, r, s]) => [w.name, n, t, v, r, s]));
  return { headers: ['Name', 'Device Name', 'Type', 'Virtual Device', 'RootVG', 'Status'], keys: ['name', 'devname', 'devtype', 'vdevname', 'rootvg', 'devstatus'], rows };
}

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** lswpar -cG: every GENERAL field, in the order the aix-wpar gem reads them (adejoux/aix-wpar lib/wpars/general.rb). */
const GENERAL_COLUMNS: [string, (w: Wpar) => string][] = [
  ['name', (w) => w.name],
  ['state', (w) => w.state],
  ['type', (w) => w.type],
  ['rootvgwpar', (w) => yes(w.rootvg)],
  ['hostname', (w) => w.hostname],
  ['routing', (w) => yes(w.routing)],
  ['vipwpar', () => ''],
  ['directory', (w) => w.directory],
  ['owner', (w) => w.owner],
  ['script', (w) => w.script],
  ['auto', (w) => yes(w.auto)],
  ['privateusr', (w) => yes(w.privateUsr)],
  ['checkpointable', (w) => yes(w.checkpointable)],
  ['application', () => ''],
  ['ostype', (w) => (w.osLevel ? (w.osLevel.startsWith('52') ? '1' : '2') : '0')],
  ['xwparipc', () => 'no'],
  ['architecture', () => 'none'],
  ['uuid', (w) => w.uuid],
];

/** lswpar -cR: the resource controls by mkwpar -R's attribute names; -cS: the privileges. */
const RESOURCE_COLUMNS: [string, (w: Wpar) => string][] = [
  ['name', (w) => w.name],
  ['state', (w) => w.state],
  ...RESOURCE_KEYS.map((k): [string, (w: Wpar) => string] => [k, (w) => own(Object.fromEntries(resourceValues(w)), k) ?? '']),
];
const SECURITY_COLUMNS: [string, (w: Wpar) => string][] = [
  ['name', (w) => w.name],
  ['state', (w) => w.state],
  ['privs', () => privileges()],
];

/** lswpar -cT: no operation runs between commands in wparsim (field names INFERRED from -T's labels). */
const OPERATION_COLUMNS: [string, (w: Wpar) => string][] = [
  ['name', (w) => w.name],
  ['state', (w) => w.state],
  ['operation', () => 'none'],
  ['pid', () => ''],
  ['starttime', () => ''],
];

/** The delimited form of a section: one row a WPAR, the fields' names in the # line. */
const sectionListing = (wpars: Wpar[], columns: [string, (w: Wpar) => string][]): Listing => ({ headers: [], keys: columns.map(([k]) => k), rows: wpars.map((w) => columns.map(([, f]) => f(w))) });

const FLAGS: readonly FlagSpec[] = [
  { flag: 'L', doc: 'Long listing: general, network, routes, file systems, resource controls, operation, security, device exports.' },
  { flag: 'G', doc: 'The general section only.' },
  { flag: 'R', doc: 'The resource controls only.' },
  { flag: 'N', doc: 'A table of network interfaces.' },
  { flag: 'M', doc: 'A table of mounts.' },
  { flag: 'D', doc: 'A table of device exports.' },
  { flag: 'c', doc: 'Colon-delimited output with a # header line.' },
  { flag: 'd', arg: 'Delimiter', doc: 'Delimited output with another delimiter.' },
  { flag: 'q', doc: 'No header lines.' },
  { flag: 'a', arg: 'Field,...', doc: 'Only these fields: name, state, type, hostname, directory, rootvgwpar.' },
  { flag: 's', arg: 'States', doc: 'Only WPARs in these states (D Defined, A Active, T Transitional, B Broken, ...).' },
  { flag: 't', arg: 'Type', doc: 'Only system (S) or application (A) WPARs.' },
  { flag: 'b', planned: 'lswpar -b (bootsets)' },
  { flag: 'B', arg: 'Value', planned: 'lswpar -B (bootsets)' },
  { flag: 'I', doc: 'A table of user-specified routes.' },
  { flag: 'X', doc: "A table of kernel extensions (wparsim's WPARs have none)." },
  { flag: 'S', doc: 'The security settings (privileges).' },
  { flag: 'T', doc: 'The operation in progress.' },
];

export const lswpar: Command = {
  name: 'lswpar',
  scope: 'global',
  summary: 'List workload partitions (-L long, -c colon form, -s state)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Lists characteristics of workload partitions.',
    synopsis: [
      'lswpar [-D | -M | -N] [-a Field,...] [-q] [-s States] [-t Type] [WparName ...]',
      'lswpar {-G | -L | -R} [-s States] [-t Type] [WparName ...]',
      'lswpar {-c | -d Delimiter} [-a Field,... | -D | -M | -N] [-q] [-s States] [-t Type] [WparName ...]',
    ],

    examples: ['lswpar', 'lswpar -L', 'lswpar -R wpar1', 'lswpar -q -s D -a name'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lswpar);
    if (isFailure(parsed)) return parsed;
    const { has, arg } = parsed;

    const formats = ['D', 'M', 'N', 'G', 'L', 'R', 'S', 'T', 'I', 'X'].filter(has);
    const delimited = has('c') || has('d');
    if (formats.length > 1 || (has('L') && delimited) || (has('a') && ['G', 'L', 'R', 'S', 'T'].some(has))) {
      return { out: USAGE.map(errLine), status: 1 };
    }

    const out: Chunk[] = [];
    let status = 0;
    let wpars = ctx.world.wpars;
    if (parsed.operands.length > 0) {
      wpars = [];
      for (const name of parsed.operands) {
        const w = findWpar(ctx.world, name);
        if (w) wpars.push(w);
        else {
          out.push(errLine(notFound('lswpar', name)));
          status = 1;
        }
      }
    }
    const states = arg('s');
    if (states !== undefined) {
      if (states === '' || [...states].some((c) => !STATES.includes(c))) return { out: USAGE.map(errLine), status: 1 };
      wpars = wpars.filter((w) => states.includes(w.state));
    }
    const type = arg('t');
    if (type !== undefined) {
      if (type !== 'S' && type !== 'A') return { out: USAGE.map(errLine), status: 1 };
      wpars = wpars.filter((w) => w.type === type);
    }

    const sections = has('L') || has('G') || has('R') || has('S') || has('T');
    if (sections && !delimited) {
      for (const w of wpars) {
        if (has('L')) out.push(...lines(longListing(ctx.world, w)));
        else out.push(...lines([...header(w), ...(has('G') ? general(w) : has('R') ? resources(w) : has('S') ? security() : operation())]));
      }
      return { out, status };
    }

    let listing: Listing;
    if (has('G')) listing = sectionListing(wpars, GENERAL_COLUMNS);
    else if (has('R')) listing = sectionListing(wpars, RESOURCE_COLUMNS);
    else if (has('S')) listing = sectionListing(wpars, SECURITY_COLUMNS);
    else if (has('T')) listing = sectionListing(wpars, OPERATION_COLUMNS);
    else if (has('N')) listing = networkListing(ctx.world, wpars);
    else if (has('M')) listing = mountListing(wpars);
    else if (has('D')) listing = deviceListing(ctx.world, wpars, delimited);
    else if (has('I')) listing = routeListing(wpars);
    else if (has('X')) listing = kextListing();
    else {
      const fields = (arg('a') ?? 'name,state,type,hostname,directory,rootvgwpar').split(',');
      const bad = fields.find((f) => !own(GENERAL_FIELDS, f));
      if (bad !== undefined) return { out: [errLine(notYet(`lswpar -a ${bad}`))], status: 1 };
      listing = generalListing(wpars, fields);
    }
    if (listing.rows.length === 0 && !delimited) return { out, status };
    if (delimited) {
      const sep = has('d') ? arg('d')! : ':';
      if (!has('q')) out.push(...lines(['#' + listing.keys.join(sep)]));
      out.push(...lines(listing.rows.map((r) => r.join(sep))));
    } else {
      out.push(...lines(table(has('q') ? null : listing.headers, listing.rows)));
    }
    return { out, status };
  },
};
