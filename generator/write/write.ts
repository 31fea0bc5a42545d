// write: rendered files -> the output folder, all or nothing; or, with check, a drift report.
// Takes the files of the targets that ran (paths relative to the output folder). The new tree
// is built in a sibling folder and swapped in (swap.ts), so a reader (or a killed run) sees the
// old tree or the new one, never a mix. Unchanged files are hard-linked, keeping their mtimes; when
// nothing changed, nothing is touched at all. Files of targets that did not run, and files the
// generator never wrote, are carried over. A lock keeps concurrent runs from interleaving.
// The manifest lists every file written with the SHA-256 of its bytes, and each target's input
// fingerprint (fingerprint.ts): with both, isUpToDate() answers without rendering anything.
// Every path is checked, and nothing is read through a link inside the folder (out-paths.ts).

import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../files.js';
import { OptionsError } from '../errors.js';
import { MANIFEST, manifestText, ownedByTargets, readManifest } from './manifest.js';
import { MODEL_FILE } from './model-file.js';
import { OutDirReader, checkPlannedPath, isSymlink, realPathOf } from './out-paths.js';
import { acquireLock, lockNames } from './output-lock.js';
import { DirMaker, contentHash, createPlacer, kindOf, linkOrCopy, writeFileAt, type Placed } from './place-files.js';
import { leftoverPath, ourLeftovers, recoverInterruptedSwap, swap } from './swap.js';

export { MANIFEST } from './manifest.js';

export interface WriteRequest {
  readonly outDir: string;
  /** Targets that ran: their old files not among `files` are stale and pruned. */
  readonly targets: readonly string[];
  /** Path -> content; consumed once, as it is rendered, so a large output is never all in memory. */
  readonly files: Iterable<readonly [string, string]>;
  /** Write into an existing folder the generator did not create. */
  readonly force: boolean;
  /** Target -> fingerprint of its inputs, recorded in the manifest; null when unknown. */
  readonly inputs?: ReadonlyMap<string, string> | null;
}

