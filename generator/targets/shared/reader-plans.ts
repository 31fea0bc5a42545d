// Fast reader plans, for the targets whose models read a value and check it in one pass (java/ and
// python/readers.ts write them): which declarations read fast, and how each member of an object
// reads. An object's reader is the compiled check of its declaration taken member by member: each
// member is tested with the compiled check of its schema (the target's `test`), so that what a
// reader accepts is what the check accepts, by construction; a member whose schema is a
// declaration reading fast (or an array of them) is read by that declaration's reader instead, and
// a string of any value, an integer within bounds, one of a few strings or a boolean, is told by
// its kind alone (where the target reads it so: Java). Anything a reader does not decide at once
// (a member its schema refuses, a required member missing, a union's tag it does not know) leaves
// the whole value to the target's other path (the tree and the interpreter), which reports the
// errors of an invalid value as before.
//
// What reads fast:
// - an object declaration (that the target reads so: `readsObject`) whose schema, as the compiled
//   checks read it, is `type: object`, `properties` (exactly the class's), `required` (of those, or
//   of names without a schema, any JSON the class holds, where unknown members are not refused)
//   and `additionalProperties: false` or nothing else, or an `allOf` of such parts (through
//   `$ref`s; OpenAI's `Response`: "a base object, and these members too"; a member several parts
//   name is tested with each part's schema), every member's schema compiled;
// - a union (discriminated or not) whose schema is a oneOf or anyOf of its variants, each an
//   object declaration reading fast, told apart by members each variant requires with a constant
//   string, or one of a few, of its own (the discriminator's; without one, up to three levels:
//   OpenAI's conversation items, `type` then `role`). Without a discriminator, other variants may
//   be values that are never objects (a `type` other than object, constants that are not): an
//   object is then read by the object variants alone (by their tags, or as the one there is), any
//   other value by the other path (OpenAI's tool choices: a string, or one of several tagged
//   objects);
// - an alias of an array of what reads fast (a batch of events).

import type { Declaration, JsonValue, Model, ObjectDeclaration, TypeRef, UnionDeclaration } from '../../model/ir.js';
import { schemaUriAt, schemaUriOf } from '../../model/validation.js';
import { lookup } from './common.js';
import { Unsupported, has, isNullSchema, isObject, objectMembers, objectParts, onlyKeys, type Obj, type SchemaReach } from './schema-reach.js';

/** How an object's member is read: tested on its JSON by `test` (null: every value passes), or by a nested declaration's reader. */
export interface MemberPlan {
  readonly test: string | null;
  /** The declaration whose reader reads the member when it is an object, or each item of an array (`list`) of them. */
  readonly nested: { readonly id: string; readonly list: { readonly min: number; readonly max: number | null } | null } | null;
  /** Where the member's schema is a type alone, or an integer's bounds too: what its token is tested for directly. */
  readonly scalar: Scalar | null;
}

/** A string of any value; an integer a long holds within bounds; one of a few strings (a `const` or an `enum` of strings: a tag, a status); a boolean. */
export type Scalar =
  | { readonly kind: 'string' }
  | { readonly kind: 'integer'; readonly min: number | null; readonly max: number | null }
  | { readonly kind: 'strings'; readonly values: readonly string[] }
  | { readonly kind: 'boolean' };

export interface ObjectReaderPlan {
  readonly kind: 'object';
  /** By JSON name. */
  readonly members: ReadonlyMap<string, MemberPlan>;
  readonly required: readonly string[];
  readonly closed: boolean;
}

export interface UnionReaderPlan {
  readonly kind: 'union';
  /** The members whose string values name the variant; or, where one variant alone can be an object, that variant. */
  readonly tags: TagTree | number;
}

/** The variants an object can be, by the string value of its member `wire`: a variant (its index), or the tree telling apart those the value leaves. */
export interface TagTree {
  readonly wire: string;
  readonly cases: readonly { readonly tag: string; readonly next: number | TagTree }[];
}

/** An alias of an array of a declaration that reads fast, read as its items' reader reads them. */
export interface AliasReaderPlan {
  readonly kind: 'alias';
  readonly items: string;
  readonly min: number;
  readonly max: number | null;
}

export type ReaderPlan = ObjectReaderPlan | UnionReaderPlan | AliasReaderPlan;

