import type { Model } from '../../model.js';
import { type Names } from './names.js';
export interface PackageOptions {
    /** Dotted import name, e.g. "openapiopenai". */
    readonly package: string;
    readonly packageVersion: string;
}
export declare function checkPackageOptions(options: Readonly<Record<string, unknown>>): PackageOptions;
export declare const packagePath: (options: PackageOptions) => string;
export interface PyprojectView {
    readonly banner: string;
    readonly name: string;
    readonly version: string;
    readonly description: string;
    readonly topLevel: string;
    readonly packageData: string;
}
export declare function pyprojectView(model: Model, options: PackageOptions, banner: string): PyprojectView;
export interface PackageInitView {
    readonly banner: string;
    readonly docstring: readonly string[];
}
export declare function packageInitView(model: Model, banner: string): PackageInitView;
export interface ModelsInitView {
    readonly banner: string;
    readonly imports: readonly string[];
    readonly exports: readonly string[];
}
export declare function modelsInitView(model: Model, names: Names, banner: string): ModelsInitView;
