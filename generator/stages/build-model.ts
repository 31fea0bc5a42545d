// build-model: resolved schema document -> neutral model (IR).
// Takes what resolve returned (the root load accepted, its "$defs" and every "$ref" decoded);
// returns the Model. Pure: no I/O, no target knowledge, no checks of examples or defaults (the
// check stage's). Inline objects, enums and unions are hoisted into named declarations so every
// target can give them a type of their own.

import { SchemaError, joinPointer, quoted, unescapePointerToken } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { JsonValue, Model, TypeRef } from '../model/ir.js';
import { distinctNames, nameKey, pascalCase, splitWords } from '../model/naming.js';
import type { Reference, ResolvedSchema } from './resolve.js';
import { keepAccepted, literalOf } from './build-model-literals.js';
import { buildObject, hoists, objectParts, valuesOf } from './build-model-objects.js';
import { buildEnum, buildTypeUnion, buildUnion, enumFromSchema, enumKinds, settleUnionModes } from './build-model-unions.js';
import { documentUri, validationSchema } from './validation-schema.js';
import { isBuiltInMetaSchema } from './meta-schemas.js';
import {
  ANNOTATIONS,
  ANY,
  ModelBuilder,
  codegenOf,
  defWords,
  docOf,
  examplesOf,
  isAnySchema,
  jsonTypeOf,
  num,
  numberConstraints,
  stringConstraints,
  stringOrNull,
  typeList,
} from './build-model-base.js';

/**
 * More declarations than this is refused: bounded time and memory for every target. Time and
 * memory grow linearly (npm run bench -- --scale: 20,000 events, ~20,000 definitions, generate in
 * about 10x the time of 2,000); Microsoft Graph's OpenAPI document, 32,150 definitions once its
 * operations' inline schemas are named, generates in 33 s and 1.1 GB (2026-12-04). 100,000 leaves
 * room for the larger specs (Graph's beta) at a few GB.
 */
export const MAX_DECLARATIONS = 100_000;

export function buildModel(schema: ResolvedSchema, source: string): Model {
  return buildModelNoting(schema, source).model;
}

/**
 * The model, and the pointers of the schemas it types wider than they are (see
 * ModelBuilder.widened), which the check stage needs. `validation: false` leaves out the runtime
 * validators' documents (model.validation keeps only the root's URI): a model only compared with
 * another (schema-codegen diff) renders nothing, and the documents are a tenth of its build.
 */
export function buildModelNoting(
  schema: ResolvedSchema,
  source: string,
  { validation = true }: { readonly validation?: boolean } = {},
): { model: Model; widened: ReadonlySet<string>; mistakes: readonly SchemaError[] } {
  const builder = new ModelBuilder(schema, typeOf);
  const { root, defs } = schema;
  const count = Object.keys(defs).length;
  if (count > MAX_DECLARATIONS) {
    throw new SchemaError(
      `"$defs" has ${count} definitions; at most ${MAX_DECLARATIONS} are supported`,
      '/$defs',
      'split the schema into several files and generate each on its own',
    );
  }
  // The root is a declaration (a boolean root, one with nothing at all, typed as any value), so
  // that its validator exists; except an object root holding only "$defs" entries and
  // annotations, which is a container and declares nothing itself (hasValidation).
  // The standard meta-schemas a reference names (stages/meta-schemas.ts) are schemas of schemas:
  // any JSON value is the type of what they accept, so they declare nothing, however many
  // subschemas they hold. Nor does an entry that is itself a container (a file a reference names
  // that holds only "definitions", bundled here): what it holds is typed where a reference names it.
  for (const [name, schema] of Object.entries(defs)) {
    if (!isObject(schema)) continue;
    if (typeof schema['$id'] === 'string' && isBuiltInMetaSchema(schema['$id'])) builder.metaSchemas.add(name);
    if (builder.metaSchemas.has(name) || isContainer(schema)) builder.undeclared.add(name);
  }
  const rootObject = isObject(root) ? root : {};
  const container = !hasValidation(rootObject) && Object.keys(defs).some((name) => !builder.undeclared.has(name) || isContainer(defs[name] as JsonObject));
  const rootName = typeof root === 'boolean' || !container ? rootNameOf(rootObject, source) : null;
  builder.rootDeclared = rootName !== null;
  builder.rootWords = rootName?.words ?? null;
  builder.rootUri = documentUri(root, source);
  const defNames = reserveSchemaNames(builder, rootName === null ? null : rootObject, rootName?.words ?? null, defs);
  if (rootName !== null) declare(builder, root, '', rootName.name, rootName.words, false);
  for (const [name, schema] of Object.entries(defs)) {
    if (builder.undeclared.has(name)) continue;
    const pointer = joinPointer('/$defs', name);
    declare(builder, schema, pointer, name, defNames.get(name) ?? defWords(name), false);
  }
  builder.sortBySlot();
  settleUnionModes(builder);
  const model: Model = {
    source,
    title: stringOrNull(rootObject['title']),
    description: stringOrNull(rootObject['description']),
    declarations: builder.declarations,
    validation: validation ? validationSchema(root, source, builder.typeSchemas) : { rootUri: builder.rootUri, documents: [], patterns: [] },
  };
  return { model, widened: builder.widened, mistakes: builder.mistakes };
}

