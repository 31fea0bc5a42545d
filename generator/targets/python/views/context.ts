// What every view builder of a model module is given (views/file.ts builds it once per run).

import type { Declaration, Model } from '../../../model/ir.js';
import type { PropertyOrder } from '../../shared/common.js';
import type { Names } from '../names.js';

export interface ViewContext {
  readonly banner: string;
  readonly model: Model;
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly names: Names;
  readonly order: PropertyOrder;
  /** Declaration id -> its compiled check's name in _checks.py (../checks.ts), for those compiled. */
  readonly checks: ReadonlyMap<string, string>;
}
