// build-model, the shared base: the builder that collects declarations and the small helpers
// both build-model and build-model-unions use. Imports go one way: build-model and
// build-model-unions import this module, never the other way round.

import { SchemaError, joinPointer } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { CodegenOptions, Declaration, Doc, JsonValue, NumberConstraints, StringConstraints, TypeRef } from '../model/ir.js';
import { nameKey, pascalCase, shortMadeWords, splitWords } from '../model/naming.js';
import { referenceTo } from './validation-schema.js';
import type { Reference, ResolvedSchema } from './resolve.js';

/** Collects declarations in a stable order: $defs order, each followed by what it hoisted. */
export class ModelBuilder {
  readonly declarations: Declaration[] = [];
  /**
   * The pointers of the schemas whose model type is wider than the schema: keywords that only
   * narrow (allOf, not, ...) or constructs typed as any value for now. The typing rule holds
   * (every valid value has the type); the runtime validators narrow. The check stage does not
   * claim to check examples against these (stages/check.ts).
   */
  readonly widened = new Set<string>();
  /** Whether the document root is a declaration (id ""), so that "$ref": "#" names it. */
  rootDeclared = false;
  /**
   * "$defs" entries that are no declaration: the standard meta-schemas (embedded by
   * stages/bundle.ts) and entries holding only "$defs" (a bundled file of definitions). A
   * reference to one is any value.
   */
  readonly undeclared = new Set<string>();
  /** The "$defs" entries that are standard meta-schemas (undeclared, and what they hold typed as any value). */
  readonly metaSchemas = new Set<string>();
  /**
   * Vendor mistakes the model reads past (a list of enum value names that does not fit the enum):
   * warnings, or under --strict errors (index.ts).
   */
  readonly mistakes: SchemaError[] = [];

  /** The URI the root document is known by (validation-schema.ts documentUri). */
  rootUri = 'file:///schema.json';
  /** The root declaration's name as words, when the root is a declaration. */
  rootWords: readonly string[] | null = null;
  /**
   * The type of each inline schema already typed, by pointer. An object that composes others
   * ("allOf") holds their members, so a member's inline schema is reached from every object that
   * composes its owner: it is declared once, where it stands, and named from its owner.
   */
  readonly inlineTypes = new Map<string, TypeRef | 'building'>();
  /** The pointers of the schemas references name that are being typed (build-model's referencedInline): met again, they are any value. */
  readonly typingReferences = new Set<string>();

  /**
   * The schemas the variants of a union made from one schema (a "type" list, an enum of several
   * JSON types) bind by: one per type, `{"type": T, "$ref": <the schema>}`, which
   * stages/validation-schema.ts adds to the root's "$defs" under `key` (a name the schema's own
   * "$defs" does not take).
   */
  readonly typeSchemas: { readonly key: string; readonly schemas: JsonObject[] };

  /** `typeOf`: build-model's, passed in so the parts that build unions and enums can recurse. */
  constructor(
    readonly schema: ResolvedSchema,
    readonly typeOf: (builder: ModelBuilder, schema: JsonValue, pointer: string, words: string[]) => TypeRef,
  ) {
    const defs = isObject(schema.root) && isObject(schema.root['$defs']) ? schema.root['$defs'] : {};
    let key = 'schema-codegen-types';
    for (let n = 2; Object.hasOwn(defs, key); n++) key = `schema-codegen-types-${n}`;
    this.typeSchemas = { key, schemas: [] };
  }

  /**
   * The names declarations already take, lower-cased (targets compare type names as file names,
   * ignoring case): the "$defs" entries', the root's and their explicit names, reserved before any
   * building, then each declaration's as it is added: a schema hoisted without a declaration of
   * its own (a nullable union of one object, which declares the object under its words) takes none.
   */
  private readonly takenNames = new Set<string>();

  /** Reserves the words of a name the schema gives a declaration ("$defs" entry, root). */
  reserveWords(words: readonly string[]): void {
    this.takenNames.add(nameKey(words));
  }

  /** Reserves an explicit (x-codegen) name, used as written. */
  reserveName(name: string): void {
    this.takenNames.add(name.toLowerCase());
  }

