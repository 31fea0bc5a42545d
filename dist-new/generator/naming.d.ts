/**
 * Splits a name into lower-case words: on anything that is not a letter or digit, and at
 * lower-to-upper and acronym boundaries ("HTTPServer2Go" -> ["http", "server2", "go"]).
 * Digits stay with the word before them. Non-ASCII letters are kept.
 */
export declare function splitWords(name: string): string[];
export declare const pascalCase: (words: readonly string[]) => string;
export declare const camelCase: (words: readonly string[]) => string;
export declare const snakeCase: (words: readonly string[]) => string;
export declare const screamingSnakeCase: (words: readonly string[]) => string;
/** True when the string can stand as an identifier in the C family (letters, digits, _, not digit-first). */
export declare function isPlainIdentifier(name: string): boolean;
/** Prefixes a leading digit so the result is a valid identifier start in every target. */
export declare function guardLeadingDigit(name: string, prefix: string): string;
export interface NamedThing {
    readonly name: string;
    /** JSON pointer of what was named, so a collision points at the schema. */
    readonly pointer: string;
    /** What the user sees, e.g. `property "item_id"`. */
    readonly label: string;
}
/**
 * Throws when two things end up with the same identifier in one scope. Case-insensitive when
 * the target's files or members collide that way (file names on macOS/Windows).
 */
export declare function assertUnique(things: readonly NamedThing[], target: string, scope: string, caseInsensitive?: boolean): void;