/** A variant's tag is one string its schema requires, or one of at most this many (OpenAI's hosted tool choice: `file_search`, `web_search_preview`, ...). */
const MAX_TAGS_PER_VARIANT = 16;
/** At most this many members tell a union's variant (OpenAI's conversation items: `type`, then `role`). */
const MAX_TAG_LEVELS = 3;

/** What a target gives the planner. */
export interface ReaderSyntax {
  /** The compiled check of a schema on a member's value (null: every value passes), as the target's checks.ts writes it. */
  readonly test: (node: JsonValue) => string | null;
  /** The operator that joins two checks (`&&`, `and`). */
  readonly and: string;
  /** Whether the target reads this object declaration member by member (Java: not a class whose fields Jackson sets). */
  readonly readsObject: (d: ObjectDeclaration) => boolean;
}

/** A reader whose tests take more source than this is not written (a Java method holds 64 KB of code). */
const MAX_TEST_CHARS = 20_000;
/** An object's `allOf` parts are followed (through `$ref`s and nested `allOf`s) this deep at most. */
const MAX_PART_DEPTH = 16;

/**
 * An object's schema flattened: each member's schemas (one per part naming it), the members the
 * parts require, and whether unknown members are refused.
 */
interface ObjectLayout {
  readonly properties: ReadonlyMap<string, readonly JsonValue[]>;
  readonly required: readonly string[];
  readonly closed: boolean;
}

/**
 * The fast readers of the model's declarations, by id. `compiled`: the declarations whose
 * checks compiled (the target's checks.ts).
 */
