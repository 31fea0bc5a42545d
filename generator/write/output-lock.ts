// output-lock: one writing run at a time per output folder, across processes.
// The lock is the file "<out>.lock" holding its owner's pid, created exclusively (O_EXCL), so
// there is exactly one owner and the pid is in it from the first microsecond on. A run killed
// while holding it leaves a lock whose pid is dead: the next run removes it. Removing is the only
// racy step (two runs may judge the same lock stale while a third takes a fresh one), so it is
// done under "<out>.lock.break", re-checking there: while the stale lock exists no fresh one can
// be created, so the lock checked is the lock removed. A run killed while holding the breaker
// after removing the stale lock leaves the breaker behind with no stale lock to lead anyone to it:
// the run that takes the lock next removes it (its owner is dead, and no live run can be using a
// breaker to remove a lock that is held by a live owner).
// A live pid is never taken for stale, even one that is not a schema-codegen run (pid 1 in a
// container that was restarted): the wait says so on stderr early on, and is bounded; giving up
// is a file-system failure (exit 3) naming the lock and how to remove it.

import { lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { terminalSafe } from '../errors.js';

/** How long a run waits for the lock, in ms; SCHEMA_CODEGEN_LOCK_WAIT_MS overrides it (tests
 *  use a short wait). */
const DEFAULT_WAIT_MS = 120_000;
/** After this long waiting, the run says on stderr what it waits for (once). */
const NOTICE_MS = 1_000;
const POLL_MS = 50;
/** A lock file without a pid: its owner was killed between creating and writing it. */
const EMPTY_STALE_MS = 5_000;
/** "<out>.lock.break" is held for a millisecond; older than this, its owner was killed. */
const BREAK_STALE_MS = 10_000;

/** The lock stayed held by a live process for the whole wait. */
export class LockBusyError extends Error {
  constructor(
    readonly lock: string,
    readonly pid: number | null,
    waitedMs: number,
  ) {
    super(`gave up after ${Math.round(waitedMs / 1000)} s waiting for ${lock}, held by pid ${pid ?? 'unknown'}`);
    this.name = 'LockBusyError';
  }

  format(): string {
    return `error: ${terminalSafe(this.message)}\n  hint: ${terminalSafe(removalHint(this.lock))}`;
  }
}

const removalHint = (lock: string): string =>
  `if no schema-codegen run is writing there (the pid may be an unrelated process, e.g. after a container restart), remove the lock: rm '${lock.replace(/'/g, `'\\''`)}'`;

/** Waits for the lock on outDir (two minutes by default) and returns its release. */
export function acquireLock(outDir: string): () => void {
  const lock = `${outDir}.lock`;
  const start = Date.now();
  const waitMs = lockWaitMs();
  let told = false;
  while (!tryCreate(lock)) {
    if (removeIfStale(lock)) continue;
    const waited = Date.now() - start;
    if (waited > waitMs) throw new LockBusyError(lock, readPid(lock), waited);
    if (!told && waited >= Math.min(NOTICE_MS, waitMs / 2)) {
      told = true;
      process.stderr.write(
        `${terminalSafe(`waiting for ${lock}, held by pid ${readPid(lock) ?? 'unknown'} (another run on this folder?); giving up in ${Math.ceil((waitMs - waited) / 1000)} s`)}\n  hint: ${terminalSafe(removalHint(lock))}\n`,
      );
    }
    sleep(POLL_MS);
  }
  removeDeadBreaker(lock);
  return () => rmSync(lock, { force: true });
}

function lockWaitMs(): number {
  const raw = process.env['SCHEMA_CODEGEN_LOCK_WAIT_MS']?.trim();
  const given = raw ? Number(raw) : Number.NaN;
  return Number.isFinite(given) && given >= 0 ? given : DEFAULT_WAIT_MS;
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

/** Called holding the lock: a breaker whose owner died (pid written, process gone) is a leftover. */
function removeDeadBreaker(lock: string): void {
  const breaker = `${lock}.break`;
  const pid = readPid(breaker);
  if (pid !== null && !isAlive(pid)) rmSync(breaker, { force: true });
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
