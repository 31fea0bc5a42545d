// The TypeScript target: openai-node style interfaces and, from the same model, validate*, is*
// and parse* functions, in one module (generated/typescript/index.ts), beside the schema documents
// (validation-schema.ts) and the JSON Schema validator they run on (runtime/, copied verbatim).
// options.ts checks the options, names.ts decides every name, views/ builds the module's view;
// runtime.ts inlines runtime.ts's public error types and helpers into the module.

import { requiredSource } from '../../render/runtime-sources.js';
import { lineComment } from '../shared/text.js';
import { bannerText, type Target } from '../target.js';
import { typescriptNames, type TypeScriptNames } from './names.js';
import { parseOptions, VALIDATION_SCHEMA_FILE, type TypeScriptOptions } from './options.js';
import { inlinedRuntime, VALIDATOR_MODULES } from './runtime.js';
import { typeContext } from './types.js';
import { fileView } from './views/file.js';
import { validationSchemaView } from './views/validation-schema.js';
import { packageView, tsconfigView } from './views/project.js';
import { IDENTITY_DEFAULTS } from '../shared/identity.js';

export const typescript: Target<TypeScriptOptions, TypeScriptNames> = {
  name: 'typescript',
  // packageName "" is derived from the schema's title or file name (views/project.ts).
  defaults: { propertyOrder: 'required-first-alphabetical', fileName: 'index.ts', patterns: 'linear', formats: 'annotate', ...IDENTITY_DEFAULTS },
  codegenKeys: ['name'],
  // openai-node keeps formatted values as their JSON types.
  viewedFormats: [],
  parseOptions,
  names: typescriptNames,
  plan(model, options, names, runtime) {
    const view = fileView(
      model,
      { ...typeContext(model, names), order: options.propertyOrder },
      inlinedRuntime(runtime),
      options.formats === 'assert',
      options.patterns,
    );
    const banner = lineComment(bannerText(model));
    const sources = [VALIDATION_SCHEMA_FILE, ...VALIDATOR_MODULES.map((file) => `runtime/${file}`)];
    return [
      // An npm package: built by tsc into dist/ (JavaScript and declarations), packed by npm pack.
      { path: 'package.json', template: 'project', view: packageView(model, options) },
      { path: 'tsconfig.json', template: 'tsconfig', view: tsconfigView(options, sources) },
      { path: names.file, template: 'file', view },
      { path: VALIDATION_SCHEMA_FILE, template: 'validation-schema', view: validationSchemaView(model, options) },
      // The validator's modules import each other relatively ('./uri.js'): copied as they are, under runtime/.
      ...VALIDATOR_MODULES.map((file, i) => ({ path: sources[i + 1]!, content: `// ${banner}\n\n${requiredSource(runtime, 'typescript', file)}` })),
    ];
  },
};
