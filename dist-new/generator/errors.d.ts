export declare class SchemaError extends Error {
    readonly pointer: string;
    readonly hint: string;
    readonly file: string | null;
    constructor(message: string, pointer: string, hint: string, file?: string | null);
    /** The same error, attributed to a file (added by the stage that knows the file). */
    inFile(file: string): SchemaError;
    format(): string;
}
/** Bad command-line or config options: exit 2 as for schemas, but there is no pointer. */
export declare class OptionsError extends Error {
    readonly hint: string;
    constructor(message: string, hint: string);
    format(): string;
}
/** RFC 6901 escaping of one reference token. */
export declare function escapePointerToken(token: string): string;
export declare function joinPointer(base: string, ...tokens: (string | number)[]): string;