export interface Drift {
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** Drift, with the expected and the current content of each changed file: the report's diff
 *  needs both, and so reads nothing from disk itself. */
export interface CheckResult extends Drift {
  readonly expected: ReadonlyMap<string, string>;
  readonly current: ReadonlyMap<string, string>;
}

export const hasDrift = (d: Drift): boolean => d.changed.length + d.added.length + d.removed.length > 0;

/** Compares without writing. `added` = would be created, `removed` = would be pruned. */
export function checkOutput(request: WriteRequest): CheckResult {
  const tally = new Tally(new OutDirReader(realPathOf(request.outDir)));
  const expected = new Map<string, string>();
  const current = new Map<string, string>();
  for (const [path, content] of request.files) {
    checkPlannedPath(path);
    const onDisk = tally.classify(path, Buffer.from(content));
    if (onDisk === null) continue;
    expected.set(path, content);
    current.set(path, onDisk.toString('utf8'));
  }
  return { ...tally.drift(request.targets), expected, current };
}

export async function writeOutput(request: WriteRequest): Promise<Drift> {
  // Resolved once: given a link as --out, the folder it points to is swapped and the link stays.
  const outDir = realPathOf(request.outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const release = acquireLock(outDir);
  const staging = leftoverPath(outDir, 'tmp');
  let placer = null;
  try {
    recoverInterruptedSwap(outDir);
    refuseForeignFolder(outDir, request.force);
    mkdirSync(staging); // not recursive: fails on anything already there, a planted link included
    placer = createPlacer({ outDir, staging });
    for (const [path, content] of request.files) {
      checkPlannedPath(path);
      placer.add(path, content);
    }
    const reader = new OutDirReader(outDir);
    const tally = new Tally(reader);
    for (const placed of await placer.finish()) tally.record(placed);
    placer = null;
    const drift = tally.drift(request.targets);
    const manifest = manifestText(readManifest(reader), request.targets, tally.seen, request.inputs ?? null);
    if (!hasDrift(drift) && reader.read(MANIFEST)?.toString('utf8') === manifest) return drift;
    const dirs = new DirMaker();
    for (const path of carriedOver(outDir, reader, request.targets, tally.seen.keys())) linkOrCopy(join(outDir, path), join(staging, path), dirs);
    writeFileAt(join(staging, MANIFEST), Buffer.from(manifest), dirs);
    swap(outDir, staging);
    return drift;
  } finally {
    await placer?.abort(); // an error while rendering: stop writing before the staging folder goes
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}

/** Sorts rendered files into changed, added and unchanged against what is on disk. */
class Tally {
  /** Path -> SHA-256 of the content this run produced. */
  readonly seen = new Map<string, string>();
  private readonly changed: string[] = [];
  private readonly added: string[] = [];

  constructor(private readonly reader: OutDirReader) {}

  /** Records the file; returns what is on disk when it differs from content, else null. */
  classify(path: string, content: Buffer): Buffer | null {
    const onDisk = this.reader.read(path);
    const kind = kindOf(onDisk, content);
    this.record({ path, kind, hash: contentHash(content) });
    return kind === 'changed' ? onDisk : null;
  }

  record({ path, kind, hash }: Placed): void {
    this.seen.set(path, hash);
    if (kind !== 'unchanged') (kind === 'added' ? this.added : this.changed).push(path);
  }

  drift(targets: readonly string[]): Drift {
    const removed = [...readManifest(this.reader).files.keys()].filter((p) => ownedByTargets(p, targets) && !this.seen.has(p) && this.reader.exists(p));
    return { changed: this.changed, added: this.added, removed };
  }
}

/** Everything in the old folder that this run does not own: other targets' files, foreign files.
 *  A link is carried over as a link (never followed), unless it stands where a folder of this
 *  run's files goes: the new tree has the folder there, and the link goes. */
function carriedOver(outDir: string, reader: OutDirReader, targets: readonly string[], writtenPaths: Iterable<string>): string[] {
  if (!existsSync(outDir)) return [];
  const old = readManifest(reader).files;
  const written = new Set(writtenPaths);
  const writtenDirs = new Set([...written].flatMap(parentDirs));
  const ours = (p: string): boolean => p === MANIFEST || written.has(p) || (old.has(p) && ownedByTargets(p, targets));
  return listFiles(outDir).filter((p) => !ours(p) && !(writtenDirs.has(p) && isSymlink(join(outDir, p))));
}

/** "a/b/c.ts" -> ["a", "a/b"]. */
function parentDirs(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * Whether the folder holds exactly what a run with these inputs would write, known without
 * rendering: the manifest records the same fingerprint for every target, and every file of those
 * targets it lists is still there with its recorded hash. Any doubt answers false (render and compare).
 */
export function isUpToDate(givenOutDir: string, inputs: ReadonlyMap<string, string>): boolean {
  const outDir = realPathOf(givenOutDir);
  // A lock or a half-done swap beside the folder: another run is going on, or one was killed and
  // its leftovers need the full run (which takes the lock and cleans them up). Folders merely
  // named like leftovers are not ours to clean up, so they do not count.
  if (ourLeftovers(outDir).length > 0 || lockNames(outDir).some((p) => existsSync(p))) return false;
  const reader = new OutDirReader(outDir);
  const manifest = readManifest(reader);
  for (const [target, fingerprint] of inputs) if (manifest.inputs.get(target) !== fingerprint) return false;
  const targets = [...inputs.keys()];
  for (const [path, hash] of manifest.files) {
    // The kept model (model-file.ts) belongs to every run: a hand edit of it is drift too.
    if (!ownedByTargets(path, targets) && path !== MODEL_FILE) continue;
    const bytes = hash === null ? null : reader.read(path);
    if (bytes === null || contentHash(bytes) !== hash) return false;
  }
  return true;
}

function refuseForeignFolder(outDir: string, force: boolean): void {
  // A manifest that is a link proves nothing: only a real one marks the folder as ours.
  if (force || !existsSync(outDir) || new OutDirReader(outDir).read(MANIFEST) !== null) return;
  if (!statSync(outDir).isDirectory() || readdirSync(outDir).length > 0) {
    throw new OptionsError(
      `${outDir} exists and was not written by schema-codegen`,
      'choose an empty or new --out folder, or pass --force to generate into it (its other files are kept)',
    );
  }
}
