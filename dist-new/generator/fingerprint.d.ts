import { type ResolvedOptions } from './config.js';
/** Target -> fingerprint of its inputs, or null when this code cannot vouch for itself. */
export declare function inputFingerprints(options: ResolvedOptions): Map<string, string> | null;
