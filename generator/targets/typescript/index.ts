// The TypeScript target: one module, generated/typescript/index.ts, with openai-node style
// interfaces and, from the same model, runtime validators, type guards and parse functions.

import type { Target } from '../target.js';
import { checkPropertyOrder } from '../common.js';
import { typeNames } from './names.js';
import { fileView } from './views.js';

export const typescript: Target = {
  name: 'typescript',
  defaults: { propertyOrder: 'required-first-alphabetical', fileName: 'index.ts' },
  codegenKeys: ['name'],
  plan(model, options) {
    const view = fileView(model, typeNames(model), checkPropertyOrder(options['propertyOrder']));
    return [{ path: String(options['fileName']), template: 'file', view }];
  },
};
