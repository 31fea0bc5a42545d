// validate: checks a JSON value against the model, with JSON Schema 2020-12 semantics (the same
// decisions Ajv makes). The check stage (stages/check.ts) uses it to refuse schemas whose own
// examples or defaults do not validate; it is also the plainest statement of what every target's
// runtime must do. Pure; never throws for bad instances, only returns issues.

import { joinPointer, quoted } from '../errors.js';
import type { Declaration, JsonValue, Model, TypeRef } from '../model/ir.js';
import type { Matcher } from '../regex/budget.js';

export interface Issue {
  /** JSON pointer into the instance. */
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
}

/** `matches` answers pattern tests (default: in this process, unbounded; see regex/budget.ts). */
export function validator(model: Model, matches: Matcher = (p, v) => new RegExp(p, 'u').test(v)): (type: TypeRef, value: JsonValue) => Issue[] {
  const byId = new Map(model.declarations.map((d) => [d.id, d]));
  const check = (type: TypeRef, value: JsonValue, pointer: string): Issue[] => {
    if (value === null && type.nullable) return [];
    if (type.kind === 'ref') {
      const declaration = byId.get(type.id);
      if (declaration === undefined) throw new Error(`unknown declaration ${type.id}`);
      return checkDeclaration(declaration, value, pointer);
    }
    if (type.kind === 'string') return checkString(type, value, pointer, matches);
    return PRIMITIVES[type.kind](type as never, value, pointer, check);
  };
  const checkDeclaration = (d: Declaration, value: JsonValue, pointer: string): Issue[] => {
    if (value === null && d.kind !== 'alias' && d.nullable) return [];
    switch (d.kind) {
      case 'alias':
        return check(d.type, value, pointer);
      case 'enum':
        return d.values.some((v) => v === value) ? [] : [issue(pointer, 'enum', `must be one of ${d.values.map((v) => JSON.stringify(v)).join(', ')}`)];
      case 'object':
        return checkObject(d, value, pointer, check);
      case 'union':
        return checkUnion(d, value, pointer, check, byId);
    }
  };
  return (type, value) => check(type, value, '');
}

type Recurse = (type: TypeRef, value: JsonValue, pointer: string) => Issue[];

const issue = (pointer: string, keyword: string, message: string): Issue => ({ pointer, keyword, message });

const isPlainObject = (v: JsonValue): v is { [key: string]: JsonValue } => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeIssue(pointer: string, expected: string): Issue[] {
  return [issue(pointer, 'type', `must be ${expected}`)];
}

function bounds(
  c: { minimum: number | null; maximum: number | null; exclusiveMinimum: number | null; exclusiveMaximum: number | null },
  v: number,
  pointer: string,
): Issue[] {
  const out: Issue[] = [];
  if (c.minimum !== null && v < c.minimum) out.push(issue(pointer, 'minimum', `must be >= ${c.minimum}`));
  if (c.maximum !== null && v > c.maximum) out.push(issue(pointer, 'maximum', `must be <= ${c.maximum}`));
  if (c.exclusiveMinimum !== null && v <= c.exclusiveMinimum) out.push(issue(pointer, 'exclusiveMinimum', `must be > ${c.exclusiveMinimum}`));
  if (c.exclusiveMaximum !== null && v >= c.exclusiveMaximum) out.push(issue(pointer, 'exclusiveMaximum', `must be < ${c.exclusiveMaximum}`));
  return out;
}

type PrimitiveCheck<K extends TypeRef['kind']> = (type: Extract<TypeRef, { kind: K }>, value: JsonValue, pointer: string, recurse: Recurse) => Issue[];

function checkString(t: Extract<TypeRef, { kind: 'string' }>, v: JsonValue, p: string, matches: Matcher): Issue[] {
  if (typeof v !== 'string') return typeIssue(p, 'string');
  const length = [...v].length; // code points, as JSON Schema counts
  const c = t.constraints;
  const out: Issue[] = [];
  if (c.minLength !== null && length < c.minLength) out.push(issue(p, 'minLength', `must have at least ${c.minLength} characters`));
  if (c.maxLength !== null && length > c.maxLength) out.push(issue(p, 'maxLength', `must have at most ${c.maxLength} characters`));
  if (c.pattern !== null && !matches(c.pattern, v)) out.push(issue(p, 'pattern', `must match pattern ${quoted(c.pattern)}`));
  return out;
}

/** JSON Schema's equality: numbers by value, objects whatever their key order. */
function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]!));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k]!, b[k]!));
}

