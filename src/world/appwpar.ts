// Application WPARs (wparexec; reference 11.2): Active at once, sharing the
// global file systems (directory "/"), with one process, the command; they
// are removed when it ends.

import { fail, ok, type Result } from './errors.js';
import { addressConflict } from './network.js';
import type { AttrGroup, World, Wpar } from './types.js';
import { findWpar, isValidWparName, PID_STEP, uuidFor } from './wpars.js';

/**
 * wparexec: an application WPAR, Active at once, sharing the global file
 * systems (directory "/"), with one process: the command. removeAppWpar ends it.
 */
export function startAppWpar(world: World, name: string, networks: AttrGroup[], command: string, now: number): Result<{ world: World; wpar: Wpar }> {
  if (!isValidWparName(name)) return fail({ code: 'bad-name', name });
  if (findWpar(world, name)) return fail({ code: 'wpar-exists', name });
  const c = world.counters;
  const wpar: Wpar = {
    name,
    cid: c.nextCid,
    type: 'A',
    state: 'A',
    hostname: name,
    directory: '/',
    owner: 'root',
    rootvg: false,
    auto: false,
    privateUsr: false,
    checkpointable: false,
    routing: false,
    copyResolv: false,
    script: '',
    uuid: uuidFor(c.nextUuid),
    networks,
    routes: [],
    devices: [],
    mounts: [],
    resources: {},
    corPid: c.nextPid,
  };
  const conflict = addressConflict({ ...world, wpars: [...world.wpars, { ...wpar, state: 'D' }] }, wpar);
  if (conflict) return fail({ code: 'address-in-use', ...conflict });
  const proc = { pid: c.nextPid, ppid: 1, wpar: name, vpid: 1, vppid: 0, user: 'root', cmd: command, start: now };
  return ok({
    wpar,
    world: {
      ...world,
      wpars: [...world.wpars, wpar],
      processes: [...world.processes, proc],
      counters: { ...c, nextCid: c.nextCid + 1, nextUuid: c.nextUuid + 1, nextPid: c.nextPid + PID_STEP },
    },
  });
}

export function removeAppWpar(world: World, name: string): World {
  return { ...world, wpars: world.wpars.filter((w) => w.name !== name), processes: world.processes.filter((p) => p.wpar !== name) };
}
