// AIX message texts, in one place so that a correction from a real system is a
// one-line change. Each entry says where it comes from (aix-reference.md tags):
// SOURCED / DOC / RECALLED / INFERRED. The reference leaves most 0960 message
// numbers open ("0960-xxx"); the numbers below marked "number RECALLED-low" are
// our best recollection of AIX 7 output, not verified against a system.

import type { WorldError } from '../../world/errors.js';
import type { SpecProblem } from './specfile.js';

/** Unknown WPAR, reference 4.8 (wording RECALLED-low; number RECALLED-low). */
export const notFound = (cmd: string, name: string) => `${cmd}: 0960-419 Could not find a workload partition called ${name}.`;

/** Existing name on mkwpar, reference 3.5 (shape medium; number RECALLED-low). */
export const exists = (cmd: string, name: string) => `${cmd}: 0960-046 Workload partition ${name} already exists.`;

/** Invalid name, reference 3.5 (wording low; number RECALLED-low). */
export const badName = (cmd: string, name: string) => [`${cmd}: 0960-070 ${name} is not a valid workload partition name.`];

/** startwpar of a WPAR that is not Defined, reference 5.3 (wording low; number RECALLED-low). */
export const notDefined = (cmd: string, name: string) => `${cmd}: 0960-231 Workload partition ${name} is not in the 'Defined' state.`;

/** stopwpar of a WPAR that is not running, reference 6.3 (wording low; number RECALLED-low). */
export const notActive = (cmd: string, name: string) => `${cmd}: 0960-254 Workload partition ${name} is not currently active.`;

/** rmwpar of an active WPAR without -s/-F, reference 7.3 (wording low; number RECALLED-low). */
export const isActive = (cmd: string, name: string) => `${cmd}: 0960-438 Workload partition ${name} is active.`;

/** clogin to a WPAR that is not running, reference 9.3 (shape RECALLED; wording and number unknown). */
export const cloginNotActive = (name: string) => `clogin: 0960-262 Workload partition ${name} is not active.`;

/** A WPAR administration command inside a WPAR, reference 1.3/4.7 (shape certain, text INFERRED). */
export const globalOnly = (cmd: string) => `${cmd}: 0960-561 This command can only be run in the global environment.`;

/** Base directory in use, reference 3.5 (wording low; number RECALLED-low). */
export const dirNotEmpty = (cmd: string, dir: string) => `${cmd}: 0960-097 The directory ${dir} already exists and is not empty.`;

/** A malformed attribute=value argument to -N/-D/-M/-R (INFERRED). */
export const badAttribute = (cmd: string, flag: string, text: string) => `${cmd}: 0960-034 Invalid attribute specification for ${flag}: ${text}`;

/** A required attribute missing from an attribute list (INFERRED). */
export const missingAttribute = (cmd: string, flag: string, attr: string) => `${cmd}: 0960-035 The ${attr} attribute is required for ${flag}.`;

/** AIX's text for EPERM (RECALLED): what a WPAR gets when it tries to change what only the global environment may. */
export const EPERM = 'Operation not permitted.';

/** ksh: command not found (issue text and reference 1.1: two spaces before "not found."). */
export const kshNotFound = (name: string) => `ksh: ${name}:  not found.`;

/**
 * The device-configuration catalogue's "not found in the customized device
 * database" (0514-519, SOURCED: cmdcfg.msg, reference 14.5), as mkwpar/chwpar
 * report a -D device that does not exist.
 */
export const deviceNotFound = (cmd: string, dev: string) => [`${cmd}: 0514-519 The following device was not found in the customized`, '\tdevice configuration database:', `\t${dev}`];

/** The busy-device method error (SOURCED: reference 8.2/14.5) and chwpar's own line (RECALLED-low). */
export const deviceBusy = (cmd: string, dev: string, where: string) => [
  'Method error (/usr/lib/methods/ucfgdevice):',
  '\t0514-062 Cannot perform the requested function because the',
  '\t         specified device is busy.',
  ...(cmd === 'rmdev' ? [] : [`${cmd}: 0960-627 Cannot unconfigure device ${dev} in workload partition ${where}.`]),
];

