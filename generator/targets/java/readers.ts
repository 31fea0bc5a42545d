// Fast readers: a deserializer's `readFast` reads its model straight from Jackson's tokens, with
// no tree of the whole value, and checks it as it goes, so the model it returns is valid already
// (its validate() returns at once). Without one, the deserializer reads the value into a JsonValue
// tree, binds from the tree, and validate() runs the compiled check over it.
//
// An object's reader is the compiled check of its declaration taken member by member, run by the
// runtime (BaseDeserializer.readObject) from a table this module writes (FastReads.Shape): each
// member's JSON, read as the tree would hold it, is tested with the compiled check of the member's
// schema (checks.ts writes it: the class's memberAccepts) and bound by the deserializer's own
// conversion, so that what it accepts, and the model it builds, are the tree path's by
// construction. Some members read straight from their token, where the tree would bind the same: a
// member whose schema is a declaration with a fast reader of its own (or an array of them) through
// that reader (memberReader), with no tree at all; a string of any value (the text); an integer
// within bounds a long holds (Jackson's long). Anything a reader does not decide at once (a member
// its schema refuses, a required member missing, a name written twice, a union's tag it does not
// know) aborts it (the runtime's FastReads): the deserializer reads the whole value again, from its
// first token, as a tree, as without a fast reader, so an invalid value gets the interpreter's
// errors as before.
//
// What reads fast:
// - an object declaration (not read into fields: limits.ts) whose schema, as the compiled checks
//   read it, is `type: object`, `properties` (exactly the class's), `required` (of those, or of
//   names without a schema, any JSON the class holds, where unknown members are not refused) and
//   `additionalProperties: false` or nothing else, or an `allOf` of such parts (through `$ref`s;
//   OpenAI's `Response`: "a base object, and these members too"; a member several parts name is
//   tested with each part's schema, as its JSON), every member's schema compiled;
// - a union (discriminated or not) whose schema is a oneOf or anyOf of its variants, each an
//   object declaration reading fast, told apart by members each variant requires with a constant
//   string, or one of a few, of its own (the discriminator's; without one, up to three levels:
//   OpenAI's conversation items, `type` then `role`); the members read before the tags are handed
//   to the variant's reader (FastReads.Members). Without a discriminator, other variants may be
//   values that are never objects (a `type` other than object, constants that are not): an object
//   is then read by the object variants alone (by their tags, or as the one there is), any other
//   value by the tree (OpenAI's tool choices: a string, or one of several tagged objects);
// - an alias of an array of what reads fast (a batch of events).

import type { Declaration, JsonValue, Model, ObjectDeclaration, TypeRef, UnionDeclaration } from '../../model/ir.js';
import { schemaUriAt, schemaUriOf } from '../../model/validation.js';
import { lookup } from '../shared/common.js';
import { Unsupported, has, isNullSchema, isObject, objectMembers, objectParts, onlyKeys, type Obj, type SchemaReach } from '../shared/schema-reach.js';
import { setsFields } from './limits.js';
import { javaString } from './literals.js';

/** How an object's member is read: tested on its JSON by `test` (null: every value passes), or by a nested declaration's reader. */
export interface MemberPlan {
  readonly test: string | null;
  /** The declaration whose reader reads the member when it is an object, or each item of an array (`list`) of them. */
  readonly nested: { readonly id: string; readonly list: { readonly min: number; readonly max: number | null } | null } | null;
  /** Where the member's schema is a type alone, or an integer's bounds too: what its token is tested for directly. */
  readonly scalar: Scalar | null;
}

/** A string of any value, or an integer a long holds within bounds. */
export type Scalar = { readonly kind: 'string' } | { readonly kind: 'integer'; readonly min: number | null; readonly max: number | null };

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

/** At most this many tags are compared one by one; more are looked up by a string switch. */
const COMPARED_TAGS = 8;
/** A variant's tag is one string its schema requires, or one of at most this many (OpenAI's hosted tool choice: `file_search`, `web_search_preview`, ...). */
const MAX_TAGS_PER_VARIANT = 16;
/** At most this many members tell a union's variant (OpenAI's conversation items: `type`, then `role`). */
const MAX_TAG_LEVELS = 3;

/** The compiled check of a schema on the value in variable `v` (null: every value passes), as checks.ts writes it. */
export type MemberTest = (node: JsonValue, v: string) => string | null;

/** The variable a member's test reads. */
export const MEMBER_JSON = 'json';
/** A reader whose tests take more source than this is not written (a method holds 64 KB of code). */
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
 * checks compiled (checks.ts); `test` writes a member's check.
 */
