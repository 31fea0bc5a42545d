// What every view builder of a model module is given (views/file.ts builds it once per run).

import type { Declaration } from '../../../model/ir.js';
import type { PropertyOrder } from '../../shared/common.js';
import type { Names } from '../names.js';

export interface ViewContext {
  readonly banner: string;
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly names: Names;
  readonly order: PropertyOrder;
}
