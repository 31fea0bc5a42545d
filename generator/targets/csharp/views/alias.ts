// The view of an alias: C# has no type aliases, so an alias is a static class with
// FromJsonString / ToJsonString over the aliased type (references to it name that type).

import type { AliasDeclaration } from '../../../model/ir.js';
import { code } from '../literals.js';
import { csType } from '../types.js';
import { ComposedIo, header, type ViewCtx } from './common.js';

export function aliasView(d: AliasDeclaration, ctx: ViewCtx) {
  const base = header(d, ctx, `The ${code(d.schemaName)} type.`);
  const t = csType(d.type, ctx);
  const io = new ComposedIo();
  const fastRead = ctx.readers.aliasReader(d, t.text);
  // FromJsonString tries the fast reader first where there is one.
  const parse = `SchemaRuntime.Parse(json, validator, FromJson${fastRead === null ? '' : ', TryRead'})`;
  return { kind: 'alias', ...base, type: t.text, reader: io.reader(t), writer: io.writer(t), composed: io.fields, fastRead, parse };
}