/** cfgmgr -l with a device it does not know (SOURCED: cfgmgr.c, reference 12.3). */
export const cfgNotFound = (dev: string) => [
  `cfgmgr: 0514-612 Unable to configure the ${dev} device because`,
  '\tit either does not exist in the customized device database or it does not',
  '\thave a corresponding entry in the predefined device database.',
];

/** Maps a domain error to the message lines a command prints. */
export function worldErrorText(cmd: string, e: WorldError): string[] {
  switch (e.code) {
    case 'wpar-not-found':
      return [notFound(cmd, e.name)];
    case 'wpar-exists':
      return [exists(cmd, e.name)];
    case 'bad-name':
      return badName(cmd, e.name);
    case 'not-defined':
      return [notDefined(cmd, e.name)];
    case 'not-active':
      return [notActive(cmd, e.name)];
    case 'is-active':
      return [isActive(cmd, e.name)];
    // The Broken state (IBM lswpar: "an administrative operation failed"); -F cleans it up (IBM stopwpar, rmwpar). Wording INFERRED, number unknown.
    case 'broken':
      return [`${cmd}: Workload partition ${e.name} is in the Broken state; only a forced operation (-F) can clean it up.`];
    case 'dir-not-empty':
      return [dirNotEmpty(cmd, e.dir)];
    case 'bad-attribute':
      return [badAttribute(cmd, e.flag, e.text)];
    case 'missing-attribute':
      return [missingAttribute(cmd, e.flag, e.attr)];
    case 'device-not-found':
      return deviceNotFound(cmd, e.dev);
    case 'device-busy':
      return deviceBusy(cmd, e.dev, e.wpar);
    case 'cfg-not-found':
      return cfgNotFound(e.dev);
    // 0960 device messages: wording INFERRED from reference 3.5/8.2, numbers RECALLED-low.
    case 'device-in-vg':
      return [`${cmd}: 0960-620 Device ${e.dev} is in use: it belongs to volume group ${e.vg}.`];
    case 'device-allocated':
      return [`${cmd}: 0960-622 Device ${e.dev} is already allocated to workload partition ${e.wpar}.`];
    // A rootvg disk that holds a volume group (SOURCED: gibsonnet.net "Experience with RootVG WPARs", AIX 7.1).
    case 'rootvg-overwrite':
      return [
        `${cmd}: 0960-621 Failed to create a workload partition's rootvg. Please use -O flag to overwrite ${e.dev}.`,
        'If restoring a workload partition, target disks should be in available state.',
      ];
    // With -O while a file system of it is mounted: the same blog reports mkwpar "could not remove" the volume group (wording INFERRED).
    case 'vg-not-removed':
      return [`${cmd}: 0960-621 Failed to create a workload partition's rootvg. Could not remove volume group ${e.vg} from ${e.dev}.`];
    case 'device-exported':
      return [`${cmd}: 0960-623 Device ${e.dev} is exported to the active workload partition ${e.wpar}.`];
    case 'device-not-allocated':
      return [`${cmd}: 0960-624 Device ${e.dev} is not allocated to workload partition ${e.wpar}.`];
    case 'rootvg-device':
      return [`${cmd}: 0960-625 Device ${e.dev} is in the rootvg of workload partition ${e.wpar} and cannot be removed.`];
    case 'not-rootvg-wpar':
      return [`${cmd}: 0960-626 Workload partition ${e.name} is not a rootvg workload partition; it cannot become one after it is created.`];
    // LVM (0516) messages: RECALLED, medium (0516-306 text SOURCED in OCSInventory-NG issue #77, reference 17.1).
    case 'vg-exists':
      return [`0516-360 ${cmd}: The device name is already used; choose a`, '\tdifferent name.'];
    case 'vg-not-found':
      return [`0516-306 ${cmd}: Unable to find volume group ${e.vg} in the Device`, '\tConfiguration Database.'];
    case 'vg-open':
      return [
        `0516-012 ${cmd}: Logical volume must be closed.  If the logical`,
        '\tvolume contains a filesystem, the umount command will close',
        '\tthe LV device.',
        `0516-942 ${cmd}: Unable to vary off volume group ${e.vg}.`,
      ];
    case 'pv-not-found':
      return [`0516-306 ${cmd}: Unable to find physical volume ${e.dev} in the Device`, '\tConfiguration Database.'];
    // Network messages: wording INFERRED from reference 5.3 ("message about address conflict"), numbers RECALLED-low.
    case 'address-in-use':
      return [`${cmd}: 0960-482 Address ${e.address} is already in use by ${e.by === 'Global' ? 'the global environment' : `workload partition ${e.by}`}.`];
    case 'address-not-found':
      return [`${cmd}: 0960-484 Address ${e.address} is not configured for workload partition ${e.name}.`];
    case 'address-exists':
      return [`${cmd}: 0960-483 Address ${e.address} is already configured for workload partition ${e.name}.`];
    case 'vg-active':
      // exportvg of a varied-on volume group (RECALLED, medium).
      return [`0516-764 ${cmd}: The volume group must be varied off before exporting.`];
    case 'pv-no-vg':
      // importvg of a disk that holds no volume group (wording INFERRED).
      return [`0516-1140 ${cmd}: Physical volume ${e.dev} does not contain a volume group.`];
    case 'pv-in-vg':
      return [`0516-1398 ${cmd}: The physical volume ${e.dev}, appears to belong to`, '\tanother volume group. Use the force option to add this physical volume', '\tto a volume group.'];
  }
}