  /**
   * The words of a declaration build-model names itself (a hoisted schema, a union's variant):
   * `made` (shortened past naming.ts MAX_MADE_NAME), or when another declaration takes that name
   * already, those words and the first number from 2 up that makes it free. A name the schema
   * gives is never moved: a vendor's spec (GitHub's has "repository-ruleset-conditions" beside
   * the property "conditions" of "repository-ruleset") stays generable, and the made name yields.
   */
  distinctWords(made: string[]): string[] {
    const words = [...shortMadeWords(made)];
    let distinct = words;
    for (let n = 2; this.takenNames.has(nameKey(distinct)); n++) distinct = [...words, String(n)];
    return distinct;
  }

  /** Records a vendor mistake once, however many declarations read the schema it is in. */
  mistake(error: SchemaError): void {
    if (!this.mistakes.some((m) => m.pointer === error.pointer && m.message === error.message)) this.mistakes.push(error);
  }

  /** The slot of each of `declarations`, as beginSlot gave it. */
  private readonly slots: number[] = [];
  private begun = 0;

  /**
   * The slot of a declaration whose building begins now. Building nests (a declaration's building
   * begins, what it hoists is built and added, then it is added), so ordering by when building
   * began puts a parent before what it hoisted; `sortBySlot` orders once, at the end, rather than
   * inserting in the middle on every add (quadratic in declarations).
   */
  beginSlot(): number {
    return this.begun++;
  }

  /** Adds a declaration; its place is its `slot` (where its building began), once sortBySlot runs. */
  add(declaration: Declaration, slot: number = this.beginSlot()): TypeRef {
    this.declarations.push(declaration);
    this.takenNames.add(nameKey(declaration.words));
    this.slots.push(slot);
    return { kind: 'ref', id: declaration.id, nullable: false };
  }

  /** Orders `declarations` by slot: $defs order, each followed by what it hoisted. After the last add. */
  sortBySlot(): void {
    const order = this.declarations.map((_, i) => i).sort((a, b) => this.slots[a]! - this.slots[b]!);
    const [declarations, slots] = [order.map((i) => this.declarations[i]!), order.map((i) => this.slots[i]!)];
    declarations.forEach((d, i) => (this.declarations[i] = d));
    slots.forEach((s, i) => (this.slots[i] = s));
  }

  /** Records that the model types the schema at `pointer` wider than the schema says. */
  widen(pointer: string): void {
    this.widened.add(pointer);
  }

  /** Widens the schema at `pointer` when it has a keyword the model does not hold (see EXACT). */
  widenIfNarrowed(s: JsonObject, pointer: string): void {
    if (Object.keys(s).some((k) => !EXACT.has(k) && !k.startsWith('x-'))) this.widen(pointer);
  }

  /** The declaration id a reference names ("/$defs/<name>", or "" for a root that is a declaration), or null. */
  declarationOf(reference: Reference): string | null {
    if (reference.name !== null) return this.undeclared.has(reference.name) ? null : joinPointer('/$defs', reference.name);
    return reference.pointer === '' && this.rootDeclared ? '' : null;
  }

  /**
   * The types other than null a schema's "type" list names, when the model makes them a union of
   * those types: two or more, none of "enum", "const", "oneOf", "anyOf", "$ref" beside them, and
   * the schema reachable by a reference (referenceTo). "integer" beside "number" is the number.
   * Null otherwise.
   */
  splitsTypes(s: JsonObject, pointer: string): string[] | null {
    if (['enum', 'const', 'oneOf', 'anyOf', '$ref', '$dynamicRef'].some((k) => s[k] !== undefined)) return null;
    let types = [...new Set(typeList(s).filter((t) => t !== 'null'))];
    if (types.includes('number')) types = types.filter((t) => t !== 'integer');
    return types.length < 2 || !this.reachable(pointer) ? null : types;
  }

  /** Whether a schema typeSchemaAt makes can reference the schema at `pointer` (referenceTo). */
  reachable(pointer: string): boolean {
    return isObject(this.schema.root) && referenceTo(this.schema.root, this.rootUri, pointer) !== null;
  }

  /** The pointer, in the validation document, of the schema that accepts what the schema at `pointer` accepts of `type`. */
  typeSchemaAt(type: string, pointer: string): string {
    return this.schemaAt({ type, $ref: this.referenceTo(pointer) });
  }

  /** The pointer, in the validation document, of the schema that accepts what the schemas at both pointers accept. */
  bothSchemaAt(pointer: string, other: string): string {
    return this.schemaAt({ allOf: [{ $ref: this.referenceTo(pointer) }, { $ref: this.referenceTo(other) }] });
  }

