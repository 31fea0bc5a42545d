// The Java target: openai-java's model classes on Jackson, in Maven layout under generated/java:
// pom.xml, the small runtime (<runtimePackage>.core, .errors and .validation, copied from the real
// sources in templates/java/runtime/com/openai/: runtime.ts), ValidationSchema (the schema its
// validators read: validation.ts), the compiled checks (Checks0, ...: checks.ts) and one class per
// declaration in <package>. Options are checked in options.ts, every name is decided in names.ts, and plan only
// lists the files. Java-specific: limits.ts (JVM class-file limits), javadoc.ts (comment text).

import type { Model } from '../../model/ir.js';
import type { PlannedFile, Target } from '../target.js';
import { declarationsById } from '../shared/common.js';
import { className, javaNames, type JavaNames } from './names.js';
import { isPackageName, parseOptions, sourcePath, type JavaOptions } from './options.js';
import { firstAccepted, IDENTITY_DEFAULTS, schemaWords } from '../shared/identity.js';
import { runtimeFiles } from './runtime.js';
import { VIEWED_FORMATS } from './types.js';
import { checksView, validationSchemaView } from './validation.js';
import { compileChecks } from './checks.js';
import { modelFileView } from './views/file.js';
import { projectView } from './views/project.js';

export { withRuntimePackage } from './runtime.js';

export const java: Target<JavaOptions, JavaNames> = {
  name: 'java',
  defaults: {
    // package and packageName "" are derived from the schema (schemaDefaults); runtimePackage "" is
    // the package's parent, groupId "" the runtime package.
    package: '',
    runtimePackage: '',
    groupId: '',
    ...IDENTITY_DEFAULTS,
    propertyOrder: 'required-first-alphabetical',
    patterns: 'linear',
    formats: 'annotate',
    nativeFormats: true,
  },
  schemaDefaults: (model) => {
    const words = schemaWords(model);
    const name = words.join('');
    return {
      package: firstAccepted([`${name}.models`, `schema${name}.models`], isPackageName, 'models'),
      packageName: firstAccepted([words.join('-')], (n) => /^[a-z0-9]/.test(n), 'models'),
    };
  },
  codegenKeys: ['name', 'variantName'],
  viewedFormats: VIEWED_FORMATS,
  parseOptions,
  names: (model: Model) => javaNames(model),
  *plan(model, options, names, runtime): Iterable<PlannedFile> {
    const ctx = { byId: declarationsById(model), names };
    yield { path: 'pom.xml', template: 'project', view: projectView(model, options.project) };
    yield* runtimeFiles(model, options.packages, runtime);
    yield { path: sourcePath(options.packages.models, 'ValidationSchema.java'), template: 'validation-schema', view: validationSchemaView(model, options) };
    const compiled = compileChecks(model, options.formats === 'assert', options.patterns);
    for (const c of compiled.classes)
      yield { path: sourcePath(options.packages.models, `${c.name}.java`), template: 'checks', view: checksView(model, c, options) };
    for (const d of model.declarations) {
      yield {
        path: sourcePath(options.packages.models, `${className(names, d.id)}.java`),
        template: 'file',
        pointer: d.id,
        view: modelFileView(model, d, ctx, options, compiled),
      };
    }
  },
};
