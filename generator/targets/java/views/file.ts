// The view of one model file: package, imports, banner, and its declaration's own view (one
// builder per kind, chosen with foldDeclaration; file.hbs renders the partial named by `kind`).

import type { Declaration, Model } from '../../../model/ir.js';
import { foldDeclaration } from '../../../model/fold.js';
import { bannerText } from '../../target.js';
import { javaLineComment } from '../../shared/text.js';
import { importsFor } from '../imports.js';
import type { JavaOptions } from '../options.js';
import type { TypeContext } from '../types.js';
import { className } from '../names.js';
import { aliasView } from './alias.js';
import { enumView } from './enum.js';
import { objectView } from './object.js';
import { unionView } from './union.js';
import { schemaUriLiteral, variantUris } from '../validation.js';
import { classAnnotations } from '../deprecation.js';
import type { CompiledChecks } from '../checks.js';

/**
 * `compiled`: the compiled checks (../checks.ts): the declaration's (a method reference) when it
 * compiled, and a union's variants'.
 */
export function modelFileView(model: Model, d: Declaration, ctx: TypeContext, options: JavaOptions, compiled: CompiledChecks): object {
  const name = className(ctx.names, d.id);
  const view = foldDeclaration<object>(d, {
    object: (o) => objectView(o, name, ctx, options),
    enum: (e) => enumView(e, name, ctx),
    union: (u) => unionView(u, name, ctx, variantUris(model, u), compiled.variants.get(u.id) ?? null, compiled.variantTags.get(u.id) ?? null),
    alias: (a) => aliasView(a, name, ctx),
  });
  return {
    banner: javaLineComment(bannerText(model)),
    packageName: options.packages.models,
    imports: importsFor(d, ctx, options),
    schemaUri: schemaUriLiteral(model, d),
    compiledCheck: compiled.checks.get(d.id) ?? null,
    // An object's and an enum's isValid() come from the runtime (ObjectModel, EnumModel); validate.hbs writes the others'.
    inheritsIsValid: d.kind === 'object' || d.kind === 'enum',
    ...view,
    classAnnotations: classAnnotations(d, ctx.byId),
  };
}
