// The view of a union: its variants' types joined by "|". Which variant a value is (by tag when
// discriminated) is the schema validator's business, from the schema's own oneOf / anyOf.

import type { UnionDeclaration } from '../../../model/ir.js';
import { typeExpression } from '../types.js';
import type { TypePart, ViewContext } from './context.js';

export function unionPart(d: UnionDeclaration, ctx: ViewContext): TypePart {
  return { type: d.variants.map((v) => typeExpression(v, ctx)).join(' | ') + (d.nullable ? ' | null' : '') };
}
