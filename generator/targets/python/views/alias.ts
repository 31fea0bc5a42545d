// An alias: a module-level type alias and the TypeAdapter validating it. Its right-hand side runs
// at import time, so other declarations are named as strings, except a bare reference (imports.ts).

import type { AliasDeclaration } from '../../../model/ir.js';
import { isBareRef, isNullAlias } from '../imports.js';
import { namesOf } from '../names.js';
import { annotation, schemaExpression } from '../types.js';
import type { ViewContext } from './context.js';

export interface AliasView {
  readonly type: string;
  readonly adapterName: string;
  readonly schema: string;
}

export function aliasView(d: AliasDeclaration, c: ViewContext): AliasView {
  const ctx = { names: c.names, byId: c.byId };
  return {
    type: isNullAlias(d) ? 'Literal[None]' : annotation(d.type, { ...ctx, quoteRefs: !isBareRef(d, ctx) }),
    adapterName: namesOf(c.names, d.id).adapterName!,
    schema: schemaExpression(d.type, { ...ctx, quoteRefs: true }),
  };
}
