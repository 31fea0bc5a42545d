/** Waits for the lock on outDir (up to two minutes) and returns its release. */
export declare function acquireLock(outDir: string): () => void;
/** The names acquireLock may leave beside outDir, for callers that look for leftovers. */
export declare const lockNames: (outDir: string) => readonly string[];
