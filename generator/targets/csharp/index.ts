// The csharp target: OpenAI-DotNet's shapes on System.Text.Json. Plans one .cs file per
// declaration (the type and its converter), one per shared base type, the runtime files
// (validation combinators, readers/writers, the exception: copied from templates/csharp/runtime/,
// see runtime.ts) and a .csproj named after the namespace.

import { OptionsError, quoted } from '../../errors.js';
import type { Declaration } from '../../model/ir.js';
import { bannerText, type PlannedFile, type Target, type TargetOptions } from '../target.js';
import { checkPropertyOrder, declarationsById } from '../shared/common.js';
import { lineComment, xmlComment } from '../shared/text.js';
import { CSHARP_RESERVED } from '../shared/reserved.js';
import { isDottedName, isPlainIdentifier } from '../shared/naming.js';
import { CSHARP_PLATFORM_NAMESPACES, isInside } from '../shared/platform-names.js';
import { planBases } from './bases.js';
import type { ViewCtx } from './context.js';
import { checkTypeNames, declarationNames } from './names.js';
import { checkAliasCycles } from './types.js';
import { objectView } from './objects.js';
import { runtimeFiles } from './runtime.js';
import { aliasView, baseClassView, baseInterfaceView, enumView, unionView } from './views.js';

const USINGS = ['System', 'System.Collections.Generic', 'System.Text.Json', 'System.Text.Json.Serialization'];

export const csharp: Target<TargetOptions, null> = {
  name: 'csharp',
  defaults: { namespace: 'OpenAI.Realtime', targetFramework: 'net10.0', propertyOrder: 'schema', patterns: 'linear' },
  codegenKeys: ['name', 'baseInterface', 'baseClass', 'baseProperties'],
  parseOptions: (options) => options,
  names: () => null,
  *plan(model, options, _names, runtime) {
    const namespace = checkNamespace(options['namespace']);
    const byId = declarationsById(model);
    const names = declarationNames(model);
    const base = { model, byId, names, namespace, order: checkPropertyOrder(options['propertyOrder']) };
    checkAliasCycles(base);
    const bases = planBases(model.declarations, base);
    const ctx: ViewCtx = { ...base, bases };
    const shared = [...bases.interfaces, ...bases.classes];
    checkTypeNames(
      model,
      names,
      shared.map((s) => ({ name: s.name, pointer: s.pointer, label: `the base type ${s.name}` })),
    );
    const banner = lineComment(bannerText(model));
    const file = (name: string, pointer: string, view: object): PlannedFile => ({
      path: `${name.replace(/^@/, '')}.cs`,
      template: 'file',
      pointer,
      view: { banner, namespace, usings: USINGS, suppressObsolete: false, ...view },
    });
    yield {
      path: `${namespace}.csproj`,
      template: 'project',
      view: { banner: xmlComment(bannerText(model)), namespace, targetFramework: checkFramework(options['targetFramework']) },
    };
    yield* runtimeFiles(runtime, namespace, banner);
    yield* bases.interfaces.map((s) => file(s.name, s.pointer, baseInterfaceView(s, ctx)));
    yield* bases.classes.map((s) => file(s.name, s.pointer, baseClassView(s, ctx)));
    for (const d of model.declarations) yield file(names.get(d.id)!.file, d.id, declarationView(d, ctx));
  },
};

function declarationView(d: Declaration, ctx: ViewCtx): object {
  switch (d.kind) {
    case 'object':
      return objectView(d, ctx);
    case 'enum':
      return enumView(d, ctx);
    case 'union':
      return unionView(d, ctx);
    case 'alias':
      return aliasView(d, ctx);
  }
}

function checkNamespace(value: TargetOptions[string] | undefined): string {
  const text = String(value);
  if (!isDottedName(text, isPlainIdentifier, CSHARP_RESERVED)) {
    throw new OptionsError(`csharp.namespace must be a dotted C# name, found ${JSON.stringify(value)}`, 'write e.g. csharp.namespace=OpenAI.Realtime');
  }
  const platform = CSHARP_PLATFORM_NAMESPACES.find((prefix) => isInside(text, prefix));
  if (platform !== undefined) {
    throw new OptionsError(
      `csharp.namespace ${JSON.stringify(text)} is inside ${quoted(platform)}, a namespace of the .NET platform: the generated types would shadow the framework's`,
      'use a namespace of your own, e.g. csharp.namespace=MyCompany.Models',
    );
  }
  return text;
}

function checkFramework(value: TargetOptions[string] | undefined): string {
  const match = /^net(\d+)\.\d+$/.exec(String(value));
  if (match === null || Number(match[1]) < 6) {
    throw new OptionsError(
      `csharp.targetFramework must be net6.0 or later, found ${JSON.stringify(value)}`,
      'write e.g. csharp.targetFramework=net8.0; System.Text.Json must be in the framework',
    );
  }
  return String(value);
}
