// place-files: rendered files -> the staging folder of a write (write.ts). Each file is compared
// with its copy in the output folder: unchanged, it is hard-linked (keeping its mtime); otherwise
// written. Each is hashed for the manifest. Built, this runs in a worker thread
// (place-files-worker.ts), fed batches of encoded bytes, so that opening, writing and hashing
// thousands of files overlaps with rendering them on the main thread; run from the TypeScript
// sources (tests), it runs inline. The results are the same either way, in the order given.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, statSync, utimesSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
export const IN_FLIGHT = 0;
export const EXITED = 1;
/** Places one file at a time (the worker and the inline placer both use it). */
export class Placer {
    setup;
    dirs = new DirMaker();
    outExists;
    constructor(setup) {
        this.setup = setup;
        this.outExists = existsSync(setup.outDir);
    }
    place(path, bytes) {
        const kind = this.outExists ? compareWithDisk(join(this.setup.outDir, path), bytes) : 'added';
        if (kind === 'unchanged')
            linkOrCopy(join(this.setup.outDir, path), join(this.setup.staging, path), this.dirs);
        else
            writeFileAt(join(this.setup.staging, path), bytes, this.dirs);
        return { path, kind, hash: contentHash(bytes) };
    }
    /** Every file of a batch, in order. */
    placeAll(paths, offsets, bytes) {
        return paths.map((path, i) => this.place(path, bytes.subarray(offsets[i], offsets[i + 1])));
    }
}
/** How `bytes` stand against the file at `path`: added (no such file), unchanged or changed. */
export function compareWithDisk(path, bytes) {
    const onDisk = readBytesIfExists(path);
    if (onDisk === null)
        return 'added';
    return onDisk.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ? 'unchanged' : 'changed';
}
const WORKER_FILE = new URL('./place-files-worker.js', import.meta.url);
/** Bytes per batch: a few MB, so that a large run sends a few dozen messages, not thousands. A
 *  run whose whole output fits in one batch (the canonical schema's does) starts no worker. */
const BATCH_BYTES = 4 << 20;
/** Batches sent but not yet placed, at most: rendering outpaces writing, and without a bound the
 *  queued batches of a large run were 50 MB of its peak memory. */
const MAX_IN_FLIGHT = 2;
export function createPlacer(setup) {
    return new BatchingPlacer(setup, existsSync(WORKER_FILE));
}
/** Encodes files into batches; a full batch goes to the worker (started then), the last one too
 *  once there is a worker; otherwise batches are placed here. */
class BatchingPlacer {
    setup;
    useWorker;
    encoder = new TextEncoder();
    worker = null;
    done = null;
    placer = null;
    placedHere = [];
    bytes = new Uint8Array(BATCH_BYTES);
    used = 0;
    paths = [];
    offsets = [0];
    flow = new Int32Array(new SharedArrayBuffer(8));
    constructor(setup, useWorker) {
        this.setup = setup;
        this.useWorker = useWorker;
    }
    add(path, content) {
        const room = content.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
        if (this.bytes.length - this.used < room) {
            this.flush();
            if (this.bytes.length < room)
                this.bytes = new Uint8Array(room);
        }
        this.used += this.encoder.encodeInto(content, this.bytes.subarray(this.used)).written;
        this.paths.push(path);
        this.offsets.push(this.used);
    }
    async finish() {
        if (this.worker === null) {
            this.placeHere();
            return this.placedHere;
        }
        this.flush();
        this.worker.postMessage('end');
        try {
            return await this.done;
        }
        finally {
            await this.worker.terminate();
        }
    }
    async abort() {
        await this.worker?.terminate();
    }
    flush() {
        if (this.paths.length === 0)
            return;
        if (!this.useWorker) {
            this.placeHere();
            return;
        }
        const batch = { paths: this.paths, offsets: this.offsets, buffer: this.bytes.buffer };
        const worker = this.worker ?? this.startWorker();
        this.waitForRoom();
        Atomics.add(this.flow, IN_FLIGHT, 1);
        worker.postMessage(batch, [this.bytes.buffer]);
        this.bytes = new Uint8Array(BATCH_BYTES); // the old buffer now belongs to the worker
        this.nextBatch();
    }
    /** Blocks while the worker holds MAX_IN_FLIGHT batches; a worker that died frees nothing, but
     *  its exit is flagged, and finish() reports its error. */
    waitForRoom() {
        for (let held = Atomics.load(this.flow, IN_FLIGHT); held >= MAX_IN_FLIGHT && Atomics.load(this.flow, EXITED) === 0; held = Atomics.load(this.flow, IN_FLIGHT)) {
            Atomics.wait(this.flow, IN_FLIGHT, held, 1000);
        }
    }
    placeHere() {
        this.placer ??= new Placer(this.setup);
        for (const placed of this.placer.placeAll(this.paths, this.offsets, this.bytes))
            this.placedHere.push(placed);
        this.nextBatch();
    }
    nextBatch() {
        this.used = 0;
        this.paths = [];
        this.offsets = [0];
    }
    startWorker() {
        const setup = { ...this.setup, flow: this.flow };
        const worker = new Worker(WORKER_FILE, { workerData: setup });
        this.done = new Promise((resolve, reject) => {
            worker.once('message', (reply) => {
                if ('placed' in reply)
                    resolve(reply.placed);
                else
                    reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
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
    made = new Set();
    parentOf(path) {
        const dir = dirname(path);
        if (this.made.has(dir))
            return;
        mkdirSync(dir, { recursive: true });
        this.made.add(dir);
    }
}
/** Synchronous on purpose: fs/promises' thread-pool round trips cost about four times the CPU of
 *  plain open/write/close for thousands of small files. */
export function writeFileAt(path, content, dirs) {
    dirs.parentOf(path);
    const fd = openSync(path, 'w', 0o644);
    try {
        for (let done = 0; done < content.length;)
            done += writeSync(fd, content, done);
    }
    finally {
        closeSync(fd);
    }
}
export function linkOrCopy(from, to, dirs) {
    dirs.parentOf(to);
    try {
        linkSync(from, to);
    }
    catch {
        copyFileSync(from, to);
        const { atime, mtime } = statSync(from);
        utimesSync(to, atime, mtime);
    }
}
/** SHA-256 of a file's bytes, as the manifest records it. */
export function contentHash(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
export function readBytesIfExists(path) {
    try {
        return readFileSync(path);
    }
    catch {
        return null;
    }
}
