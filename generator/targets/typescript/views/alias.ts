// The view of an alias: the aliased type, checked as that type.

import type { AliasDeclaration } from '../../../model/ir.js';
import { checkExpression, typeExpression } from '../types.js';
import type { TypePart, ViewContext } from './context.js';

export function aliasPart(d: AliasDeclaration, ctx: ViewContext): TypePart {
  return { type: typeExpression(d.type, ctx), shapeLine: checkExpression(d.type, ctx) };
}