/** mkwpar without -N whose host name is not in /etc/hosts (guide "Simple WPAR creation"; wording INFERRED, number RECALLED-low). */
export const unresolved = (name: string) => `mkwpar: 0960-099 Cannot resolve host name ${name}; the workload partition has no network address.`;

/** A resource control value AIX does not take (wording INFERRED, number RECALLED-low). */
export const badResource = (cmd: string, attr: string, value: string) => `${cmd}: 0960-071 Invalid value ${value} for resource control attribute ${attr}.`;

/** wparsim's own plain notice for a real AIX command or flag it does not simulate yet. */
export const notYet = (what: string) => `wparsim: ${what} is not supported yet`;

// Backup images (savewpar/restwpar/lssavewpar, reference 11.1). The backup and
// restore catalogues' numbers 0511-089, 0511-123 and 0511-160 are RECALLED-low;
// the trailer 0512-038 is RECALLED medium (reference 11.1).

/** A backup device that cannot be opened (RECALLED-low). */
export const cannotOpen = (cmd: string, device: string, why: string) => `${cmd}: 0511-089 Cannot open ${device}: ${why}`;

/** An empty tape (RECALLED-low). */
export const cannotReadMedia = (device: string) => `restore: 0511-160 Cannot read the backup media ${device}: There is an input or output error.`;

/** A file that is not a backup image (RECALLED-low). */
export const notBackupFormat = (device: string) => `restore: 0511-123 The volume on ${device} is not in backup format.`;

/** restwpar's own failure line after restore's (INFERRED; number RECALLED-low). */
export const restoreFailed = (cmd: string) => `${cmd}: 0960-510 Unable to read the workload partition backup image.`;

// syncwpar refusals (reference 10.1: "If you do not specify the -D flag, the
// syncwpar command runs only on shared WPAR that have a read-only /usr
// directory"). Wording INFERRED; numbers RECALLED-low.

export const detachedNeedsD = (name: string) => `syncwpar: 0960-508 Workload partition ${name} has a writable /usr directory; use the -D flag to synchronize it.`;
export const notDetached = (name: string) => `syncwpar: 0960-509 Workload partition ${name} does not have a writable /usr directory; synchronize it without the -D flag.`;
export const notSystemWpar = (cmd: string, name: string) => `${cmd}: 0960-512 ${name} is not a system workload partition.`;

/** A host name with characters a host name cannot have (INFERRED; number RECALLED-low). */
export const badHostname = (cmd: string, host: string) => `${cmd}: 0960-073 ${host} is not a valid host name.`;

// mkwpar specification files and copy modes (wording INFERRED; numbers RECALLED-low).

