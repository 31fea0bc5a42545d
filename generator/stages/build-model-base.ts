// build-model, the shared base: the builder that collects declarations and the small helpers
// both build-model and build-model-unions use. Imports go one way: build-model and
// build-model-unions import this module, never the other way round.

import { SchemaError, quoted } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { Declaration, JsonValue, NumberConstraints, StringConstraints, TypeRef } from '../model/ir.js';
import { splitWords } from '../model/naming.js';
import type { Reference, ResolvedSchema } from './resolve.js';

/** Collects declarations in a stable order: $defs order, each followed by what it hoisted. */
export class ModelBuilder {
  readonly declarations: Declaration[] = [];

  /** `typeOf`: build-model's, passed in so the parts that build unions and enums can recurse. */
  constructor(
    readonly schema: ResolvedSchema,
    readonly typeOf: (builder: ModelBuilder, schema: JsonValue, pointer: string, words: string[]) => TypeRef,
  ) {}

  /** Adds at `slot` (where the declaration began), so a parent precedes what it hoisted. */
  add(declaration: Declaration, slot: number = this.declarations.length): TypeRef {
    this.declarations.splice(slot, 0, declaration);
    return { kind: 'ref', id: declaration.id, nullable: false };
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

/** What every declaration kind shares, plus the slot it goes in. */
export type DeclarationBase = Pick<Declaration, 'id' | 'schemaName' | 'words' | 'doc' | 'examples' | 'codegen' | 'hoisted'> & { readonly slot: number };

export function wordsOf(name: string, pointer: string): string[] {
  const words = splitWords(name);
  if (words.length === 0) {
    throw new SchemaError(
      `the name ${quoted(name)} has no letters or digits to make an identifier from`,
      pointer,
      'rename it, or set "x-codegen": {"<target>": {"name": "..."}}',
    );
  }
  return words;
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
  return { minimum: num(s, 'minimum'), maximum: num(s, 'maximum'), exclusiveMinimum: num(s, 'exclusiveMinimum'), exclusiveMaximum: num(s, 'exclusiveMaximum') };
}
