// The view of a declaration's .cs file: the banner, the namespace, the usings (the same in every
// file: C# needs no per-file imports, so this target has no imports.ts) and the one declaration,
// built by the view builder of its kind. A file that names something deprecated disables the
// obsolete warnings, since its own code must still read and write it.

import { foldDeclaration } from '../../../model/fold.js';
import type { Declaration, TypeRef } from '../../../model/ir.js';
import { referencedIds } from '../types.js';
import { aliasView } from './alias.js';
import type { ViewCtx } from './common.js';
import { enumView } from './enum.js';
import { objectView } from './object.js';
import { unionView } from './union.js';

const USINGS = ['System', 'System.Collections.Generic', 'System.Text.Json', 'System.Text.Json.Serialization'];

/** What every .cs file around its type prints. */
export function fileView(banner: string, namespace: string, suppressObsolete: boolean, view: object): object {
  return { banner, namespace, usings: USINGS, suppressObsolete, ...view };
}

export function declarationFileView(d: Declaration, ctx: ViewCtx, banner: string): object {
  const view = foldDeclaration<object>(d, {
    object: (o) => objectView(o, ctx),
    enum: (e) => enumView(e, ctx),
    union: (u) => unionView(u, ctx),
    alias: (a) => aliasView(a, ctx),
  });
  return fileView(banner, ctx.namespace, usesDeprecated(d, ctx), view);
}

/** True when the file names something deprecated, so its own code must not warn about it. */
function usesDeprecated(d: Declaration, ctx: ViewCtx): boolean {
  if (d.doc.deprecated) return true;
  if (d.kind === 'object' && d.properties.some((p) => p.doc.deprecated)) return true;
  return typesOf(d)
    .flatMap((t) => referencedIds(t, ctx))
    .some((id) => ctx.byId.get(id)?.doc.deprecated === true);
}

/** The TypeRefs a declaration's file names. */
function typesOf(d: Declaration): readonly TypeRef[] {
  return foldDeclaration<readonly TypeRef[]>(d, {
    object: (o) => [...o.properties.map((p) => p.type), ...(o.additional.kind === 'typed' ? [o.additional.type] : [])],
    union: (u) => u.variants,
    alias: (a) => [a.type],
    enum: () => [],
  });
}
