// The csharp target: OpenAI-DotNet's shapes on System.Text.Json. Plans the .csproj named after
// the namespace (views/project.ts), the runtime files (the JSON Schema validator, readers/writers,
// the exception: copied from templates/csharp/runtime/, see runtime.ts), SchemaDocuments.cs (the
// schema the validator reads: views/validation-schema.ts), SchemaChecks.cs (the schemas compiled
// to code, which the converters validate with first: checks.ts), one .cs file per shared base type
// (bases.ts, views/base-types.ts), one per declaration (the type and its converter,
// views/file.ts) and, last, SchemaUtf8.cs (the UTF-8 its fast readers compare tokens with,
// readers.ts). In order: parseOptions (options.ts), names (names.ts: every identifier, every
// collision refused, before any view; identifiers.ts is the policy for one name), plan (only lists
// the files). The views carry data (names, type and literal texts, flags, lists); the templates
// print the C# statements. No imports.ts: every file has the same usings (views/file.ts).

import { bannerText, type Target } from '../target.js';
import { declarationsById } from '../shared/common.js';
import { lineComment } from '../shared/text.js';
import { CHECKS_CLASS, compileChecks } from './checks.js';
import { FastReaders, UTF8_CLASS } from './readers.js';
import { csharpNames, type CsharpNames } from './names.js';
import { isNamespace, parseOptions, type CsharpOptions } from './options.js';
import { firstAccepted, IDENTITY_DEFAULTS, schemaWords } from '../shared/identity.js';
import { pascalCase } from '../../model/naming.js';
import { runtimeFiles } from './runtime.js';
import { NATIVE_FORMATS } from '../shared/formats.js';
import { baseClassView, baseInterfaceView } from './views/base-types.js';
import type { ViewCtx } from './views/common.js';
import { declarationFileView, fileView } from './views/file.js';
import { projectFile } from './views/project.js';
import { validationSchemaView } from './views/validation-schema.js';

export const csharp: Target<CsharpOptions, CsharpNames> = {
  name: 'csharp',
  // csharp.namespace "" is derived from the schema (schemaDefaults); packageName "" is the namespace.
  defaults: {
    namespace: '',
    ...IDENTITY_DEFAULTS,
    targetFramework: 'net10.0',
    propertyOrder: 'schema',
    patterns: 'linear',
    formats: 'annotate',
    nativeFormats: true,
  },
  schemaDefaults: (model) => {
    const name = pascalCase(schemaWords(model, true));
    return { namespace: firstAccepted([`${name}.Models`, `Schema${name}.Models`], isNamespace, 'Models') };
  },
  codegenKeys: ['name', 'baseInterface', 'baseClass', 'baseProperties'],
  viewedFormats: NATIVE_FORMATS,
  parseOptions,
  names: (model, options) => csharpNames(model, options.nativeFormats),
  *plan(model, options, names, runtime) {
    const { namespace } = options;
    const checks = compileChecks(model, options.formats === 'assert', options.patterns);
    const byId = declarationsById(model);
    const readers = new FastReaders(model, { byId, declared: names.declarations, names, order: options.order }, options.formats === 'assert', options.patterns);
    const ctx: ViewCtx = { byId, declared: names.declarations, names, namespace, order: options.order, checks, readers };
    const { bases } = names;
    const banner = lineComment(bannerText(model));
    const file = (name: string, pointer: string, view: object) => ({ path: `${name}.cs`, template: 'file', pointer, view });
    yield projectFile(model, options);
    const views = [...names.properties.values()].some((properties) => properties.some((p) => p.view !== null));
    yield* runtimeFiles(runtime, namespace, banner, views);
    yield { path: 'SchemaDocuments.cs', template: 'file', pointer: '', view: fileView(banner, namespace, false, validationSchemaView(model, options)) };
    if (checks.code !== null)
      yield {
        path: 'SchemaChecks.cs',
        template: 'file',
        pointer: '',
        view: fileView(banner, namespace, false, { kind: 'checks', name: CHECKS_CLASS, code: checks.code }),
      };
    yield* bases.interfaces.map((s) => file(s.name, s.pointer, fileView(banner, namespace, false, baseInterfaceView(s, ctx))));
    yield* bases.classes.map((s) => file(s.name, s.pointer, fileView(banner, namespace, false, baseClassView(s, ctx))));
    for (const d of model.declarations) yield file(names.declarations.get(d.id)!.file, d.id, declarationFileView(d, ctx, banner));
    // Last: the readers above named the UTF-8 constants they compare with.
    const constants = readers.utf8.constants();
    if (constants.length > 0) yield file(UTF8_CLASS, '', fileView(banner, namespace, false, { kind: 'utf8', name: UTF8_CLASS, constants }));
  },
};
