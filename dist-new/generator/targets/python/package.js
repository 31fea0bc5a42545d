// The package around the models: pyproject.toml, <package>/__init__.py, py.typed, the runtime
// module and models/__init__.py (exporting every model). Views only; templates print them.
import { OptionsError } from '../../errors.js';
import { docLines } from '../common.js';
import { docstring, pyString } from './literals.js';
import { namesOf } from './names.js';
import { PYTHON_RESERVED } from '../reserved.js';
export function checkPackageOptions(options) {
    const pkg = options['package'];
    const version = options['packageVersion'];
    const segments = typeof pkg === 'string' ? pkg.split('.') : [];
    if (segments.length === 0 || segments.some((s) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) || PYTHON_RESERVED.has(s))) {
        throw new OptionsError(`python.package must be a dotted Python module name, found ${JSON.stringify(pkg)}`, 'write e.g. python.package=openapiopenai');
    }
    if (typeof version !== 'string' || !/^[0-9A-Za-z.+!-]+$/.test(version)) {
        throw new OptionsError(`python.packageVersion must be a version such as "1.0.0", found ${JSON.stringify(version)}`, 'write e.g. python.packageVersion=1.0.0');
    }
    return { package: pkg, packageVersion: version };
}
export const packagePath = (options) => options.package.split('.').join('/');
export function pyprojectView(model, options, banner) {
    const description = model.title ?? model.description ?? `Models for ${model.source}`;
    return {
        banner,
        name: pyString(options.package.replace(/[._]/g, '-')),
        version: pyString(options.packageVersion),
        description: pyString(description.split('\n')[0]),
        topLevel: pyString(`${options.package.split('.')[0]}*`),
        packageData: pyString(options.package),
    };
}
export function packageInitView(model, banner) {
    const lines = docLines({ title: model.title, description: model.description, deprecated: false });
    return { banner, docstring: docstring(lines.length === 0 ? [`Models for ${model.source}.`] : lines) };
}
export function modelsInitView(model, names, banner) {
    const entries = model.declarations.map((d) => {
        const n = namesOf(names, d.id);
        const exported = n.adapterName === null ? [n.className] : [n.className, n.adapterName];
        return { line: `from .${n.moduleName} import ${exported.join(', ')}`, exported };
    });
    return { banner, imports: entries.map((e) => e.line), exports: entries.flatMap((e) => e.exported).map((n) => `${pyString(n)},`) };
}
