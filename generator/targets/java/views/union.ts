// The view of a union declaration: a class with of/is/as/getter per variant, a Visitor, and a
// deserializer that picks the variant (by its tag when the union has a discriminator).

import { SchemaError, quoted } from '../../../errors.js';
import type { TypeRef, UnionDeclaration } from '../../../model/ir.js';
import { assertUnique } from '../../shared/naming.js';
import { lookup, resolveAlias, wrapIfNullable } from '../../shared/common.js';
import { deprecatedDoc, docText, javadoc } from '../javadoc.js';
import { checkUnionSize } from '../limits.js';
import { javaString, javaStringExpression } from '../literals.js';
import { variantName } from '../names.js';
import { isGeneric, javaType, schemaExpression, typeToken, unboxed, type TypeContext } from '../types.js';

export function unionView(d: UnionDeclaration, name: string, ctx: TypeContext) {
  checkUnionSize(d);
  const variants = d.variants.map((v, i) => variantView(d, name, v, i, ctx));
  const members = variants.flatMap((v) => [v.getter, v.ofMethod, v.isMethod, v.asMethod]);
  const taken = ['isValid', 'accept', 'validate', '_json'];
  const clash = members.find((m) => taken.includes(m));
  if (clash !== undefined)
    throw new SchemaError(
      `a variant of ${quoted(d.schemaName)} becomes the method ${quoted(clash)}, which the union class declares itself`,
      d.id,
      'give the variant\'s declaration another name with "x-codegen": {"java": {"name": "..."}}',
    );
  assertUnique(
    variants.map((v, i) => ({ name: v.pascal, pointer: `${d.id}/${d.mode}/${i}`, label: `variant ${i}` })),
    'java',
    `variants of ${quoted(d.schemaName)}`,
  );
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

function variantView(d: UnionDeclaration, name: string, v: TypeRef, i: number, ctx: TypeContext) {
  const type = javaType(v, ctx);
  const target = v.kind === 'ref' ? lookup(ctx.byId, v.id) : null;
  const names = variantName(v.kind === 'ref' ? baseName(v, ctx) : (PRIMITIVE_VARIANTS[resolveAlias(v, ctx.byId).kind] ?? 'Json'), target);
  const tag = d.discriminator?.mapping.find((m) => v.kind === 'ref' && m.id === v.id)?.value ?? null;
  return {
    className: name,
    pascal: names.pascal,
    getter: names.camel,
    ofMethod: `of${names.pascal}`,
    isMethod: `is${names.pascal}`,
    asMethod: `as${names.pascal}`,
    visitMethod: `visit${names.pascal}`,
    getterLiteral: javaString(names.camel),
    type,
    // The value is held as an Object: reading back a generic type (List<...>) is an unchecked cast.
    uncheckedCast: isGeneric(type),
    parameterType: unboxed(type),
    token: typeToken(type),
    schema: schemaExpression(v, ctx),
    tag: tag === null ? 'null' : javaStringExpression(tag),
    /** The class a ref variant names (its SCHEMA validates the variant); null otherwise. */
    refClass: v.kind === 'ref' ? baseName(v, ctx) : null,
    toStringPrefix: javaString(`${name}{${names.camel}=`),
    doc: javadoc(target === null ? [] : docText(target.doc)),
    index: i,
  };
}

const PRIMITIVE_VARIANTS: Readonly<Record<string, string>> = {
  string: 'String',
  integer: 'Integer',
  number: 'Number',
  boolean: 'Bool',
  array: 'Array',
  map: 'Map',
  null: 'Null',
  const: 'Const',
  any: 'Json',
};

/** A ref variant is named after its class; a ref to an alias after the alias's class too. */
function baseName(v: Extract<TypeRef, { kind: 'ref' }>, ctx: TypeContext): string {
  return ctx.names.get(v.id)!;
}
