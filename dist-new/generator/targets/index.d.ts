import type { Target } from './target.js';
export declare const TARGETS: Readonly<Record<string, Target>>;
export declare const targetNames: () => string[];
