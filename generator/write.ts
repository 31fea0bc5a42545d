// write: rendered files -> the output folder, all or nothing; or, with check, a drift report.
// Takes the files of the targets that ran (paths relative to the output folder). The new tree
// is built in a sibling folder and swapped in, so a reader (or a killed run) sees the old tree
// or the new one, never a mix. Unchanged files are hard-linked, keeping their mtimes; when
// nothing changed, nothing is touched at all. Files of targets that did not run, and files the
// generator never wrote, are carried over. A lock keeps concurrent runs from interleaving.
// The manifest lists every file written with the SHA-256 of its bytes, and each target's input
// fingerprint (fingerprint.ts): with both, isUpToDate() answers without rendering anything.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OptionsError } from './errors.js';
import { acquireLock, lockNames } from './output-lock.js';
import { DirMaker, compareWithDisk, contentHash, createPlacer, linkOrCopy, readBytesIfExists, writeFileAt, type Kind, type Placed } from './place-files.js';

export const MANIFEST = '.schema-codegen-manifest';

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

/** Drift, with the expected content of each changed file (for the report's diff). */
export interface CheckResult extends Drift {
  readonly expected: ReadonlyMap<string, string>;
}

export const hasDrift = (d: Drift): boolean => d.changed.length + d.added.length + d.removed.length > 0;

/** Compares without writing. `added` = would be created, `removed` = would be pruned. */
export function checkOutput(request: WriteRequest): CheckResult {
  const tally = new Tally(request.outDir);
  const expected = new Map<string, string>();
  for (const [path, content] of request.files) {
    if (tally.classify(path, Buffer.from(content)) === 'changed') expected.set(path, content);
  }
  return { ...tally.drift(request.targets), expected };
}

export async function writeOutput(request: WriteRequest): Promise<Drift> {
  mkdirSync(dirname(request.outDir), { recursive: true });
  const release = acquireLock(request.outDir);
  const staging = `${request.outDir}.tmp-${process.pid}-${Date.now()}`;
  let placer = null;
  try {
    recoverInterruptedSwap(request.outDir);
    refuseForeignFolder(request);
    placer = createPlacer({ outDir: request.outDir, staging });
    for (const [path, content] of request.files) placer.add(path, content);
    const tally = new Tally(request.outDir);
    for (const placed of await placer.finish()) tally.record(placed);
    placer = null;
    const dirs = new DirMaker();
    const drift = tally.drift(request.targets);
    const manifest = manifestText(request.outDir, request.targets, tally.seen, request.inputs ?? null);
    if (!hasDrift(drift) && readIfExists(join(request.outDir, MANIFEST)) === manifest) return drift;
    for (const path of carriedOver(request.outDir, request.targets, tally.seen.keys())) linkOrCopy(join(request.outDir, path), join(staging, path), dirs);
    writeFileAt(join(staging, MANIFEST), Buffer.from(manifest), dirs);
    swap(request.outDir, staging);
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
  private readonly exists: boolean;

  constructor(private readonly outDir: string) {
    this.exists = existsSync(outDir);
  }

  classify(path: string, content: Buffer): Kind {
    const kind = this.exists ? compareWithDisk(join(this.outDir, path), content) : 'added';
    this.record({ path, kind, hash: contentHash(content) });
    return kind;
  }

  record({ path, kind, hash }: Placed): void {
    this.seen.set(path, hash);
    if (kind !== 'unchanged') (kind === 'added' ? this.added : this.changed).push(path);
  }

  drift(targets: readonly string[]): Drift {
    const removed = [...readManifest(this.outDir).files.keys()].filter((p) => ownedByTargets(p, targets) && !this.seen.has(p) && existsSync(join(this.outDir, p)));
    return { changed: this.changed, added: this.added, removed };
  }
}

/** Everything in the old folder that this run does not own: other targets' files, foreign files. */
function carriedOver(outDir: string, targets: readonly string[], writtenPaths: Iterable<string>): string[] {
  if (!existsSync(outDir)) return [];
  const old = readManifest(outDir).files;
  const written = new Set(writtenPaths);
  return listFiles(outDir).filter((p) => p !== MANIFEST && !written.has(p) && !(old.has(p) && ownedByTargets(p, targets)));
}

/** The manifest: what the last run wrote. Its lines, in this order:
 *  `inputs <target> <fingerprint>` per target, then `<sha256>  <path>` per file (as sha256sum
 *  prints them), or a bare path when the hash is unknown (a manifest from before hashes). */
interface Manifest {
  readonly inputs: ReadonlyMap<string, string>;
  readonly files: ReadonlyMap<string, string | null>;
}

const MANIFEST_HEADER = '# schema-codegen: the files of the last run, each with its SHA-256, and what each target was generated from';
const HASHED_LINE = /^([0-9a-f]{64}) {2}(.+)$/;

function manifestText(outDir: string, targets: readonly string[], written: ReadonlyMap<string, string>, inputs: ReadonlyMap<string, string> | null): string {
  const old = readManifest(outDir);
  const files = new Map([...old.files].filter(([p]) => !ownedByTargets(p, targets)));
  for (const [path, hash] of written) files.set(path, hash);
  const targetInputs = new Map([...old.inputs].filter(([t]) => !targets.includes(t)));
  for (const [target, fingerprint] of inputs ?? []) targetInputs.set(target, fingerprint);
  const inputLines = [...targetInputs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, f]) => `inputs ${t} ${f}`);
  const fileLines = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, h]) => (h === null ? p : `${h}  ${p}`));
  return `${[MANIFEST_HEADER, ...inputLines, ...fileLines].join('\n')}\n`;
}

