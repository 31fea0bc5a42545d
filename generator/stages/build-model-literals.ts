// build-model, part three: the keywords beside "const" and "enum". JSON Schema applies every
// keyword of a schema, so `{"enum": ["a", "bb"], "maxLength": 1}` accepts only "a". The model's
// enum and const types carry no other constraints, so the values those keywords reject are
// dropped here, at generation time, and the type and its validation stay exact. Every such
// keyword can be evaluated on a literal (patterns run in a bounded child process, as the check
// stage runs them); a schema whose keywords leave no value is refused.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import type { JsonObject } from './load.js';
import type { JsonValue } from '../model/ir.js';
import { boundedMatcher, type Matcher } from '../regex/budget.js';

type Literal = string | number | boolean;

/** Each keyword that may stand beside const or enum: the JSON type it applies to, and its test. */
const SIBLINGS: Record<string, { readonly applies: 'string' | 'number'; readonly test: (value: never, limit: never, matches: Matcher) => boolean }> = {
  minLength: { applies: 'string', test: (v: string, n: number) => codePoints(v) >= n },
  maxLength: { applies: 'string', test: (v: string, n: number) => codePoints(v) <= n },
  pattern: { applies: 'string', test: (v: string, p: string, matches) => matches(p, v) },
  minimum: { applies: 'number', test: (v: number, n: number) => v >= n },
  maximum: { applies: 'number', test: (v: number, n: number) => v <= n },
  exclusiveMinimum: { applies: 'number', test: (v: number, n: number) => v > n },
  exclusiveMaximum: { applies: 'number', test: (v: number, n: number) => v < n },
};

/** Length in code points, as JSON Schema counts it (not UTF-16 units). */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * The values of `values` that every sibling keyword of `s` accepts (a keyword ignores values of
 * a type it does not apply to, as the specification says). Throws when none is left.
 * `keyword` is "const" or "enum", for the messages.
 */
export function keepAccepted<T extends Literal>(s: JsonObject, values: readonly T[], pointer: string, keyword: 'const' | 'enum'): T[] {
  const siblings = Object.keys(SIBLINGS).filter((k) => s[k] !== undefined);
  if (siblings.length === 0) return [...values];
  const needed =
    s['pattern'] === undefined
      ? []
      : values
          .filter((v) => typeof v === 'string')
          .map((v) => ({ pattern: s['pattern'] as string, value: v as string, pointer: joinPointer(pointer, keyword) }));
  const matches = needed.length === 0 ? () => false : boundedMatcher(needed);
  const rejecter = (v: T): string | undefined =>
    siblings.find((k) => {
      const { applies, test } = SIBLINGS[k]!;
      return typeof v === applies && !test(v as never, s[k] as never, matches);
    });
  const kept = values.filter((v) => rejecter(v) === undefined);
  if (kept.length === 0) {
    const first = rejecter(values[0]!)!;
    const what = keyword === 'const' ? `"const" ${JSON.stringify(values[0])}` : `every "enum" value (${JSON.stringify(values[0])} first)`;
    throw new SchemaError(
      `${quoted(first)} rejects ${what}, so this schema accepts no value`,
      joinPointer(pointer, first),
      `remove ${quoted(first)} or change the ${keyword === 'const' ? '"const"' : '"enum" values'} so that they agree`,
    );
  }
  return kept;
}

export function isLiteral(value: JsonValue | undefined): value is Literal {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
