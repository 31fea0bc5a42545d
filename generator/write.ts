// write: rendered files -> the output folder, all or nothing; or, with check, a drift report.
// Takes the files of the targets that ran (paths relative to the output folder). The new tree
// is built in a sibling folder and swapped in, so a reader (or a killed run) sees the old tree
// or the new one, never a mix. Unchanged files are hard-linked, keeping their mtimes; when
// nothing changed, nothing is touched at all. Files of targets that did not run, and files the
// generator never wrote, are carried over. A lock keeps concurrent runs from interleaving.

import { closeSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync, utimesSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OptionsError } from './errors.js';

export const MANIFEST = '.schema-codegen-manifest';

export interface WriteRequest {
  readonly outDir: string;
  /** Targets that ran: their old files not in `files` are stale and pruned. */
  readonly targets: readonly string[];
  readonly files: ReadonlyMap<string, string>;
  /** Write into an existing folder the generator did not create. */
  readonly force: boolean;
}

export interface Drift {
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export const hasDrift = (d: Drift): boolean => d.changed.length + d.added.length + d.removed.length > 0;

/** Compares without writing. `added` = would be created, `removed` = would be pruned. */
export function checkOutput(request: WriteRequest): Drift {
  const old = readManifest(request.outDir);
  const changed: string[] = [];
  const added: string[] = [];
  for (const [path, content] of request.files) {
    const onDisk = readIfExists(join(request.outDir, path));
    if (onDisk === null) added.push(path);
    else if (onDisk !== content) changed.push(path);
  }
  const removed = [...old].filter((p) => ownedByTargets(p, request.targets) && !request.files.has(p) && existsSync(join(request.outDir, p)));
  return { changed, added, removed };
}

export function writeOutput(request: WriteRequest): Drift {
  return withLock(request.outDir, () => {
    recoverInterruptedSwap(request.outDir);
    refuseForeignFolder(request);
    const drift = checkOutput(request);
    const manifestPath = join(request.outDir, MANIFEST);
    const manifest = manifestText(request);
    if (!hasDrift(drift) && readIfExists(manifestPath) === manifest) return drift;
    const staging = `${request.outDir}.tmp-${process.pid}-${Date.now()}`;
    try {
      stage(request, staging, manifest);
      swap(request.outDir, staging);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return drift;
  });
}

function stage(request: WriteRequest, staging: string, manifest: string): void {
  mkdirSync(staging, { recursive: true });
  for (const path of carriedOver(request)) linkOrCopy(join(request.outDir, path), join(staging, path));
  for (const [path, content] of request.files) {
    const target = join(staging, path);
    const current = join(request.outDir, path);
    if (readIfExists(current) === content) linkOrCopy(current, target);
    else writeFileAt(target, content);
  }
  writeFileAt(join(staging, MANIFEST), manifest);
}

/** Everything in the old folder that this run does not own: other targets' files, foreign files. */
function carriedOver(request: WriteRequest): string[] {
  if (!existsSync(request.outDir)) return [];
  const old = readManifest(request.outDir);
  return listFiles(request.outDir).filter((p) => p !== MANIFEST && !request.files.has(p) && !(old.has(p) && ownedByTargets(p, request.targets)));
}

function manifestText(request: WriteRequest): string {
  const old = [...readManifest(request.outDir)].filter((p) => !ownedByTargets(p, request.targets));
  const all = [...new Set([...old, ...request.files.keys()])].sort();
  return `${all.join('\n')}\n`;
}

function ownedByTargets(path: string, targets: readonly string[]): boolean {
  return targets.some((t) => path.startsWith(`${t}/`));
}

function swap(outDir: string, staging: string): void {
  if (!existsSync(outDir)) {
    renameSync(staging, outDir);
    return;
  }
  const retired = `${outDir}.old-${process.pid}-${Date.now()}`;
  renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync(retired, { recursive: true, force: true });
}

/** A run killed between the two renames of swap() leaves only "<out>.old-*": put it back. */
function recoverInterruptedSwap(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = `${basename(outDir)}.`;
  const leftovers = readdirSync(parent).filter((n) => n.startsWith(prefix) && /\.(old|tmp)-\d+-\d+$/.test(n)).sort();
  for (const name of leftovers) {
    const path = join(parent, name);
    if (name.includes('.old-') && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

function refuseForeignFolder(request: WriteRequest): void {
  const { outDir, force } = request;
  if (force || !existsSync(outDir) || existsSync(join(outDir, MANIFEST))) return;
  if (!statSync(outDir).isDirectory() || readdirSync(outDir).length > 0) {
    throw new OptionsError(`${outDir} exists and was not written by schema-codegen`, 'choose an empty or new --out folder, or pass --force to generate into it (its other files are kept)');
  }
}

const LOCK_STALE_MS = 60_000;
const LOCK_WAIT_MS = 120_000;

/** mkdir is atomic: the run that creates "<out>.lock" owns the folder until it removes it. */
function withLock<T>(outDir: string, body: () => T): T {
  const lock = `${outDir}.lock`;
  mkdirSync(dirname(outDir), { recursive: true });
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - start > LOCK_WAIT_MS) throw new OptionsError(`${lock} is held by another run`, `wait for it to finish, or remove ${lock} if no run is going on`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try {
    return body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockIsStale(lock: string): boolean {
  const pid = Number(readIfExists(join(lock, 'pid')));
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }
  try {
    return Date.now() - lstatSync(lock).mtimeMs > LOCK_STALE_MS;
  } catch {
    return false;
  }
}

function readManifest(outDir: string): Set<string> {
  const text = readIfExists(join(outDir, MANIFEST));
  return new Set(text === null ? [] : text.split('\n').filter((l) => l.length > 0));
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function writeFileAt(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w', 0o644);
  try {
    writeFileSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
    const { atime, mtime } = statSync(from);
    utimesSync(to, atime, mtime);
  }
}

/** Files below dir, relative, POSIX separators, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}
