// The view of a union. A discriminated union is an interface with a converter that switches on
// the tag (dispatch.ts); any other union is a sealed class holding one `Value` (one constructor
// per distinct variant type) whose converter binds the first variant the value matches (the
// runtime's SchemaVariants: by the value's tag when that leaves one variant, else tried in order).

import type { UnionDeclaration } from '../../../model/ir.js';
import { code, summary } from '../literals.js';
import { baseType, reachesNull } from '../types.js';
import { ComposedIo, converterIo, header, type ViewCtx } from './common.js';
import { dispatchView } from './dispatch.js';
import { validatorAt } from './validation-schema.js';

export function unionView(d: UnionDeclaration, ctx: ViewCtx) {
  return d.discriminator === null ? plainUnionView(d, ctx) : interfaceView(d, ctx);
}

function plainUnionView(d: UnionDeclaration, ctx: ViewCtx) {
  const base = header(d, ctx, `One of several shapes (${d.mode}).`);
  const fields = ctx.names.variants.get(d.id)!;
  const pointers = d.variantPointers;
  const io = new ComposedIo();
  const variants = d.variants.map((v, i) => {
    const t = baseType(v, ctx);
    return {
      base: t.base,
      reader: io.reader(t),
      writer: io.writer(t),
      owner: base.name,
      field: fields[i]!,
      at: validatorAt(pointers[i]!, ctx.checks.variants.get(d.id)?.[i]),
      local: `v${i}`,
      index: i,
      last: i === d.variants.length - 1,
    };
  });
  const types = [...new Set(variants.map((v) => v.base))];
  return {
    kind: 'union',
    ...base,
    constructors: types.map((type) => ({
      owner: base.name,
      docComment: summary([`Holds a ${code(type)}.`], ['<param name="value">The value.</param>']),
      type,
    })),
    valueDoc: summary([`The value held, one of: ${types.map(code).join(', ')}.`]),
    variants,
    composed: io.fields,
    ...converterIo(reachesNull({ kind: 'ref', id: d.id, nullable: false }, ctx), false, ctx.readers.unionReader(d, base.name)),
  };
}

function interfaceView(d: UnionDeclaration, ctx: ViewCtx) {
  const base = header(d, ctx, `One of several objects, told apart by ${code(d.discriminator!.propertyName)}.`);
  const plan = ctx.names.bases.unions.get(d.id)!;
  return {
    kind: 'interface',
    ...base,
    extends: plan.extends ?? '',
    members: plan.members.map((m) => ({ docComment: summary(m.doc), type: m.type, name: m.name })),
    hasToJsonString: plan.extends === null,
    ...dispatchView(base.converter, d.discriminator!, d.nullable, ctx, base.validatorAt, { type: base.name, union: d }),
  };
}
