// The Java name table, decided before any view: PascalCase class names (or the x-codegen
// override), camelCase members, SCREAMING_SNAKE enum constants, union variant methods. Anything
// that would be a keyword, shadow a java.lang or imported type, or clash with a member the
// generated classes declare themselves gets a trailing "_". Enum constants and union variants that
// end up with one name get a numeric suffix (they have no name of their own to change); two other
// things with one name are a SchemaError, reported here (so are the JVM size limits).

import { SchemaError, joinPointer, quoted } from '../../errors.js';
import type { Declaration, EnumDeclaration, Model, ObjectDeclaration, TypeRef, UnionDeclaration } from '../../model/ir.js';
import { foldDeclaration } from '../../model/fold.js';
import {
  assertUnique,
  camelCase,
  capIdentifier,
  distinctNames,
  namesGivenOrMade,
  guardLeadingDigit,
  pascalCase,
  screamingSnakeCase,
  splitWords,
} from '../../model/naming.js';
import { declarationsById, explicitName, lookup, resolveAlias } from '../shared/common.js';
import { checkEnumSize, checkObjectSize, checkUnionSize } from './limits.js';
import { JAVA_LANG_TYPES, JAVA_RESERVED } from '../shared/reserved.js';
import { CHECKS_CLASS_PREFIX } from './checks.js';

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
  'ModelBuilder',
  'ObjectDeserializer',
  'ObjectModel',
  'EnumModel',
  'ObjectMappers',
  'Utils',
  'Schema',
  'BaseDeserializer',
  'BaseSerializer',
  'VariantTags',
  'FastReads',
  // what the fast readers import (readers.ts)
  'JsonParser',
  'JsonToken',
  'IOException',
  'Conversions',
  'StringSchema',
  'NumberSchema',
  'ArraySchema',
  'ObjectSchema',
  'VariantsSchema',
  'DiscriminatedSchema',
  // the interpreter's: core.Validation, validation.SchemaValidator, the generated ValidationSchema
  // and the holder classes a model nests
  'Validation',
  'SchemaValidator',
  'ValidationSchema',
  'ValidatorHolder',
  'VariantValidators',
  'OpenAIException',
  'OpenAIInvalidDataException',
  // formatted strings' typed getters (FormatViews, java.time, java.util, java.net)
  'FormatViews',
  'OffsetDateTime',
  'LocalDate',
  'UUID',
  'URI',
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
  '_additionalProperties',
  // ObjectModel's: equals, hashCode and toString read the fields through them
  'fieldNames',
  'fieldValues',
  // the class's list of its fields' names (toString's, and the deserializer's)
  'FIELDS',
  // the field holding the JSON a model was read from (a derived name never starts with "_" and a letter)
  '_source',
]);

/** Members a union declares; a variant getter must not take them. */
const UNION_MEMBERS: ReadonlySet<string> = new Set([...OBJECT_METHODS, 'accept', 'json']);

/** A union variant's methods: ofX/isX/asX/visitX and the getter, from its name parts. */
export interface VariantNames {
  readonly pascal: string;
  readonly getter: string;
  readonly ofMethod: string;
  readonly isMethod: string;
  readonly asMethod: string;
  readonly visitMethod: string;
}

/** Every name the Java output declares, by declaration id. */
export interface JavaNames {
  /** Class (and file) names. */
  readonly classes: ClassNames;
  /** An object's member names (field, getters, builder setters), in schema property order. */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** An enum's constant names, in value order. */
  readonly constants: ReadonlyMap<string, readonly string[]>;
  /** A union's variant methods, in variant order. */
  readonly variants: ReadonlyMap<string, readonly VariantNames[]>;
}

export type ClassNames = ReadonlyMap<string, string>;

/** The class name of a declaration; every declaration has one. */
export const className = (names: JavaNames, id: string): string => names.classes.get(id)!;

