// WPAR specification files (mkwpar -o / -w / -f; guide "Using specification
// files"; the format is AIX's stanza format as in /usr/samples/wpars/
// sample.spec: a stanza name and a colon at the start of a line, then
// tab-indented `attribute = "value"` lines; RECALLED medium). Stanzas:
// general, network, route, mount, resources, device. Comment lines start with
// '*' or '#'.

import { own } from '../../world/dict.js';
import { RESOURCE_ATTRS } from '../../world/resources.js';
import type { AttrGroup, Wpar } from '../../world/types.js';
import { isDefaultMount, mountAsGroup, type WparSpec } from '../../world/wpars.js';
import { DEVICE_ATTRS, MOUNT_ATTRS, NETWORK_ATTRS, ROUTE_ATTRS } from './attrs.js';

const GENERAL = [
  'name',
  'hostname',
  'directory',
  'privateusr',
  'auto',
  'routing',
  'script',
  'checkpointable',
  'devices',
  'rootvgwpar',
  'preserve',
  'ostype',
  'uuid',
  'system_copy',
  'copy_nameres',
  'owner',
  'architecture',
];

export const STANZAS: Record<string, readonly string[]> = {
  general: GENERAL,
  network: NETWORK_ATTRS,
  route: ROUTE_ATTRS,
  mount: MOUNT_ATTRS,
  resources: RESOURCE_ATTRS,
  device: DEVICE_ATTRS,
};

/** What a spec file can ask for beyond a WparSpec. */
export interface SpecFile {
  spec: WparSpec;
  systemCopy: boolean;
  checkpointable: boolean;
}

export type SpecProblem =
  | { code: 'stanza'; line: number; text: string }
  | { code: 'attribute'; line: number; stanza: string; text: string }
  | { code: 'syntax'; line: number; text: string }
  | { code: 'value'; line: number; attr: string; value: string };

const yes = (v: string | undefined) => v === 'yes' || v === 'true';

/** Parses a specification file. */
export function parseSpec(text: string): SpecFile | SpecProblem {
  const spec: WparSpec = { name: '', networks: [], routes: [], devices: [], mounts: [], resources: {} };
  const general: Record<string, string> = {};
  let current: { name: string; attrs: AttrGroup } | null = null;
  const close = () => {
    if (!current) return;
    const a = current.attrs;
    if (current.name === 'network') spec.networks!.push(a);
    else if (current.name === 'route') spec.routes!.push(a);
    else if (current.name === 'mount') spec.mounts!.push(a);
    else if (current.name === 'device') spec.devices!.push(a);
    else if (current.name === 'resources') Object.assign(spec.resources!, a);
    else Object.assign(general, a);
  };
  const lineOf: Record<string, number> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const n = i + 1;
    if (raw.trim() === '' || /^\s*[*#]/.test(raw)) continue;
    const stanza = /^(\S+):\s*$/.exec(raw);
    if (stanza) {
      close();
      if (!own(STANZAS, stanza[1]!)) return { code: 'stanza', line: n, text: stanza[1]! };
      current = { name: stanza[1]!, attrs: {} };
      continue;
    }
    // The value's trailing blanks are cut by trimEnd(), not by a lazy pattern before \s*$ (quadratic on a long line).
    const attr = /^\s+([A-Za-z_0-9]+)\s*=\s*(.*)$/.exec(raw);
    if (!attr || !current) return { code: 'syntax', line: n, text: raw.trim() };
    const [, key, value] = attr as unknown as [string, string, string];
    const quoted = value.trimEnd();
    if (!own(STANZAS, current.name)!.includes(key)) return { code: 'attribute', line: n, stanza: current.name, text: key };
    current.attrs[key] = quoted.replace(/^"(.*)"$/, '$1');
    if (current.name === 'general') lineOf[key] = n;
  }
  close();
  for (const k of ['privateusr', 'auto', 'routing', 'system_copy', 'copy_nameres', 'checkpointable', 'rootvgwpar', 'preserve']) {
    const v = general[k];
    if (v !== undefined && !['yes', 'no', 'true', 'false'].includes(v)) return { code: 'value', line: lineOf[k] ?? 0, attr: k, value: v };
  }
  if (general['name']) spec.name = general['name'];
  if (general['hostname']) spec.hostname = general['hostname'];
  if (general['directory']) spec.directory = general['directory'];
  if (general['script']) spec.script = general['script'];
  if (general['uuid']) spec.uuid = general['uuid'];
  if (general['privateusr']) spec.privateUsr = yes(general['privateusr']);
  if (general['auto']) spec.auto = yes(general['auto']);
  if (general['routing']) spec.routing = yes(general['routing']);
  if (general['copy_nameres']) spec.copyResolv = yes(general['copy_nameres']);
  return { spec, systemCopy: yes(general['system_copy']), checkpointable: yes(general['checkpointable']) };
}

const q = (k: string, v: string) => `\t${k} = "${v}"`;
const yn = (b: boolean) => (b ? 'yes' : 'no');

/** The specification file of a WPAR (its name and directory left out when `named` is false). */
export function specText(w: Wpar, named: boolean, systemCopy = false): string {
  const out: string[] = ['general:'];
  if (named) out.push(q('name', w.name));
  if (w.hostname) out.push(q('hostname', w.hostname));
  if (named) out.push(q('directory', w.directory));
  out.push(
    q('privateusr', yn(w.privateUsr)),
    q('auto', yn(w.auto)),
    q('routing', yn(w.routing)),
    q('checkpointable', 'no'),
    q('rootvgwpar', yn(w.rootvg)),
    q('preserve', 'no'),
    q('devices', '/etc/wpars/devexports'),
    q('ostype', '0'),
  );
  if (w.script) out.push(q('script', w.script));
  if (w.copyResolv) out.push(q('copy_nameres', 'yes'));
  if (systemCopy) out.push(q('system_copy', 'yes'));
  const group = (name: string, attrs: AttrGroup) => ['', `${name}:`, ...Object.entries(attrs).map(([k, v]) => q(k, v))];
  for (const n of w.networks) out.push(...group('network', n));
  for (const r of w.routes) out.push(...group('route', r));
  for (const m of w.mounts) {
    out.push(
      ...group(
        'mount',
        m.vfs === 'jfs2' || m.vfs === 'jfs'
          ? { directory: m.dir, vfs: m.vfs, size: String((m.sizeMB ?? 64) * 2048), logname: 'INLINE' }
          : { directory: m.dir, vfs: m.vfs, dev: m.dev, mountopts: m.options },
      ),
    );
  }
  if (Object.keys(w.resources).length > 0) out.push(...group('resources', w.resources));
  for (const d of w.devices) out.push(...group('device', d));
  return out.join('\n') + '\n';
}

/** A WparSpec from an existing WPAR (mkwpar -e): its settings, not its name, place, addresses or disks. */
export function specOfWpar(w: Wpar): WparSpec {
  return {
    name: '',
    privateUsr: w.privateUsr,
    auto: w.auto,
    routing: w.routing,
    script: w.script,
    copyResolv: w.copyResolv,
    networks: [],
    routes: w.routes.map((r) => ({ ...r })),
    devices: [],
    mounts: w.mounts.filter((m) => !isDefaultMount(m.dir)).map(mountAsGroup),
    resources: { ...w.resources },
  };
}
