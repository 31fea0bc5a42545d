// naming: the mechanics of turning names into identifiers: word splitting, casing, and the
// uniqueness check. Language policy (which casing, which reserved words, how to escape) lives in
// each target; this file only provides the tools.

import { SchemaError, quoted } from '../errors.js';

/**
 * Splits a name into lower-case words: on anything that is not a letter or digit, and at
 * lower-to-upper and acronym boundaries ("HTTPServer2Go" -> ["http", "server2", "go"]).
 * Digits stay with the word before them. Non-ASCII letters are kept.
 */
export function splitWords(name: string): string[] {
  // Most schema names are snake_case: nothing to find but underscores (same result, much faster).
  if (/^[a-z0-9_]*$/.test(name)) return name.split('_').filter((w) => w.length > 0);
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{N})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export const pascalCase = (words: readonly string[]): string => words.map(capitalize).join('');
export const camelCase = (words: readonly string[]): string => words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
export const snakeCase = (words: readonly string[]): string => words.join('_');
export const screamingSnakeCase = (words: readonly string[]): string => snakeCase(words).toUpperCase();

/** True when the string can stand as an identifier in the C family (letters, digits, _, not digit-first). */
export function isPlainIdentifier(name: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name);
}

/** The same in ASCII only (Java package and Python module segments). */
export function isAsciiIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** True when `name` is dot-separated segments, each passing `isSegment` and none reserved: a namespace, package or module name. */
export function isDottedName(name: string, isSegment: (segment: string) => boolean, reserved: ReadonlySet<string>): boolean {
  return name.split('.').every((s) => isSegment(s) && !reserved.has(s));
}

/** Prefixes a leading digit so the result is a valid identifier start in every target. */
export function guardLeadingDigit(name: string, prefix: string): string {
  return /^\p{N}/u.test(name) ? prefix + name : name;
}

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
export function assertUnique(things: readonly NamedThing[], target: string, scope: string, caseInsensitive = false): void {
  const seen = new Map<string, NamedThing>();
  for (const thing of things) {
    const key = caseInsensitive ? thing.name.toLowerCase() : thing.name;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new SchemaError(
        `${first.label} and ${thing.label} both become ${quoted(thing.name)} in ${target} (${scope})`,
        thing.pointer,
        `rename one of them, or give one a name of its own with "x-codegen": {${quoted(target)}: {"name": "..."}}`,
      );
    }
    seen.set(key, thing);
  }
}

/**
 * Makes colliding names distinct, deterministically, for things named from values (enum members,
 * union variants) that have no name of their own to rename: the first of several equal names keeps
 * it, each later one takes the first `suffixed(name, 2)`, `suffixed(name, 3)`... that no name in
 * the list (nor in `taken`) already is. Names that collide with nothing come back unchanged; a
 * name in `taken` never comes back. `key` says when two names are the same (e.g. ignoring a C# "@").
 */
export function distinctNames(
  names: readonly string[],
  suffixed: (name: string, n: number) => string,
  key: (name: string) => string = (name) => name,
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const used = new Set([...taken, ...names.map(key)]);
  const kept = new Set<string>(taken);
  return names.map((name) => {
    if (!kept.has(key(name))) {
      kept.add(key(name));
      return name;
    }
    let n = 2;
    while (used.has(key(suffixed(name, n)))) n++;
    const distinct = suffixed(name, n);
    used.add(key(distinct));
    kept.add(key(distinct));
    return distinct;
  });
}

/**
 * Enum member names when the schema names some values itself (EnumDeclaration.valueNames, already
 * cased by the target: null where none is given): a given name is kept as it is, two values given
 * the same name are an error, and the names made from the other values (`made`, in value order)
 * are made distinct from the given ones and each other (distinctNames).
 */
