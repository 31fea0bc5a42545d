// Views of enum, union and alias declarations: openai-java style enum classes (known constants,
// unknown values kept), union classes (of/is/as/getter per variant, a Visitor, a deserializer
// that picks the variant), and alias wrappers around one value.

import { SchemaError, quoted } from '../../errors.js';
import type { AliasDeclaration, EnumDeclaration, TypeRef, UnionDeclaration } from '../../model/ir.js';
import { assertUnique } from '../shared/naming.js';
import { acceptsNull, lookup, resolveAlias, wrapIfNullable } from '../shared/common.js';
import { docText, escapeJavadoc, javadoc } from './javadoc.js';
import { checkEnumSize, checkUnionSize, javaString, javaStringExpression } from './limits.js';
import { constantNames, variantName } from './names.js';
import { isGeneric, isRaw, javaType, jsonValueLiteral, schemaExpression, typeToken, unboxed, type TypeContext } from './types.js';

const deprecatedDoc = (d: { doc: { deprecated: boolean } }): string[] => (d.doc.deprecated ? ['@deprecated'] : []);

const VALUE_TYPES = { string: 'String', integer: 'Long', number: 'Double', boolean: 'Boolean' } as const;

export function enumView(d: EnumDeclaration, name: string) {
  checkEnumSize(d);
  // Integers beyond 2^53 fit no long literal (or no long at all): such an enum holds Doubles, which
  // hold each value exactly as written (numbers.ts refused the others); JsonNumber compares exactly.
  const boxed = d.valueType === 'integer' && !d.values.every(Number.isSafeInteger) ? 'Double' : VALUE_TYPES[d.valueType];
  const constants = constantNames(d).map((constant, i) => {
    const value = d.values[i]!;
    const literal =
      typeof value === 'string'
        ? javaStringExpression(value)
        : typeof value === 'number'
          ? Number.isSafeInteger(value) && d.valueType === 'integer'
            ? `${value}L`
            : `${value}D`
          : String(value);
    return { className: name, constant, literal, doc: javadoc([`The value ${escapeJavadoc(JSON.stringify(value))}.`]) };
  });
  const schema = `Schema.enumeration(${d.values.map(jsonValueLiteral).join(', ')})`;
  return {
    kind: 'enum',
    name,
    doc: javadoc(docText(d.doc, deprecatedDoc(d))),
    schema: wrapIfNullable(d.nullable, 'Schema.nullable', schema),
    constants,
    ofParamType: d.nullable ? boxed : unboxed(boxed),
    boxed,
    asMethod: `as${boxed}`,
    asType: unboxed(boxed),
  };
}

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

export function aliasView(d: AliasDeclaration, name: string, ctx: TypeContext) {
  const raw = isRaw(d.type, ctx);
  const boxed = javaType(d.type, ctx);
  const nullable = acceptsNull(d.type, ctx.byId);
  return {
    kind: 'alias',
    name,
    doc: javadoc(docText(d.doc, deprecatedDoc(d))),
    schema: schemaExpression(d.type, ctx),
    raw,
    fieldType: raw ? 'JsonValue' : `JsonField<${boxed}>`,
    ofParamType: raw ? 'JsonValue' : nullable ? boxed : unboxed(boxed),
    ofArgument: raw ? 'value' : nullable ? 'JsonField.ofNullable(value)' : 'JsonField.of(value)',
    getterType: nullable ? `Optional<${boxed}>` : unboxed(boxed),
    getterAccessor: nullable ? 'getOptional' : 'getRequired',
    token: typeToken(boxed),
    boxed,
  };
}
