import type { JsonValue, Model } from '../model.js';
export type TargetOptions = Readonly<Record<string, JsonValue>>;
export interface PlannedFile {
    /** Path inside the target's output folder, POSIX separators. */
    readonly path: string;
    /** Template (file name without .hbs) in templates/<target>/. */
    readonly template: string;
    readonly view: object;
}
export interface Target {
    readonly name: string;
    /** Every option the target accepts, with its default. Config and --option are checked against it. */
    readonly defaults: TargetOptions;
    /** Keys the target reads from "x-codegen": {"<target>": {...}} on declarations and properties. */
    readonly codegenKeys: readonly string[];
    /** May be lazy (a generator): views are then built one file at a time, as they are rendered. */
    plan(model: Model, options: TargetOptions): Iterable<PlannedFile>;
}
/** The banner every generated file carries: where it came from, and not to edit it. */
export declare function bannerText(model: Model): string;
