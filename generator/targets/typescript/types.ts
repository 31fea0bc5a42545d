// TypeScript type mapping: TypeRef -> a type expression, and TypeRef -> a runtime check
// expression built from the `check` combinators in templates/typescript/runtime/runtime.ts.
// Both are plain strings for the views; no template ever builds them.

import type { TypeRef } from '../../model/ir.js';
import { checkFunction, quote } from './names.js';
import { addsNull, namedArguments, wrapIfNullable } from '../shared/common.js';

/** Type names by declaration id, and the ids of declarations that accept null themselves. */
export interface Names {
  readonly names: ReadonlyMap<string, string>;
  readonly nullableIds: ReadonlySet<string>;
}

const name = (names: Names, id: string): string => {
  const n = names.names.get(id);
  if (n === undefined) throw new Error(`internal: no TypeScript name for ${id}`);
  return n;
};

export function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

export function typeExpression(type: TypeRef, names: Names): string {
  const base = baseType(type, names);
  const nullable = type.nullable || (type.kind === 'ref' && names.nullableIds.has(type.id));
  return addsNull(type, nullable) ? `${base} | null` : base;
}

function baseType(type: TypeRef, names: Names): string {
  switch (type.kind) {
    case 'ref':
      return name(names, type.id);
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'any':
      return 'unknown';
    case 'const':
      return literal(type.value);
    case 'array': {
      return `Array<${typeExpression(type.items, names)}>`;
    }
    case 'map':
      return `{ [key: string]: ${typeExpression(type.values, names)} }`;
  }
}

/** `check.<combinator>(...)` for a type; references name the declaration's check function. */
export function checkExpression(type: TypeRef, names: Names): string {
  const inner = baseCheck(type, names);
  return wrapIfNullable(addsNull(type), 'check.nullable', inner);
}

function baseCheck(type: TypeRef, names: Names): string {
  switch (type.kind) {
    case 'ref':
      return checkFunction(name(names, type.id));
    case 'string': {
      const c = type.constraints;
      return `check.string(${options({ minLength: c.minLength, maxLength: c.maxLength, pattern: c.pattern === null ? null : `new RegExp(${JSON.stringify(c.pattern)}, 'u')` })})`;
    }
    case 'integer':
    case 'number':
      return `check.${type.kind}(${options({ ...type.constraints })})`;
    case 'boolean':
      return 'check.boolean';
    case 'null':
      return 'check.null';
    case 'any':
      return 'check.any';
    case 'const':
      return `check.constant(${literal(type.value)})`;
    case 'array':
      return `check.array(${checkExpression(type.items, names)}, ${options({ minItems: type.minItems, maxItems: type.maxItems })})`;
    case 'map':
      return `check.map(${checkExpression(type.values, names)})`;
  }
}

/** `{ a: 1, b: 2 }` of the non-null entries; `{}` when there are none. */
function options(entries: Record<string, string | number | null>): string {
  const parts = namedArguments(entries, (k, v) => `${k}: ${v}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}
