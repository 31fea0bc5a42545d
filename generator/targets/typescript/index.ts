// The TypeScript target: one module, generated/typescript/index.ts, with openai-node style
// interfaces and, from the same model, runtime validators, type guards and parse functions.

import type { Target } from '../target.js';
import { checkPropertyOrder } from '../common.js';
import { typeNames } from './names.js';
import type { Model } from '../../model.js';

/** Objects that accept null: an interface cannot say so, so references to them add `| null`. */
function nullableDeclarations(model: Model): Set<string> {
  return new Set(model.declarations.filter((d) => d.kind === 'object' && d.nullable).map((d) => d.id));
}
import { fileView } from './views.js';

export const typescript: Target = {
  name: 'typescript',
  defaults: { propertyOrder: 'required-first-alphabetical', fileName: 'index.ts', patterns: 'linear' },
  codegenKeys: ['name'],
  plan(model, options) {
    const names = { names: typeNames(model), nullableIds: nullableDeclarations(model) };
    const view = fileView(model, names, checkPropertyOrder(options['propertyOrder']));
    return [{ path: String(options['fileName']), template: 'file', view }];
  },
};
