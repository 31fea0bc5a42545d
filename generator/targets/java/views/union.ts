// The view of a union declaration: a class with of/is/as/getter per variant, a Visitor, and a
// deserializer that picks the variant (by its tag when the union has a discriminator).

import type { TypeRef, UnionDeclaration } from '../../../model/ir.js';
import { lookup, wrapIfNullable } from '../../shared/common.js';
import { deprecatedDoc, docText, javadoc } from '../javadoc.js';
import { javaString, javaStringExpression } from '../literals.js';
import { className, type VariantNames } from '../names.js';
import { isGeneric, javaType, schemaExpression, typeToken, unboxed, type TypeContext } from '../types.js';

export function unionView(d: UnionDeclaration, name: string, ctx: TypeContext) {
  const names = ctx.names.variants.get(d.id)!;
  const variants = d.variants.map((v, i) => variantView(d, name, v, i, names[i]!, ctx));
  // A discriminated union's schema is built in a static block from `variants` (see union.hbs).
  const schema = d.discriminator === null ? `Schema.${d.mode}(${d.variants.map((v) => schemaExpression(v, ctx)).join(', ')})` : 'variants';
  return {
    kind: 'union',
    name,
    doc: javadoc(docText(d.doc, deprecatedDoc(d))),
    schema: wrapIfNullable(d.nullable, 'Schema.nullable', schema),
    discriminated: d.discriminator !== null,
    tagProperty: javaStringExpression(d.discriminator?.propertyName ?? ''),
    variants,
    unknownToString: javaString(`${name}{_unknown=`),
  };
}

function variantView(d: UnionDeclaration, name: string, v: TypeRef, i: number, names: VariantNames, ctx: TypeContext) {
  const type = javaType(v, ctx);
  const target = v.kind === 'ref' ? lookup(ctx.byId, v.id) : null;
  const tag = d.discriminator?.mapping.find((m) => v.kind === 'ref' && m.id === v.id)?.value ?? null;
  return {
    className: name,
    ...names,
    getterLiteral: javaString(names.getter),
    type,
    // The value is held as an Object: reading back a generic type (List<...>) is an unchecked cast.
    uncheckedCast: isGeneric(type),
    parameterType: unboxed(type),
    token: typeToken(type),
    schema: schemaExpression(v, ctx),
    tag: tag === null ? 'null' : javaStringExpression(tag),
    /** The class a ref variant names (its SCHEMA validates the variant); null otherwise. */
    refClass: v.kind === 'ref' ? className(ctx.names, v.id) : null,
    toStringPrefix: javaString(`${name}{${names.getter}=`),
    doc: javadoc(target === null ? [] : docText(target.doc)),
    index: i,
  };
}
