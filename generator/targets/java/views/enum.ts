// The view of an enum declaration: an openai-java style enum class (a constant per known value,
// unknown values kept, Known and Value Java enums).

import type { EnumDeclaration } from '../../../model/ir.js';
import { deprecatedDoc, docText, escapeJavadoc, javadoc } from '../javadoc.js';
import { enumValueLiteral } from '../literals.js';
import { unboxed, type TypeContext } from '../types.js';

const VALUE_TYPES = { string: 'String', integer: 'Long', number: 'Double', boolean: 'Boolean' } as const;

export function enumView(d: EnumDeclaration, name: string, ctx: TypeContext) {
  // Integers beyond 2^53 fit no long literal (or no long at all): such an enum holds Doubles, which
  // hold each value exactly as written (numbers.ts refused the others); JsonNumber compares exactly.
  const boxed = d.valueType === 'integer' && !d.values.every(Number.isSafeInteger) ? 'Double' : VALUE_TYPES[d.valueType];
  const constants = ctx.names.constants.get(d.id)!.map((constant, i) => {
    const value = d.values[i]!;
    return { className: name, constant, literal: enumValueLiteral(value, d.valueType), doc: javadoc([`The value ${escapeJavadoc(JSON.stringify(value))}.`]) };
  });
  return {
    kind: 'enum',
    // An enum writes its JSON value as it holds it: validate() checks that value.
    validationSource: '_value()',
    name,
    doc: javadoc(docText(d.doc, deprecatedDoc(d))),
    constants,
    ofParamType: d.nullable ? boxed : unboxed(boxed),
    boxed,
    asMethod: `as${boxed}`,
    asType: unboxed(boxed),
  };
}
