import type { Model } from '../../model.js';
import { type PlannedFile, type Target } from '../target.js';
import { type DocsOptions } from './context.js';
export declare const docs: Target;
export declare function planDocs(model: Model, options: DocsOptions): Generator<PlannedFile>;
