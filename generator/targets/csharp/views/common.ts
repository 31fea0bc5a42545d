// What every C# view builder needs (the declarations by id, the name table, options) and
// the small view pieces several declaration kinds share: the declaration's header (name,
// converter, doc comment, [Obsolete]) and the converter's top-level Read and Write.

import type { Doc, EnumDeclaration, AliasDeclaration, UnionDeclaration } from '../../../model/ir.js';
import type { PropertyOrder } from '../../shared/common.js';
import { summary, docText } from '../literals.js';
import type { CsharpNames } from '../names.js';
import type { Ctx } from '../types.js';

export interface ViewCtx extends Ctx {
  readonly namespace: string;
  readonly names: CsharpNames;
  readonly order: PropertyOrder;
}

export const OBSOLETE = '[Obsolete("The schema marks this as deprecated.")]';

export const obsolete = (doc: Doc): string[] => (doc.deprecated ? [OBSOLETE] : []);

/** The header of an enum, union or alias: its names, doc comment and attributes. */
export function header(d: EnumDeclaration | UnionDeclaration | AliasDeclaration, ctx: ViewCtx, fallback: string) {
  const n = ctx.declared.get(d.id)!;
  return { name: n.type, converter: n.companion, docComment: summary(docText(d.doc, fallback)), attributes: obsolete(d.doc) };
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
