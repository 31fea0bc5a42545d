// Java naming policy: PascalCase class names (or the x-codegen override), camelCase members,
// SCREAMING_SNAKE enum constants. Anything that would be a keyword, shadow a java.lang or
// imported type, or clash with a member the generated classes declare themselves gets a
// trailing "_"; two things that still end up with one name are a SchemaError.

import { SchemaError, joinPointer, quoted } from '../../errors.js';
import type { Declaration, Model, ObjectDeclaration, Property } from '../../model/ir.js';
import { assertUnique, camelCase, capIdentifier, guardLeadingDigit, pascalCase, screamingSnakeCase, splitWords } from '../shared/naming.js';
import { explicitName } from '../shared/common.js';
import { JAVA_LANG_TYPES, JAVA_RESERVED } from '../shared/reserved.js';

/** Types the generated files import or nest; a model class must not take their simple names. */
const IMPORTED_TYPES: ReadonlySet<string> = new Set([
  'JsonValue',
  'JsonField',
  'JsonMissing',
  'JsonNull',
  'JsonBoolean',
  'JsonNumber',
  'JsonString',
  'JsonArray',
  'JsonObject',
  'ExcludeMissing',
  'ObjectMappers',
  'Utils',
  'Schema',
  'BaseDeserializer',
  'BaseSerializer',
  'Conversions',
  'StringSchema',
  'NumberSchema',
  'ArraySchema',
  'ObjectSchema',
  'VariantsSchema',
  'DiscriminatedSchema',
  'OpenAIException',
  'OpenAIInvalidDataException',
  'List',
  'Map',
  'Set',
  'Optional',
  'Objects',
  'Collections',
  'LinkedHashMap',
  'JsonCreator',
  'JsonProperty',
  'JsonAnyGetter',
  'JsonAnySetter',
  'JsonDeserialize',
  'JsonSerialize',
  'TypeReference',
  'Builder',
  'Visitor',
  'Known',
  'Value',
  'Deserializer',
  'Serializer',
  // Member types the nested (de)serializers inherit from Jackson's JsonDeserializer/JsonSerializer.
  'None',
]);

const OBJECT_METHODS = ['equals', 'hashCode', 'toString', 'getClass', 'notify', 'notifyAll', 'wait', 'clone', 'finalize', 'validate', 'isValid', 'validated'];

/** Members every model class and its Builder declare; a property must not take them. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  ...OBJECT_METHODS,
  'builder',
  'toBuilder',
  'additionalProperties',
  'putAdditionalProperty',
  'putAllAdditionalProperties',
  'removeAdditionalProperty',
  'removeAllAdditionalProperties',
  'build',
  'from',
]);

/** Members a union declares; a variant getter must not take them. */
const UNION_MEMBERS: ReadonlySet<string> = new Set([...OBJECT_METHODS, 'accept', 'json']);

export type ClassNames = ReadonlyMap<string, string>;

export function classNames(model: Model): ClassNames {
  const names = new Map<string, string>();
  for (const d of model.declarations) {
    const override = explicitName(d, 'java', d.id, (name) => (isTaken(name) ? 'a Java keyword or a type the generated code uses' : null));
    names.set(d.id, override ?? escapeClassName(pascalCase(d.words)));
    givenVariantName(d); // checked on every declaration, a variant or not
  }
  const things = model.declarations.map((d) => ({ name: names.get(d.id)!, pointer: d.id, label: `declaration ${quoted(d.schemaName)}` }));
  assertUnique(things, 'java', 'class names (file names, compared ignoring case)', true);
  return names;
}

const isTaken = (name: string): boolean => JAVA_RESERVED.has(name) || JAVA_LANG_TYPES.has(name) || IMPORTED_TYPES.has(name);

function escapeClassName(name: string): string {
  const guarded = guardLeadingDigit(name === '' ? 'Model' : name, '_');
  return isTaken(guarded) ? `${guarded}_` : guarded;
}

/** A member (field, getter, builder setter) name: camelCase, escaped against keywords and our own members. */
export function memberName(words: readonly string[], fallback: string, taken: ReadonlySet<string> = OBJECT_MEMBERS): string {
  const name = guardLeadingDigit(words.length === 0 ? fallback : camelCase(words), '_');
  return JAVA_RESERVED.has(name) || taken.has(name) ? `${name}_` : name;
}

function memberTaken(name: string): string | null {
  if (JAVA_RESERVED.has(name)) return 'a Java keyword';
  return OBJECT_MEMBERS.has(name) ? 'a method every generated class (or java.lang.Object) declares' : null;
}

/** Member names of properties (give them in schema order, so a clash names the later one); a clash is a SchemaError. */
export function propertyMembers(d: ObjectDeclaration, properties: readonly Property[]): string[] {
  const names = properties.map((p, i) => {
    const override = explicitName(p, 'java', p.pointer, memberTaken);
    return override ?? memberName(p.words, `property${i}`);
  });
  assertUnique(
    properties.map((p, i) => ({ name: names[i]!, pointer: p.pointer, label: `property ${quoted(p.jsonName)}` })),
    'java',
    `members of ${quoted(d.schemaName)}`,
  );
  return names;
}

/** Enum constant names (RED, DARK_BLUE, _1); a clash is a SchemaError. */
export function constantNames(d: Extract<Declaration, { kind: 'enum' }>): string[] {
  const names = d.values.map((v, i) => {
    const words = splitWords(String(v));
    return capIdentifier(guardLeadingDigit(words.length === 0 ? 'EMPTY' : screamingSnakeCase(words), '_'), i);
  });
  assertUnique(
    d.values.map((v, i) => ({ name: names[i]!, pointer: joinPointer(d.id, 'enum', i), label: `enum value ${JSON.stringify(v)}` })),
    'java',
    `constants of ${quoted(d.schemaName)}`,
  );
  return names;
}

/** A union variant's name parts: Pascal for ofX/isX/asX/visitX, camel for the getter. */
export interface VariantName {
  readonly pascal: string;
  readonly camel: string;
}

/**
 * A variant's method names derive from its class name ("Foo" -> ofFoo/isFoo/asFoo/visitFoo/foo), or
 * from "x-codegen": {"java": {"variantName": "..."}} on the variant's declaration when it has one
 * (e.g. "ItemCreated" for a class ItemCreatedEvent: ofItemCreated, visitItemCreated, itemCreated()).
 */
export function variantName(base: string, declaration: Declaration | null = null): VariantName {
  const words = splitWords(declaration === null ? base : (givenVariantName(declaration) ?? base));
  return { pascal: pascalCase(words), camel: memberName(words, 'variant', UNION_MEMBERS) };
}

function givenVariantName(d: Declaration): string | null {
  const given = d.codegen['java']?.['variantName'];
  if (given === undefined) return null;
  if (typeof given !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(given)) {
    throw new SchemaError(
      `"x-codegen/java/variantName" must be a Java name part, found ${JSON.stringify(given)}`,
      joinPointer(d.id, 'x-codegen', 'java', 'variantName'),
      'use letters, digits and "_", starting with a letter, e.g. "ItemCreated"',
    );
  }
  return given;
}