/**
 * Reserves the names the schema gives its declarations (the root's, each "$defs" entry's, and
 * their x-codegen names in every target) before anything is built, so that the names build-model
 * makes (ModelBuilder.distinctWords) yield to them wherever they stand. Returns the words of each
 * entry whose name is spelled like the root's or an earlier entry's in identifiers (nameKey:
 * AWS's "ResourceArn" and "ResourceARN", "FileDTO" and "FileDto"): every target would give both
 * one type (and one file, on a file system that ignores case), so the later takes the first
 * number from 2 up that no given name spells ("ResourceArn2"), alike in every target, with a
 * warning (a vendor's slip as far as generated code goes; --strict refuses it).
 */
function reserveSchemaNames(
  builder: ModelBuilder,
  root: JsonObject | null,
  rootWords: readonly string[] | null,
  defs: Readonly<Record<string, JsonValue>>,
): ReadonlyMap<string, string[]> {
  const reserveExplicit = (s: JsonValue | undefined): void => {
    if (!isObject(s)) return;
    for (const options of Object.values(codegenOf(s))) if (isObject(options) && typeof options['name'] === 'string') builder.reserveName(options['name']);
  };
  if (rootWords !== null) builder.reserveWords(rootWords);
  reserveExplicit(root ?? undefined);
  const named = Object.keys(defs).filter((name) => !builder.undeclared.has(name));
  const given = named.map(defWords);
  const taken = new Set(rootWords === null ? [] : [nameKey(rootWords)]);
  const distinct = distinctNames(
    given.map((w) => w.join(' ')),
    (spelled, n) => `${spelled} ${n}`,
    (spelled) => nameKey(spelled.split(' ')),
    taken,
  ).map((spelled) => spelled.split(' '));
  const words = new Map<string, string[]>();
  // The first name of each key: this name itself when it is spelled as the root's.
  const firstOf = new Map<string, string>();
  named.forEach((name, i) => {
    const key = nameKey(given[i]!);
    if (!firstOf.has(key)) firstOf.set(key, name);
    const own = distinct[i]!;
    builder.reserveWords(own);
    reserveExplicit(defs[name]);
    if (own.length === given[i]!.length) return; // kept (a numbered name has one word more)
    words.set(name, own);
    const first = firstOf.get(key)!;
    builder.mistake(
      new SchemaError(
        `${first === name ? 'the root schema and the schema' : `the schemas ${quoted(first)} and`} ${quoted(name)} are spelled alike as identifiers (${quoted(pascalCase(given[i]!))}; file names compare ignoring case): the later is named ${quoted(pascalCase(own))}`,
        joinPointer('/$defs', name),
        `rename one of them, or give one a name of its own with "x-codegen": {"<target>": {"name": "..."}}`,
      ),
    );
  });
  return words;
}

// Keys that say nothing about which values are valid: a root holding only these is a container of
// "$defs" (as the canonical schema is) and declares nothing itself.
const ROOT_CONTAINER_KEYS = ANNOTATIONS;

/** A schema holding only "$defs" entries (at least one) and annotations: it declares nothing itself. */
function isContainer(schema: JsonObject): boolean {
  return !hasValidation(schema) && isObject(schema['$defs']) && Object.keys(schema['$defs']).length > 0;
}

function hasValidation(root: JsonObject): boolean {
  return Object.keys(root).some((k) => !ROOT_CONTAINER_KEYS.has(k) && !k.startsWith('x-'));
}

/** The root declaration's name: its "title", else the schema file's name, else an x-codegen name. */
function rootNameOf(root: JsonObject, source: string): { name: string; words: string[] } {
  const file = (source.split('/').pop() ?? '').replace(/\.json$/i, '').replace(/\.schema$/i, '');
  const codegen = Object.values(codegenOf(root)).map((o) => o['name']);
  const candidates = [root['title'], file, ...codegen].filter((c): c is string => typeof c === 'string');
  for (const name of candidates) {
    const words = splitWords(name);
    if (words.length > 0) return { name, words };
  }
  throw new SchemaError(
    'the schema root is a declaration (it is not a container of "$defs" only), but neither its "title" nor the file name gives it a name',
    '',
    'add a "title" with letters or digits at the root',
  );
}

