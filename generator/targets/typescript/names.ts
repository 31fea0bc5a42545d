// The TypeScript name table: every identifier the module declares, decided (and every collision
// refused) before any view. Type names are PascalCase (or the x-codegen override), escaped when
// they would be a reserved word or shadow a global the module uses; each declaration's helper
// functions are derived from its type name; interface keys are the wire names, quoted when they
// are not identifiers. Views only look names up here.

import { quoted } from '../../errors.js';
import type { Model } from '../../model/ir.js';
import { assertUnique, guardLeadingDigit, isPlainIdentifier, pascalCase } from '../../model/naming.js';
import { explicitName, refusePropertyName } from '../shared/common.js';
import { TYPESCRIPT_GLOBALS_USED, TYPESCRIPT_RESERVED } from '../shared/reserved.js';
import { quote } from './literals.js';
import type { TypeScriptOptions } from './options.js';

/**
 * Public names the generated module declares for itself; a declaration must not take them. Its
 * private helpers start with "$", which no generated name contains.
 */
const RUNTIME_NAMES = new Set(['ValidationIssue', 'ValidationError']);

/** What one declaration declares. The helpers' prefixes differ, so distinct types give distinct helpers. */
export interface DeclarationNames {
  /** The interface or type alias. */
  readonly type: string;
  /** The module-private constant holding the declaration's schema validator (compiled at first use). */
  readonly validator: string;
  /** The exported validate, type guard and parse functions. */
  readonly validate: string;
  readonly guard: string;
  readonly parse: string;
  /** Interface keys by wire name (objects only). */
  readonly keys: ReadonlyMap<string, string>;
}

export interface TypeScriptNames {
  /** The module's file name. */
  readonly file: string;
  /** By declaration id. */
  readonly declarations: ReadonlyMap<string, DeclarationNames>;
}

export function typescriptNames(model: Model, options: TypeScriptOptions): TypeScriptNames {
  const declarations = new Map<string, DeclarationNames>();
  for (const d of model.declarations) {
    const type = explicitName(d, 'typescript', d.id, typeNameTaken) ?? escapeTypeName(pascalCase(d.words));
    const properties = d.kind === 'object' ? d.properties : [];
    properties.forEach((p) => refusePropertyName(p, 'typescript', 'TypeScript interfaces use the wire names'));
    declarations.set(d.id, { ...helperNames(type), keys: new Map(properties.map((p) => [p.jsonName, propertyKey(p.jsonName)])) });
  }
  assertUnique(
    model.declarations.map((d) => ({ name: declarations.get(d.id)!.type, pointer: d.id, label: `declaration ${quoted(d.schemaName)}` })),
    'typescript',
    'type names',
  );
  return { file: options.fileName, declarations };
}

/** The names of declaration `id` (every id of the model has them). */
export function declarationNames(names: TypeScriptNames, id: string): DeclarationNames {
  const found = names.declarations.get(id);
  if (found === undefined) throw new Error(`internal: no TypeScript name for ${id}`);
  return found;
}

function helperNames(type: string): Omit<DeclarationNames, 'keys'> {
  return { type, validator: `validatorOf${type}`, validate: `validate${type}`, guard: `is${type}`, parse: `parse${type}` };
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

/** An interface key: the wire name itself, quoted when it is not an identifier. */
export function propertyKey(jsonName: string): string {
  return isPlainIdentifier(jsonName) || /^\$[\p{L}\p{N}_$]*$/u.test(jsonName) ? jsonName : quote(jsonName);
}
