// What every C# view builder needs: the declarations by id, names, the base plan, options.
// Also the small view pieces shared by several declaration kinds (attributes, obsolete use).

import type { Declaration, Doc, Model, TypeRef } from '../../model/ir.js';
import type { PropertyOrder } from '../shared/common.js';
import type { BasePlan } from './bases.js';
import { referencedIds, type Ctx } from './types.js';

export interface ViewCtx extends Ctx {
  readonly model: Model;
  readonly namespace: string;
  readonly bases: BasePlan;
  readonly order: PropertyOrder;
}

export const OBSOLETE = '[Obsolete("The schema marks this as deprecated.")]';

export const obsolete = (doc: Doc): string[] => (doc.deprecated ? [OBSOLETE] : []);

/** True when the file names something deprecated, so its own code must not warn about it. */
export function usesDeprecated(d: Declaration, types: readonly TypeRef[], ctx: ViewCtx): boolean {
  if (d.doc.deprecated) return true;
  if (d.kind === 'object' && d.properties.some((p) => p.doc.deprecated)) return true;
  return types.flatMap((t) => referencedIds(t, ctx)).some((id) => ctx.byId.get(id)?.doc.deprecated === true);
}

/** The TypeRefs a declaration's file names. */
export function typesOf(d: Declaration): TypeRef[] {
  switch (d.kind) {
    case 'object':
      return [...d.properties.map((p) => p.type), ...(d.additional.kind === 'typed' ? [d.additional.type] : [])];
    case 'union':
      return [...d.variants];
    case 'alias':
      return [d.type];
    case 'enum':
      return [];
  }
}

/** Read and write of the declaration itself (the converter's Read and Write). */
export function topIo(type: string, nullable: boolean, valueType = false) {
  const reader = nullable && !valueType ? `SchemaRuntime.ReadNullable<${type}>(FromJson)` : 'FromJson';
  const writer = valueType ? 'WriteJson' : `SchemaRuntime.WriteNullable<${type}>(WriteJson)`;
  return { topReader: reader, topWriter: writer };
}

/** Ends the last line of a multi-line expression with ";". */
export function terminated(lines: readonly string[]): string[] {
  return lines.map((l, i) => (i === lines.length - 1 ? `${l};` : l));
}
