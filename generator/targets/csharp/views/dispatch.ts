// The converter of an interface or base class that reads the class a tag names (dispatch.hbs):
// a discriminated union's interface, or a shared base type whose unions agree on the tag.

import { wrapLinesIfNullable } from '../../shared/common.js';
import type { SharedType } from '../bases.js';
import { csString } from '../literals.js';
import { terminated, topIo, type ViewCtx } from './common.js';

export function dispatchView(name: string, converter: string, discriminator: NonNullable<SharedType['dispatch']>, nullable: boolean, ctx: ViewCtx) {
  const variants = discriminator.mapping.map((m, i) => ({
    tag: csString(m.value),
    type: ctx.declared.get(m.id)!.type,
    companion: ctx.declared.get(m.id)!.companion,
    local: `v${i}`,
  }));
  const tags = variants.map((m, i) => `    SchemaChecks.Tag(${m.tag}, ${m.companion}.Validate)${i < variants.length - 1 ? ',' : ')'}`);
  return {
    converter,
    checkLines: terminated(
      wrapLinesIfNullable(nullable, 'SchemaChecks.Nullable', ['SchemaChecks.Discriminated(', `    ${csString(discriminator.propertyName)},`, ...tags]),
    ),
    tag: csString(discriminator.propertyName),
    variants,
    ...topIo(name, nullable),
  };
}
