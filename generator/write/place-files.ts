// place-files: rendered files -> the staging folder of a write (write.ts). Each file is compared
// with its copy in the output folder: unchanged, it is hard-linked (keeping its mtime); otherwise
// written. Each is hashed for the manifest. Built, this runs in a worker thread
// (place-files-worker.ts), fed batches of encoded bytes, so that opening, writing and hashing
// thousands of files overlaps with rendering them on the main thread; run from the TypeScript
// sources (tests), it runs inline. The results are the same either way, in the order given.

import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { OutDirReader } from './out-paths.js';

export type Kind = 'changed' | 'added' | 'unchanged';

export interface Placed {
  readonly path: string;
  readonly kind: Kind;
  /** SHA-256 of the content, as the manifest records it. */
  readonly hash: string;
}

/** What a worker is told; the same for the inline placer. */
export interface PlacerSetup {
  readonly outDir: string;
  readonly staging: string;
}

/** What the worker also gets: the batches it holds (IN_FLIGHT, incremented by the main thread
 *  as it sends one, decremented by the worker as it is done with one) and whether it has exited. */
export interface WorkerSetup extends PlacerSetup {
  readonly flow: Int32Array;
}
export const IN_FLIGHT = 0;
export const EXITED = 1;

/** A batch of files for the worker: their paths, and their bytes one after another in `buffer`. */
export interface Batch {
  readonly paths: readonly string[];
  /** paths.length + 1 offsets into buffer: file i is bytes [offsets[i], offsets[i + 1]). */
  readonly offsets: readonly number[];
  readonly buffer: ArrayBuffer;
}

/** Places one file at a time (the worker and the inline placer both use it). */
export class Placer {
  private readonly dirs = new DirMaker();
  /** Reads the old files without following links: a link planted in the output folder reads as
   *  no file, so this file is written, not linked from wherever the link points. */
  private readonly reader: OutDirReader;

  constructor(private readonly setup: PlacerSetup) {
    this.reader = new OutDirReader(setup.outDir);
  }

  place(path: string, bytes: Uint8Array): Placed {
    const kind = kindOf(this.reader.read(path), bytes);
    if (kind === 'unchanged') linkOrCopy(join(this.setup.outDir, path), join(this.setup.staging, path), this.dirs);
    else writeFileAt(join(this.setup.staging, path), bytes, this.dirs);
    return { path, kind, hash: contentHash(bytes) };
  }

  /** Every file of a batch, in order. */
  placeAll(paths: readonly string[], offsets: readonly number[], bytes: Uint8Array): Placed[] {
    return paths.map((path, i) => this.place(path, bytes.subarray(offsets[i], offsets[i + 1])));
  }
}

/** How `bytes` stand against a file's bytes on disk: added (no such file), unchanged or changed. */
export function kindOf(onDisk: Buffer | null, bytes: Uint8Array): Kind {
  if (onDisk === null) return 'added';
  return onDisk.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ? 'unchanged' : 'changed';
}

export interface FilePlacer {
  add(path: string, content: string): void;
  /** Every file placed, in the order added. */
  finish(): Promise<Placed[]>;
  /** Stops (on an error elsewhere), so that the staging folder can be removed. */
  abort(): Promise<void>;
}

const WORKER_FILE = new URL('./place-files-worker.js', import.meta.url);
/** Bytes per batch: a few MB, so that a large run sends a few dozen messages, not thousands. A
 *  run whose whole output fits in one batch (the canonical schema's does) starts no worker. */
const BATCH_BYTES = 4 << 20;
/** Batches sent but not yet placed, at most. On a real disk writing is slower than rendering:
 *  unbounded, the queue took a 2000-event run (80 MB of output, ext4) from 252 to 280 MB peak. */
const MAX_IN_FLIGHT = 2;

export function createPlacer(setup: PlacerSetup): FilePlacer {
  return new BatchingPlacer(setup, existsSync(WORKER_FILE));
}

/** Encodes files into batches; a full batch goes to the worker (started then), the last one too
 *  once there is a worker; otherwise batches are placed here. */
class BatchingPlacer implements FilePlacer {
  private readonly encoder = new TextEncoder();
  private worker: Worker | null = null;
  private done: Promise<Placed[]> | null = null;
  private placer: Placer | null = null;
  private readonly placedHere: Placed[] = [];
  private bytes = new Uint8Array(BATCH_BYTES);
  private used = 0;
  private paths: string[] = [];
  private offsets: number[] = [0];
  private readonly flow = new Int32Array(new SharedArrayBuffer(8));

