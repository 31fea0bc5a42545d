// The converter of an interface or base class that reads the class a tag names (dispatch.hbs):
// a discriminated union's interface, or a shared base type whose unions agree on the tag.

import type { SharedType } from '../bases.js';
import { csString } from '../literals.js';
import { combinatorShape, converterIo, type ViewCtx } from './common.js';

export function dispatchView(converter: string, discriminator: NonNullable<SharedType['dispatch']>, nullable: boolean, ctx: ViewCtx) {
  const variants = discriminator.mapping.map((m, i) => ({
    tag: csString(m.value),
    type: ctx.declared.get(m.id)!.type,
    companion: ctx.declared.get(m.id)!.companion,
    local: `v${i}`,
  }));
  const tag = csString(discriminator.propertyName);
  const items = [tag, ...variants.map((m) => `SchemaChecks.Tag(${m.tag}, ${m.companion}.Validate)`)];
  return {
    converter,
    shape: combinatorShape(nullable, 'Discriminated', items),
    tag,
    variants,
    ...converterIo(nullable),
  };
}
