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

import { mkdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomHex } from './token.js';

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

function ownerOf(dir: string): string | null {
  try {
    return readFileSync(`${dir}/${OWNER}`, 'utf8');
  } catch {
    return null;
  }
}

/** Removes a lock directory (its owner file, then itself); what is already gone is fine. */
function remove(dir: string): void {
  try {
    unlinkSync(`${dir}/${OWNER}`);
  } catch {
    // no owner file
  }
  try {
    rmdirSync(dir);
  } catch {
    // gone already
  }
}

/** The owner text of the lock at `dir` when that owner is gone (a lock of another host is never taken over), else undefined. */
function abandoned(dir: string): string | null | undefined {
  const text = ownerOf(dir);
  if (text === null) {
    // A lock without an owner is one an older wparsim made (mkdir, then the owner): taken over once it is 2 s old.
    const made = statSync(dir, { throwIfNoEntry: false })?.mtimeMs;
    return made !== undefined && Date.now() - made > 2000 ? null : undefined;
  }
  const [pid, host] = text.split('\n');
  return host === hostname() && /^\d+$/.test(pid ?? '') && !alive(Number(pid)) ? text : undefined;
}

/**
 * Takes the lock for `path`, waiting while a live process holds it. Resolves
 * to its release, or null when no lock can be made (a read-only directory:
 * the save that follows fails and says so) or the wait is aborted. The file
 * operations are synchronous (each one system call, no round trip through
 * the thread pool: they are on every command's path); the wait is not.
 */
export async function lock(path: string, signal?: AbortSignal): Promise<(() => Promise<void>) | null> {
  const dir = `${path}.lock`;
  const me = `${process.pid}\n${hostname()}\n`;
  for (let wait = 2; !signal?.aborted; wait = Math.min(100, Math.ceil(wait * 1.3))) {
    // The lock is made whole, owner and all, then renamed into place: no process can see it without its owner.
    const made = `${dir}.${process.pid}.${randomHex(4)}`;
    try {
      mkdirSync(made);
      writeFileSync(`${made}/${OWNER}`, me);
      renameSync(made, dir);
      // Released by moving it away whole first: removing it in place would leave an empty directory for a moment,
      // onto which another process's rename would succeed, and that lock would then be removed with this one.
      return async () => {
        const gone = `${dir}.released-${process.pid}-${randomHex(4)}`;
        try {
          renameSync(dir, gone);
        } catch {
          return;
        }
        remove(gone);
      };
    } catch (e) {
      remove(made);
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') return null;
    }
    const dead = abandoned(dir);
    if (dead !== undefined) {
      const taken = `${dir}.taken-${process.pid}`;
      try {
        renameSync(dir, taken);
        // Another process may have taken it over and locked again in between: then what moved is its live lock.
        if (ownerOf(taken) === dead) remove(taken);
        else renameSync(taken, dir);
      } catch {
        // gone, or taken over by another: try again
      }
      continue;
    }
    await new Promise((r) => setTimeout(r, wait));
  }
  return null;
}
