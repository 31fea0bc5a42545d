// A seeded generator of random schemas drawing from the whole draft 2020-12 vocabulary (typed
// members, unions, and the applicators and assertions in `vocabularySchema`), and of instances
// for each: valid ones built from the schema, and mutations of them. Used by the fuzz suite; every
// decision is judged by Ajv, so mutations only need to be varied, not known to be invalid.
// Values stay within what every target represents exactly: integers within +-2^53, numbers
// with short binary fractions.

export type Rng = () => number;

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Rng, p: number): boolean => r() < p;

/** Awkward and reserved names; each splits into different words, so no two collide after casing. */
const NAMES = ['class', 'default', 'type', 'value', 'import', 'from', 'object', 'string', 'None', 'self', 'namespace', 'package', 'yield', 'match', 'with space', 'kebab-name', 'dotted.name', '1st', 'ünïcödé', 'Überschrift', 'event', 'params', 'builder', 'to_dict', 'hash', 'count', 'items', 'list'];
const ENUM_VALUES = ['a', 'b', 'with space', 'kebab-value', 'None', 'class', 'ünï', '1st', 'null'];
const PATTERNS = ['^[a-z]+$', '[0-9]', '^x', '^[A-Za-z0-9_-]{1,8}$'];

function uniqueNames(r: Rng, count: number): string[] {
  const pool = [...NAMES];
  const out: string[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
  return out;
}

function primitive(r: Rng): Schema {
  const nullable = chance(r, 0.15);
  const withNull = (type: string): Json => (nullable ? [type, 'null'] : type);
  switch (Math.floor(r() * 6)) {
    case 0: {
      const s: Schema = { type: withNull('string') };
      if (chance(r, 0.3)) s['minLength'] = Math.floor(r() * 3);
      if (chance(r, 0.3)) s['maxLength'] = 3 + Math.floor(r() * 5);
      if (chance(r, 0.2)) s['pattern'] = pick(r, PATTERNS);
      return s;
    }
    case 1: {
      const s: Schema = { type: withNull('integer') };
      if (chance(r, 0.5)) s['minimum'] = pick(r, [0, -10, 1]);
      if (chance(r, 0.4)) s['maximum'] = pick(r, [10, 100, 2147483647]);
      if (chance(r, 0.2)) s['exclusiveMaximum'] = 50;
      return s;
    }
    case 2: {
      const s: Schema = { type: withNull('number') };
      if (chance(r, 0.4)) s['exclusiveMinimum'] = 0;
      if (chance(r, 0.3)) s['maximum'] = 1.5;
      return s;
    }
    case 3:
      return { type: withNull('boolean') };
    case 4:
      return { enum: [...new Set([pick(r, ENUM_VALUES), pick(r, ENUM_VALUES), pick(r, ENUM_VALUES), 'z'])] };
    default:
      return { const: pick(r, ['fixed', 'x.y', 'ünï']) };
  }
}

/**
 * The rest of the vocabulary: applicators and assertions the targets validate through their
 * runtime interpreter and type as their base (or as a JSON value). Some are untyped, as real
 * schemas are; the fuzz oracle is Ajv without strictTypes for them (they are valid JSON Schema).
 */
function vocabularySchema(r: Rng, refs: readonly string[], depth: number): Schema {
  const child = (): Schema => (depth > 2 ? primitive(r) : propertySchema(r, refs, depth + 1));
  const ref = (): Json => (refs.length > 0 ? { $ref: `#/$defs/${pick(r, refs)}` } : { type: 'string' });
  switch (Math.floor(r() * 22)) {
    case 0:
      return { type: 'integer', multipleOf: pick(r, [2, 3, 5]) };
    case 1:
      return { type: 'number', multipleOf: pick(r, [0.5, 0.25, 0.0001]) };
    case 2:
      return { type: 'string', allOf: [{ minLength: 1 }, { maxLength: 4 }] };
    case 3:
      return { type: 'integer', not: { const: pick(r, [0, 1, 5]) } };
    case 4:
      return { type: 'object', properties: { a: { type: 'integer' } }, if: { properties: { a: { const: 1 } }, required: ['a'] }, then: { required: ['b'] }, else: { maxProperties: 2 } };
    case 5:
      return { type: 'array', prefixItems: [{ type: 'string' }, child()], minItems: 1, ...(chance(r, 0.5) ? { items: false, maxItems: 2 } : {}) };
    case 6:
      return { type: 'array', contains: { type: 'integer', minimum: 3 }, ...(chance(r, 0.5) ? { minContains: 1, maxContains: 2 } : {}) };
    case 7:
      return { type: 'object', patternProperties: { '^x': { type: 'integer' }, '[0-9]': child() }, additionalProperties: chance(r, 0.5) ? false : { type: 'string' } };
    case 8:
      return { type: 'object', propertyNames: { maxLength: 3, pattern: '^[a-z]' } };
    case 9:
      return { type: 'object', properties: { a: child(), b: child() }, dependentRequired: { a: ['b'] } };
    case 10:
      return { type: 'object', properties: { a: child() }, dependentSchemas: { a: { properties: { b: { type: 'integer' } }, required: ['b'] } } };
    case 11:
      return { type: 'object', properties: { a: { type: 'integer' } }, allOf: [{ properties: { b: { type: 'string' } } }], unevaluatedProperties: false };
    case 12:
      return { type: 'array', items: { type: 'integer' }, uniqueItems: true };
    case 13:
      return { type: 'object', minProperties: 1, maxProperties: 3 };
    case 14:
      return { const: pick(r, [{ a: [1, null] }, [1, 'x'], null, { nested: { deep: true } }]) };
    case 15:
      return { enum: [null, 1, 'x', [1], { a: 1 }] };
    case 16:
      return pick(r, [{ minimum: 3 }, { maxLength: 2 }, { pattern: '^a' }, { required: ['a'] }, { format: 'email' }]);
    case 17:
      return { properties: { a: { type: 'integer' } }, required: ['a'] };
    case 18:
      return { type: pick(r, [['string', 'integer'], ['boolean', 'array', 'null'], ['number', 'object']]) };
    case 19:
      return { ...(ref() as Schema), ...(chance(r, 0.5) ? { description: 'a reference with siblings' } : { not: { const: 'forbidden' } }) };
    case 20:
      return { type: 'string', anyOf: [{ minLength: 3 }, { pattern: '^a' }] };
    default:
      return pick(r, [{ not: { type: 'string' } }, {}, { type: 'object', unevaluatedProperties: { type: 'integer' } }, { type: 'array', items: ref(), unevaluatedItems: false }]);
  }
}

function propertySchema(r: Rng, refs: readonly string[], depth: number): Schema {
  const roll = r();
  if (roll < 0.25 && depth <= 3) return vocabularySchema(r, refs, depth);
  if (roll < 0.55 || depth > 2) return primitive(r);
  if (roll < 0.65 && refs.length > 0) return { $ref: `#/$defs/${pick(r, refs)}` };
  if (roll < 0.75) return { type: 'array', items: propertySchema(r, refs, depth + 1), ...(chance(r, 0.3) ? { maxItems: 3 } : {}), ...(chance(r, 0.2) ? { minItems: 1 } : {}) };
  if (roll < 0.82) return { type: 'object', additionalProperties: propertySchema(r, refs, depth + 1) };
  if (roll < 0.9) return objectSchema(r, refs, depth + 1);
  return { oneOf: [primitive(r), { type: 'array', items: { type: 'string' } }] };
}

function objectSchema(r: Rng, refs: readonly string[], depth: number, tag?: { name: string; value: string }): Schema {
  const names = uniqueNames(r, 1 + Math.floor(r() * 5)).filter((n) => n !== tag?.name);
  const properties: Schema = {};
  for (const n of names) properties[n] = propertySchema(r, refs, depth);
  const required = names.filter(() => chance(r, 0.5));
  if (tag !== undefined) {
    properties[tag.name] = { const: tag.value };
    required.unshift(tag.name);
  }
  const s: Schema = { type: 'object', properties, required };
  if (chance(r, 0.25)) s['additionalProperties'] = false;
  else if (chance(r, 0.15)) s['additionalProperties'] = { type: 'integer' };
  return s;
}

/** One random schema: leaf objects, a discriminated union of some, a plain oneOf, an enum, an alias. */
export function fuzzSchema(r: Rng): Schema {
  const defs: Schema = {};
  const leafCount = 2 + Math.floor(r() * 3);
  const tagName = pick(r, ['kind', 'type', 'event type']);
  const leaves: string[] = [];
  for (let i = 0; i < leafCount; i++) {
    const name = `${pick(r, ['Item', 'Event', 'class', 'None', 'String', 'Error', 'List'])}${i}`;
    defs[name] = objectSchema(r, leaves, 0, { name: tagName, value: `${name.toLowerCase()}.v${i}` });
    leaves.push(name);
  }
  defs['Tagged'] = { type: 'object', oneOf: leaves.map((l) => ({ $ref: `#/$defs/${l}` })), discriminator: { propertyName: tagName } };
  defs['Either'] = { oneOf: [primitive(r), { type: 'array', items: { $ref: `#/$defs/${leaves[0]}` } }] };
  defs['Choice'] = { type: 'string', enum: ['one', 'two', 'with space'] };
  defs['Holder'] = { type: 'object', properties: { tagged: { $ref: '#/$defs/Tagged' }, either: { $ref: '#/$defs/Either' }, choice: { $ref: '#/$defs/Choice' }, many: { type: 'array', items: { $ref: '#/$defs/Tagged' } } }, required: ['tagged'] };
  // Four draws from the rest of the vocabulary in every schema, so that even the small CI run
  // (6 schemas) meets most of it, beside the ones propertySchema draws now and then.
  defs['Keywords'] = { type: 'object', properties: Object.fromEntries(['k0', 'k1', 'k2', 'k3'].map((k) => [k, vocabularySchema(r, leaves, 1)])) };
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs };
}

