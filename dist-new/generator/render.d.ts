export declare const COMPILE_OPTIONS: {
    readonly strict: true;
    readonly noEscape: true;
    readonly knownHelpersOnly: true;
    readonly data: false;
};
/** A template precompiled at build time, with the source it was compiled from. */
export interface Precompiled {
    readonly source: string;
    readonly spec: object;
}
export interface Renderer {
    render(template: string, view: object): string;
}
/** `precompiled`: the bundled templates of this target, by name; used while the source matches. */
export declare function createRenderer(templateDirs: readonly string[], precompiled?: Readonly<Record<string, Precompiled>>): Renderer;
/** A target's template folders: the bundled one, then the user's overrides when given. */
export declare function templateDirs(target: string, overrides: string | null): string[];
/** Template name -> source, over the folders in order (a later folder's file replaces). */
export declare function readTemplates(dirs: readonly string[]): Map<string, string>;
/** LF endings, no trailing spaces, at most two blank lines in a row, exactly one final newline. */
export declare function normalizeWhitespace(text: string): string;
