import type { TargetOptions } from './targets/target.js';
export declare const DEFAULT_CONFIG = "schema-codegen.config.json";
export interface ResolvedOptions {
    readonly schema: string;
    readonly out: string;
    readonly targets: readonly string[];
    readonly options: Readonly<Record<string, TargetOptions>>;
    /** A folder with <target>/*.hbs files that override the bundled templates. */
    readonly templates: string | null;
}
export interface Overrides {
    config?: string | undefined;
    schema?: string | undefined;
    out?: string | undefined;
    targets?: readonly string[] | undefined;
    templates?: string | undefined;
    /** "target.key=value" pairs from --option. */
    set?: readonly string[] | undefined;
}
export declare function resolveOptions(overrides: Overrides, cwd: string): ResolvedOptions;
/** The schema file's bytes; a file that cannot be read is an options error, not a crash. */
export declare function readSchemaFile(path: string): Buffer;
