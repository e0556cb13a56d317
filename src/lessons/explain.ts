// `explain CMD ...`: what a command line would do to the world, without doing
// it. The line runs through the engine, the same code as at the prompt, on a
// copy of the session (ctx.simulate; worlds are immutable, so a copy is a
// reference), and the two worlds are compared and told in plain words.

import { wrap } from '../commands/lib/table.js';
import type { CommandContext } from '../engine/contract.js';
import { scopeName } from '../world/scope.js';
import { flatten } from '../world/tree.js';
import type { Disk, Mount, VolumeGroup, World, Wpar } from '../world/types.js';
import { STATE_WORDS } from '../world/wpars.js';

export function explain(ctx: Pick<CommandContext, 'world' | 'scope' | 'simulate'>, line: string): string {
  const step = ctx.simulate(line);
  const changes = worldChanges(ctx.world, step.world);
  const where = scopeName(step.scope);
  if (where !== scopeName(ctx.scope)) changes.push(where === 'Global' ? 'take the prompt back to the global environment' : `move the prompt inside ${where}`);
  const errors = step.chunks
    .filter((c) => c.stream === 'err')
    .map((c) => c.text.trim())
    .filter((t) => t !== '');
  let text: string;
  if (changes.length === 0) {
    text =
      step.status === 0
        ? `'${line}' would exit 0 and change nothing in the world: it only reports.`
        : `'${line}' would fail with exit status ${step.status} and change nothing${errors[0] ? `: ${errors[0]}` : '.'}`;
  } else {
    text = `'${line}' would exit ${step.status} and ${sentence(changes)}.`;
  }
  return wrap(`${text} Nothing has been done: run it without 'explain' to do it.`, 78).join('\n');
}

/** The differences between two worlds, each a phrase ("start wpar1 (Defined -> Active)"). */
export function worldChanges(before: World, after: World): string[] {
  if (before === after) return [];
  const out: string[] = [];
  const old = new Map(before.wpars.map((w) => [w.name, w]));
  const now = new Map(after.wpars.map((w) => [w.name, w]));
  for (const w of after.wpars) {
    const was = old.get(w.name);
    if (!was) out.push(`create the ${w.type === 'A' ? 'application' : 'system'} WPAR ${w.name} (${STATE_WORDS[w.state]}, in ${w.directory}${given(w)})`);
    else wparChanges(was, w, out);
  }
  for (const w of before.wpars) if (!now.has(w.name)) out.push(`remove the WPAR ${w.name}`);
  diskChanges(before.disks, after.disks, out);
  // A volume group is its owner's: a rootvg WPAR has a rootvg of its own beside the LPAR's.
  const vgName = (v: VolumeGroup) => (v.owner === 'Global' ? v.name : `${v.name} of ${v.owner}`);
  const sameVg = (a: VolumeGroup) => (b: VolumeGroup) => a.name === b.name && a.owner === b.owner;
  for (const v of after.vgs) if (!before.vgs.some(sameVg(v))) out.push(`create the volume group ${vgName(v)} on ${v.disks.join(', ')}`);
  for (const v of before.vgs) if (!after.vgs.some(sameVg(v))) out.push(`forget the volume group ${vgName(v)}`);
  for (const v of after.vgs) {
    const was = before.vgs.find(sameVg(v));
    if (was && was.active !== v.active) out.push(`vary ${v.active ? 'on' : 'off'} ${vgName(v)}`);
  }
  mountChanges(before.mounts, after.mounts, out);
  const stanzas = after.fstab.length - before.fstab.length;
  if (stanzas > 0) out.push(`add ${count(stanzas, 'stanza')} to /etc/filesystems`);
  if (stanzas < 0) out.push(`remove ${count(-stanzas, 'stanza')} from /etc/filesystems`);
  fileChanges(before, after, out);
  const pids = new Set(before.processes.map((p) => p.pid));
  const started = after.processes.filter((p) => !pids.has(p.pid)).length;
  const left = new Set(after.processes.map((p) => p.pid));
  const ended = before.processes.filter((p) => !left.has(p.pid)).length;
  if (started > 0) out.push(`start ${count(started, 'process', 'processes')}`);
  if (ended > 0) out.push(`end ${count(ended, 'process', 'processes')}`);
  if (JSON.stringify(before.filesets) !== JSON.stringify(after.filesets)) out.push('install software in the global environment');
  return out;
}

/** What a new WPAR is given: its addresses and disks (", with 10.1.1.3 on en0 and hdisk2"). */
function given(w: Wpar): string {
  const parts = [...w.networks.filter((n) => n['address']).map((n) => `${n['address']} on ${n['interface'] ?? 'en0'}`), ...w.devices.map((d) => d['devname'] ?? '').filter((d) => d !== '')];
  return parts.length > 0 ? `, with ${sentence(parts)}` : '';
}

