// The python target: a package in openapi-generator's python client shape (one module per model
// under <package>/models/, models with to_str/to_json/from_json/to_dict/from_dict), standard
// library only, with a small runtime module that validates like Ajv. Plans files; never renders.

import { requiredSource } from '../../render/runtime-sources.js';
import type { Target, TargetOptions } from '../target.js';
import { bannerText } from '../target.js';
import { hashComment } from '../shared/text.js';
import { checkPropertyOrder, declarationsById } from '../shared/common.js';
import { declarationNames, namesOf } from './names.js';
import { checkPackageOptions, modelsInitView, packageInitView, packagePath, pyprojectView } from './package.js';
import { moduleView } from './views.js';

/**
 * A runtime source (templates/python/runtime/<file>) as it ships: the banner line and a blank
 * line, then the source unchanged. Nothing is substituted: a Python module declares no package,
 * and the runtime modules import each other only relatively (`from .exceptions import ...`), so
 * the same text works under any python.package (test/runtime/python.test.ts holds them to that).
 */
function runtimeFile(runtime: ReadonlyMap<string, string>, file: string, banner: string): string {
  return `# ${banner}\n\n${requiredSource(runtime, 'python', file)}`;
}

export const python: Target<TargetOptions, null> = {
  name: 'python',
  defaults: { package: 'openapiopenai', packageVersion: '1.0.0', propertyOrder: 'schema', patterns: 'linear' },
  codegenKeys: ['name'],
  parseOptions: (options) => options,
  names: () => null,
  *plan(model, options, _names, runtime) {
    const pkg = checkPackageOptions(options);
    const order = checkPropertyOrder(options['propertyOrder']);
    const names = declarationNames(model);
    // One banner for the .py files and pyproject.toml: hashComment() suits both.
    const banner = hashComment(bannerText(model));
    const root = packagePath(pkg);
    yield* [
      { path: 'pyproject.toml', template: 'pyproject', view: pyprojectView(model, pkg, banner) },
      { path: `${root}/__init__.py`, template: 'package_init', view: packageInitView(model, banner) },
      { path: `${root}/py.typed`, template: 'py_typed', view: { banner } },
      { path: `${root}/exceptions.py`, content: runtimeFile(runtime, 'exceptions.py', banner) },
      { path: `${root}/_runtime.py`, content: runtimeFile(runtime, '_runtime.py', banner) },
      { path: `${root}/models/__init__.py`, template: 'models_init', view: modelsInitView(model, names, banner) },
    ];
    const context = { banner, byId: declarationsById(model), names, order };
    for (const d of model.declarations) {
      yield { path: `${root}/models/${namesOf(names, d.id).moduleName}.py`, template: 'file', pointer: d.id, view: moduleView(d, context) };
    }
  },
};
