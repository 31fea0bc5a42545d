// The view of an alias: the aliased type.

import type { AliasDeclaration } from '../../../model/ir.js';
import { typeExpression } from '../types.js';
import type { TypePart, ViewContext } from './context.js';

export function aliasPart(d: AliasDeclaration, ctx: ViewContext): TypePart {
  return { type: typeExpression(d.type, ctx) };
}
