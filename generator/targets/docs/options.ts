// Docs options, checked once before names and views: the member order and the REST base URL.

import { OptionsError } from '../../errors.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import { escapeUnsafe, visible } from '../shared/text.js';
import type { TargetOptions } from '../target.js';

export interface DocsOptions {
  readonly propertyOrder: PropertyOrder;
  /** Prefix of REST paths in request lines, e.g. "https://api.example.com" ("" = path only). */
  readonly baseUrl: string;
}

export function parseOptions(options: TargetOptions): DocsOptions {
  const baseUrl = options['baseUrl'];
  // visible(): no C1 control, line separator or bidi control either (printed raw in the request line).
  if (typeof baseUrl !== 'string' || /\s/.test(baseUrl) || visible(baseUrl) !== baseUrl || baseUrl.endsWith('/')) {
    throw new OptionsError(
      `docs.baseUrl must be a URL without spaces, control characters, line separators, bidi controls or a final "/", found ${escapeUnsafe(JSON.stringify(baseUrl))}`,
      'e.g. --option docs.baseUrl=https://api.example.com, or "" for paths only',
    );
  }
  return { propertyOrder: checkPropertyOrder(options['propertyOrder']), baseUrl };
}
