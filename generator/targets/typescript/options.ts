// TypeScript options, checked once before names and views: the member order and the one
// module's file name.

import { OptionsError } from '../../errors.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import type { TargetOptions } from '../target.js';

export interface TypeScriptOptions {
  readonly propertyOrder: PropertyOrder;
  /** The module's file name in the output folder, e.g. "index.ts". */
  readonly fileName: string;
}

export function parseOptions(options: TargetOptions): TypeScriptOptions {
  return { propertyOrder: checkPropertyOrder(options['propertyOrder']), fileName: checkFileName(options['fileName']) };
}

/** The module's file name is a path in the output folder: one plain name, like the other
 *  targets' package names, never a folder part, "..", or an absolute path. */
function checkFileName(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.[cm]?ts$/.test(value)) return value;
  throw new OptionsError(
    `typescript.fileName must be a plain file name ending in .ts, found ${JSON.stringify(value)}`,
    'use letters, digits, "_", "-" and "." without any folder part, e.g. typescript.fileName=models.ts',
  );
}
