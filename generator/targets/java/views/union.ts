// The view of a union declaration: a class with of/is/as/getter per variant, a Visitor, and a
// deserializer that picks the variant (by its tag when the union has a discriminator).

import type { TypeRef, UnionDeclaration } from '../../../model/ir.js';
import { lookup } from '../../shared/common.js';
import type { TagIndex } from '../../shared/schema-reach.js';
import { deprecatedDoc, docText, javadoc } from '../javadoc.js';
import { javaString, javaStringExpression } from '../literals.js';
import { className, type VariantNames } from '../names.js';
import { indentedLines, unionReaderLines, type ReaderPlan } from '../readers.js';
import { isGeneric, javaType, typeToken, unboxed, type TypeContext } from '../types.js';

/**
 * `variantUris`: each variant's schema URI (validation.ts), which the deserializer checks a
 * candidate against; `compiled`: each variant's compiled check (../checks.ts), which it runs
 * instead where there is one (null: none compiled, or a discriminated union); `tags`: which
 * variants each value of a member leaves (../checks.ts), the only ones it tries.
 */
export function unionView(
  d: UnionDeclaration,
  name: string,
  ctx: TypeContext,
  variantUris: readonly string[],
  compiled: readonly (string | null)[] | null,
  tags: TagIndex | null,
  reader: ReaderPlan | null,
) {
  const names = ctx.names.variants.get(d.id)!;
  const checks = d.variants.map((_, i) => compiled?.[i] ?? null);
  // Without a discriminator, the variants' validators (and their tree) serve only the variants without a compiled check.
  const needsTree = d.discriminator === null && checks.some((check) => check === null);
  const variants = d.variants.map((v, i) => ({
    ...variantView(d, name, v, i, names[i]!, ctx),
    schemaUri: javaStringExpression(variantUris[i]!),
    // Without a discriminator, the deserializer tries the variants VariantTags leaves: each one's
    // compiled check on the JSON, else its validator on the one tree built for those that have none.
    acceptsTest: checks[i] === null ? `accepts(VariantValidators.ALL[${i}], tree)` : `${checks[i]}(json)`,
  }));
  return {
    kind: 'union',
    validationSource: 'this.source',
    name,
    doc: javadoc(docText(d.doc, deprecatedDoc(d))),
    discriminated: d.discriminator !== null,
    tagProperty: javaStringExpression(d.discriminator?.propertyName ?? ''),
    variants,
    needsTree,
    // tryVariant's arguments and parameters: the tree only where a variant's validator reads it.
    tryArguments: needsTree ? 'json, tree' : 'json',
    tryParameters: needsTree ? 'JsonValue json, Object tree' : 'JsonValue json',
    variantTags: variantTagsInitializer(tags, d.variants.length),
    variantNames: names.map((n) => javaString(n.getter)).join(', '),
    unknownToString: javaString(`${name}{_unknown=`),
    fastReader:
      reader === null || reader.kind !== 'union'
        ? null
        : indentedLines(
            unionReaderLines(reader, name, (i) => {
              const v = d.variants[i]!;
              return v.kind === 'ref' ? className(ctx.names, v.id) : javaType(v, ctx);
            }),
          ),
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
    tag: tag === null ? 'null' : javaStringExpression(tag),
    doc: javadoc(target === null ? [] : docText(target.doc)),
    index: i,
  };
}

/** The deserializer's VariantTags (its lines after the first indented as the field): the member's strings, the variants each leaves, and those left without one. */
function variantTagsInitializer(tags: TagIndex | null, count: number): string {
  if (tags === null) return `VariantTags.none(${count});`;
  const ints = (indices: readonly number[]) => `new int[] {${indices.join(', ')}}`;
  const entries = [...tags.byTag];
  return [
    'new VariantTags(',
    `    ${javaStringExpression(tags.wire)},`,
    '    new String[] {',
    ...entries.map(([tag]) => `        ${javaString(tag)},`),
    '    },',
    '    new int[][] {',
    ...entries.map(([, indices]) => `        ${ints(indices)},`),
    '    },',
    `    ${ints(tags.absent)},`,
    `    ${ints(tags.other)},`,
    `    ${count});`,
  ].join(`\n${' '.repeat(8)}`);
}