/** Strings are checked by checkString, with the validator's matcher. */
const PRIMITIVES: { [K in Exclude<TypeRef['kind'], 'ref' | 'string'>]: PrimitiveCheck<K> } = {
  any: () => [],
  literal: (t, v, p) =>
    t.values.some((x) => sameJson(x, v)) ? [] : [issue(p, 'enum', `must be equal to one of ${t.values.map((x) => JSON.stringify(x)).join(', ')}`)],
  null: (_t, v, p) => (v === null ? [] : typeIssue(p, 'null')),
  boolean: (_t, v, p) => (typeof v === 'boolean' ? [] : typeIssue(p, 'boolean')),
  const: (t, v, p) => (v === t.value ? [] : [issue(p, 'const', `must be equal to ${JSON.stringify(t.value)}`)]),
  integer: (t, v, p) => (typeof v === 'number' && Number.isInteger(v) ? bounds(t.constraints, v, p) : typeIssue(p, 'integer')),
  number: (t, v, p) => (typeof v === 'number' ? bounds(t.constraints, v, p) : typeIssue(p, 'number')),
  array: (t, v, p, recurse) => {
    if (!Array.isArray(v)) return typeIssue(p, 'array');
    const out: Issue[] = [];
    if (t.minItems !== null && v.length < t.minItems) out.push(issue(p, 'minItems', `must have at least ${t.minItems} items`));
    if (t.maxItems !== null && v.length > t.maxItems) out.push(issue(p, 'maxItems', `must have at most ${t.maxItems} items`));
    v.forEach((item, i) => {
      // A tuple's item: its position's type, then the rest's (none: no item may follow).
      const type = t.tuple === undefined ? t.items : i < t.tuple.items.length ? t.tuple.items[i]! : t.tuple.rest;
      if (type === null) out.push(issue(joinPointer(p, i), 'items', `must have at most ${t.tuple!.items.length} items`));
      else out.push(...recurse(type, item, joinPointer(p, i)));
    });
    return out;
  },
  map: (t, v, p, recurse) => {
    if (!isPlainObject(v)) return typeIssue(p, 'object');
    return Object.entries(v).flatMap(([k, item]) => recurse(t.values, item, joinPointer(p, k)));
  },
};

function checkObject(d: Extract<Declaration, { kind: 'object' }>, value: JsonValue, pointer: string, recurse: Recurse): Issue[] {
  if (!isPlainObject(value)) return typeIssue(pointer, 'object');
  const out: Issue[] = [];
  const known = new Set(d.properties.map((p) => p.jsonName));
  for (const p of d.properties) {
    if (!Object.hasOwn(value, p.jsonName)) {
      if (p.required) out.push(issue(pointer, 'required', `must have required property '${p.jsonName}'`));
      continue;
    }
    out.push(...recurse(p.type, value[p.jsonName] as JsonValue, joinPointer(pointer, p.jsonName)));
  }
  for (const [key, item] of Object.entries(value)) {
    if (known.has(key)) continue;
    if (d.additional.kind === 'deny') out.push(issue(pointer, 'additionalProperties', `must NOT have additional property '${key}'`));
    if (d.additional.kind === 'typed') out.push(...recurse(d.additional.type, item, joinPointer(pointer, key)));
  }
  return out;
}

function checkUnion(d: Extract<Declaration, { kind: 'union' }>, value: JsonValue, pointer: string, recurse: Recurse, byId: Map<string, Declaration>): Issue[] {
  if (d.discriminator !== null) {
    const { propertyName, mapping } = d.discriminator;
    if (!isPlainObject(value)) return typeIssue(pointer, 'object');
    const tag = Object.hasOwn(value, propertyName) ? value[propertyName] : undefined;
    if (typeof tag !== 'string') return [issue(pointer, 'discriminator', `tag ${quoted(propertyName)} must be a string`)];
    const entry = mapping.find((m) => m.value === tag);
    if (entry === undefined) return [issue(pointer, 'discriminator', `value of tag ${quoted(propertyName)} must be in oneOf`)];
    const target = byId.get(entry.id);
    return target === undefined ? [] : recurse({ kind: 'ref', id: target.id, nullable: false }, value, pointer);
  }
  const results = d.variants.map((v) => recurse(v, value, pointer));
  const matches = results.filter((r) => r.length === 0).length;
  if (d.mode === 'anyOf' ? matches >= 1 : matches === 1) return [];
  const failures = matches === 0 ? results.flat() : [];
  return [
    ...failures,
    issue(
      pointer,
      d.mode,
      matches === 0 ? `must match ${d.mode === 'oneOf' ? 'exactly one' : 'a'} schema in ${d.mode}` : 'must match exactly one schema in oneOf',
    ),
  ];
}
