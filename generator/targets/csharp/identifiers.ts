// C# naming policy: PascalCase type and member names (or the x-codegen override), camelCase
// parameters, "@" before keywords, "_" before a leading digit, a "Value" suffix where a member
// would be named like its enclosing type (CS0542) or hide a member of object. Type names that
// would shadow a framework type the generated code uses get a "Model" suffix. Collisions that
// remain are schema errors (assertUnique).

import type { Declaration, Model, ObjectDeclaration, Property } from '../../model/ir.js';
import { assertUnique, capIdentifier, guardLeadingDigit, pascalCase, splitWords, type NamedThing } from '../shared/naming.js';
import { joinPointer, quoted } from '../../errors.js';
import { explicitName } from '../shared/common.js';
import { CSHARP_RESERVED } from '../shared/reserved.js';

/** Types of the generated runtime files, declared in the same namespace. */
export const RUNTIME_TYPES = ['SchemaRuntime', 'SchemaChecks', 'SchemaCheck', 'SchemaIssue', 'SchemaValidationException', 'PropertyCheck', 'TagCheck'];

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
  ...RUNTIME_TYPES,
]);

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

export interface DeclarationName {
  /** The identifier in code (may start with "@"). */
  readonly type: string;
  /** The class holding Validate / FromJson / WriteJson: the converter, or the alias's static class. */
  readonly companion: string;
  /** File name without ".cs". */
  readonly file: string;
}

export type Names = ReadonlyMap<string, DeclarationName>;

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

export function declarationNames(model: Model): Names {
  const names = new Map<string, DeclarationName>();
  model.declarations.forEach((d, index) => {
    const given = explicitName(d, 'csharp', d.id, typeNameTaken);
    const pascal = pascalCase(d.words);
    const base = given ?? identifier(isDiscriminated(d) ? `I${pascal}` : pascal, `Schema${index}`);
    const type = given === null && FRAMEWORK_TYPES.has(base) ? `${base}Model` : identifier(base, base);
    names.set(d.id, { type, companion: d.kind === 'alias' ? type : `${bare(type)}Converter`, file: bare(type) });
  });
  return names;
}

/** Every type name in the namespace must be unique, case-insensitively (they are file names too). */
export function checkTypeNames(model: Model, names: Names, extra: readonly NamedThing[]): void {
  const things: NamedThing[] = [];
  for (const d of model.declarations) {
    const n = names.get(d.id)!;
    things.push({ name: bare(n.type), pointer: d.id, label: `declaration ${quoted(d.schemaName)}` });
    if (n.companion !== n.type) things.push({ name: n.companion, pointer: d.id, label: `the converter of ${quoted(d.schemaName)}` });
  }
  const runtime = RUNTIME_TYPES.map((name) => ({ name, pointer: '', label: `the runtime type ${name}` }));
  assertUnique([...runtime, ...extra, ...things], 'csharp', 'type names', true);
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

/** Member names of an object's properties, checked for collisions with each other and the fixed members. */
export function objectMemberNames(d: ObjectDeclaration, owner: string): string[] {
  const members = d.properties.map((p, i) => memberName(owner, p, i));
  const things = members.map((name, i) => ({ name: bare(name), pointer: d.properties[i]!.pointer, label: `property ${quoted(d.properties[i]!.jsonName)}` }));
  const fixed = ['ToJsonString', 'AdditionalProperties'].map((name) => ({ name, pointer: d.id, label: `the member ${name}` }));
  assertUnique([...fixed, ...things], 'csharp', `members of ${bare(owner)}`);
  const params = members.map((m, i) => ({
    name: bare(parameterName(m)),
    pointer: d.properties[i]!.pointer,
    label: `parameter for ${quoted(d.properties[i]!.jsonName)}`,
  }));
  assertUnique(params, 'csharp', `constructor parameters of ${bare(owner)}`);
  return members;
}

/** Enum member names from the wire values. */
export function enumMemberNames(d: Extract<Declaration, { kind: 'enum' }>, owner: string): string[] {
  const members = d.values.map((v, i) => {
    const raw =
      typeof v === 'string'
        ? v === ''
          ? 'Empty'
          : pascalCase(splitWords(v))
        : typeof v === 'boolean'
          ? v
            ? 'True'
            : 'False'
          : `Value${String(v)
              .replace(/-/g, 'Minus')
              .replace(/\./g, 'Point')
              .replace(/[^0-9A-Za-z]/g, '')}`;
    const name = identifier(capIdentifier(raw, i), `Value${i}`);
    return bare(name) === bare(owner) ? `${bare(name)}Value` : name;
  });
  assertUnique(
    members.map((name, i) => ({ name: bare(name), pointer: joinPointer(d.id, 'enum', i), label: `enum value ${JSON.stringify(d.values[i])}` })),
    'csharp',
    `members of enum ${bare(owner)}`,
  );
  return members;
}
