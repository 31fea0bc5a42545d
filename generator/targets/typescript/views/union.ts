// The view of a union: its variants' types joined by "|"; checked by tag when discriminated
// (a map from tag to the variant's check function), else by oneOf / anyOf over the variants.

import type { UnionDeclaration } from '../../../model/ir.js';
import { wrapIfNullable } from '../../shared/common.js';
import { quote } from '../literals.js';
import { declarationNames } from '../names.js';
import { checkExpression, typeExpression } from '../types.js';
import type { TypePart, ViewContext } from './context.js';

export function unionPart(d: UnionDeclaration, ctx: ViewContext): TypePart {
  const variants = d.variants.map((v) => typeExpression(v, ctx));
  const shape =
    d.discriminator === null
      ? `check.${d.mode}([${d.variants.map((v) => checkExpression(v, ctx)).join(', ')}])`
      : `check.discriminated(${quote(d.discriminator.propertyName)}, new Map<string, $Check>([${d.discriminator.mapping.map((m) => `[${quote(m.value)}, ${declarationNames(ctx.names, m.id).check}]`).join(', ')}]))`;
  return { type: variants.join(' | ') + (d.nullable ? ' | null' : ''), shapeLine: wrapIfNullable(d.nullable, 'check.nullable', shape) };
}
