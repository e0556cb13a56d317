// The store's lock: a directory <store>.lock holding a file that names its
// owner (process id and host), made whole beside it and renamed into place, so
// that it never exists without its owner. Another wparsim waits for it;
// a lock whose owner is a process that no longer runs on this host is taken
// over at once, so a killed wparsim never stalls the next one. Replaces
// proper-lockfile, whose signal-exit dependency kept SIGTERM and SIGINT from
// ending a busy process, whose stale lock made the next command wait 10 s,
// and which (with graceful-fs) took about 5 ms of every start-up.
//
// Taking over a dead owner's lock renames its directory to a name of this
// process's own first, so that of two processes that both found it dead only
// one takes it over; the other sees the lock gone or alive and tries again.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

const OWNER = 'owner';

/** Whether a process runs on this host (signal 0 tests without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerOf = (dir: string) => readFile(`${dir}/${OWNER}`, 'utf8').catch(() => null);

/** The owner text of the lock at `dir` when that owner is gone (a lock of another host is never taken over), else undefined. */
async function abandoned(dir: string): Promise<string | null | undefined> {
  const text = await ownerOf(dir);
  if (text === null) {
    // A lock without an owner is one an older wparsim made (mkdir, then the owner): taken over once it is 2 s old.
    const made = await stat(dir).then(
      (s) => s.mtimeMs,
      () => null,
    );
    return made !== null && Date.now() - made > 2000 ? null : undefined;
  }
  const [pid, host] = text.split('\n');
  return host === hostname() && /^\d+$/.test(pid ?? '') && !alive(Number(pid)) ? text : undefined;
}

/**
 * Takes the lock for `path`, waiting while a live process holds it. Resolves
 * to its release, or null when no lock can be made (a read-only directory:
 * the save that follows fails and says so) or the wait is aborted.
 */
export async function lock(path: string, signal?: AbortSignal): Promise<(() => Promise<void>) | null> {
  const dir = `${path}.lock`;
  const me = `${process.pid}\n${hostname()}\n`;
  for (let wait = 2; !signal?.aborted; wait = Math.min(100, Math.ceil(wait * 1.3))) {
    // The lock is made whole, owner and all, then renamed into place: no process can see it without its owner.
    const made = `${dir}.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      await mkdir(made);
      await writeFile(`${made}/${OWNER}`, me);
      await rename(made, dir);
      // Released by moving it away whole first: removing it in place would leave an empty directory for a moment,
      // onto which another process's rename would succeed, and that lock would then be removed with this one.
      return async () => {
        const gone = `${dir}.released-${process.pid}-${randomBytes(4).toString('hex')}`;
        await rename(dir, gone).catch(() => {});
        await rm(gone, { recursive: true, force: true });
      };
    } catch (e) {
      await rm(made, { recursive: true, force: true }).catch(() => {});
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') return null;
    }
    const dead = await abandoned(dir);
    if (dead !== undefined) {
      const taken = `${dir}.taken-${process.pid}`;
      if (
        await rename(dir, taken).then(
          () => true,
          () => false,
        )
      ) {
        // Another process may have taken it over and locked again in between: then what moved is its live lock.
        if ((await ownerOf(taken)) === dead) await rm(taken, { recursive: true, force: true });
        else await rename(taken, dir).catch(() => {});
      }
      continue;
    }
    await new Promise((r) => setTimeout(r, wait));
  }
  return null;
}
