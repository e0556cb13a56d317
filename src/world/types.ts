// The simulated LPAR as plain, JSON-serialisable data. A World is never
// mutated: every transition in world/ returns a new one, so the engine can
// compare, persist and replay worlds freely.

/** An entry of the system error log (errpt; world/errlog.ts). */
export interface ErrEntry {
  id: string;
  label: string;
  time: number;
  /** PERM, TEMP, PERF, PEND, INFO or UNKN. */
  type: string;
  /** H hardware, S software, O operator, U undetermined. */
  cls: string;
  resource: string;
  wpar: string;
  description: string;
  causes: string[];
  actions: string[];
}

/** WPAR state letters as lswpar prints them (reference 4.1). */
export type WparState = 'D' | 'L' | 'A' | 'F' | 'P' | 'N' | 'M' | 'T' | 'B' | 'E';

export type WparType = 'S' | 'A';

/** One `attr=value ...` group given to -N, -D, -M, -I: kept as given. */
export type AttrGroup = Record<string, string>;

export interface WparMount {
  /** Mount point inside the WPAR ("/", "/home", ...). */
  dir: string;
  vfs: 'jfs2' | 'jfs' | 'namefs' | 'nfs' | 'directory';
  /** Device: /dev/fslvNN for jfs2, the global path for namefs. */
  dev: string;
  /** Options as lswpar shows them ("log=NULL", "ro", "rw"). */
  options: string;
  /** Size in MB for local file systems, when known. */
  sizeMB?: number;
}

export interface Wpar {
  name: string;
  /** Configured ID, the value of `uname -W` inside the WPAR. */
  cid: number;
  type: WparType;
  state: WparState;
  hostname: string;
  directory: string;
  owner: string;
  rootvg: boolean;
  auto: boolean;
  privateUsr: boolean;
  checkpointable: boolean;
  routing: boolean;
  copyResolv: boolean;
  script: string;
  uuid: string;
  networks: AttrGroup[];
  routes: AttrGroup[];
  devices: AttrGroup[];
  mounts: WparMount[];
  /** -R resource controls as given (attribute -> value). */
  resources: Record<string, string>;
  /** Last clogin time (ms since epoch), for the "Last login" line. */
  lastLogin?: number;
  /** PID of the cor_<name> subsystem while active. */
  corPid?: number;
  /** Levels of the filesets whose root parts it has (world/software.ts; absent: the factory set). */
  rootParts?: Record<string, string>;
  /** A detached (private /usr) WPAR's own usr parts (absent: the factory set). */
  usrParts?: Record<string, string>;
  /** A versioned WPAR's AIX level (oslevel -s inside it, "5300-12-09-1341"); absent: the global one. */
  osLevel?: string;
  /**
   * While it is Transitional (T) in a stored world, because a line in another
   * wparsim is still playing its output: the state it takes at `at` (ms since
   * the epoch), or, without `to`, that it is then gone (world/wpars.ts inTransition).
   */
  settles?: { to?: WparState; at: number };
}

export interface Lpar {
  hostname: string;
  partitionName: string;
  partitionNumber: number;
  machineId: string;
  modelName: string;
  osName: string;
  osVersion: string;
  osRelease: string;
  osLevel: string;
  timezone: string;
  /** en0's address and netmask (the LPAR's own address, in /etc/hosts). */
  address: string;
  netmask: string;
}

export interface Counters {
  /** Next simulated process ID handed out. */
  nextPid: number;
  /** Next configured WPAR ID. */
  nextCid: number;
  /** Sequence for generated UUIDs. */
  nextUuid: number;
  /** Sequence for PVIDs and VGIDs that mkvg hands out. */
  nextLvmId: number;
}

/** A physical volume (hdiskN): an MPIO FC disk of the LPAR. */
export interface Disk {
  name: string;
  /** "none" until a volume group is made on it (mkvg gives it one). */
  pvid: string;
  location: string;
  description: string;
  sizeMB: number;
  /** The configuration state in the global environment. */
  state: 'Available' | 'Defined';
  /** The active WPAR the disk is exported to (one at a time). */
  exportedTo?: string;
  /** Its state inside that WPAR: Defined until cfgmgr runs there, then Available. */
  wparState?: 'Available' | 'Defined';
  /** rmdev -d deleted its definition: it is in no list until the global cfgmgr finds it again (its PVID is on the disk). */
  deleted?: boolean;
}