export const specProblem = (file: string, p: SpecProblem): string => {
  switch (p.code) {
    case 'stanza':
      return `mkwpar: 0960-113 ${file}, line ${p.line}: Unknown stanza "${p.text}".`;
    case 'attribute':
      return `mkwpar: 0960-114 ${file}, line ${p.line}: Unknown attribute "${p.text}" in the ${p.stanza} stanza.`;
    case 'value':
      return `mkwpar: 0960-115 ${file}, line ${p.line}: Invalid value "${p.value}" for attribute ${p.attr}.`;
    default:
      return `mkwpar: 0960-116 ${file}, line ${p.line}: Syntax error: ${p.text}`;
  }
};
export const cannotReadSpec = (file: string, why: string) => `mkwpar: 0960-117 Cannot read specification file ${file}: ${why}`;
export const cannotWriteSpec = (file: string, why: string) => `mkwpar: 0960-118 Cannot write specification file ${file}: ${why}`;
export const flagsConflict = (cmd: string, a: string, b: string) => `${cmd}: 0960-119 The ${a} and ${b} flags cannot be used together.`;
export const flagNeeds = (cmd: string, a: string, b: string) => `${cmd}: 0960-120 The ${a} flag requires the ${b} flag.`;

/** mkwpar -C with an image that is not AIX 5.2 or 5.3 (guide "Versioned WPAR"; wording INFERRED, number RECALLED-low). */
export const notOldImage = (device: string, level: string) => `mkwpar: 0960-121 The mksysb image ${device} is at level ${level}; a versioned workload partition needs an AIX 5.2 or 5.3 image.`;
/** mkwpar -C before vwpar.images is installed (guide step 3; wording INFERRED, number RECALLED-low). */
export const needsVwparImages = (fileset: string, version: string) => `mkwpar: 0960-122 The ${fileset} fileset must be installed to create an AIX ${version} versioned workload partition.`;
/** syncwpar of a versioned WPAR (reference 10.1 DOC note: they "cannot be synchronized"; wording INFERRED). */
export const versionedNoSync = (cmd: string, name: string) =>
  `${cmd}: 0960-511 Workload partition ${name} is a versioned workload partition; its software is independent of the global environment and cannot be synchronized.`;

/** migwpar of a WPAR already at the global level (INFERRED; the DOC says migwpar is for WPARs made on a version 6 global system). */
export const alreadyMigrated = (name: string, level: string) => `migwpar: Workload partition ${name} is already at the level of the global system (${level}); it does not need to be migrated.`;
/** migwpar -C of a WPAR that is not versioned (INFERRED; number RECALLED-low). */
export const notVersioned = (name: string) => `migwpar: 0960-513 Workload partition ${name} is not a versioned workload partition.`;
/** migwpar of a versioned WPAR without -C (INFERRED; number RECALLED-low). */
export const versionedNeedsC = (name: string) => `migwpar: 0960-514 Workload partition ${name} is a versioned workload partition; migrate it with migwpar -C -d software_source ${name}.`;
/** installp in a shared WPAR, whose /usr is the global one mounted read-only (guide "Applications and filesystems sharing"; wording INFERRED). */
export const sharedUsrReadOnly = () => [
  'installp: The /usr file system of this workload partition is shared read-only with the global environment.',
  '\tInstall the software in the global environment and run syncwpar, or use a workload partition with a private /usr (mkwpar -l).',
];

/**
 * A logical volume larger than its volume group's free partitions: allocp and
 * mklv's lines SOURCED (an Ansible run of chfs on AIX 7.3, and an alt_disk
 * log, in public code); crfs's last line RECALLED-low.
 */
/** The volume group has not the partitions asked for (SOURCED, reference 17.1). */
const allocpFailed = () => [
  '0516-404 allocp: This system cannot fulfill the allocation request.',
  '\tThere are not enough free partitions or not enough physical volumes ',
  '\tto keep strictness and satisfy allocation requests.  The command',
  '\tshould be retried with different allocation characteristics.',
];
/** mklv could not allocate the partitions (SOURCED, reference 17.1). */
export const mklvFailed = () => [...allocpFailed(), '0516-822 mklv: Unable to create logical volume.'];
/** chfs could not grow the logical volume (0516-788 RECALLED). */
export const extendlvFailed = () => [...allocpFailed(), '0516-788 extendlv: Unable to extend logical volume.'];
export const noFreePartitions = (cmd: string) => [...mklvFailed(), `${cmd}: 0506-972 Cannot create logical volume for the file system.`];
/** crfs -a size= with what is not a size (wording INFERRED). */
export const badSize = (cmd: string, value: string) => `${cmd}: ${value} is not a valid size: give 512-byte blocks, or a number followed by M or G.`;
