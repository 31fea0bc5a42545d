// The view of an enum: a union of its literals, checked by check.enumeration.

import type { EnumDeclaration } from '../../../model/ir.js';
import { wrapIfNullable } from '../../shared/common.js';
import { literal } from '../literals.js';
import type { TypePart } from './context.js';

export function enumPart(d: EnumDeclaration): TypePart {
  const values = d.values.map(literal);
  return {
    type: values.join(' | ') + (d.nullable ? ' | null' : ''),
    shapeLine: wrapIfNullable(d.nullable, 'check.nullable', `check.enumeration([${values.join(', ')}])`),
  };
}
