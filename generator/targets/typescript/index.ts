// The TypeScript target: one module, generated/typescript/index.ts, with openai-node style
// interfaces and, from the same model, runtime validators, type guards and parse functions.
// options.ts checks the options, names.ts decides every name, views/ builds the one file's view.
// One file, so no imports.ts (nothing is imported) and no views/project.ts (no package files);
// views/file.ts is the module view. runtime.ts inlines the runtime module into it.

import type { Target } from '../target.js';
import { typescriptNames, type TypeScriptNames } from './names.js';
import { parseOptions, type TypeScriptOptions } from './options.js';
import { inlinedRuntime } from './runtime.js';
import { typeContext } from './types.js';
import { fileView } from './views/file.js';

export const typescript: Target<TypeScriptOptions, TypeScriptNames> = {
  name: 'typescript',
  defaults: { propertyOrder: 'required-first-alphabetical', fileName: 'index.ts', patterns: 'linear' },
  codegenKeys: ['name'],
  parseOptions,
  names: typescriptNames,
  plan(model, options, names, runtime) {
    // The runtime is inlined into the one module (./runtime.ts says how), not copied as a file of its own.
    const view = fileView(model, { ...typeContext(model, names), order: options.propertyOrder }, inlinedRuntime(runtime));
    return [{ path: names.file, template: 'file', view }];
  },
};
