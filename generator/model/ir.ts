// The language-neutral model (IR). Types only: no casing, no type strings, no imports.
// A flat ordered list of declarations, each referenced by id (the JSON pointer of its
// defining schema). Absent information is `null`, never a missing field, so every
// consumer sees the same shape.

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

/** Per-target vendor options from `x-codegen`, e.g. { csharp: { name: "Foo" } }. */
export type CodegenOptions = Readonly<Record<string, Readonly<Record<string, JsonValue>>>>;

export interface Doc {
  readonly title: string | null;
  readonly description: string | null;
  readonly deprecated: boolean;
}

export interface StringConstraints {
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly pattern: string | null;
  readonly format: string | null;
}

export interface NumberConstraints {
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly exclusiveMinimum: number | null;
  readonly exclusiveMaximum: number | null;
  /** An annotation ("int64", OpenAPI's "unixtime"): targets may give it a native view (targets/shared/formats.ts). */
  readonly format: string | null;
}

/** A type expression. `nullable` means JSON null is accepted as well. */
export type TypeRef =
  | { readonly kind: 'ref'; readonly id: string; readonly nullable: boolean }
  | { readonly kind: 'string'; readonly nullable: boolean; readonly constraints: StringConstraints }
  | { readonly kind: 'integer'; readonly nullable: boolean; readonly constraints: NumberConstraints }
  | { readonly kind: 'number'; readonly nullable: boolean; readonly constraints: NumberConstraints }
  | { readonly kind: 'boolean'; readonly nullable: boolean }
  | { readonly kind: 'null'; readonly nullable: true }
  | { readonly kind: 'any'; readonly nullable: true }
  | { readonly kind: 'const'; readonly nullable: boolean; readonly value: string | number | boolean }
  /**
   * One of these JSON values, at least one an object or an array (a "const" or "enum" of them).
   * A target that can spell such a value as a type does (TypeScript's literal types); the others
   * hold their JSON value type, and the validator checks the value.
   */
  | { readonly kind: 'literal'; readonly nullable: boolean; readonly values: readonly JsonValue[] }
  | {
      readonly kind: 'array';
      readonly nullable: boolean;
      /** The type of every item; of a tuple's, the one type all its positions and the rest share, else any value. */
      readonly items: TypeRef;
      readonly minItems: number | null;
      readonly maxItems: number | null;
      /**
       * "prefixItems": the type at each position, then `rest`, the type of the items after them
       * (null: no more items). A target that can spell a tuple does (TypeScript); the others use
       * `items`. Absent for an array without "prefixItems".
       */
      readonly tuple?: { readonly items: readonly TypeRef[]; readonly rest: TypeRef | null };
    }
  | { readonly kind: 'map'; readonly nullable: boolean; readonly values: TypeRef };

export interface Property {
  readonly jsonName: string;
  readonly words: readonly string[];
  readonly required: boolean;
  readonly type: TypeRef;
  readonly doc: Doc;
  /** `{ value }` when the schema gives a default; null otherwise (a default may itself be null). */
  readonly default: { readonly value: JsonValue } | null;
  readonly examples: readonly JsonValue[];
  readonly codegen: CodegenOptions;
  /** JSON pointer of the property's schema, for error messages. */
  readonly pointer: string;
}

/** What an object does with properties it does not declare. */
export type Additional =
  | { readonly kind: 'allow' } // kept as-is and written back
  | { readonly kind: 'deny' } // additionalProperties: false
  | { readonly kind: 'typed'; readonly type: TypeRef }; // kept, each value validated

interface DeclarationBase {
  /** JSON pointer of the defining schema, e.g. "/$defs/Foo" or "/$defs/Foo/properties/bar". */
  readonly id: string;
  /** The `$defs` key; for hoisted declarations, derived from where they stand. */
  readonly schemaName: string;
  /** Name as words, e.g. ["conversation", "item", "truncate"]; targets apply their casing. */
  readonly words: readonly string[];
  readonly doc: Doc;
  readonly examples: readonly JsonValue[];
  readonly codegen: CodegenOptions;
  /** True when the declaration was an inline schema lifted out of its parent. */
  readonly hoisted: boolean;
}

export interface ObjectDeclaration extends DeclarationBase {
  readonly kind: 'object';
  readonly properties: readonly Property[];
  readonly additional: Additional;
  readonly nullable: boolean;
}

export interface EnumDeclaration extends DeclarationBase {
  readonly kind: 'enum';
  readonly valueType: 'string' | 'integer' | 'number' | 'boolean';
  readonly values: readonly (string | number | boolean)[];
  /**
   * The names the schema gives the values ("x-enum-varnames", or "x-enumNames"), as words, one per
   * value (null where it gives none); null when it names none. A given name wins over the name a
   * target makes from the value.
   */
  readonly valueNames: readonly (readonly string[] | null)[] | null;
  readonly nullable: boolean;
}

export interface Discriminator {
  readonly propertyName: string;
  /** One entry per variant, in variant order. */
  readonly mapping: readonly { readonly value: string; readonly id: string }[];
}

export interface UnionDeclaration extends DeclarationBase {
  readonly kind: 'union';
  /** oneOf: exactly one variant matches; anyOf: at least one. */
  readonly mode: 'oneOf' | 'anyOf';
  readonly variants: readonly TypeRef[];
  /** Each variant's schema: the JSON pointer of its `oneOf`/`anyOf` branch, where its validator is. */
  readonly variantPointers: readonly string[];
  readonly discriminator: Discriminator | null;
  readonly nullable: boolean;
}

export interface AliasDeclaration extends DeclarationBase {
  readonly kind: 'alias';
  readonly type: TypeRef;
}

export type Declaration = ObjectDeclaration | EnumDeclaration | UnionDeclaration | AliasDeclaration;

export interface Model {
  /** Schema path as given (relative, POSIX), for banners. */
  readonly source: string;
  readonly title: string | null;
  readonly description: string | null;
  readonly declarations: readonly Declaration[];
  /** The schema as the targets' runtime validators read it (stages/validation-schema.ts). */
  readonly validation: ValidationSchema;
}

/** The documents every target emits for its runtime validator, and the patterns they hold. */
export interface ValidationSchema {
  /** The URI the root document is known by: its absolute `$id`, else file:///<file name>. */
  readonly rootUri: string;
  /** Each document by absolute URI, as JSON text without the annotations no validator reads. */
  readonly documents: readonly { readonly uri: string; readonly text: string }[];
  /** Every ECMA-262 pattern in the documents (`pattern`, `patternProperties` keys), sorted. */
  readonly patterns: readonly string[];
}