/** Makes `schema` a declaration of its own (a $defs entry, or an inline schema being hoisted). */
export function declare(builder: ModelBuilder, schema: JsonValue, pointer: string, schemaName: string, words: string[], hoisted: boolean): TypeRef {
  const s = isObject(schema) ? schema : {};
  const base = { id: pointer, schemaName, words, doc: docOf(s), examples: examplesOf(s), codegen: codegenOf(s), hoisted, slot: builder.beginSlot() };
  if (isObject(schema) && schema['$dynamicRef'] === undefined) {
    if (schema['$ref'] === undefined) {
      builder.widenIfNarrowed(s, pointer);
      if (s['oneOf'] !== undefined || s['anyOf'] !== undefined) return buildUnion(builder, s, base);
      if (s['enum'] !== undefined) return buildEnum(builder, s, base);
    }
    const types = builder.splitsTypes(s, pointer);
    if (types !== null) return buildTypeUnion(builder, s, types, base);
    const parts = objectParts(builder, s, pointer, words);
    if (parts !== null) {
      // Composed of several schemas: the parts' keywords the model does not hold narrow it too.
      if (parts.length > 1) builder.widen(pointer);
      return buildObject(builder, s, parts, base);
    }
  }
  const { slot, ...rest } = base;
  return builder.add({ ...rest, kind: 'alias', type: typeOf(builder, schema, pointer, words) }, slot);
}

/** The type of a schema standing inside another; inline objects, enums and unions are hoisted. */
export function typeOf(builder: ModelBuilder, schema: JsonValue, pointer: string, words: string[]): TypeRef {
  if (schema === true || isAnySchema(schema)) return ANY;
  if (!isObject(schema)) {
    // false: no value is valid. The model has no empty type; any value is the type that holds
    // every valid one (there are none), and the validator refuses every value.
    builder.widen(pointer);
    return ANY;
  }
  const s = schema;
  builder.widenIfNarrowed(s, pointer);
  const reference = builder.reference(s);
  if (reference !== undefined) {
    // Keywords beside "$ref" narrow what it names: its type holds every valid value. (A
    // "$dynamicRef" is a reference only where it names one schema wherever it is met: resolve.ts.)
    if (Object.keys(s).some((k) => k !== '$ref' && k !== '$dynamicRef' && !ANNOTATIONS.has(k) && !k.startsWith('x-'))) builder.widen(pointer);
    const id = builder.declarationOf(reference);
    if (id !== null) return { kind: 'ref', id, nullable: false };
    return referencedInline(builder, reference, pointer);
  }
  if (s['$dynamicRef'] !== undefined) {
    builder.widen(pointer); // it names a schema only validation finds (the dynamic scope)
    return ANY;
  }
  if (hoists(builder, s, pointer)) {
    const single =
      s['enum'] !== undefined && s['oneOf'] === undefined && s['anyOf'] === undefined && enumKinds(builder, s, pointer) === null
        ? enumFromSchema(builder, s, pointer)
        : null;
    if (single !== null && single.kind !== 'enum') return single;
    return hoist(builder, s, pointer, words);
  }
  if (s['const'] !== undefined) return constOf(builder, s, pointer);
  return primitiveOf(builder, s, pointer, words, typeList(s).includes('null'));
}

/**
 * The type of a schema a reference names that is no declaration: one inside another
 * ("#/$defs/A/properties/b"), an anchor's, an embedded resource's. It is typed where it stands, as
 * if it stood at the reference (an object, enum or union is declared once, there, named from its
 * pointer). A standard meta-schema's insides, the root that declares nothing, and a reference met
 * again while its schema is being typed are any value.
 */
function referencedInline(builder: ModelBuilder, reference: Reference, pointer: string): TypeRef {
  const owner = /^\/\$defs\/([^/]*)/.exec(reference.pointer);
  const name = owner === null ? null : unescapePointerToken(owner[1]!);
  const typeable = reference.pointer !== '' && (name === null || !builder.metaSchemas.has(name)) && !builder.typingReferences.has(reference.pointer);
  if (!typeable) {
    if (!isAnySchema(reference.target)) builder.widen(pointer);
    return ANY;
  }
  builder.typingReferences.add(reference.pointer);
  try {
    return typeOf(builder, reference.target, reference.pointer, pointerWords(reference.pointer));
  } finally {
    builder.typingReferences.delete(reference.pointer);
  }
}

/** Subschema keywords a name made from a pointer leaves out, or says as a word of its own. */
const POINTER_WORDS: Readonly<Record<string, string | null>> = {
  $defs: null,
  definitions: null,
  properties: null,
  patternProperties: null,
  dependentSchemas: null,
  allOf: null,
  anyOf: null,
  oneOf: null,
  prefixItems: 'item',
  items: 'item',
  additionalProperties: 'value',
};

