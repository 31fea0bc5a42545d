// numbers: refuses the numbers of a parsed schema that no target can emit faithfully. JSON.parse
// (like any JavaScript reader, and Ajv, the oracle) holds every number as a double: 1e400 reads
// as Infinity and 18446744073709551617 as 18446744073709551616. The schema means what those
// doubles mean (bounds are compared as doubles in every target), except where that silently
// changes what the author wrote and the difference matters:
// - a number beyond the double range, in a bound, a count or a value: no language has a literal
//   for it that means what was written (Python has no `Infinity`, Java no `InfinityD`);
// - an integer written in full (no fraction, no exponent) that the double does not hold exactly,
//   in enum, const or default: those are compared for equality and shown in docs (in examples,
//   which only illustrate, a warning: NumberOptions);
// - minLength / minItems above 2^31 - 1: Java and C# hold no longer string or list, so no value
//   could satisfy it, and their int parameters cannot hold it (a larger maxLength / maxItems is
//   exactly "no limit" there, which the targets emit).
// It runs between parsing and checkSchema, on the parsed value; the literal text is read only
// for the rare unsafe integers, so it needs nothing from the parser but the document's text (JSON)
// or the literals by pointer (parse-document.ts collects them from YAML's scalars).

import { SchemaError, framePointer, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { MAX_COUNT } from '../model/limits.js';

type Context = 'schema' | 'schemas' | 'bound' | 'count' | 'value' | 'other';

// Maps and arrays of schemas alike: an array's keys are its indices.
const SCHEMA_MAPS = new Set(['$defs', 'properties', 'patternProperties', 'dependentSchemas', 'oneOf', 'anyOf', 'allOf', 'prefixItems']);
const SUBSCHEMAS = new Set([
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]);
const BOUNDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
const COUNTS = new Set(['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minContains', 'maxContains']);
const VALUES = new Set(['enum', 'const', 'default', 'examples']);

/** What a child at `key` is, given what its parent is. Vendor annotations ("x-...") are "other". */
function childContext(parent: Context, key: string): Context {
  if (parent === 'value') return 'value';
  if (parent === 'schemas') return 'schema';
  if (parent !== 'schema') return 'other';
  if (SCHEMA_MAPS.has(key)) return 'schemas';
  if (SUBSCHEMAS.has(key)) return 'schema';
  if (BOUNDS.has(key)) return 'bound';
  if (COUNTS.has(key)) return 'count';
  return VALUES.has(key) ? 'value' : 'other';
}

interface Frame {
  readonly value: JsonValue;
  readonly key: string;
  readonly context: Context;
  readonly parent: Frame | null;
}

/** The number literals as written at these pointers (those found), for the document a value was parsed from. */
export type NumberLiterals = (pointers: ReadonlySet<string>) => ReadonlyMap<string, string>;

/** The literals of a JSON text: scanned only when asked, for the rare unsafe integers. */
export function jsonNumberLiterals(text: string): NumberLiterals {
  return (pointers) => integerLiterals(text, pointers);
}

/**
 * How an integer no double holds is told in "examples": an example only illustrates (it is shown
 * in docs and checked against its schema, never compared with a value), so published documents
 * with one (Telnyx's IMSIs, Mastercard's ids) are read with the double JSON readers make and a
 * warning, refused by --strict; without options (a referenced file) it is refused as elsewhere.
 */
export interface NumberOptions {
  readonly strict: boolean;
  readonly warn: (problem: SchemaError) => void;
}

/** Checks every number the generator reads; `source` is the JSON text the value was parsed from, or its literals. */
export function checkNumbers(root: JsonValue, source: string | NumberLiterals, options?: NumberOptions): void {
  const unsafe: string[] = [];
  const examples = new Set<string>();
  // Iterative, with parent links: documents thousands deep are refused later, not overflowed here.
  const stack: Frame[] = [{ value: root, key: '', context: 'schema', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, context } = frame;
    if (typeof value === 'number') {
      if (checkNumber(frame, value)) {
        unsafe.push(framePointer(frame));
        if (valueKeyword(frame) === 'examples') examples.add(framePointer(frame));
      }
    } else if (typeof value === 'object' && value !== null && context !== 'other') {
      for (const key of Object.keys(value)) {
        // Strings, booleans and nulls have nothing to check: no frame for them (most of a document's values).
        const child = (value as Record<string, JsonValue>)[key]!;
        if (typeof child === 'number' || (typeof child === 'object' && child !== null))
          stack.push({ value: child, key, context: childContext(context, key), parent: frame });
      }
    }
  }
  if (unsafe.length === 0) return;
  const literals = (typeof source === 'string' ? jsonNumberLiterals(source) : source)(new Set(unsafe));
  for (const pointer of unsafe) {
    const literal = literals.get(pointer);
    if (literal !== undefined && WHOLE_INTEGER.test(literal))
      checkInteger(literal, pointer, examples.has(pointer) && options?.strict === false ? options.warn : null);
  }
}

/** The keyword (enum, const, default, examples) whose value holds the number of `frame`. */
function valueKeyword(frame: Frame): string {
  let at = frame;
  while (at.parent !== null && at.parent.context === 'value') at = at.parent;
  return at.key;
}

/** Throws for a number no target can hold; true when its literal text must be looked at. */
function checkNumber(frame: Frame, value: number): boolean {
  const { context, key } = frame;
  if (context === 'other' || context === 'schema' || context === 'schemas') return false;
  if (!Number.isFinite(value)) {
    throw new SchemaError(
      'this number is beyond the range of a double (JSON readers, Ajv included, read it as infinity)',
      framePointer(frame),
      'write a finite number, at most 1.7976931348623157e308 in magnitude; to leave a bound open, remove the keyword',
    );
  }
  if (context === 'count' && (key === 'minLength' || key === 'minItems') && value > MAX_COUNT) {
    const what = key === 'minLength' ? 'string' : 'array';
    throw new SchemaError(
      `"${key}" is ${value}, above ${MAX_COUNT} (2^31 - 1): no ${what} in Java or C# is that long, so no value could be valid`,
      framePointer(frame),
      `use at most ${MAX_COUNT}`,
    );
  }
  return context === 'value' && Number.isInteger(value) && !Number.isSafeInteger(value);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHOLE_INTEGER = /^-?\d+$/;

/**
 * Scans the text for the number tokens at `pointers` (values whose double is an integer beyond
 * 2^53): pointer -> the literal. The text parsed already, so it is valid JSON.
 */
function integerLiterals(text: string, pointers: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  // The path to the current token; undefined stands for an object key not read yet.
  const path: (string | undefined)[] = [];
  const kinds: ('object' | 'array')[] = [];
  const index: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      if (kinds.at(-1) === 'object' && path.at(-1) === undefined) path[path.length - 1] = JSON.parse(text.slice(i, end)) as string;
      i = end;
    } else if (c === '{' || c === '[') {
      kinds.push(c === '{' ? 'object' : 'array');
      index.push(0);
      path.push(c === '{' ? undefined : '0');
      i++;
    } else if (c === '}' || c === ']') {
      kinds.pop();
      index.pop();
      path.pop();
      i++;
    } else if (c === ',') {
      if (kinds.at(-1) === 'array') path[path.length - 1] = String(++index[index.length - 1]!);
      else path[path.length - 1] = undefined;
      i++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const literal = NUMBER.exec(text)![0];
      i += literal.length;
      const pointer = joinPointer('', ...(path as string[]));
      if (pointers.has(pointer)) found.set(pointer, literal);
    } else i++;
  }
  return found;
}

/**
 * A literal written as a whole integer that the double changed (1e19 is exact and kept,
 * 18446744073709551617 is not): refused, or told to `warn` and read as the double (an example).
 */
function checkInteger(literal: string, pointer: string, warn: ((problem: SchemaError) => void) | null): void {
  const read = BigInt(Number(literal));
  if (read === BigInt(literal)) return;
  const held = `the integer ${literal} cannot be held exactly by a double: JSON readers (Ajv included) read it as ${read}`;
  const hint = 'use an integer within ±9007199254740991 (2^53 - 1), or a string';
  if (warn === null) throw new SchemaError(`${held}, so enum, const, default and example values would not be what was written`, pointer, hint);
  warn(new SchemaError(`${held}, and so this example is read`, pointer, `${hint}; --strict refuses it`));
}

/** The index just past the string literal starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
