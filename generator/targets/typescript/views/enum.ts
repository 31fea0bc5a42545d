// The view of an enum: a union of its literals.

import type { EnumDeclaration } from '../../../model/ir.js';
import { literal } from '../literals.js';
import type { TypePart } from './context.js';

export function enumPart(d: EnumDeclaration): TypePart {
  return { type: d.values.map(literal).join(' | ') + (d.nullable ? ' | null' : '') };
}
