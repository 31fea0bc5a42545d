// The class of an enum: a str/int/float Enum (a boolean enum a plain Enum), one member per value.

import type { EnumDeclaration } from '../../../model/ir.js';
import { pyLiteral } from '../literals.js';
import { namesOf } from '../names.js';
import type { ViewContext } from './context.js';

export interface EnumView {
  readonly bases: string;
  readonly members: readonly { readonly name: string; readonly value: string }[];
  readonly returnType: string;
  readonly fromJson: string;
}

const ENUM_BASES: Readonly<Record<EnumDeclaration['valueType'], string>> = {
  string: 'str, Enum',
  integer: 'int, Enum',
  number: 'float, Enum',
  boolean: 'Enum',
};

export function enumView(d: EnumDeclaration, c: ViewContext): EnumView {
  const { className: name, members: memberNames } = namesOf(c.names, d.id);
  return {
    bases: ENUM_BASES[d.valueType],
    members: d.values.map((v, i) => ({ name: memberNames[i]!, value: pyLiteral(v) })),
    returnType: d.nullable ? `Optional[${name}]` : name,
    fromJson: d.nullable ? 'nullable_enum_from_json' : 'enum_from_json',
  };
}