/** Words naming the schema at a pointer: "/$defs/A/properties/b/items" -> a, b, item. */
function pointerWords(pointer: string): string[] {
  const words = pointer
    .split('/')
    .slice(1)
    .map(unescapePointerToken)
    .flatMap((token) => (Object.hasOwn(POINTER_WORDS, token) ? (POINTER_WORDS[token] === null ? [] : [POINTER_WORDS[token]!]) : splitWords(token)));
  return words.length === 0 ? ['schema'] : words;
}

/** Declares an inline schema where it stands, once however many objects hold it (see ModelBuilder.inlineTypes). */
function hoist(builder: ModelBuilder, s: JsonObject, pointer: string, words: string[]): TypeRef {
  const known = builder.inlineTypes.get(pointer);
  if (known === 'building') {
    // Reached again while it is being built (an object composing the schema that holds it): its
    // type is not known yet, and any value holds every valid one.
    builder.widen(pointer);
    return ANY;
  }
  if (known !== undefined) return known;
  builder.inlineTypes.set(pointer, 'building');
  const distinct = builder.distinctWords(words);
  const type = declare(builder, s, pointer, pascalCase(distinct), distinct, true);
  builder.inlineTypes.set(pointer, type);
  return type;
}

function primitiveOf(builder: ModelBuilder, s: JsonObject, pointer: string, words: string[], nullable: boolean): TypeRef {
  const types = typeList(s).filter((t) => t !== 'null');
  const type = types[0];
  if (types.length !== 1 || type === undefined) {
    if (types.length === 0 && typeList(s).includes('null')) return { kind: 'null', nullable: true };
    // No "type" (its keywords apply to the values of their own type, every other value passes),
    // or several: any value for now (a union of the types is issue 18's).
    builder.widen(pointer);
    return ANY;
  }
  // Keywords of other types do not apply to this one (the specification ignores them).
  switch (type) {
    case 'string':
      return {
        kind: 'string',
        nullable,
        constraints: stringConstraints(s),
      };
    case 'integer':
    case 'number':
      return { kind: type, nullable, constraints: numberConstraints(s) };
    case 'boolean':
      return { kind: 'boolean', nullable };
    case 'array':
      if (Array.isArray(s['prefixItems'])) return tupleOf(builder, s, s['prefixItems'], pointer, words, nullable);
      return {
        kind: 'array',
        nullable,
        items: s['items'] === undefined ? ANY : typeOf(builder, s['items'], joinPointer(pointer, 'items'), [...words, 'item']),
        minItems: num(s, 'minItems'),
        maxItems: num(s, 'maxItems'),
      };
    default:
      return { kind: 'map', nullable, values: valuesOf(builder, s, pointer, [...words, 'value']) };
  }
}

/**
 * An array with "prefixItems": the type at each position and of the items after them ("items";
 * none when it is false). `items`, for the targets that cannot spell a tuple, is the one type
 * they all share, else any value.
 */
function tupleOf(builder: ModelBuilder, s: JsonObject, prefix: JsonValue[], pointer: string, words: string[], nullable: boolean): TypeRef {
  // Position i's words: "item" and its ordinal (once: the items of an array of tuples are "item" already).
  const itemWords = words[words.length - 1] === 'item' ? words : [...words, 'item'];
  const items = prefix.map((item, i) => typeOf(builder, item, joinPointer(pointer, 'prefixItems', i), [...itemWords, String(i + 1)]));
  const rest = s['items'] === false ? null : s['items'] === undefined ? ANY : typeOf(builder, s['items'], joinPointer(pointer, 'items'), [...words, 'item']);
  const all = rest === null ? items : [...items, rest];
  const shared = all.length > 0 && all.every((t) => JSON.stringify(t) === JSON.stringify(all[0])) ? all[0]! : ANY;
  return { kind: 'array', nullable, items: shared, minItems: num(s, 'minItems'), maxItems: num(s, 'maxItems'), tuple: { items, rest } };
}

// A const never admits null, whatever "type" says: null is not equal to the const.
function constOf(builder: ModelBuilder, s: JsonObject, pointer: string): TypeRef {
  const value = s['const'];
  const valueType = jsonTypeOf(value);
  if (value === null) return { kind: 'null', nullable: true };
  const declared = typeList(s).filter((t) => t !== 'null');
  const agrees = declared.length === 0 || declared.some((t) => t === valueType || (t === 'number' && valueType === 'integer'));
  // An object or array const is a literal. A const "type" or its siblings reject: no value is
  // valid, which the model types as any value (as the false schema).
  if (typeof value === 'object' && agrees) return literalOf(builder, s, [value], false, pointer);
  if (typeof value === 'object' || !agrees || keepAccepted(s, [value as string | number | boolean], pointer, 'const').length === 0) {
    builder.widen(pointer);
    return ANY;
  }
  return { kind: 'const', nullable: false, value: value as string | number | boolean };
}