/**
 * Whether the folder holds exactly what a run with these inputs would write, known without
 * rendering: the manifest records the same fingerprint for every target, and every file of those
 * targets it lists is still there with its recorded hash. Any doubt answers false (render and compare).
 */
export function isUpToDate(outDir: string, inputs: ReadonlyMap<string, string>): boolean {
  // A lock or a half-done swap beside the folder: another run is going on, or one was killed and
  // its leftovers need the full run (which takes the lock and cleans them up).
  if (leftovers(outDir).length > 0 || lockNames(outDir).some((p) => existsSync(p))) return false;
  const manifest = readManifest(outDir);
  for (const [target, fingerprint] of inputs) if (manifest.inputs.get(target) !== fingerprint) return false;
  const targets = [...inputs.keys()];
  for (const [path, hash] of manifest.files) {
    if (!ownedByTargets(path, targets)) continue;
    const bytes = hash === null ? null : readBytesIfExists(join(outDir, path));
    if (bytes === null || contentHash(bytes) !== hash) return false;
  }
  return true;
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

/** Leftovers of killed runs: a run killed between the two renames of swap() leaves only
 *  "<out>.old-*", which is put back; other retired trees and staging folders are removed. */
function recoverInterruptedSwap(outDir: string): void {
  for (const path of leftovers(outDir)) {
    if (/\.old-\d+-\d+$/.test(path) && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** The staging ("<out>.tmp-*") and retired ("<out>.old-*") folders of runs that were killed. */
function leftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `${basename(outDir)}.`;
  return readdirSync(parent).filter((n) => n.startsWith(prefix) && /\.(old|tmp)-\d+-\d+$/.test(n)).sort().map((n) => join(parent, n));
}

function refuseForeignFolder(request: WriteRequest): void {
  const { outDir, force } = request;
  if (force || !existsSync(outDir) || existsSync(join(outDir, MANIFEST))) return;
  if (!statSync(outDir).isDirectory() || readdirSync(outDir).length > 0) {
    throw new OptionsError(`${outDir} exists and was not written by schema-codegen`, 'choose an empty or new --out folder, or pass --force to generate into it (its other files are kept)');
  }
}

function readManifest(outDir: string): Manifest {
  const inputs = new Map<string, string>();
  const files = new Map<string, string | null>();
  for (const line of (readIfExists(join(outDir, MANIFEST)) ?? '').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const hashed = HASHED_LINE.exec(line);
    if (hashed !== null) files.set(hashed[2]!, hashed[1]!);
    else if (line.startsWith('inputs ')) {
      const [, target, fingerprint] = line.split(' ');
      inputs.set(target!, fingerprint!);
    } else files.set(line, null);
  }
  return { inputs, files };
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
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