  constructor(
    private readonly setup: PlacerSetup,
    private readonly useWorker: boolean,
  ) {}

  add(path: string, content: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; a large file is measured instead (an 8 MB
    // index.ts would otherwise take a 24 MB buffer, a tenth of a 2000-event run's peak memory).
    const room = content.length * 3 <= BATCH_BYTES ? content.length * 3 : Buffer.byteLength(content, 'utf8');
    if (this.bytes.length - this.used < room) {
      this.flush();
      if (this.bytes.length < room) this.bytes = new Uint8Array(room);
    }
    this.used += this.encoder.encodeInto(content, this.bytes.subarray(this.used)).written;
    this.paths.push(path);
    this.offsets.push(this.used);
  }

  async finish(): Promise<Placed[]> {
    if (this.worker === null) {
      this.placeHere();
      return this.placedHere;
    }
    this.flush();
    this.worker.postMessage('end');
    try {
      return await this.done!;
    } finally {
      await this.worker.terminate();
    }
  }

  async abort(): Promise<void> {
    await this.worker?.terminate();
  }

  private flush(): void {
    if (this.paths.length === 0) return;
    if (!this.useWorker) {
      this.placeHere();
      return;
    }
    const batch: Batch = { paths: this.paths, offsets: this.offsets, buffer: this.bytes.buffer };
    const worker = this.worker ?? this.startWorker();
    this.waitForRoom();
    Atomics.add(this.flow, IN_FLIGHT, 1);
    worker.postMessage(batch, [this.bytes.buffer]);
    this.bytes = new Uint8Array(BATCH_BYTES); // the old buffer now belongs to the worker
    this.nextBatch();
  }

  /** Blocks while the worker holds MAX_IN_FLIGHT batches; a worker that died frees nothing, but
   *  its exit is flagged, and finish() reports its error. */
  private waitForRoom(): void {
    for (
      let held = Atomics.load(this.flow, IN_FLIGHT);
      held >= MAX_IN_FLIGHT && Atomics.load(this.flow, EXITED) === 0;
      held = Atomics.load(this.flow, IN_FLIGHT)
    ) {
      Atomics.wait(this.flow, IN_FLIGHT, held, 1000);
    }
  }

  private placeHere(): void {
    this.placer ??= new Placer(this.setup);
    for (const placed of this.placer.placeAll(this.paths, this.offsets, this.bytes)) this.placedHere.push(placed);
    this.nextBatch();
  }

  private nextBatch(): void {
    this.used = 0;
    this.paths = [];
    this.offsets = [0];
  }

  private startWorker(): Worker {
    const setup: WorkerSetup = { ...this.setup, flow: this.flow };
    const worker = new Worker(WORKER_FILE, { workerData: setup });
    this.done = new Promise((resolve, reject) => {
      worker.once('message', (reply: { placed: Placed[] } | { error: { message: string; code?: string } }) => {
        if ('placed' in reply) resolve(reply.placed);
        else reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      });
      worker.once('error', reject);
    });
    this.done.catch(() => undefined); // awaited in finish(); after abort() nobody waits for it
    this.worker = worker;
    return worker;
  }
}

/** mkdir -p, once per folder: thousands of files share a handful of folders. */
export class DirMaker {
  private readonly made = new Set<string>();

  parentOf(path: string): void {
    const dir = dirname(path);
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
}

/** Synchronous on purpose: fs/promises' thread-pool round trips cost about four times the CPU of
 *  plain open/write/close for thousands of small files. */
export function writeFileAt(path: string, content: Uint8Array, dirs: DirMaker): void {
  dirs.parentOf(path);
  const fd = openSync(path, 'w', 0o644);
  try {
    for (let done = 0; done < content.length;) done += writeSync(fd, content, done);
  } finally {
    closeSync(fd);
  }
}

/** A hard link to `from` (a file or a link) at `to`, or a copy. A link is carried as a link, its
 *  target never read: copying it would copy whatever it points to, possibly outside the folder. */
export function linkOrCopy(from: string, to: string, dirs: DirMaker): void {
  dirs.parentOf(to);
  try {
    linkSync(from, to);
  } catch {
    if (lstatSync(from).isSymbolicLink()) {
      symlinkSync(readlinkSync(from), to);
      return;
    }
    copyFileSync(from, to);
    const { atime, mtime } = statSync(from);
    utimesSync(to, atime, mtime);
  }
}

/** SHA-256 of a file's bytes, as the manifest records it. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
