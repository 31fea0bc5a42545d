import type { CheckResult } from './write.js';
export declare function describeDrift(drift: CheckResult, outDir: string): string;
