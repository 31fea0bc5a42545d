export declare const MANIFEST = ".schema-codegen-manifest";
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
export declare const hasDrift: (d: Drift) => boolean;
/** Compares without writing. `added` = would be created, `removed` = would be pruned. */
export declare function checkOutput(request: WriteRequest): CheckResult;
export declare function writeOutput(request: WriteRequest): Promise<Drift>;
/**
 * Whether the folder holds exactly what a run with these inputs would write, known without
 * rendering: the manifest records the same fingerprint for every target, and every file of those
 * targets it lists is still there with its recorded hash. Any doubt answers false (render and compare).
 */
export declare function isUpToDate(outDir: string, inputs: ReadonlyMap<string, string>): boolean;
/** Files below dir, relative, POSIX separators, sorted. */
export declare function listFiles(dir: string, prefix?: string): string[];
