// The python target: a package in openapi-generator's python client shape (one module per model
// under <package>/models/, models with to_str/to_json/from_json/to_dict/from_dict), standard
// library only, with the runtime's JSON Schema 2020-12 interpreter validating every model from the
// schema documents in _validation_schema.py. Plans files; never renders.
// options.ts checks the options, names.ts names everything, views/ builds what templates print
// (views/file.ts per model module, views/project.ts the package files); imports.ts decides each
// module's imports, types.ts and literals.ts write Python types and values.

import { requiredSource } from '../../render/runtime-sources.js';
import type { Target } from '../target.js';
import { bannerText } from '../target.js';
import { hashComment } from '../shared/text.js';
import { declarationsById } from '../shared/common.js';
import { namesOf, pythonNames, type Names } from './names.js';
import { isPackageName, parseOptions, type PythonOptions } from './options.js';
import { firstAccepted, IDENTITY_DEFAULTS, schemaWords } from '../shared/identity.js';
import { VIEWED_FORMATS } from './formats.js';
import { moduleView } from './views/file.js';
import { modelsInitView, packageInitView, projectView, pyTypedView } from './views/project.js';
import { validationSchemaView } from './views/validation-schema.js';
import { compileChecks } from './checks.js';

/**
 * A runtime source (templates/python/runtime/<file>) as it ships: the banner line and a blank
 * line, then the source unchanged. Nothing is substituted: a Python module declares no package,
 * and the runtime modules import each other only relatively (`from .exceptions import ...`), so
 * the same text works under any python.package (test/runtime/python.test.ts holds them to that).
 */
function runtimeFile(runtime: ReadonlyMap<string, string>, file: string, banner: string): string {
  return `# ${banner}\n\n${requiredSource(runtime, 'python', file)}`;
}

/** The runtime modules (templates/python/runtime/), as they ship; test/runtime/python.test.ts holds this list to the folder. */
export const RUNTIME_FILES = [
  'exceptions.py',
  '_runtime.py',
  '_validators.py',
  '_format_views.py',
  '_linear.py',
  '_schema.py',
  '_schema_applicators.py',
  '_schema_assertions.py',
  '_schema_discriminator.py',
  '_schema_formats.py',
  '_schema_formats_idn.py',
  '_schema_formats_text.py',
  '_schema_index.py',
  '_schema_node.py',
  '_schema_numbers.py',
  '_schema_uri.py',
] as const;

export const python: Target<PythonOptions, Names> = {
  name: 'python',
  // python.package "" is derived from the schema (schemaDefaults); packageName "" from the package.
  defaults: { package: '', ...IDENTITY_DEFAULTS, propertyOrder: 'schema', patterns: 'linear', formats: 'annotate', nativeFormats: true },
  schemaDefaults: (model) => {
    const words = schemaWords(model);
    return { package: firstAccepted([words.join('_'), [...words, 'models'].join('_')], isPackageName, 'models') };
  },
  codegenKeys: ['name'],
  viewedFormats: VIEWED_FORMATS,
  parseOptions,
  names: pythonNames,
  *plan(model, options, names, runtime) {
    // One banner for the .py files and pyproject.toml: hashComment() suits both.
    const banner = hashComment(bannerText(model));
    const root = names.packageDir;
    const checks = compileChecks(model, options.formats === 'assert', options.patterns, { names, order: options.propertyOrder });
    const compiled = checks.checks.size > 0;
    yield* [
      { path: 'pyproject.toml', template: 'project', view: projectView(model, options, names, banner) },
      { path: `${root}/__init__.py`, template: 'package-init', view: packageInitView(model, banner) },
      { path: `${root}/py.typed`, template: 'py-typed', view: pyTypedView(banner) },
      // Every runtime module ships: the base classes and binding, the validator and the interpreter.
      ...RUNTIME_FILES.map((file) => ({ path: `${root}/${file}`, content: runtimeFile(runtime, file, banner) })),
      { path: `${root}/_validation_schema.py`, template: 'validation-schema', view: validationSchemaView(model, options, banner, compiled) },
      ...(compiled ? [{ path: `${root}/_checks.py`, template: 'checks', view: { banner, imports: checks.imports, code: checks.code } }] : []),
      { path: `${root}/models/__init__.py`, template: 'models-init', view: modelsInitView(model, names, banner) },
    ];
    const context = { banner, model, byId: declarationsById(model), names, order: options.propertyOrder, checks: checks.checks };
    for (const d of model.declarations) {
      yield { path: `${root}/models/${namesOf(names, d.id).moduleName}.py`, template: 'file', pointer: d.id, view: moduleView(d, context) };
    }
  },
};
