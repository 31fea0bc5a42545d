import type { Model } from './model.js';
import type { TargetOptions } from './targets/target.js';
export { SchemaError, OptionsError } from './errors.js';
export { resolveOptions, type ResolvedOptions } from './config.js';
export { checkOutput, writeOutput, hasDrift, type Drift } from './write.js';
export type * from './model.js';
export { PACKAGE_ROOT } from './package-root.js';
export interface GenerateOptions {
    /** Path of the schema file. */
    readonly schema: string;
    readonly targets: readonly string[];
    readonly options: Readonly<Record<string, TargetOptions>>;
    /** Folder with <target>/*.hbs overrides, or null. */
    readonly templates: string | null;
}
export interface GenerateResult {
    readonly model: Model;
    /** Path under the output folder ("<target>/...") -> content. */
    readonly files: ReadonlyMap<string, string>;
}
export declare function generate(options: GenerateOptions): GenerateResult;
/** Schema file -> model. Errors carry the file name. */
export declare function loadModel(schemaPath: string): Model;
export declare function modelFromText(text: string, source: string, file?: string): Model;
export declare function renderModel(model: Model, options: Omit<GenerateOptions, 'schema'>): Map<string, string>;
/** The files one at a time, as they are rendered; errors carry the schema file when known. */
export declare function renderFiles(model: Model, options: Omit<GenerateOptions, 'schema'> & {
    readonly schema?: string;
}): Generator<[string, string]>;