  /** A schema build-model adds to the validation document (see typeSchemas), and its pointer there. */
  private schemaAt(schema: JsonObject): string {
    this.typeSchemas.schemas.push(schema);
    return joinPointer('/$defs', this.typeSchemas.key, '$defs', this.typeSchemas.schemas.length - 1);
  }

  /** A reference to the schema at `pointer` from a schema typeSchemas holds; callers check `reachable` first. */
  private referenceTo(pointer: string): string {
    return referenceTo(this.schema.root as JsonObject, this.rootUri, pointer)!;
  }

  /** The words of the declaration a reference names (a "$defs" entry, or the root), or null. */
  wordsAt(reference: Reference): readonly string[] | null {
    if (reference.name !== null) return this.undeclared.has(reference.name) ? null : defWords(reference.name);
    return reference.pointer === '' ? this.rootWords : null;
  }

  /** What `schema`'s "$ref" names, as resolve decoded it; undefined when it has none. */
  reference(schema: JsonObject): Reference | undefined {
    const found = this.schema.refs.get(schema);
    if (found === undefined && typeof schema['$ref'] === 'string') throw new Error(`internal: a "$ref" that resolve did not visit: ${schema['$ref']}`);
    return found;
  }

  /** The raw schema `schema`'s "$ref" points at, or `schema` itself when it has none. */
  dereference(schema: JsonObject): JsonObject {
    const found = this.reference(schema);
    if (found === undefined) return schema;
    return isObject(found.target) ? found.target : {};
  }
}

/** Annotations and identifiers: they say nothing about which values are valid. */
export const ANNOTATIONS = new Set([
  'title',
  'description',
  'deprecated',
  'examples',
  'default',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$defs',
  '$vocabulary',
  'readOnly',
  'writeOnly',
]);

/**
 * The keywords the model holds as they are meant (for the types they apply to; build-model widens
 * where it cannot, e.g. "properties" without "type"). Any other keyword of draft 2020-12 only
 * narrows the values of the type built without it, so a schema using one is widened.
 */
const EXACT = new Set([
  ...ANNOTATIONS,
  // Annotations in 2020-12 (format: unless format assertion is asked for, which no target does yet).
  'format',
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'oneOf',
  'anyOf',
  'discriminator',
  '$ref',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
]);

/** {}, true, or a schema holding only annotations: accepts anything. */
export function isAnySchema(schema: JsonValue): boolean {
  if (schema === true) return true;
  if (!isObject(schema)) return false;
  return Object.keys(schema).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'));
}

/**
 * A schema's title, description and deprecation. For `anyOf`/`oneOf: [X, {"type": "null"}]`
 * (OpenAPI 3.1's nullable, and how converters write OpenAPI 3.0's `nullable`), what the schema
 * does not say itself is read from X: writers put the description there (issue 18: 28 properties
 * of the OpenAI Realtime events), and it is what the value is when it is not null.
 */
export function docOf(s: JsonObject): Doc {
  const branch = nullableBranch(s) ?? {};
  return {
    title: stringOrNull(s['title']) ?? stringOrNull(branch['title']),
    description: stringOrNull(s['description']) ?? stringOrNull(branch['description']),
    deprecated: s['deprecated'] === true || branch['deprecated'] === true,
  };
}

/** A `{"type": "null"}` branch of a union (annotations beside it allowed). */
export const isNullBranch = (v: JsonValue): boolean =>
  isObject(v) && v['type'] === 'null' && Object.keys(v).every((k) => k === 'type' || k === 'description' || k === 'title');

/** X of `anyOf`/`oneOf: [X, {"type": "null"}]` (either order), when X is a schema object; else null. */
export function nullableBranch(s: JsonObject): JsonObject | null {
  if ((s['anyOf'] === undefined) === (s['oneOf'] === undefined)) return null;
  const branches = s['anyOf'] ?? s['oneOf'];
  if (!Array.isArray(branches) || branches.length < 2 || !branches.some(isNullBranch)) return null;
  const kept = branches.filter((b) => !isNullBranch(b));
  return kept.length === 1 && isObject(kept[0]) ? kept[0] : null;
}

export function examplesOf(s: JsonObject): JsonValue[] {
  return Array.isArray(s['examples']) ? s['examples'] : [];
}

export function codegenOf(s: JsonObject): CodegenOptions {
  const value = s['x-codegen'];
  return isObject(value) ? (value as CodegenOptions) : {};
}

