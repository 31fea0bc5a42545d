// TypeScript naming policy: PascalCase type names (or the x-codegen override), escaped when
// they would be a reserved word or shadow a global the module uses; property keys are the wire
// names, quoted when they are not identifiers.

import { SchemaError, joinPointer, quoted } from '../../errors.js';
import type { Model, Property } from '../../model/ir.js';
import { assertUnique, guardLeadingDigit, isPlainIdentifier, pascalCase } from '../shared/naming.js';
import { explicitName } from '../shared/common.js';
import { escapeUnsafe } from '../shared/text.js';
import { TYPESCRIPT_GLOBALS_USED, TYPESCRIPT_RESERVED } from '../shared/reserved.js';

/**
 * Public names the generated module declares for itself; a declaration must not take them. Its
 * private helpers start with "$", which no generated name contains.
 */
const RUNTIME_NAMES = new Set(['ValidationIssue', 'ValidationError']);

export function typeNames(model: Model): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const d of model.declarations) {
    names.set(d.id, explicitName(d, 'typescript', d.id, typeNameTaken) ?? escapeTypeName(pascalCase(d.words)));
    if (d.kind === 'object') d.properties.forEach(checkNoPropertyName);
  }
  assertUnique(
    model.declarations.map((d) => ({ name: names.get(d.id)!, pointer: d.id, label: `declaration ${quoted(d.schemaName)}` })),
    'typescript',
    'type names',
  );
  return names;
}

/** Interfaces key properties by wire name: a TypeScript name on a property would be silently ignored. */
function checkNoPropertyName(p: Property): void {
  if (p.codegen['typescript']?.['name'] !== undefined) {
    throw new SchemaError(
      '"x-codegen/typescript/name" does not apply to properties: TypeScript interfaces use the wire names',
      joinPointer(p.pointer, 'x-codegen', 'typescript', 'name'),
      'remove it',
    );
  }
}

function typeNameTaken(name: string): string | null {
  if (TYPESCRIPT_RESERVED.has(name)) return 'a TypeScript reserved word or built-in type name';
  if (TYPESCRIPT_GLOBALS_USED.has(name)) return 'a global the generated module uses';
  return RUNTIME_NAMES.has(name) ? 'a type the generated module declares itself' : null;
}

function escapeTypeName(name: string): string {
  const guarded = guardLeadingDigit(name, '_');
  return typeNameTaken(guarded) !== null ? `${guarded}_` : guarded;
}

/** The module-private function that checks a value against declaration `typeName`. */
export const checkFunction = (typeName: string): string => `check${typeName}`;

/** An interface key: the wire name itself, quoted when it is not an identifier. */
export function propertyKey(jsonName: string): string {
  return isPlainIdentifier(jsonName) || /^\$[\p{L}\p{N}_$]*$/u.test(jsonName) ? jsonName : quote(jsonName);
}

/** A single-quoted TypeScript string literal. */
export function quote(text: string): string {
  return escapeUnsafe(`'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`);
}
