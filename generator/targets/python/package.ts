// The package around the models: pyproject.toml, <package>/__init__.py, py.typed and
// models/__init__.py (exporting every model). Views only; templates print them. The runtime
// modules (_runtime.py, exceptions.py) are copied from templates/python/runtime/ (see index.ts).

import { OptionsError, quoted } from '../../errors.js';
import type { Model } from '../../model/ir.js';
import { docLines } from '../shared/common.js';
import { docstring, pyString } from './literals.js';
import { namesOf, type Names } from './names.js';
import { PYTHON_RESERVED } from '../shared/reserved.js';
import { isAsciiIdentifier, isDottedName } from '../shared/naming.js';
import { splitLines, tomlString } from '../shared/text.js';
import { PYTHON_STDLIB_MODULES } from '../shared/platform-names.js';

export interface PackageOptions {
  /** Dotted import name, e.g. "openapiopenai". */
  readonly package: string;
  readonly packageVersion: string;
}

export function checkPackageOptions(options: Readonly<Record<string, unknown>>): PackageOptions {
  const pkg = options['package'];
  const version = options['packageVersion'];
  if (typeof pkg !== 'string' || !isDottedName(pkg, isAsciiIdentifier, PYTHON_RESERVED)) {
    throw new OptionsError(`python.package must be a dotted Python module name, found ${JSON.stringify(pkg)}`, 'write e.g. python.package=openapiopenai');
  }
  const top = pkg.split('.')[0]!;
  if (PYTHON_STDLIB_MODULES.has(top)) {
    throw new OptionsError(
      `python.package ${JSON.stringify(pkg)} starts with ${quoted(top)}, a module of the Python standard library: the package would shadow it, or fail to import`,
      `choose a name that is not a standard module (python3 -c "import sys; print(sorted(sys.stdlib_module_names))" lists them), e.g. python.package=my${top.replace(/^_+/, '')}models`,
    );
  }
  if (typeof version !== 'string' || !/^[0-9A-Za-z.+!-]+$/.test(version)) {
    throw new OptionsError(
      `python.packageVersion must be a version such as "1.0.0", found ${JSON.stringify(version)}`,
      'write e.g. python.packageVersion=1.0.0',
    );
  }
  return { package: pkg, packageVersion: version };
}

export const packagePath = (options: PackageOptions): string => options.package.split('.').join('/');

export interface PyprojectView {
  readonly banner: string;
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly topLevel: string;
  readonly packageData: string;
}

export function pyprojectView(model: Model, options: PackageOptions, banner: string): PyprojectView {
  const description = model.title ?? model.description ?? `Models for ${model.source}`;
  return {
    banner,
    name: tomlString(options.package.replace(/[._]/g, '-')),
    version: tomlString(options.packageVersion),
    // One line, as package metadata wants it, in TOML's own escaping.
    description: tomlString(splitLines(description)[0]!),
    topLevel: tomlString(`${options.package.split('.')[0]!}*`),
    packageData: tomlString(options.package),
  };
}

export interface PackageInitView {
  readonly banner: string;
  readonly docstring: readonly string[];
}

export function packageInitView(model: Model, banner: string): PackageInitView {
  const lines = docLines({ title: model.title, description: model.description, deprecated: false });
  return { banner, docstring: docstring(lines.length === 0 ? [`Models for ${model.source}.`] : lines) };
}

export interface ModelsInitView {
  readonly banner: string;
  readonly imports: readonly string[];
  readonly exports: readonly string[];
}

export function modelsInitView(model: Model, names: Names, banner: string): ModelsInitView {
  const entries = model.declarations.map((d) => {
    const n = namesOf(names, d.id);
    const exported = n.adapterName === null ? [n.className] : [n.className, n.adapterName];
    return { line: `from .${n.moduleName} import ${exported.join(', ')}`, exported };
  });
  return { banner, imports: entries.map((e) => e.line), exports: entries.flatMap((e) => e.exported).map((n) => `${pyString(n)},`) };
}