export function javaNames(model: Model): JavaNames {
  const classes = classNames(model);
  const byId = declarationsById(model);
  const members = new Map<string, readonly string[]>();
  const constants = new Map<string, readonly string[]>();
  const variants = new Map<string, readonly VariantNames[]>();
  for (const declaration of model.declarations) {
    // A size the JVM cannot take is reported before the names it would make (1,001 "Const" variants).
    foldDeclaration<void>(declaration, {
      object: (d) => {
        checkObjectSize(d);
        members.set(d.id, propertyMembers(d, byId));
      },
      enum: (d) => {
        checkEnumSize(d);
        constants.set(d.id, constantNames(d));
      },
      union: (d) => {
        checkUnionSize(d);
        variants.set(d.id, unionVariants(d, byId, classes));
      },
      alias: () => undefined,
    });
  }
  return { classes, members, constants, variants };
}

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

/** The compiled checks' classes (Checks0, Checks1, ...: checks.ts) are the package's too. */
const CHECKS_CLASS = new RegExp(`^${CHECKS_CLASS_PREFIX}\\d+$`);
const isTaken = (name: string): boolean => JAVA_RESERVED.has(name) || JAVA_LANG_TYPES.has(name) || IMPORTED_TYPES.has(name) || CHECKS_CLASS.test(name);

function escapeClassName(name: string): string {
  const guarded = guardLeadingDigit(name === '' ? 'Model' : name, '_');
  return isTaken(guarded) ? `${guarded}_` : guarded;
}

/** A member (field, getter, builder setter) name: camelCase, escaped against keywords and our own members. */
function memberName(words: readonly string[], fallback: string, taken: ReadonlySet<string> = OBJECT_MEMBERS): string {
  const name = guardLeadingDigit(words.length === 0 ? fallback : camelCase(words), '_');
  return JAVA_RESERVED.has(name) || taken.has(name) ? `${name}_` : name;
}

function memberTaken(name: string): string | null {
  if (JAVA_RESERVED.has(name)) return 'a Java keyword';
  return OBJECT_MEMBERS.has(name) ? 'a method every generated class (or java.lang.Object) declares' : null;
}

/** Member names of properties in schema order (so a clash names the later one); a clash is a SchemaError. */
function propertyMembers(d: ObjectDeclaration, byId: ReadonlyMap<string, Declaration>): string[] {
  // Jackson reads an empty @JsonProperty name as "the method's own name": a member named "" would be
  // written back as "_empty". Said here rather than in a round trip that loses the name.
  const unnamed = d.properties.find((p) => p.jsonName === '');
  if (unnamed !== undefined)
    throw new SchemaError(
      `the java target cannot write a property named "" (Jackson reads an empty @JsonProperty name as the method's own)`,
      unnamed.pointer,
      'rename the property in the schema, or generate the other targets only (--target typescript --target python ...)',
    );
  const names = d.properties.map((p, i) => {
    const override = explicitName(p, 'java', p.pointer, memberTaken);
    return override ?? memberName(p.words, `property${i}`);
  });
  assertUnique(
    d.properties.map((p, i) => ({ name: names[i]!, pointer: p.pointer, label: `property ${quoted(p.jsonName)}` })),
    'java',
    `members of ${quoted(d.schemaName)}`,
  );
  // Each property has a raw getter `_x()` and, unless it is null or untyped, a typed one `x()`
  // (a constant's too): an explicit name "_type" beside a property "type" would declare `_type()` twice.
  const getters = d.properties.flatMap((p, i) => {
    const label = `property ${quoted(p.jsonName)}`;
    const kind = resolveAlias(p.type, byId).kind;
    const typed = kind === 'null' || kind === 'any' || kind === 'literal' ? [] : [{ name: names[i]!, pointer: p.pointer, label: `the getter of ${label}` }];
    return [...typed, { name: `_${names[i]!}`, pointer: p.pointer, label: `the raw getter of ${label}` }];
  });
  assertUnique(getters, 'java', `methods of ${quoted(d.schemaName)}`);
  return names;
}

