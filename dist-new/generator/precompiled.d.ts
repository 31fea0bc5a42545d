import type { Precompiled } from './render.js';
type Bundle = Readonly<Record<string, Readonly<Record<string, Precompiled>>>>;
export declare function loadPrecompiled(): Bundle;
export {};
