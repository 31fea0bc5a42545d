// C# naming policy, one name at a time: PascalCase type and member names (or the x-codegen
// override), camelCase parameters, "@" before keywords, "_" before a leading digit, a "Value"
// suffix where a member would be named like its enclosing type (CS0542) or hide a member of
// object. Type names that would shadow a framework type the generated code uses get a "Model"
// suffix. The table of all names, and the collision checks, are names.ts.

import type { Declaration, Property } from '../../model/ir.js';
import { capIdentifier, guardLeadingDigit, pascalCase, splitWords } from '../../model/naming.js';
import { explicitName } from '../shared/common.js';
import { CSHARP_RESERVED } from '../shared/reserved.js';

/** Types of the generated runtime files, declared in the same namespace (test/csharp-generator.test.ts holds this list to the runtime's sources). */
export const RUNTIME_TYPES = [
  'SchemaRuntime',
  'SchemaIssue',
  'SchemaValidationException',
  // The validator (SchemaValidator*.cs and the types beside it) and the generated SchemaDocuments.
  'SchemaValidator',
  'SchemaError',
  'SchemaCompileException',
  'SchemaResource',
  'SchemaLocation',
  'SchemaPath',
  'SchemaScope',
  'SchemaAnnotations',
  'SchemaBound',
  'SchemaPattern',
  'SchemaLinearPattern',
  'SchemaNode',
  'SchemaNumber',
  'SchemaJson',
  'SchemaUris',
  'SchemaFormats',
  'SchemaDiscriminator',
  'SchemaBranches',
  'SchemaNames',
  'SchemaTags',
  'SchemaVariants',
  'SchemaConverter',
  'SchemaDocuments',
  // The compiled checks (generated SchemaChecks, checks.ts) and what they call.
  'SchemaChecks',
  'SchemaUtf8',
  'SchemaKeywords',
  'SchemaUndecided',
  'SchemaValidation',
];

/** Non-generic framework types the generated code names unqualified; a declaration must not shadow them. */
const FRAMEWORK_TYPES = new Set([
  'JsonElement',
  'JsonException',
  'JsonSerializer',
  'JsonSerializerOptions',
  'JsonValueKind',
  'JsonProperty',
  'JsonDocument',
  'Utf8JsonReader',
  'Utf8JsonWriter',
  'JsonConverter',
  'JsonConverterAttribute',
  'JsonInclude',
  'JsonIncludeAttribute',
  'JsonPropertyName',
  'JsonPropertyNameAttribute',
  'JsonExtensionData',
  'JsonExtensionDataAttribute',
  'JsonIgnore',
  'JsonIgnoreAttribute',
  'Obsolete',
  'ObsoleteAttribute',
  'Regex',
  'RegexOptions',
  'CultureInfo',
  'Math',
  'Encoding',
  'MemoryStream',
  'StringComparer',
  'OverflowException',
  'FormatException',
  'NotSupportedException',
  'InvalidOperationException',
  // Named unqualified by the runtime's validator: a declaration in its namespace would hide them.
  'Array',
  'StringComparison',
  'BigInteger',
  'UnicodeCategory',
  'ArgumentException',
  'Uri',
  'StringBuilder',
  'NumberStyles',
  'IdnMapping',
  'CharUnicodeInfo',
  'NormalizationForm',
  'TimeSpan',
  'Exception',
  'RegexMatchTimeoutException',
  ...RUNTIME_TYPES,
]);

/**
 * A declaration's converter: "<Type>Converter", or "<Type>ModelConverter" where that would shadow
 * a type the generated code uses (a declaration "Schema", as AWS's Timestream documents have: the
 * runtime's SchemaConverter; "Json": System.Text.Json's JsonConverter).
 */
export function converterName(type: string): string {
  const name = `${bare(type)}Converter`;
  return FRAMEWORK_TYPES.has(name) ? `${bare(type)}ModelConverter` : name;
}

