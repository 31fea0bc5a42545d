// The converter of an interface or base class that reads the class a tag names (dispatch.hbs):
// a discriminated union's interface, or a shared base type whose unions agree on the tag.

import type { UnionDeclaration } from '../../../model/ir.js';
import type { SharedType } from '../bases.js';
import { csString } from '../literals.js';
import { converterIo, type ViewCtx } from './common.js';

/**
 * `validatorAt`: the arguments of the union's own validation (a discriminated union is a
 * declaration, validated whole); null for a shared base type, which has no schema of its own:
 * it reads the tag, then validates with the validator of the class the tag names
 * (SchemaRuntime.ReadTagged).
 */
export function dispatchView(
  converter: string,
  discriminator: NonNullable<SharedType['dispatch']>,
  nullable: boolean,
  ctx: ViewCtx,
  validatorAt: string | null,
  reads: { readonly type: string; readonly union: UnionDeclaration | null },
) {
  const variants = discriminator.mapping.map((m, i) => ({
    tag: csString(m.value),
    type: ctx.declared.get(m.id)!.type,
    companion: ctx.declared.get(m.id)!.companion,
    local: `v${i}`,
  }));
  return {
    converter,
    validatorAt: validatorAt ?? '',
    tags: validatorAt === null ? variants.map((v, i) => ({ tag: v.tag, companion: v.companion, last: i === variants.length - 1 })) : null,
    tag: csString(discriminator.propertyName),
    variants,
    ...converterIo(nullable, false, ctx.readers.dispatchReader(reads.type, discriminator, reads.union)),
  };
}
