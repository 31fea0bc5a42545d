// The TypeScript target: one module, generated/typescript/index.ts, with openai-node style
// interfaces and, from the same model, runtime validators, type guards and parse functions.

import { OptionsError } from '../../errors.js';
import type { Target, TargetOptions } from '../target.js';
import { checkPropertyOrder } from '../shared/common.js';
import { typeNames } from './names.js';
import { inlinedRuntime } from './runtime.js';
import type { Model } from '../../model/ir.js';

/** Objects that accept null: an interface cannot say so, so references to them add `| null`. */
function nullableDeclarations(model: Model): Set<string> {
  return new Set(model.declarations.filter((d) => d.kind === 'object' && d.nullable).map((d) => d.id));
}
import { fileView } from './views.js';

export const typescript: Target<TargetOptions, null> = {
  name: 'typescript',
  defaults: { propertyOrder: 'required-first-alphabetical', fileName: 'index.ts', patterns: 'linear' },
  codegenKeys: ['name'],
  parseOptions: (options) => options,
  names: () => null,
  plan(model, options, _names, runtime) {
    const names = { names: typeNames(model), nullableIds: nullableDeclarations(model) };
    // The runtime is inlined into the one module (./runtime.ts says how), not copied as a file of its own.
    const view = fileView(model, names, checkPropertyOrder(options['propertyOrder']), inlinedRuntime(runtime));
    return [{ path: checkFileName(options['fileName']), template: 'file', view }];
  },
};

/** The module's file name is a path in the output folder: one plain name, like the other
 *  targets' package names, never a folder part, "..", or an absolute path. */
function checkFileName(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.[cm]?ts$/.test(value)) return value;
  throw new OptionsError(
    `typescript.fileName must be a plain file name ending in .ts, found ${JSON.stringify(value)}`,
    'use letters, digits, "_", "-" and "." without any folder part, e.g. typescript.fileName=models.ts',
  );
}