/** A value built to satisfy the schema (usually; Ajv has the last word). */
export function sampleValue(r: Rng, schema: Json, defs: Schema, depth = 0): Json {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return null;
  if (typeof schema['$ref'] === 'string') return sampleValue(r, defs[schema['$ref'].slice('#/$defs/'.length)] ?? {}, defs, depth + 1);
  if (Array.isArray(schema['oneOf'])) return sampleValue(r, pick(r, schema['oneOf']), defs, depth + 1);
  if (Array.isArray(schema['enum'])) return pick(r, schema['enum']);
  if (schema['const'] !== undefined) return schema['const'];
  if (Array.isArray(schema['prefixItems'])) return schema['prefixItems'].map((item) => sampleValue(r, item, defs, depth + 1));
  if (schema['contains'] !== undefined) return [3, ...(chance(r, 0.5) ? [4, 'x'] : [])];
  if (schema['patternProperties'] !== undefined) return pick(r, [{ x1: 1 }, { xa: 2, b: 'y' }, {}]);
  if (schema['multipleOf'] !== undefined) return pick(r, [0, 6, 10, 15, 0.5, 1.0001]);
  if (schema['type'] === undefined) return pick(r, [1, 'a@b', 'abc', null, { a: 1 }, [1], 5, { a: 'x' }, true]);
  const types = Array.isArray(schema['type']) ? schema['type'] : [schema['type']];
  if (types.includes('null') && chance(r, 0.2)) return null;
  switch (types[0]) {
    case 'string':
      return schema['pattern'] === undefined ? pick(r, ['abc', 'hello', 'ünï', '😀x', 'a"b\\c', 'xyz']) : pick(r, ['abc', 'x1', 'Q_9', 'xyz']);
    case 'integer':
      return pick(r, [0, 1, 5, 9, 49, 10]);
    case 'number':
      return pick(r, [0.5, 1.25, 1, 0.75]);
    case 'boolean':
      return chance(r, 0.5);
    case 'array':
      return depth > 4 ? [] : Array.from({ length: Math.floor(r() * 3) }, () => sampleValue(r, schema['items'] ?? {}, defs, depth + 1));
    case 'object': {
      const out: { [key: string]: Json } = {};
      const props = (schema['properties'] ?? {}) as Schema;
      const required = (schema['required'] ?? []) as string[];
      for (const [k, v] of Object.entries(props)) if (required.includes(k) || (depth < 4 && chance(r, 0.6))) out[k] = sampleValue(r, v, defs, depth + 1);
      if (schema['properties'] === undefined && typeof schema['additionalProperties'] === 'object') out['k'] = sampleValue(r, schema['additionalProperties'], defs, depth + 1);
      if (chance(r, 0.3)) out['extra field'] = pick(r, [1, 'x', null, [true], { n: 1 }]);
      return out;
    }
    default:
      return pick(r, [1, 'x', null]);
  }
}

/** Small changes that often break validity: drop, retype or push a value past a bound. */
export function mutate(r: Rng, value: Json): Json {
  if (typeof value !== 'object' || value === null) return pick(r, [null, 'x', 1.5, -1, true, [], {}, 2147483648]);
  if (Array.isArray(value)) return value.length === 0 ? [pick(r, [1, 'x', null])] : value.map((v, i) => (i === 0 ? mutate(r, v) : v));
  const keys = Object.keys(value);
  if (keys.length === 0) return { unexpected: 1 };
  const key = pick(r, keys);
  const copy = { ...value };
  if (chance(r, 0.3)) delete copy[key];
  else copy[key] = mutate(r, copy[key] ?? null);
  return copy;
}