/** A logical volume mklv made: its volume group's identifier, type (mklv -t) and size in partitions. */
export interface RawLv {
  name: string;
  vg: string;
  type: string;
  lps: number;
}

export interface VolumeGroup {
  name: string;
  vgid: string;
  ppSizeMB: number;
  /** "Global", or the WPAR whose volume group it is (made inside it, or its rootvg). */
  owner: string;
  disks: string[];
  /** Varied on. */
  active: boolean;
}

export interface FsNode {
  /** A link is a symbolic link (ln -s): `content` holds its target. */
  kind: 'dir' | 'file' | 'link';
  content?: string;
  /** Last change (ms since the epoch, the world's clock). */
  mtime: number;
  /** Permission bits (chmod); absent: 644 for a file, 755 for a directory. */
  mode?: number;
  /** Owner and group (chown, chgrp): a user or group name, or a number; absent: root and system. */
  owner?: string;
  group?: string;
  /** A directory's entries by name (world/tree.ts); absent when it is empty. */
  entries?: Readonly<Record<string, FsNode>>;
}

/** A mounted file system: a local one (its device names it in `filesystems`) or namefs (device is a path). */
export interface Mount {
  /** Global path it is mounted over. */
  point: string;
  vfs: 'jfs2' | 'namefs' | 'procfs' | 'ahafs';
  device: string;
  options: string;
  /** When it was mounted. */
  date: number;
}

/** A simulated process. */
export interface Proc {
  /** The global process ID. */
  pid: number;
  ppid: number;
  /** The WPAR it runs in (absent: the global environment). */
  wpar?: string;
  /** Its IDs as the WPAR sees them (its init is 1). */
  vpid?: number;
  vppid?: number;
  user: string;
  cmd: string;
  start: number;
  /** The SRC subsystem it is, for lssrc. */
  subsystem?: string;
  group?: string;
}

/** A stanza of /etc/filesystems. */
export interface Stanza {
  point: string;
  dev: string;
  vfs: string;
  /** "true" (mounted at boot or, with a WPAR mount group, when the WPAR starts), "false", "automatic". */
  mount: string;
  /** The mount group (crfs -u); WPAR file systems have the WPAR's name. */
  type?: string;
  options?: string;
  account?: string;
  log?: string;
  /** Size in 512-byte blocks (crfs -a size=). */
  size?: number;
  /** The identifier of the volume group its logical volume is in (crfs -g; absent for the WPARs' own file systems, which are in rootvg). */
  vg?: string;
}

export interface World {
  lpar: Lpar;
  counters: Counters;
  wpars: Wpar[];
  disks: Disk[];
  /** The system error log, oldest first (world/errlog.ts); absent in stores from before it. */
  errlog?: ErrEntry[];
  /** Device attributes changed with chdev, by device and attribute (world/attributes.ts holds the defaults). */
  deviceAttrs?: Record<string, Record<string, string>>;
  vgs: VolumeGroup[];
  /** Every file system's root directory (a tree: world/tree.ts), keyed by device (/dev/hd4, /dev/fslv00, ...). */
  filesystems: Record<string, FsNode>;
  /** The mount table, in mount order. */
  mounts: Mount[];
  /** /etc/filesystems. */
  fstab: Stanza[];
  processes: Proc[];
  /** Installed filesets of the global environment, name -> level (absent: the factory set). */
  filesets?: Record<string, string>;
  /** Volume groups exportvg took out of the system: their disks still hold them, importvg brings them back (absent: none). */
  exportedVgs?: VolumeGroup[];
  /** Logical volumes mklv made (no file system on them; absent: none). */
  lvs?: RawLv[];
  /** When installp committed a global fileset's current level, name -> ms (absent: the factory install; lslpp -h). */
  filesetDates?: Record<string, number>;
}

/** Where a shell runs: the global environment or inside one WPAR. */
export type Scope = { kind: 'global' } | { kind: 'wpar'; name: string };