export function planReaders(model: Model, reach: SchemaReach, compiled: ReadonlySet<string>, test: MemberTest): Map<string, ReaderPlan> {
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
    const layout = node === null || d.kind !== 'object' ? null : objectLayout(d, node, reach);
    if (node === null || layout === null || d.kind !== 'object') continue;
    // A member several parts name passes each one's check.
    const checks = new Map(
      d.properties.map((p) => [p.jsonName, conjunction(layout.properties.get(p.jsonName)!.map((schema) => test(schema, MEMBER_JSON)))] as const),
    );
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
function objectLayout(d: ObjectDeclaration, node: Obj, reach: SchemaReach): ObjectLayout | null {
  if (setsFields(d)) return null;
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
function conjunction(checks: readonly (string | null)[]): string | null {
  const made = checks.filter((check): check is string => check !== null);
  return made.length === 0 ? null : made.length === 1 ? made[0]! : made.map((check) => `(${check})`).join(' && ');
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
  const bound = (k: string): number | null | undefined => {
    const b = node[k];
    return b === undefined ? null : typeof b === 'number' && Number.isSafeInteger(b) ? b : undefined;
  };
  const [min, max] = [bound('minimum'), bound('maximum')];
  if (node['type'] !== 'integer' || !onlyKeys(node, ['type', 'minimum', 'maximum']) || min === undefined || max === undefined) return null;
  return { kind: 'integer', min, max };
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

/**
 * An object declaration's reader (class `type`; `names`: the properties' JSON names in the order
 * its deserializer reads them, `fields` their fields' types; `readerOf`: the class of a
 * declaration whose reader reads a member), as lines of its Deserializer's body: the runtime's
 * BaseDeserializer.readObject reads it, told by a FastReads.Shape how each member reads (straight
 * from its token where that is what it takes: a nested reader's object or array, any string for a
 * string member, an integer within bounds; else as its JSON, tested by memberAccepts).
 */
export function objectReaderLines(
  plan: ObjectReaderPlan,
  type: string,
  names: readonly string[],
  fields: readonly string[],
  readerOf: (id: string) => string,
): string[] {
  const index = new Map(names.map((name, i) => [name, i] as const));
  const bounds: string[] = [];
  const long = (n: number | null, none: string): string => (n === null ? none : `${n}L`);
  const kinds = names.map((name, i) => {
    const m = plan.members.get(name)!;
    if (m.nested !== null) {
      const list = m.nested.list;
      if (list !== null && (list.min > 0 || list.max !== null)) bounds.push(`.bounds(${i}, ${list.min}L, ${long(list.max, 'Long.MAX_VALUE')})`);
      return list === null ? 'o' : 'a';
    }
    if (m.scalar?.kind === 'string' && fields[i] === 'JsonField<String>') return 's';
    if (m.scalar?.kind === 'integer' && fields[i] === 'JsonField<Long>') {
      if (m.scalar.min !== null || m.scalar.max !== null)
        bounds.push(`.bounds(${i}, ${long(m.scalar.min, 'Long.MIN_VALUE')}, ${long(m.scalar.max, 'Long.MAX_VALUE')})`);
      return 'i';
    }
    return 'j';
  });
  const required = plan.required.map((name) => index.get(name)!);
  // A string's and an integer's test the runtime makes itself (its schema is the type, and the bounds, alone).
  const tests = names.flatMap((name, i) => {
    const test = plan.members.get(name)!.test;
    return test === null || kinds[i] === 's' || kinds[i] === 'i' ? [] : [`        case ${i}:`, `            return ${test};`];
  });
  // Members read by the same declaration's reader share a case.
  const readers = new Map<string, number[]>();
  names.forEach((name, i) => {
    const nested = plan.members.get(name)!.nested;
    if (nested !== null) readers.set(nested.id, [...(readers.get(nested.id) ?? []), i]);
  });
  return [
    'static final Deserializer READER = new Deserializer();',
    `private static final FastReads.Shape SHAPE = FastReads.Shape.of(${javaString(kinds.join(''))}, new int[] {${required.join(', ')}}, ${plan.closed})${bounds.join('')};`,
    '',
    ...readerHead(type),
    `    ${type} read = new ${type}(readObject(p, members, SHAPE));`,
    '    read.validated = true;',
    '    return read;',
    '}',
    ...(tests.length === 0
      ? []
      : [
          '',
          '@Override',
          `protected boolean memberAccepts(int i, JsonValue ${MEMBER_JSON}) {`,
          '    switch (i) {',
          ...tests,
          '        default:',
          '            return true;',
          '    }',
          '}',
        ]),
    ...(readers.size === 0
      ? []
      : [
          '',
          '@Override',
          'protected BaseDeserializer<?> memberReader(int i) {',
          '    switch (i) {',
          ...[...readers].flatMap(([id, members]) => [...members.map((i) => `        case ${i}:`), `            return ${readerOf(id)}.Deserializer.READER;`]),
          '        default:',
          '            return super.memberReader(i);',
          '    }',
          '}',
        ]),
  ];
}

/** A reader's declaration (its body follows): the deserializer's readsFast() (the token its values start with) and readFast()'s signature. */
function readerHead(type: string, start: 'START_OBJECT' | 'START_ARRAY' = 'START_OBJECT'): string[] {
  return [
    '@Override',
    `protected JsonToken readsFast() {`,
    `    return JsonToken.${start};`,
    '}',
    '',
    '@Override',
    `protected ${type} readFast(JsonParser p, FastReads.Members members) throws IOException {`,
  ];
}

/** A union's reader (class `type`; `variantClass`: each variant's class), as lines of its Deserializer's body. */
export function unionReaderLines(plan: UnionReaderPlan, type: string, variantClass: (i: number) => string): string[] {
  if (typeof plan.tags === 'number') {
    // The one variant that can be an object reads it.
    return [
      'static final Deserializer READER = new Deserializer();',
      '',
      ...readerHead(type),
      `    ${type} union = new ${type}(${plan.tags}, ${variantClass(plan.tags)}.Deserializer.READER.readFast(p, members), null, null);`,
      '    union.validated = true;',
      '    union.readFast = true;',
      '    return union;',
      '}',
    ];
  }
  const wires: string[] = [];
  const collect = (tree: TagTree): void => {
    if (!wires.includes(tree.wire)) wires.push(tree.wire);
    for (const { next } of tree.cases) if (typeof next !== 'number') collect(next);
  };
  const tags = plan.tags;
  collect(tags);
  const variants = new Set<number>();
  // The statements deciding the variant from the tags read so far (returning -1 while one is missing).
  // A few tags are compared one by one (a string switch hashes the tag, a new String each value).
  const decide = (tree: TagTree, depth: number): string[] => {
    const tag = `tag${depth}`;
    const cases = tree.cases.map(({ tag: value, next }) => {
      if (typeof next === 'number') variants.add(next);
      return { value, body: typeof next === 'number' ? [`return ${next};`] : decide(next, depth + 1) };
    });
    return [
      `String ${tag} = read.text(${javaString(tree.wire)});`,
      `if (${tag} == null) {`,
      '    return -1;',
      '}',
      ...(cases.length <= COMPARED_TAGS
        ? [
            ...cases.flatMap(({ value, body }) => [`if (${tag}.equals(${javaString(value)})) {`, ...body.map((l) => `    ${l}`), '}']),
            'throw FastReads.abort();',
          ]
        : [
            `switch (${tag}) {`,
            ...cases.flatMap(({ value, body }) =>
              body.length === 1
                ? [`    case ${javaString(value)}:`, `        ${body[0]!}`]
                : [`    case ${javaString(value)}: {`, ...body.map((l) => `        ${l}`), '    }'],
            ),
            '    default:',
            '        throw FastReads.abort();',
            '}',
          ]),
    ];
  };
  const decision = decide(tags, 0);
  return [
    'static final Deserializer READER = new Deserializer();',
    '',
    ...readerHead(type),
    '    if (members != null) {',
    '        throw FastReads.abort();',
    '    }',
    '    FastReads.Members read = null;',
    '    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {',
    '        read = FastReads.Members.add(read, name, FastReads.value(p, p.nextToken()));',
    `        if (${wires.map((w) => `name.equals(${javaString(w)})`).join(' || ')}) {`,
    '            int variant = variantOf(read);',
    '            if (variant >= 0) {',
    '                return readVariant(variant, p, read);',
    '            }',
    '        }',
    '    }',
    '    throw FastReads.abort();',
    '}',
    '',
    '/** The variant the tags read so far name, -1 while one is missing; aborts on a tag no variant names. */',
    'private static int variantOf(FastReads.Members read) {',
    ...decision.map((l) => `    ${l}`),
    '}',
    '',
    `private static ${type} readVariant(int variant, JsonParser p, FastReads.Members read) throws IOException {`,
    '    Object value;',
    '    switch (variant) {',
    ...[...variants]
      .sort((a, b) => a - b)
      .flatMap((i) => [`        case ${i}:`, `            value = ${variantClass(i)}.Deserializer.READER.readFast(p, read);`, '            break;']),
    '        default:',
    '            throw FastReads.abort();',
    '    }',
    `    ${type} union = new ${type}(variant, value, null, null);`,
    '    union.validated = true;',
    '    union.readFast = true;',
    '    return union;',
    '}',
  ];
}

/** An alias's reader (class `type`; `itemClass`: its items' class), as lines of its Deserializer's body. */
export function aliasReaderLines(plan: AliasReaderPlan, type: string, itemClass: string): string[] {
  return [
    'static final Deserializer READER = new Deserializer();',
    '',
    ...readerHead(type, 'START_ARRAY'),
    '    if (members != null) {',
    '        throw FastReads.abort();',
    '    }',
    `    ${type} read = new ${type}(JsonField.of(readItems(p, ${itemClass}.Deserializer.READER, ${plan.min}L, ${plan.max === null ? 'Long.MAX_VALUE' : `${plan.max}L`})), null);`,
    '    read.validated = true;',
    '    return read;',
    '}',
  ];
}

/** Lines as a nested class's body holds them (two levels in; an empty line stays empty). */
export function indentedLines(lines: readonly string[]): string[] {
  return lines.map((l) => (l === '' ? '' : `        ${l}`));
}