/** The JSON value type, as a TypeRef, that build-model gives what it cannot type more precisely. */
export const ANY: TypeRef = { kind: 'any', nullable: true };

/** What every declaration kind shares, plus the slot it goes in. */
export type DeclarationBase = Pick<Declaration, 'id' | 'schemaName' | 'words' | 'doc' | 'examples' | 'codegen' | 'hoisted'> & { readonly slot: number };

/** The base of a declaration build-model makes that no schema names itself (a union's variant), at the next slot. */
export function madeDeclaration(builder: ModelBuilder, id: string, made: string[]): DeclarationBase {
  const words = builder.distinctWords(made);
  return { id, schemaName: pascalCase(words), words, doc: docOf({}), examples: [], codegen: {}, hoisted: true, slot: builder.beginSlot() };
}

// A "$defs" entry named "" (legal JSON, "$ref": "#/$defs/", as the official suite's ref.json
// has) is named from its pointer: "/$defs/" -> DefsEmpty.
const EMPTY_DEF_WORDS = ['defs', 'empty'];

/** A "$defs" entry's name as words. */
export function defWords(name: string): string[] {
  return name === '' ? [...EMPTY_DEF_WORDS] : wordsOf(name);
}

/**
 * Symbols spelled where a name has no letters or digits to make an identifier from (Contract-P's
 * property "*", a "$$$" entry): openapi-generator's names for them (its specialCharReplacements),
 * so that a published document nobody here can edit still generates. Any other character is its
 * code point ("u2603").
 */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  '<=': 'less than or equal to',
  '>=': 'greater than or equal to',
  '!=': 'not equal',
  $: 'dollar',
  '^': 'caret',
  '|': 'pipe',
  '=': 'equal',
  '*': 'star',
  '-': 'minus',
  '&': 'ampersand',
  '%': 'percent',
  '#': 'hash',
  '@': 'at',
  '!': 'exclamation',
  '+': 'plus',
  ':': 'colon',
  ';': 'semicolon',
  '>': 'greater than',
  '<': 'less than',
  '.': 'period',
  _: 'underscore',
  '?': 'question mark',
  ',': 'comma',
  "'": 'quote',
  '"': 'double quote',
  '/': 'slash',
  '\\': 'back slash',
  '(': 'left parenthesis',
  ')': 'right parenthesis',
  '{': 'left curly bracket',
  '}': 'right curly bracket',
  '[': 'left square bracket',
  ']': 'right square bracket',
  '~': 'tilde',
  '`': 'backtick',
  ' ': 'space',
};

/** A name as words: split (naming.ts splitWords), or, with no letters or digits, its symbols spelled ("" is "empty"). */
export function wordsOf(name: string): string[] {
  const words = splitWords(name);
  if (words.length > 0) return words;
  if (name === '') return ['empty'];
  const spelled: string[] = [];
  for (let i = 0; i < name.length;) {
    const pair = SYMBOL_WORDS[name.slice(i, i + 2)];
    const point = name.codePointAt(i)!;
    const one = String.fromCodePoint(point);
    spelled.push(...(pair ?? SYMBOL_WORDS[one] ?? `u${point.toString(16)}`).split(' '));
    i += pair !== undefined ? 2 : one.length;
  }
  return spelled;
}

export function jsonTypeOf(value: JsonValue | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function typeList(s: JsonObject): string[] {
  const t = s['type'];
  return Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
}

export function num(s: JsonObject, key: string): number | null {
  const v = s[key];
  return typeof v === 'number' ? v : null;
}

export function stringOrNull(v: JsonValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

/** The string keywords of a schema, as the model holds them (whatever its "type"). */
export function stringConstraints(s: JsonObject): StringConstraints {
  return { minLength: num(s, 'minLength'), maxLength: num(s, 'maxLength'), pattern: stringOrNull(s['pattern']), format: stringOrNull(s['format']) };
}

/** The number keywords of a schema, as the model holds them (whatever its "type"). */
export function numberConstraints(s: JsonObject): NumberConstraints {
  return {
    minimum: num(s, 'minimum'),
    maximum: num(s, 'maximum'),
    exclusiveMinimum: num(s, 'exclusiveMinimum'),
    exclusiveMaximum: num(s, 'exclusiveMaximum'),
    format: stringOrNull(s['format']),
  };
}
