// Handwritten cases of the validators' error contract (issue 17): every error's instance pointer,
// keyword location along the evaluation path (through $ref), exact message, and the order
// (refs, assertions, items, members, in-place applicators, unevaluated* last; "properties" in
// the schema's order, as Ajv checks them, other members in the instance's order).

import type { SuiteError } from '../../helpers/suite.js';

export interface ContractCase {
  readonly name: string;
  readonly schema: unknown;
  readonly instance: unknown;
  readonly formatAssertion?: boolean;
  /** Validate against this schema (a URI resolved against the root's) instead of the root. */
  readonly at?: string;
  /** The schema and instance as JSON text (numbers a double cannot hold); `schema` is still read for its patterns. */
  readonly json?: { readonly schema: string; readonly instance: string };
  readonly errors: readonly SuiteError[];
}

const e = (instanceLocation: string, keywordLocation: string, message: string): SuiteError => ({ instanceLocation, keywordLocation, message });

export const CONTRACT_CASES: readonly ContractCase[] = [
  {
    name: 'a valid instance has no errors',
    schema: { type: 'object', properties: { a: { type: 'integer' } } },
    instance: { a: 1.0 },
    errors: [],
  },
  {
    name: 'properties then additionalProperties false, located at the false schema',
    schema: { properties: { a: { type: 'integer', minimum: 1 } }, additionalProperties: false },
    instance: { a: 0, extra: 1 },
    errors: [e('/a', '/properties/a/minimum', 'must be >= 1'), e('/extra', '/additionalProperties', 'boolean schema is false')],
  },
  {
    name: 'properties in the schema\'s order, whatever order the instance writes its members in',
    schema: { properties: { b: { type: 'string' }, d: { maxLength: 1 } } },
    instance: { d: 'xy', b: 1 },
    errors: [e('/b', '/properties/b/type', 'must be string'), e('/d', '/properties/d/maxLength', 'must NOT have more than 1 characters')],
  },
  {
    name: '$ref is a segment of the keyword location',
    schema: { $defs: { pos: { minimum: 0 } }, properties: { a: { $ref: '#/$defs/pos' } } },
    instance: { a: -1 },
    errors: [e('/a', '/properties/a/$ref/minimum', 'must be >= 0')],
  },
  {
    name: 'anyOf, oneOf and not report once, at the applicator',
    schema: { anyOf: [{ type: 'string' }, { minimum: 3 }], oneOf: [{ type: 'integer' }, { type: 'number' }], not: { type: 'integer' } },
    instance: 1,
    errors: [e('', '/anyOf', 'must match a schema in anyOf'), e('', '/oneOf', 'must match exactly one schema in oneOf'), e('', '/not', 'must NOT be valid')],
  },
  {
    name: 'required once per missing property, dependentRequired once per missing dependency',
    schema: { required: ['a', 'b'], dependentRequired: { c: ['d', 'a'] } },
    instance: { c: 1 },
    errors: [
      e('', '/required', "must have required property 'a'"),
      e('', '/required', "must have required property 'b'"),
      e('', '/dependentRequired', 'must have property d when property c is present'),
      e('', '/dependentRequired', 'must have property a when property c is present'),
    ],
  },
  {
    name: 'contains reports at minContains or maxContains when the schema has them',
    schema: {
      properties: {
        few: { contains: { type: 'integer' }, minContains: 2 },
        many: { contains: { type: 'integer' }, maxContains: 1 },
        none: { contains: { type: 'integer' } },
      },
    },
    instance: { few: ['x', 1], many: [1, 2], none: [] },
    errors: [
      e('/few', '/properties/few/minContains', 'must contain at least 2 valid item(s)'),
      e('/many', '/properties/many/maxContains', 'must contain at most 1 valid item(s)'),
      e('/none', '/properties/none/contains', 'must contain at least 1 valid item(s)'),
    ],
  },
  {
    name: 'type names joined by commas; numbers as the schema wrote them',
    schema: { items: { type: ['string', 'null'] }, prefixItems: [{ multipleOf: 0.0001 }, { exclusiveMaximum: 2.5 }, { maxLength: 1 }] },
    instance: [0.00751, 2.5, 'ab', 3],
    errors: [
      e('/0', '/prefixItems/0/multipleOf', 'must be multiple of 0.0001'),
      e('/1', '/prefixItems/1/exclusiveMaximum', 'must be < 2.5'),
      e('/2', '/prefixItems/2/maxLength', 'must NOT have more than 1 characters'),
      e('/3', '/items/type', 'must be string,null'),
    ],
  },
  {
    name: 'assertions before applicators, unevaluatedProperties last (a failing properties annotates nothing)',
    schema: { type: 'object', required: ['z'], properties: { a: { type: 'string' } }, unevaluatedProperties: false },
    instance: { a: 1, b: 2 },
    errors: [
      e('', '/required', "must have required property 'z'"),
      e('/a', '/properties/a/type', 'must be string'),
      e('/a', '/unevaluatedProperties', 'boolean schema is false'),
      e('/b', '/unevaluatedProperties', 'boolean schema is false'),
    ],
  },
  {
    name: 'propertyNames reports once, naming the first invalid name',
    schema: { propertyNames: { maxLength: 2 } },
    instance: { abc: 1, de: 2, fgh: 3 },
    errors: [e('', '/propertyNames', "property name 'abc' is invalid")],
  },
  {
    name: 'if reports nothing; the branch taken reports its errors',
    schema: {
      properties: { big: { $ref: '#/$defs/t' }, small: { $ref: '#/$defs/t' } },
      $defs: { t: { if: { minimum: 10 }, then: { multipleOf: 5 }, else: { not: { type: 'integer' } } } },
    },
    instance: { big: 12, small: 3 },
    errors: [e('/big', '/properties/big/$ref/then/multipleOf', 'must be multiple of 5'), e('/small', '/properties/small/$ref/else/not', 'must NOT be valid')],
  },
  {
    name: 'pointers escape ~ and / in instance and keyword locations',
    schema: { properties: { 'a/b~c': { type: 'string' } }, patternProperties: { '^x/': { enum: [1] } } },
    instance: { 'a/b~c': 1, 'x/y': { k: 1.0 } },
    errors: [
      e('/a~1b~0c', '/properties/a~1b~0c/type', 'must be string'),
      e('/x~1y', '/patternProperties/^x~1/enum', 'must be equal to one of the allowed values'),
    ],
  },
  {
    name: 'a failing subschema or keyword annotates nothing for unevaluatedProperties',
    schema: { allOf: [{ properties: { a: { type: 'string' } }, required: ['z'] }], properties: { b: { type: 'string' } }, unevaluatedProperties: false },
    instance: { a: 'x', b: 1 },
    errors: [
      e('/b', '/properties/b/type', 'must be string'),
      e('', '/allOf/0/required', "must have required property 'z'"),
      e('/a', '/unevaluatedProperties', 'boolean schema is false'),
      e('/b', '/unevaluatedProperties', 'boolean schema is false'),
    ],
  },
  {
    name: 'dependentSchemas when the property is present',
    schema: { dependentSchemas: { a: { required: ['b'] }, c: { required: ['d'] } } },
    instance: { a: 1 },
    errors: [e('', '/dependentSchemas/a/required', "must have required property 'b'")],
  },
  {
    name: 'allOf, $dynamicRef and unevaluatedItems with their paths',
    schema: { $dynamicAnchor: 'node', allOf: [{ const: [1] }], prefixItems: [{ $dynamicRef: '#node' }], unevaluatedItems: { type: 'string' } },
    instance: [[], 2],
    errors: [
      e('/0', '/prefixItems/0/$dynamicRef/allOf/0/const', 'must be equal to constant'),
      e('', '/allOf/0/const', 'must be equal to constant'),
      e('/0', '/unevaluatedItems/type', 'must be string'),
      e('/1', '/unevaluatedItems/type', 'must be string'),
    ],
  },
  {
    name: 'a schema inside the document by JSON pointer, errors located from it',
    schema: { $defs: { Name: { type: 'object', properties: { id: { $ref: '#/$defs/Id' } } }, Id: { $anchor: 'id', type: 'string', minLength: 2 } } },
    at: '#/$defs/Name',
    instance: { id: 'x' },
    errors: [e('/id', '/properties/id/$ref/minLength', 'must NOT have fewer than 2 characters')],
  },
  {
    name: 'a schema inside the document by anchor',
    schema: { $id: 'https://example.com/other.json', $defs: { Id: { $anchor: 'id', type: 'string' } } },
    at: 'https://example.com/other.json#id',
    instance: 7,
    errors: [e('', '/type', 'must be string')],
  },
  {
    name: 'format asserts when asked (after the other string keywords)',
    schema: { type: 'string', maxLength: 5, format: 'email' },
    formatAssertion: true,
    instance: 'not an email',
    errors: [e('', '/maxLength', 'must NOT have more than 5 characters'), e('', '/format', 'must match format "email"')],
  },
  {
    name: 'exact numbers: big integers, decimal multipleOf, 1e400, messages with the schema text',
    schema: {},
    json: {
      schema: '{"prefixItems": [{"type": "integer", "maximum": 18446744073709551615}, {"multipleOf": 0.0001}, {"exclusiveMinimum": 0}, {"type": "integer"}]}',
      instance: '[18446744073709551616, 0.0075, -1e400, 1e400]',
    },
    instance: null,
    errors: [e('/0', '/prefixItems/0/maximum', 'must be <= 18446744073709551615'), e('/2', '/prefixItems/2/exclusiveMinimum', 'must be > 0')],
  },
];

/** Schemas the validator must refuse to build (the runner answers `refused`), with why. */
export const REFUSED_CASES: readonly { readonly name: string; readonly schema: unknown; readonly reason: RegExp }[] = [
  { name: 'an unresolvable $ref', schema: { properties: { a: { $ref: 'https://example.com/missing.json' } } }, reason: /unresolvable \$ref/ },
  { name: 'a $ref to a missing pointer', schema: { $ref: '#/$defs/none' }, reason: /unresolvable \$ref/ },
  { name: 'a pattern with no .NET translation (refused by the generator)', schema: { pattern: '\\1(a)' }, reason: /no \.NET equivalent/ },
  { name: 'a keyword whose value has the wrong JSON type', schema: { required: [1] }, reason: /not a valid schema/ },
  {
    name: 'a $ref loop that never consumes the instance',
    schema: { $defs: { a: { $ref: '#/$defs/b' }, b: { allOf: [{ $ref: '#/$defs/a' }] } }, $ref: '#/$defs/a' },
    reason: /loop/,
  },
];