/** Enum constant names (RED, DARK_BLUE, _1); values that would share one ("foo\nbar", "foo\rbar") get FOO_BAR, FOO_BAR_2. */
function constantNames(d: EnumDeclaration): string[] {
  const names = d.values.map((v, i) => {
    const words = splitWords(String(v));
    return capIdentifier(guardLeadingDigit(words.length === 0 ? 'EMPTY' : screamingSnakeCase(words), '_'), i);
  });
  // Names the schema gives (x-enum-varnames) win, in the same casing.
  const given = d.valueNames?.map((words, i) => (words === null ? null : capIdentifier(guardLeadingDigit(screamingSnakeCase(words), '_'), i))) ?? null;
  return namesGivenOrMade(given, names, (name, n) => `${name}_${n}`, d);
}

/** Methods the union class declares itself; no variant method may take them. */
const UNION_OWN_METHODS = ['isValid', 'accept', 'validate', '_json'];

/**
 * The variants' methods; one that is the union's own method is a SchemaError. Variants that would
 * share a name (two arrays, two untyped values: "Json") take a numeric suffix in variant order
 * (Json, Json2), so ofX/isX/asX/visitX stay apart; a unique name is unchanged.
 */
function unionVariants(d: UnionDeclaration, byId: ReadonlyMap<string, Declaration>, classes: ClassNames): VariantNames[] {
  const named = d.variants.map((v) => variantNames(v, byId, classes));
  const pascals = distinctNames(
    named.map((v) => v.pascal),
    (name, n) => `${name}${n}`,
  );
  const variants = named.map((v, i) => (pascals[i] === v.pascal ? v : methodNames(variantName(pascals[i]!))));
  const clash = variants.flatMap((v) => [v.getter, v.ofMethod, v.isMethod, v.asMethod]).find((m) => UNION_OWN_METHODS.includes(m));
  if (clash !== undefined)
    throw new SchemaError(
      `a variant of ${quoted(d.schemaName)} becomes the method ${quoted(clash)}, which the union class declares itself`,
      d.id,
      'give the variant\'s declaration another name with "x-codegen": {"java": {"name": "..."}}',
    );
  return variants;
}

/** The name a variant that is not a reference takes, by its kind. */
const PRIMITIVE_VARIANTS: Readonly<Record<Exclude<TypeRef['kind'], 'ref'>, string>> = {
  string: 'String',
  integer: 'Integer',
  number: 'Number',
  boolean: 'Bool',
  array: 'Array',
  map: 'Map',
  null: 'Null',
  const: 'Const',
  any: 'Json',
  literal: 'Json',
};

/** A ref variant is named after its class (a ref to an alias after the alias's class too); others after their kind. */
function variantNames(v: TypeRef, byId: ReadonlyMap<string, Declaration>, classes: ClassNames): VariantNames {
  const base = v.kind === 'ref' ? classes.get(v.id)! : PRIMITIVE_VARIANTS[v.kind];
  return methodNames(variantName(base, v.kind === 'ref' ? lookup(byId, v.id) : null));
}

function methodNames({ pascal, camel }: VariantName): VariantNames {
  return { pascal, getter: camel, ofMethod: `of${pascal}`, isMethod: `is${pascal}`, asMethod: `as${pascal}`, visitMethod: `visit${pascal}` };
}

/** A union variant's name parts: Pascal for ofX/isX/asX/visitX, camel for the getter. */
interface VariantName {
  readonly pascal: string;
  readonly camel: string;
}

/**
 * A variant's method names derive from its class name ("Foo" -> ofFoo/isFoo/asFoo/visitFoo/foo), or
 * from "x-codegen": {"java": {"variantName": "..."}} on the variant's declaration when it has one
 * (e.g. "ItemCreated" for a class ItemCreatedEvent: ofItemCreated, visitItemCreated, itemCreated()).
 */
function variantName(base: string, declaration: Declaration | null = null): VariantName {
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
