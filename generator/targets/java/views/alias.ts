// The view of an alias declaration: a wrapper class around one value (typed, or raw JSON).

import type { AliasDeclaration } from '../../../model/ir.js';
import { acceptsNull } from '../../shared/common.js';
import { deprecatedDoc, docText, javadoc } from '../javadoc.js';
import { className } from '../names.js';
import { aliasReaderLines, indentedLines, type ReaderPlan } from '../readers.js';
import { isRaw, javaType, typeToken, unboxed, type TypeContext } from '../types.js';

export function aliasView(d: AliasDeclaration, name: string, ctx: TypeContext, reader: ReaderPlan | null) {
  const raw = isRaw(d.type, ctx);
  const boxed = javaType(d.type, ctx);
  const nullable = acceptsNull(d.type, ctx.byId);
  return {
    kind: 'alias',
    name,
    doc: javadoc(docText(d.doc, deprecatedDoc(d))),
    raw,
    fieldType: raw ? 'JsonValue' : `JsonField<${boxed}>`,
    ofParamType: raw ? 'JsonValue' : nullable ? boxed : unboxed(boxed),
    ofArgument: raw ? 'value' : nullable ? 'JsonField.ofNullable(value)' : 'JsonField.of(value)',
    getterType: nullable ? `Optional<${boxed}>` : unboxed(boxed),
    getterAccessor: nullable ? 'getOptional' : 'getRequired',
    token: typeToken(boxed),
    boxed,
    validationSource: 'this.source',
    fastReader: reader === null || reader.kind !== 'alias' ? null : indentedLines(aliasReaderLines(reader, name, className(ctx.names, reader.items))),
  };
}
