// build-model, part three: the keywords beside "const" and "enum". JSON Schema applies every
// keyword of a schema, so `{"enum": ["a", "bb"], "maxLength": 1}` accepts only "a". The model's
// enum and const types carry no other constraints, so the values those keywords reject are
// dropped here, at generation time, and the type and its validation stay exact. Every such
// keyword can be evaluated on a literal (patterns run in a bounded child process, as the check
// stage runs them); a schema whose keywords leave no value is typed as the false schema is (any
// value, widened). Other keywords beside an enum (multipleOf, not, ...) are not evaluated here:
// the schema is widened (build-model-base.ts, EXACT) and the validator narrows.

import { joinPointer } from '../errors.js';
import type { JsonObject } from './load.js';
import type { ModelBuilder } from './build-model-base.js';
import type { JsonValue, Model, TypeRef } from '../model/ir.js';
import { boundedMatcher } from '../regex/budget.js';
import { ANNOTATIONS, ANY, numberConstraints, stringConstraints } from './build-model-base.js';
import { validator } from './validate.js';

type Literal = string | number | boolean;

/** The keywords that may stand beside const or enum and constrain a literal (the check stage's validator evaluates them). */
const SIBLINGS = ['minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
const NO_DECLARATIONS: Model = { source: '', title: null, description: null, declarations: [], validation: { rootUri: '', documents: [], patterns: [] } };

/**
 * The values of `values` that every sibling keyword of `s` accepts (a keyword ignores values of
 * a type it does not apply to, as the specification says); none when they reject them all.
 * `keyword` is "const" or "enum", where a pattern test that runs out of time is reported.
 */
export function keepAccepted<T extends Literal>(s: JsonObject, values: readonly T[], pointer: string, keyword: 'const' | 'enum'): T[] {
  if (!SIBLINGS.some((k) => s[k] !== undefined)) return [...values];
  const needed =
    s['pattern'] === undefined
      ? []
      : values
          .filter((v) => typeof v === 'string')
          .map((v) => ({ pattern: s['pattern'] as string, value: v as string, pointer: joinPointer(pointer, keyword) }));
  const check = validator(NO_DECLARATIONS, needed.length === 0 ? () => false : boundedMatcher(needed));
  const asString: TypeRef = { kind: 'string', nullable: false, constraints: stringConstraints(s) };
  const asNumber: TypeRef = { kind: 'number', nullable: false, constraints: numberConstraints(s) };
  /** Whether a keyword rejects `v` (booleans meet no sibling). */
  const rejected = (v: T): boolean => (typeof v === 'string' ? check(asString, v) : typeof v === 'number' ? check(asNumber, v) : []).length > 0;
  return values.filter((v) => !rejected(v));
}

export function isLiteral(value: JsonValue | undefined): value is Literal {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Keywords beside a "const" or "enum" of objects and arrays that leave its values as they are. */
const LITERAL_NEIGHBOURS = new Set(['const', 'enum', 'type']);

/**
 * The values of a "const" or "enum" holding objects or arrays (at least one; null apart): a
 * literal type of them, when no keyword beside them could reject one (else any value, widened).
 */
export function literalOf(builder: ModelBuilder, s: JsonObject, values: readonly JsonValue[], nullable: boolean, pointer: string): TypeRef {
  builder.widen(pointer); // the targets other than TypeScript hold these as any value
  if (Object.keys(s).some((k) => !LITERAL_NEIGHBOURS.has(k) && !ANNOTATIONS.has(k) && !k.startsWith('x-'))) return ANY;
  const distinct = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
  return { kind: 'literal', nullable, values: distinct };
}
