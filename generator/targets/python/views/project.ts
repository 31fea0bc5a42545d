// The package around the models: pyproject.toml, <package>/__init__.py, py.typed and
// models/__init__.py (exporting every model). The runtime modules (_runtime.py, exceptions.py)
// are copied from templates/python/runtime/ (see ../index.ts).

import type { Model } from '../../../model/ir.js';
import { docLines } from '../../shared/common.js';
import { tomlString } from '../../shared/text.js';
import { licenseAndRepository, packageDescription, type LicenseAndRepository } from '../../shared/identity.js';
import { docstring, pyString } from '../literals.js';
import { namesOf, type Names } from '../names.js';
import type { PythonOptions } from '../options.js';

export interface ProjectView extends LicenseAndRepository {
  readonly banner: string;
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly topLevel: string;
  readonly packageData: string;
}

export function projectView(model: Model, options: PythonOptions, names: Names, banner: string): ProjectView {
  return {
    banner,
    name: tomlString(names.distributionName),
    version: tomlString(options.packageVersion),
    // One line, as package metadata wants it, in TOML's own escaping.
    description: tomlString(packageDescription(model, options.identity.description)),
    ...licenseAndRepository(options.identity, tomlString),
    // pyproject's `license = {text = ...}`: the table form the setuptools of Debian 12 reads.
    license: `{text = ${tomlString(options.identity.license ?? '')}}`,
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

export const pyTypedView = (banner: string): { readonly banner: string } => ({ banner });

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
