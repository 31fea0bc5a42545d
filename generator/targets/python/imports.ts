// What each model module imports, decided from its declaration alone: the standard library
// (json, enum; datetime and uuid for native views), the typing names its annotations use, the
// runtime and the package's schema documents (_validation_schema, whose SCHEMAS hold every
// validator), and the sibling modules of the declarations it references. Annotations name a
// class; schema expressions name what a Ref resolves (the class, or an alias's adapter): the rules
// below mirror types.ts, keep them together.

import type { AliasDeclaration, Declaration, ObjectDeclaration, TypeRef } from '../../model/ir.js';
import { foldDeclaration, foldType, type TypeCases } from '../../model/fold.js';
import { acceptsNull } from '../shared/common.js';
import { namesOf } from './names.js';
import { isFloatConst, refTarget, type TypeContext } from './types.js';

export interface ModuleImports {
  /** Standard library (json, enum, typing), a blank line, the runtime, and any sibling module
   * needed while the module runs (an alias of a bare reference). */
  readonly imports: readonly string[];
  /** Imports from sibling modules, placed last so that modules may import each other. */
  readonly lateImports: readonly string[];
}

type ImportContext = Pick<TypeContext, 'names' | 'byId'>;

/** What a module's text uses: fixed imports, the types it annotates, the types it validates. */
interface Uses {
  readonly stdlib: readonly string[];
  readonly typing: readonly string[];
  readonly annotated: readonly TypeRef[];
  readonly validated: readonly TypeRef[];
}

const usesOf = (d: Declaration, ctx: ImportContext): Uses =>
  foldDeclaration<Uses>(d, {
    object: (o) => ({
      stdlib: viewModules(o, ctx),
      typing: ['Any', 'ClassVar', 'Dict', 'List', 'Optional'], // __properties, additional_properties
      annotated: o.properties.map((p) => p.type),
      validated: [...o.properties.map((p) => p.type), ...(o.additional.kind === 'typed' ? [o.additional.type] : [])],
    }),
    union: (u) => ({ stdlib: [], typing: ['ClassVar', 'List', ...(u.variants.length > 1 ? ['Union'] : [])], annotated: u.variants, validated: u.variants }),
    enum: (e) => ({ stdlib: ['import json', 'from enum import Enum'], typing: e.nullable ? ['Optional'] : [], annotated: [], validated: [] }),
    alias: (a) => ({ stdlib: [], typing: isNullAlias(a) ? ['Literal'] : [], annotated: [a.type], validated: [a.type] }),
  });

/** The standard modules an object's native views annotate with (formats.ts), each once. */
function viewModules(o: ObjectDeclaration, ctx: ImportContext): string[] {
  return [...new Set([...namesOf(ctx.names, o.id).views.values()].map((v) => v.native.module))].sort();
}

export function moduleImports(d: Declaration, ctx: ImportContext): ModuleImports {
  const uses = usesOf(d, ctx);
  const typing = new Set(uses.typing);
  for (const t of uses.annotated) addTypingNames(t, ctx, typing);
  const models = new Map<string, Set<string>>();
  const use = (id: string, name: string): void => {
    if (id === d.id) return;
    const module = namesOf(ctx.names, id).moduleName;
    models.set(module, (models.get(module) ?? new Set<string>()).add(name));
  };
  for (const id of uses.annotated.flatMap(refsOf)) use(id, namesOf(ctx.names, id).className);
  for (const id of uses.validated.flatMap(refsOf)) use(id, refTarget(id, ctx));
  const early = d.kind === 'alias' && d.type.kind === 'ref' && isBareRef(d, ctx) ? namesOf(ctx.names, d.type.id).moduleName : null;
  const lines = [...models.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([module, names]) => ({ module, line: `from .${module} import ${[...names].sort().join(', ')}` }));
  const standard = [...uses.stdlib, ...(typing.size === 0 ? [] : [`from typing import ${[...typing].sort().join(', ')}`])];
  return {
    imports: [
      ...standard,
      ...(standard.length === 0 ? [] : ['']),
      'from .. import _runtime as _rt',
      'from .. import _validation_schema as _vs',
      ...lines.filter((l) => l.module === early).map((l) => l.line),
    ],
    lateImports: lines.filter((l) => l.module !== early).map((l) => l.line),
  };
}

/**
 * An alias of a plain reference (`Pet = Dog`) binds the class itself when its module runs, so
 * that module is imported early, not last; any other alias annotation is a string ("Dog").
 */
/**
 * An alias of null alone is written `X = Literal[None]` (views/alias.ts): `X = None` would be a
 * variable to pyright, not a type, refused in `TypeAdapter[X]` and in every annotation naming it.
 */
export const isNullAlias = (d: AliasDeclaration): boolean => d.type.kind === 'null';

export const isBareRef = (d: AliasDeclaration, ctx: ImportContext): boolean => d.type.kind === 'ref' && !acceptsNull(d.type, ctx.byId);

/** The typing names annotation() writes for a type: the same cases, in the same places. */
function addTypingNames(type: TypeRef, ctx: ImportContext, out: Set<string>): void {
  // optional() wraps every type accepting null but Any and None, which accept it already.
  if (acceptsNull(type, ctx.byId) && type.kind !== 'any' && type.kind !== 'literal' && type.kind !== 'null') out.add('Optional');
  foldType(type, TYPING_NAMES, { ctx, out });
}

// Folds run for every type of every module: their cases are built once (see model/fold.ts).
const TYPING_NAMES: TypeCases<void, { readonly ctx: ImportContext; readonly out: Set<string> }> = {
  ref: () => {},
  string: () => {},
  integer: () => {},
  number: () => {},
  boolean: () => {},
  null: () => {},
  any: (_, { out }) => out.add('Any'),
  literal: (_, { out }) => out.add('Any'),
  const: (t, { out }) => {
    if (!isFloatConst(t.value)) out.add('Literal');
  },
  array: (t, { ctx, out }) => addTypingNames(t.items, ctx, out.add('List')),
  map: (t, { ctx, out }) => addTypingNames(t.values, ctx, out.add('Dict')),
};

const NO_REFS: readonly string[] = [];

/** The declarations a type references, at any depth. */
const refsOf = (type: TypeRef): readonly string[] => foldType(type, REFS);

const REFS: TypeCases<readonly string[]> = {
  ref: (t) => [t.id],
  string: () => NO_REFS,
  integer: () => NO_REFS,
  number: () => NO_REFS,
  boolean: () => NO_REFS,
  null: () => NO_REFS,
  any: () => NO_REFS,
  literal: () => NO_REFS,
  const: () => NO_REFS,
  array: (t) => refsOf(t.items),
  map: (t) => refsOf(t.values),
};
