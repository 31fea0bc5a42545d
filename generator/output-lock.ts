// output-lock: one writing run at a time per output folder, across processes.
// The lock is the file "<out>.lock" holding its owner's pid, created exclusively (O_EXCL), so
// there is exactly one owner and the pid is in it from the first microsecond on. A run killed
// while holding it leaves a lock whose pid is dead: the next run removes it. Removing is the only
// racy step (two runs may judge the same lock stale while a third takes a fresh one), so it is
// done under "<out>.lock.break", re-checking there: while the stale lock exists no fresh one can
// be created, so the lock checked is the lock removed.

import { lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { OptionsError } from './errors.js';

const WAIT_MS = 120_000;
const POLL_MS = 50;
/** A lock file without a pid: its owner was killed between creating and writing it. */
const EMPTY_STALE_MS = 5_000;
/** "<out>.lock.break" is held for a millisecond; older than this, its owner was killed. */
const BREAK_STALE_MS = 10_000;

/** Waits for the lock on outDir (up to two minutes) and returns its release. */
export function acquireLock(outDir: string): () => void {
  const lock = `${outDir}.lock`;
  const start = Date.now();
  while (!tryCreate(lock)) {
    if (removeIfStale(lock)) continue;
    if (Date.now() - start > WAIT_MS) throw new OptionsError(`${lock} is held by another run (pid ${readPid(lock) ?? 'unknown'})`, `wait for it to finish, or remove ${lock} if no run is going on`);
    sleep(POLL_MS);
  }
  return () => rmSync(lock, { force: true });
}

/** The names acquireLock may leave beside outDir, for callers that look for leftovers. */
export const lockNames = (outDir: string): readonly string[] => [`${outDir}.lock`, `${outDir}.lock.break`];

function tryCreate(path: string): boolean {
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes the lock if its owner is gone; true when the caller should try again at once. */
function removeIfStale(lock: string): boolean {
  if (!isStale(lock, EMPTY_STALE_MS)) return false;
  const breaker = `${lock}.break`;
  if (!tryCreate(breaker)) {
    if (isStale(breaker, BREAK_STALE_MS)) rmSync(breaker, { force: true });
    return false;
  }
  try {
    if (isStale(lock, EMPTY_STALE_MS)) rmSync(lock, { recursive: true, force: true }); // recursive: an older version's lock was a folder
  } finally {
    rmSync(breaker, { force: true });
  }
  return true;
}

/** Gone (true: try again), a dead owner, or no pid and older than emptyAfterMs. */
function isStale(path: string, emptyAfterMs: number): boolean {
  const pid = readPid(path);
  if (pid !== null) return !isAlive(pid);
  try {
    return Date.now() - lstatSync(path).mtimeMs > emptyAfterMs;
  } catch {
    return true;
  }
}

function readPid(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'; // EPERM: alive, another user's
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
