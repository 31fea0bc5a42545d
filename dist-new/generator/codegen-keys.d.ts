import type { Model } from './model.js';
import type { Target } from './targets/target.js';
export declare function checkCodegenKeys(model: Model, targets: Readonly<Record<string, Target>>): void;