export function planReaders(model: Model, reach: SchemaReach, compiled: ReadonlySet<string>, syntax: ReaderSyntax): Map<string, ReaderPlan> {
  const byId = new Map(model.declarations.map((d) => [d.id, d] as const));
  const nodeOf = (d: Declaration): Obj | null => {
    if (!compiled.has(d.id)) return null;
    try {
      const node = reach.declaration(schemaUriOf(model, d));
      return isObject(node) ? node : null;
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  };
  // Each declaration's schema where the registry holds it (what a member's `$ref` leads to).
  const located = (id: string): JsonValue | undefined => {
    const d = byId.get(id);
    return d === undefined ? undefined : reach.registry.locate(schemaUriOf(model, d));
  };
  // Objects first, each member's test written (a reader whose tests are too long is none), then
  // unions of them, then how each member reads (through a nested reader where its declaration has one).
  const shapes = new Map<string, Obj>();
  const layouts = new Map<string, ObjectLayout>();
  const tests = new Map<string, Map<string, string | null>>();
  for (const d of model.declarations) {
    const node = d.kind === 'object' ? nodeOf(d) : null;
    const layout = node === null || d.kind !== 'object' ? null : objectLayout(d, node, reach, syntax);
    if (node === null || layout === null || d.kind !== 'object') continue;
    // A member several parts name passes each one's check.
    const checks = new Map(d.properties.map((p) => [p.jsonName, conjunction(layout.properties.get(p.jsonName)!.map(syntax.test), syntax.and)] as const));
    if ([...checks.values()].reduce((n, check) => n + (check?.length ?? 0), 0) > MAX_TEST_CHARS) continue;
    shapes.set(d.id, node);
    layouts.set(d.id, layout);
    tests.set(d.id, checks);
  }
  const unions = new Map<string, UnionReaderPlan>();
  for (const d of model.declarations) {
    const node = d.kind === 'union' ? nodeOf(d) : null;
    const plan =
      node === null || d.kind !== 'union'
        ? null
        : unionPlan(model, d, node, reach, (id) => {
            const layout = layouts.get(id);
            return layout === undefined ? null : { node: shapes.get(id)!, flat: flatSchema(layout) };
          });
    if (plan !== null) unions.set(d.id, plan);
  }
  const reading = (type: TypeRef, schema: JsonValue): string | null => nestedReader(type, schema, reach, located, shapes, unions);
  const readers = new Map<string, ReaderPlan>();
  for (const [id, layout] of layouts) {
    const d = lookup(byId, id) as ObjectDeclaration;
    const members = new Map(
      d.properties.map((p) => {
        // From its token or through a nested reader only where one schema says what it is; else as its JSON, tested.
        const schemas = layout.properties.get(p.jsonName)!;
        const only = schemas.length === 1 ? schemas[0]! : null;
        const test = tests.get(id)!.get(p.jsonName)!;
        return [
          p.jsonName,
          { test, nested: only === null ? null : nestedPlan(p.type, only, reading), scalar: only === null ? null : scalarOf(only, reach) },
        ] as const;
      }),
    );
    readers.set(id, { kind: 'object', members, required: layout.required, closed: layout.closed });
  }
  for (const [id, plan] of unions) readers.set(id, plan);
  // Aliases of arrays of what reads fast (a batch of events).
  for (const d of model.declarations) {
    const node = d.kind === 'alias' ? nodeOf(d) : null;
    if (node === null || d.kind !== 'alias') continue;
    const nested = nestedPlan(d.type, node, reading);
    if (nested?.list) readers.set(d.id, { kind: 'alias', items: nested.id, ...nested.list });
  }
  return readers;
}

/**
 * An object's schema as its class's members and nothing more (see the module comment), flattened
 * across its `allOf` parts; null when it says more.
 */
function objectLayout(d: ObjectDeclaration, node: Obj, reach: SchemaReach, syntax: ReaderSyntax): ObjectLayout | null {
  if (!syntax.readsObject(d)) return null;
  const additional = node['additionalProperties'];
  if (additional !== undefined && additional !== false && additional !== true) return null;
  const closed = additional === false;
  if ((d.additional.kind === 'deny') !== closed) return null;
  // `additionalProperties` sees only its own schema's properties: no `allOf` beside it.
  const { additionalProperties: _additional, ...rest } = node;
  if (additional !== undefined && !onlyKeys(rest, ['type', 'properties', 'required'])) return null;
  const parts = objectParts(rest, (ref) => reach.target(ref), MAX_PART_DEPTH);
  if (parts === null) return null;
  const members = objectMembers(parts, closed);
  if (members === null) return null;
  const { properties, required } = members;
  if (properties.size !== d.properties.length || !d.properties.every((p) => properties.has(p.jsonName))) return null;
  return { properties, required, closed };
}

/** The checks of a member's schemas joined (null: every value passes each). */
function conjunction(checks: readonly (string | null)[], and: string): string | null {
  const made = checks.filter((check): check is string => check !== null);
  return made.length === 0 ? null : made.length === 1 ? made[0]! : made.map((check) => `(${check})`).join(` ${and} `);
}

/**
 * An object's layout as one schema's `properties` and `required`, for the tags that tell a
 * union's variants apart: a member several parts name is their `allOf` (never a constant).
 */
function flatSchema(layout: ObjectLayout): Obj {
  const properties = Object.create(null) as Record<string, JsonValue>; // member names are the schema's ("constructor")
  for (const [name, schemas] of layout.properties) properties[name] = schemas.length === 1 ? schemas[0]! : { allOf: [...schemas] };
  return { properties, required: [...layout.required] };
}

/** How a member of `type` (schema `schema`) reads through a nested reader, or null (its JSON, tested). */
function nestedPlan(type: TypeRef, schema: JsonValue, reading: (type: TypeRef, schema: JsonValue) => string | null): MemberPlan['nested'] {
  if (
    type.kind === 'array' &&
    !type.nullable &&
    isObject(schema) &&
    onlyKeys(schema, ['type', 'items', 'minItems', 'maxItems']) &&
    schema['type'] === 'array'
  ) {
    const id = has(schema, 'items') ? reading(type.items, schema['items']!) : null;
    const min = schema['minItems'] ?? 0;
    const max = schema['maxItems'] ?? null;
    const count = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
    if (type.items.nullable || id === null || !count(min) || (max !== null && !count(max))) return null;
    return { id, list: { min, max } };
  }
  const id = reading(type, schema);
  return id === null ? null : { id, list: null };
}

/**
 * The declaration whose reader reads an object value of `type` exactly as the schema checks it:
 * the schema is the declaration's (or a `$ref` to it), possibly `anyOf` it and `{"type":
 * "null"}` (an object never matches null), and the declaration reads fast.
 */
function nestedReader(
  type: TypeRef,
  schema: JsonValue,
  reach: SchemaReach,
  located: (id: string) => JsonValue | undefined,
  shapes: ReadonlyMap<string, Obj>,
  unions: ReadonlyMap<string, UnionReaderPlan>,
): string | null {
  if (type.kind !== 'ref' || !isObject(schema) || (!shapes.has(type.id) && !unions.has(type.id))) return null;
  const own = located(type.id);
  const names = (candidate: Obj): boolean => followed(candidate, reach) === own;
  const branches = schema['anyOf'];
  if (onlyKeys(schema, ['anyOf']) && Array.isArray(branches) && branches.length === 2) {
    const [a, b] = branches;
    if (isNullSchema(b) && isObject(a) && names(a)) return type.id;
    if (isNullSchema(a) && isObject(b) && names(b)) return type.id;
    return null;
  }
  return names(schema) ? type.id : null;
}

/** A union's reader (see the module comment), or null. */
function unionPlan(
  model: Model,
  d: UnionDeclaration,
  node: Obj,
  reach: SchemaReach,
  shapeOf: (id: string) => { readonly node: Obj; readonly flat: Obj } | null,
): UnionReaderPlan | null {
  if (d.nullable || !onlyKeys(node, ['type', 'oneOf', 'anyOf', 'discriminator'])) return null;
  if (has(node, 'type') && node['type'] !== 'object') return null;
  const branches = has(node, 'oneOf') === has(node, 'anyOf') ? null : (node['oneOf'] ?? node['anyOf']);
  if (!Array.isArray(branches) || branches.length !== d.variants.length) return null;
  // Each branch is its variant's schema (where the variant stands, or a `$ref` to it), an object
  // declaration reading fast; without a discriminator, a branch may instead be a value that is never an object.
  const objects: number[] = [];
  for (const [i, v] of d.variants.entries()) {
    const branch = branches[i];
    const shape = v.kind === 'ref' && !v.nullable && isObject(branch) ? shapeOf(v.id) : null;
    if (shape !== null && followed(branch!, reach) === shape.node) objects.push(i);
    else if (d.discriminator !== null || !neverObject(branch!, reach)) return null;
  }
  if (objects.length === 0) return null;
  // One variant alone can be an object: an object is that variant or no valid value.
  if (objects.length === 1 && d.discriminator === null) return { kind: 'union', tags: objects[0]! };
  // The member naming the variant: the discriminator's, else the one the registry finds telling the object branches apart.
  const wire = d.discriminator?.propertyName ?? reach.tagsAt(objects.map((i) => schemaUriAt(model, d.variantPointers[i]!)))?.wire;
  if (wire === undefined) return null;
  const shapes = d.variants.map((v, i) => (objects.includes(i) && v.kind === 'ref' ? shapeOf(v.id)!.flat : {}));
  // A discriminated union binds the variant its mapping names: the discriminator's tag alone tells them apart.
  const tags = tagTree(objects, shapes, wire, d.discriminator === null ? MAX_TAG_LEVELS : 1);
  if (tags === null) return null;
  // A discriminated union binds the first variant the mapping names for the tag: it must be this one.
  const discriminator = d.discriminator;
  if (
    discriminator !== null &&
    !tags.cases.every(({ tag, next }) => {
      const v = d.variants[next as number]!;
      return v.kind === 'ref' && discriminator.mapping.find((m) => m.value === tag)?.id === v.id;
    })
  )
    return null;
  return { kind: 'union', tags };
}

/** Whether no object passes a schema: its `type` (through `$ref`s) excludes objects, or its values (`const`, `enum`) are none. */
function neverObject(schema: JsonValue, reach: SchemaReach): boolean {
  const node = followed(schema, reach);
  if (!isObject(node)) return node === false;
  const type = node['type'];
  if (typeof type === 'string') return type !== 'object';
  if (Array.isArray(type)) return !type.includes('object');
  const values = has(node, 'const') ? [node['const']!] : Array.isArray(node['enum']) ? node['enum'] : null;
  return values !== null && values.every((value) => !isObject(value));
}

/**
 * How `variants` are told apart by the members their schemas require with a constant string, or
 * one of a few (`first`, then any other such member), at most `levels` deep: where every variant
 * requires the member, each value leaves those allowing it, and only those can hold an object
 * naming it. Null when they are not told apart so.
 */
function tagTree(variants: readonly number[], shapes: readonly Obj[], first: string | null, levels: number, used: readonly string[] = []): TagTree | null {
  if (levels === 0) return null;
  const candidates = first !== null ? [first] : [...new Set(variants.flatMap((i) => requiredConstants(shapes[i]!)))].filter((w) => !used.includes(w));
  for (const wire of candidates) {
    const byTag = new Map<string, number[]>();
    const tags = variants.map((i) => requiredStrings(shapes[i]!, wire));
    if (tags.some((t) => t === null)) continue;
    variants.forEach((i, k) => {
      for (const tag of tags[k]!) byTag.set(tag, [...(byTag.get(tag) ?? []), i]);
    });
    const cases: { tag: string; next: number | TagTree }[] = [];
    for (const [tag, left] of byTag) {
      const next = left.length === 1 ? left[0]! : tagTree(left, shapes, null, levels - 1, [...used, wire]);
      if (next === null) break;
      cases.push({ tag, next });
    }
    if (cases.length === byTag.size) return { wire, cases };
  }
  return null;
}

/** The members an object's schema requires with a constant string, or one of a few. */
function requiredConstants(node: Obj): string[] {
  const required = node['required'];
  return Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string' && requiredStrings(node, name) !== null) : [];
}

/** What a member's token is tested for directly: its schema (through `$ref`s) a `string` alone, or an `integer` with integral bounds a long holds. */
function scalarOf(schema: JsonValue, reach: SchemaReach): Scalar | null {
  const node = followed(schema, reach);
  if (!isObject(node)) return null;
  if (node['type'] === 'string' && onlyKeys(node, ['type'])) return { kind: 'string' };
  if (node['type'] === 'boolean' && onlyKeys(node, ['type'])) return { kind: 'boolean' };
  const strings = stringsOf(node);
  if (strings !== null) return { kind: 'strings', values: strings };
  const bound = (k: string): number | null | undefined => {
    const b = node[k];
    return b === undefined ? null : typeof b === 'number' && Number.isSafeInteger(b) ? b : undefined;
  };
  const [min, max] = [bound('minimum'), bound('maximum')];
  if (node['type'] !== 'integer' || !onlyKeys(node, ['type', 'minimum', 'maximum']) || min === undefined || max === undefined) return null;
  return { kind: 'integer', min, max };
}

/** A scalar's strings are at most this many (each is compared with the token's text in turn). */
const MAX_SCALAR_STRINGS = 32;

/** The strings a schema allows, where it is a `const` or an `enum` of strings alone (with `type: string` or none); else null. */
function stringsOf(node: Obj): readonly string[] | null {
  if (!onlyKeys(node, ['type', 'const', 'enum']) || (has(node, 'type') && node['type'] !== 'string') || has(node, 'const') === has(node, 'enum')) return null;
  const values = has(node, 'const') ? [node['const']] : node['enum'];
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_SCALAR_STRINGS || !values.every((v) => typeof v === 'string')) return null;
  return [...new Set(values as string[])];
}

/** A schema with its `$ref`-only nodes followed to what they name (at most 16). */
function followed(schema: JsonValue, reach: SchemaReach): JsonValue {
  let node = schema;
  for (let depth = 0; isObject(node) && onlyKeys(node, ['$ref']) && has(node, '$ref') && depth < 16; depth++) node = reach.target(node);
  return node;
}

/** The strings an object's schema requires member `wire` to be one of (`const`, or an `enum` of a few), or null. */
function requiredStrings(node: Obj, wire: string): readonly string[] | null {
  const required = node['required'];
  const schema = isObject(node['properties']) ? node['properties'][wire] : undefined;
  if (!Array.isArray(required) || !required.includes(wire) || !isObject(schema) || !onlyKeys(schema, ['type', 'const', 'enum'])) return null;
  if (has(schema, 'type') && schema['type'] !== 'string') return null;
  const values = has(schema, 'const') ? (has(schema, 'enum') ? null : [schema['const']]) : schema['enum'];
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_TAGS_PER_VARIANT || !values.every((v) => typeof v === 'string')) return null;
  return [...new Set(values as string[])];
}
