// naming: the mechanics of turning names into identifiers: word splitting, casing, and the
// uniqueness check. Language policy (which casing, which reserved words, how to escape) lives in
// each target; this file only provides the tools.
import { SchemaError } from './errors.js';
/**
 * Splits a name into lower-case words: on anything that is not a letter or digit, and at
 * lower-to-upper and acronym boundaries ("HTTPServer2Go" -> ["http", "server2", "go"]).
 * Digits stay with the word before them. Non-ASCII letters are kept.
 */
export function splitWords(name) {
    // Most schema names are snake_case: nothing to find but underscores (same result, much faster).
    if (/^[a-z0-9_]*$/.test(name))
        return name.split('_').filter((w) => w.length > 0);
    return name
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .replace(/(\p{N})(\p{Lu})/gu, '$1 $2')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0)
        .map((w) => w.toLowerCase());
}
const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);
export const pascalCase = (words) => words.map(capitalize).join('');
export const camelCase = (words) => words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
export const snakeCase = (words) => words.join('_');
export const screamingSnakeCase = (words) => snakeCase(words).toUpperCase();
/** True when the string can stand as an identifier in the C family (letters, digits, _, not digit-first). */
export function isPlainIdentifier(name) {
    return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name);
}
/** Prefixes a leading digit so the result is a valid identifier start in every target. */
export function guardLeadingDigit(name, prefix) {
    return /^\p{N}/u.test(name) ? prefix + name : name;
}
/**
 * Throws when two things end up with the same identifier in one scope. Case-insensitive when
 * the target's files or members collide that way (file names on macOS/Windows).
 */
export function assertUnique(things, target, scope, caseInsensitive = false) {
    const seen = new Map();
    for (const thing of things) {
        const key = caseInsensitive ? thing.name.toLowerCase() : thing.name;
        const first = seen.get(key);
        if (first !== undefined) {
            throw new SchemaError(`${first.label} and ${thing.label} both become "${thing.name}" in ${target} (${scope})`, thing.pointer, `rename one of them, or give one a name of its own with "x-codegen": {"${target}": {"name": "..."}}`);
        }
        seen.set(key, thing);
    }
}
