// The python target: a package in openapi-generator's python client shape (one module per model
// under <package>/models/, models with to_str/to_json/from_json/to_dict/from_dict), standard
// library only, with a small runtime module that validates like Ajv. Plans files; never renders.
// options.ts checks the options, names.ts names everything, views/ builds what templates print
// (views/file.ts per model module, views/project.ts the package files); imports.ts decides each
// module's imports, types.ts and literals.ts write Python types and values.

import { requiredSource } from '../../render/runtime-sources.js';
import type { Target } from '../target.js';
import { bannerText } from '../target.js';
import { hashComment } from '../shared/text.js';
import { declarationsById } from '../shared/common.js';
import { namesOf, pythonNames, type Names } from './names.js';
import { parseOptions, type PythonOptions } from './options.js';
import { moduleView } from './views/file.js';
import { modelsInitView, packageInitView, projectView, pyTypedView } from './views/project.js';

/**
 * A runtime source (templates/python/runtime/<file>) as it ships: the banner line and a blank
 * line, then the source unchanged. Nothing is substituted: a Python module declares no package,
 * and the runtime modules import each other only relatively (`from .exceptions import ...`), so
 * the same text works under any python.package (test/runtime/python.test.ts holds them to that).
 */
function runtimeFile(runtime: ReadonlyMap<string, string>, file: string, banner: string): string {
  return `# ${banner}\n\n${requiredSource(runtime, 'python', file)}`;
}

export const python: Target<PythonOptions, Names> = {
  name: 'python',
  defaults: { package: 'openapiopenai', packageVersion: '1.0.0', propertyOrder: 'schema', patterns: 'linear' },
  codegenKeys: ['name'],
  parseOptions,
  names: pythonNames,
  *plan(model, options, names, runtime) {
    // One banner for the .py files and pyproject.toml: hashComment() suits both.
    const banner = hashComment(bannerText(model));
    const root = names.packageDir;
    yield* [
      { path: 'pyproject.toml', template: 'project', view: projectView(model, options, names, banner) },
      { path: `${root}/__init__.py`, template: 'package-init', view: packageInitView(model, banner) },
      { path: `${root}/py.typed`, template: 'py-typed', view: pyTypedView(banner) },
      { path: `${root}/exceptions.py`, content: runtimeFile(runtime, 'exceptions.py', banner) },
      { path: `${root}/_runtime.py`, content: runtimeFile(runtime, '_runtime.py', banner) },
      { path: `${root}/models/__init__.py`, template: 'models-init', view: modelsInitView(model, names, banner) },
    ];
    const context = { banner, byId: declarationsById(model), names, order: options.propertyOrder };
    for (const d of model.declarations) {
      yield { path: `${root}/models/${namesOf(names, d.id).moduleName}.py`, template: 'file', pointer: d.id, view: moduleView(d, context) };
    }
  },
};
