// OpenAPI's `discriminator` in the TypeScript schema validator (templates/typescript/runtime/
// schema.ts), the rule in ARCHITECTURE.md: it never changes validity; on an object instance it
// chooses which errors a failing oneOf / anyOf beside it reports: the tag missing or not a string,
// or naming no variant, gives one error at <kloc>/discriminator; else the chosen variant's own
// errors (mapping by $ref first, then a variant's properties/<tag> const or enum, through $refs);
// the chosen variant passing (several matched) gives the usual oneOf error.

import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '../../templates/typescript/runtime/schema.js';

const DEFS = {
  A: { type: 'object', properties: { type: { const: 'a' }, x: { type: 'integer', minimum: 0 } }, required: ['type', 'x'] },
  B: { $ref: '#/$defs/BBody' },
  BBody: { type: 'object', properties: { type: { enum: ['b', 'bee'] }, y: { type: 'string' } }, required: ['type'] },
  Loose: { type: 'object' },
};

function validator(union: Record<string, unknown>): SchemaValidator {
  const v = new SchemaValidator();
  v.addDocument('file:///s.json', { $defs: { ...DEFS, U: union } });
  return v;
}
const errorsOf = (union: Record<string, unknown>, value: unknown): string[] =>
  validator(union)
    .schema('file:///s.json#/$defs/U')
    .validate(value)
    .map((e) => `${e.instanceLocation} ${e.keywordLocation} ${e.message}`);

const ONE_OF = { oneOf: [{ $ref: '#/$defs/A' }, { $ref: '#/$defs/B' }], discriminator: { propertyName: 'type' } };

describe('discriminator beside oneOf', () => {
  it('a valid instance: no error', () => {
    expect(errorsOf(ONE_OF, { type: 'a', x: 1 })).toEqual([]);
    expect(errorsOf(ONE_OF, { type: 'bee' })).toEqual([]);
  });

  it('the chosen variant failing: exactly its errors, through its $ref (const, then enum through a second $ref)', () => {
    expect(errorsOf(ONE_OF, { type: 'a', x: -1 })).toEqual(['/x /oneOf/0/$ref/properties/x/minimum must be >= 0']);
    expect(errorsOf(ONE_OF, { type: 'b', y: 3 })).toEqual(['/y /oneOf/1/$ref/$ref/properties/y/type must be string']);
  });

  it('the tag absent or not a string: one error at the discriminator', () => {
    expect(errorsOf(ONE_OF, { x: 1 })).toEqual([' /discriminator tag "type" must be string']);
    expect(errorsOf(ONE_OF, { type: 7 })).toEqual([' /discriminator tag "type" must be string']);
  });

  it('a tag no variant names: one error at the discriminator', () => {
    expect(errorsOf(ONE_OF, { type: 'video' })).toEqual([' /discriminator value of tag "type" must be in oneOf']);
  });

  it('mapping first: the variant whose $ref resolves to mapping[tag]', () => {
    const mapped = { ...ONE_OF, discriminator: { propertyName: 'type', mapping: { alias: '#/$defs/B', a: 'file:///s.json#/$defs/A' } } };
    expect(errorsOf(mapped, { type: 'alias' })).toEqual(['/type /oneOf/1/$ref/$ref/properties/type/enum must be equal to one of the allowed values']);
    expect(errorsOf(mapped, { type: 'a' })).toEqual([" /oneOf/0/$ref/required must have required property 'x'"]);
  });

  it('the chosen variant passing, so several matched: the usual oneOf error', () => {
    const both = { oneOf: [{ $ref: '#/$defs/A' }, { $ref: '#/$defs/Loose' }], discriminator: { propertyName: 'type' } };
    expect(errorsOf(both, { type: 'a', x: 1 })).toEqual([' /oneOf must match exactly one schema in oneOf']);
  });

  it('not an object: the usual oneOf error', () => {
    expect(errorsOf(ONE_OF, 'a')).toEqual([' /oneOf must match exactly one schema in oneOf']);
  });

  it('at a nested location: the instance and keyword locations of where the union is', () => {
    const outer = { type: 'object', properties: { event: ONE_OF } };
    expect(errorsOf(outer, { event: { type: 'video' } })).toEqual(['/event /properties/event/discriminator value of tag "type" must be in oneOf']);
  });
});

describe('discriminator beside anyOf', () => {
  const ANY_OF = { anyOf: ONE_OF.oneOf, discriminator: { propertyName: 'type' } };
  it('names anyOf in its message, and reports the chosen variant alike', () => {
    expect(errorsOf(ANY_OF, { type: 'video' })).toEqual([' /discriminator value of tag "type" must be in anyOf']);
    expect(errorsOf(ANY_OF, { type: 'a', x: 'no' })).toEqual(['/x /anyOf/0/$ref/properties/x/type must be integer']);
  });
});

describe('validity never changes', () => {
  const instances = [{ type: 'a', x: 1 }, { type: 'a', x: -1 }, { type: 'b' }, { type: 'video' }, { x: 1 }, { type: 3 }, 'a', null, [], { type: 'a', x: 1, y: 'z' }];
  it.each([
    ['oneOf', ONE_OF],
    ['anyOf', { anyOf: ONE_OF.oneOf, discriminator: { propertyName: 'type' } }],
  ] as const)('%s: isValid and validate agree with the same schema without the discriminator', (_k, union) => {
    const { discriminator: _d, ...without } = union;
    for (const value of instances) {
      const withIt = validator(union).schema('file:///s.json#/$defs/U');
      const plain = validator(without).schema('file:///s.json#/$defs/U');
      expect(withIt.isValid(value), JSON.stringify(value)).toBe(plain.isValid(value));
      expect(withIt.validate(value).length === 0, JSON.stringify(value)).toBe(plain.isValid(value));
    }
  });

  it('a discriminator without a string propertyName is ignored', () => {
    expect(errorsOf({ ...ONE_OF, discriminator: { propertyName: 3 } }, { type: 'video' })).toEqual([' /oneOf must match exactly one schema in oneOf']);
  });
});