function wparChanges(was: Wpar, w: Wpar, out: string[]): void {
  if (was.state !== w.state) {
    const verb = w.state === 'A' ? 'start' : w.state === 'D' && was.state === 'A' ? 'stop' : 'change the state of';
    out.push(`${verb} ${w.name} (${STATE_WORDS[was.state]} -> ${STATE_WORDS[w.state]})`);
  }
  const fields: [keyof Wpar, string][] = [
    ['hostname', 'host name'],
    ['networks', 'network addresses'],
    ['devices', 'devices'],
    ['mounts', 'file systems'],
    ['resources', 'resource controls'],
    ['script', 'start script'],
    ['auto', 'start at boot'],
    ['rootParts', 'installed software'],
    ['usrParts', 'installed software'],
    ['osLevel', 'AIX level'],
  ];
  const changed = [...new Set(fields.filter(([k]) => JSON.stringify(was[k]) !== JSON.stringify(w[k])).map(([, words]) => words))];
  if (changed.length > 0) out.push(`change ${w.name}'s ${sentence(changed)}`);
}

function diskChanges(before: Disk[], after: Disk[], out: string[]): void {
  for (const d of after) {
    const was = before.find((x) => x.name === d.name);
    if (!was) continue;
    if (was.exportedTo !== d.exportedTo) out.push(d.exportedTo ? `export ${d.name} to ${d.exportedTo}` : `take ${d.name} back from ${was.exportedTo}`);
    else if (d.exportedTo && was.wparState !== d.wparState) out.push(`make ${d.name} ${d.wparState} inside ${d.exportedTo}`);
    if (was.state !== d.state) out.push(`make ${d.name} ${d.state} in the global environment`);
    if (was.pvid !== d.pvid) out.push(`give ${d.name} a PVID`);
  }
}

const mountKey = (m: Mount) => `${m.point}\0${m.device}`;

function mountChanges(before: Mount[], after: Mount[], out: string[]): void {
  const old = new Set(before.map(mountKey));
  const now = new Set(after.map(mountKey));
  const added = after.filter((m) => !old.has(mountKey(m)));
  const removed = before.filter((m) => !now.has(mountKey(m)));
  const few = (ms: Mount[], verb: string, word: string) => {
    if (ms.length === 0) return;
    if (ms.length <= 3) for (const m of ms) out.push(`${verb} ${m.device} ${word} ${m.point}${m.vfs === 'namefs' ? ' (namefs)' : ''}`);
    else out.push(`${verb} ${ms.length} file systems (${ms[0]!.point} and others)`);
  };
  few(added, 'mount', 'on');
  few(removed, 'unmount', 'from');
}

function fileChanges(before: World, after: World, out: string[]): void {
  if (before.filesystems === after.filesystems) return;
  // Files are named by their global path where their file system is mounted, else counted.
  const made: string[] = [];
  const changed: string[] = [];
  const gone: string[] = [];
  const where = (world: World, dev: string, rel: string) => {
    const m = world.mounts.find((x) => x.device === dev);
    return m ? `${m.point === '/' ? '' : m.point}/${rel}` : `${dev}:/${rel}`;
  };
  const newFs: string[] = [];
  for (const [dev, root] of Object.entries(after.filesystems)) {
    const wasRoot = before.filesystems[dev];
    if (!wasRoot) {
      newFs.push(dev);
      continue;
    }
    if (wasRoot === root) continue;
    const was = flatten(wasRoot);
    const nodes = flatten(root);
    for (const [p, n] of Object.entries(nodes)) {
      const o = was[p];
      if (!o) made.push(where(after, dev, p));
      else if (o.content !== n.content) changed.push(where(after, dev, p));
    }
    for (const p of Object.keys(was)) if (!nodes[p]) gone.push(where(before, dev, p));
  }
  const goneFs = Object.keys(before.filesystems).filter((d) => !after.filesystems[d]);
  if (newFs.length > 0) out.push(`create ${count(newFs.length, 'file system')} (${newFs.slice(0, 3).join(', ')}${newFs.length > 3 ? ', ...' : ''})`);
  if (goneFs.length > 0) out.push(`remove ${count(goneFs.length, 'file system')} (${goneFs.slice(0, 3).join(', ')}${goneFs.length > 3 ? ', ...' : ''})`);
  const files = (verb: string, paths: string[], one: string, many: string) => {
    if (paths.length > 0) out.push(paths.length <= 3 ? `${verb} ${sentence(paths)}` : `${verb} ${count(paths.length, one, many)}`);
  };
  files('create', made, 'file or directory', 'files or directories');
  files('change', changed, 'file', 'files');
  files('remove', gone, 'file or directory', 'files or directories');
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
function sentence(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