export function namesGivenOrMade(
  given: readonly (string | null)[] | null,
  made: readonly string[],
  suffixed: (name: string, n: number) => string,
  where: { readonly schemaName: string; readonly id: string },
  key: (name: string) => string = (name) => name,
  taken: ReadonlySet<string> = new Set(),
): string[] {
  if (given === null) return distinctNames(made, suffixed, key, taken);
  const first = new Map<string, number>();
  given.forEach((name, i) => {
    if (name === null) return;
    const before = first.get(key(name));
    if (before !== undefined || taken.has(key(name)))
      throw new SchemaError(
        before === undefined
          ? `enum value ${i} of ${quoted(where.schemaName)} is given the name ${quoted(name)}, which its type takes itself`
          : `enum values ${before} and ${i} of ${quoted(where.schemaName)} are given the same name ${quoted(name)}`,
        where.id,
        'give each value its own name in "x-enum-varnames"',
      );
    first.set(key(name), i);
  });
  const madeOnly = made.filter((_, i) => given[i] === null);
  const distinct = distinctNames(madeOnly, suffixed, key, new Set([...taken, ...first.keys()]));
  let next = 0;
  return given.map((name) => name ?? distinct[next++]!);
}

/**
 * A name made from a value (an enum member from a 70,000-character string) cut to `max` code
 * points, with the value's index appended so cut names stay apart: compilers limit identifiers
 * (C# to 512 characters, Java to 65,535 bytes of modified UTF-8). Shorter names are unchanged.
 */
export function capIdentifier(name: string, index: number, max = 200): string {
  const points = Array.from(name);
  return points.length <= max ? name : `${points.slice(0, max).join('')}_${index}`;
}

/**
 * The key by which two names made from words collide in some target: the words joined, lower-cased
 * (every target joins a name's words, and C# and Java type names are file names too, compared
 * ignoring case): "Validation Error" and "validation-error" both "validationerror".
 */
export function nameKey(words: readonly string[]): string {
  return words.join('').toLowerCase();
}

/**
 * The longest name the generator makes for a schema, as snake_case words (Python's module names,
 * the longest spelling of any target): 150 characters. File names may have 223 bytes (stages and
 * targets refuse longer ones); what the schema names keeps its name, but a made name (an inline
 * schema deep inside Microsoft Graph's operations, hoisted under its path's words) is shortened,
 * leaving room for the numbers and suffixes added to it. The longest made names of the OpenAI and
 * GitHub specs are about 120.
 */
export const MAX_MADE_NAME = 150;

/**
 * `words`, or when they spell more than MAX_MADE_NAME characters as snake_case, their first and
 * last words with the middle left out (the owner and the most specific part both stay), each half
 * at most half the length, a word longer than that cut. Names shortened alike are numbered apart
 * where they are made.
 */
export function shortMadeWords(words: readonly string[]): readonly string[] {
  if (words.join('_').length <= MAX_MADE_NAME) return words;
  const half = Math.floor((MAX_MADE_NAME - 1) / 2);
  const take = (from: readonly string[]): string[] => {
    const out: string[] = [];
    let length = -1;
    for (const word of from) {
      if (length + 1 + word.length > half) {
        if (out.length === 0) out.push(word.slice(0, half));
        break;
      }
      out.push(word);
      length += 1 + word.length;
    }
    return out;
  };
  return [...take(words), ...take([...words].reverse()).reverse()];
}

/** A thing to name (settleMadeNames): its names with a number (1: none), and whether they may move. */
export interface Nameable<T> {
  /** Named by the schema (a "$defs" entry, an explicit name): its names never move. */
  readonly fixed: boolean;
  /** Its names, the made ones numbered from 2 (1: as made). */
  readonly names: (n: number) => T;
}

/**
 * The names of things of which some the generator made (a hoisted schema's type): those take the
 * first number from 1 up at which none of `keysOf` their names is taken by a fixed thing or a made
 * one before them, so that a name derived from another's (C#'s "<Type>Converter", Python's
 * "<Alias>Adapter") does not make a schema that names nothing alike unusable. Fixed things keep
 * their names, and collide as before (assertUnique). Keys are compared as `keysOf` gives them
 * (lower-cased where the target compares file names).
 */
export function settleMadeNames<T>(things: readonly Nameable<T>[], keysOf: (names: T) => readonly string[]): T[] {
  const taken = new Set<string>();
  const settled: (T | undefined)[] = things.map((thing) => {
    if (!thing.fixed) return undefined;
    const names = thing.names(1);
    for (const key of keysOf(names)) taken.add(key);
    return names;
  });
  return things.map((thing, i) => {
    const fixed = settled[i];
    if (fixed !== undefined) return fixed;
    let names = thing.names(1);
    for (let n = 2; keysOf(names).some((key) => taken.has(key)); n++) names = thing.names(n);
    for (const key of keysOf(names)) taken.add(key);
    return names;
  });
}
