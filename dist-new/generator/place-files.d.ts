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
export declare const IN_FLIGHT = 0;
export declare const EXITED = 1;
/** A batch of files for the worker: their paths, and their bytes one after another in `buffer`. */
export interface Batch {
    readonly paths: readonly string[];
    /** paths.length + 1 offsets into buffer: file i is bytes [offsets[i], offsets[i + 1]). */
    readonly offsets: readonly number[];
    readonly buffer: ArrayBuffer;
}
/** Places one file at a time (the worker and the inline placer both use it). */
export declare class Placer {
    private readonly setup;
    private readonly dirs;
    private readonly outExists;
    constructor(setup: PlacerSetup);
    place(path: string, bytes: Uint8Array): Placed;
    /** Every file of a batch, in order. */
    placeAll(paths: readonly string[], offsets: readonly number[], bytes: Uint8Array): Placed[];
}
/** How `bytes` stand against the file at `path`: added (no such file), unchanged or changed. */
export declare function compareWithDisk(path: string, bytes: Uint8Array): Kind;
export interface FilePlacer {
    add(path: string, content: string): void;
    /** Every file placed, in the order added. */
    finish(): Promise<Placed[]>;
    /** Stops (on an error elsewhere), so that the staging folder can be removed. */
    abort(): Promise<void>;
}
export declare function createPlacer(setup: PlacerSetup): FilePlacer;
/** mkdir -p, once per folder: thousands of files share a handful of folders. */
export declare class DirMaker {
    private readonly made;
    parentOf(path: string): void;
}
/** Synchronous on purpose: fs/promises' thread-pool round trips cost about four times the CPU of
 *  plain open/write/close for thousands of small files. */
export declare function writeFileAt(path: string, content: Uint8Array, dirs: DirMaker): void;
export declare function linkOrCopy(from: string, to: string, dirs: DirMaker): void;
/** SHA-256 of a file's bytes, as the manifest records it. */
export declare function contentHash(bytes: Uint8Array): string;
export declare function readBytesIfExists(path: string): Buffer | null;
