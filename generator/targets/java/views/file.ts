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
    object: (o) => objectView(o, name, ctx, options, compiled.readers.get(o.id) ?? null),
    enum: (e) => enumView(e, name, ctx),
    union: (u) =>
      unionView(
        u,
        name,
        ctx,
        variantUris(model, u),
        compiled.variants.get(u.id) ?? null,
        compiled.variantTags.get(u.id) ?? null,
        compiled.readers.get(u.id) ?? null,
      ),
    alias: (a) => aliasView(a, name, ctx, compiled.readers.get(a.id) ?? null),
  });
  // An object's fast reader as written: its imports are what it names.
  const readerText = (view as { fastReader?: string | null }).fastReader ?? '';
  return {
    banner: javaLineComment(bannerText(model)),
    packageName: options.packages.models,
    imports: [...new Set([...importsFor(d, ctx, options), ...readerImports(d, compiled, options, readerText)])].sort(),
    schemaUri: schemaUriLiteral(model, d),
    compiledCheck: compiled.checks.get(d.id) ?? null,
    // An object's and an enum's isValid() come from the runtime (ObjectModel, EnumModel); validate.hbs writes the others'.
    inheritsIsValid: d.kind === 'object' || d.kind === 'enum',
    ...view,
    classAnnotations: classAnnotations(d, ctx.byId),
  };
}

/** The runtime's classes a member's test (a compiled check) may name. */
const TEST_CLASSES = ['JsonChecks', 'JsonObject', 'JsonArray', 'JsonBoolean', 'JsonNull', 'JsonNumber', 'JsonString'];

/**
 * What a declaration's fast reader (../readers.ts) names: Jackson's parser and tokens, FastReads,
 * the nested readers' type, an alias's JsonField, the classes the tests it writes name (`text`: an
 * object's reader as written; the runtime tests some members itself).
 */
function readerImports(d: Declaration, compiled: CompiledChecks, options: JavaOptions, text: string): string[] {
  const plan = compiled.readers.get(d.id);
  if (plan === undefined) return [];
  const core = options.packages.core;
  const common = ['com.fasterxml.jackson.core.JsonParser', 'com.fasterxml.jackson.core.JsonToken', 'java.io.IOException', `${core}.FastReads`];
  if (plan.kind === 'union') return common;
  if (plan.kind === 'alias') return [...common, `${core}.JsonField`];
  const named = TEST_CLASSES.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  const nested = [...plan.members.values()].some((m) => m.nested !== null);
  return [...common, ...(nested ? [`${core}.BaseDeserializer`] : []), ...named.map((name) => `${core}.${name}`)];
}