/** Members every generated class has, or inherits from object. */
export const RESERVED_MEMBERS = new Set([
  'ToJsonString',
  'AdditionalProperties',
  'Equals',
  'GetHashCode',
  'GetType',
  'ToString',
  'MemberwiseClone',
  'Finalize',
  'ReferenceEquals',
  'JsonSerializer',
]);

export const isDiscriminated = (d: Declaration): boolean => d.kind === 'union' && d.discriminator !== null;

/** Escapes a candidate identifier: keywords get "@", a leading digit gets "_". */
export function identifier(name: string, fallback: string): string {
  const guarded = guardLeadingDigit(name === '' ? fallback : name, '_');
  return CSHARP_RESERVED.has(guarded) ? `@${guarded}` : guarded;
}

export const bare = (name: string): string => (name.startsWith('@') ? name.slice(1) : name);

/** Why an explicit type name (declaration, baseInterface, baseClass) cannot be used, or null. */
export function typeNameTaken(name: string): string | null {
  if (CSHARP_RESERVED.has(name)) return 'a C# keyword';
  return FRAMEWORK_TYPES.has(name) ? 'a type the generated code uses' : null;
}

function memberTaken(name: string): string | null {
  if (CSHARP_RESERVED.has(name)) return 'a C# keyword';
  return RESERVED_MEMBERS.has(name) ? 'a member every generated class has or inherits from object' : null;
}

/** A declaration's type name: the explicit one, or PascalCase ("I" before a discriminated union's), escaped. */
export function typeName(d: Declaration, index: number): string {
  const given = explicitName(d, 'csharp', d.id, typeNameTaken);
  const pascal = pascalCase(d.words);
  const base = given ?? identifier(isDiscriminated(d) ? `I${pascal}` : pascal, `Schema${index}`);
  return given === null && FRAMEWORK_TYPES.has(base) ? `${base}Model` : identifier(base, base);
}

/** PascalCase property name, escaped; never the enclosing type's name nor a reserved member. */
export function memberName(owner: string, p: Property, index: number): string {
  const given = explicitName(p, 'csharp', p.pointer, (name) => (name === bare(owner) ? 'the name of its enclosing type (CS0542)' : memberTaken(name)));
  const name = identifier(given ?? pascalCase(p.words), `Property${index}`);
  return bare(name) === bare(owner) || RESERVED_MEMBERS.has(bare(name)) ? `${bare(name)}Value` : name;
}

export function parameterName(member: string): string {
  const b = bare(member);
  return identifier(b.charAt(0).toLowerCase() + b.slice(1), 'value');
}

/** An enum member's name from its wire value; never the enum's own name. */
/** An enum member's name as the schema gives it (EnumDeclaration.valueNames), in C#'s casing. */
export function givenEnumMemberName(words: readonly string[], index: number): string {
  return identifier(capIdentifier(pascalCase(words), index), `Value${index}`);
}

export function enumMemberName(value: string | number | boolean, index: number, owner: string): string {
  const raw =
    typeof value === 'string'
      ? value === ''
        ? 'Empty'
        : pascalCase(splitWords(value))
      : typeof value === 'boolean'
        ? value
          ? 'True'
          : 'False'
        : `Value${String(value)
            .replace(/-/g, 'Minus')
            .replace(/\./g, 'Point')
            .replace(/[^0-9A-Za-z]/g, '')}`;
  const name = identifier(capIdentifier(raw, index), `Value${index}`);
  return bare(name) === bare(owner) ? `${bare(name)}Value` : name;
}

/** A declaration's names (an entry of the name table, names.ts). */
export interface DeclarationName {
  /** The identifier in code (may start with "@"). */
  readonly type: string;
  /** The class holding Validate / FromJson / WriteJson: the converter, or the alias's static class. */
  readonly companion: string;
  /** File name without ".cs". */
  readonly file: string;
}

export type DeclarationNames = ReadonlyMap<string, DeclarationName>;
