// The types the view builders share: what each is given, and what each kind's builder returns
// (views/file.ts puts the parts together).

import type { PropertyOrder } from '../../shared/common.js';
import type { TypeContext } from '../types.js';

/** What every view builder is given. */
export interface ViewContext extends TypeContext {
  readonly order: PropertyOrder;
}

/** What each kind's view builder returns. */
export interface KindPart {
  /** For objects: the interface members. */
  readonly properties: readonly PropertyView[];
  readonly indexSignature: string | null;
  readonly hasIndexSignature: boolean;
  /** The type a parse function returns: the aliased type, or the interface (| null when nullable). */
  readonly type: string;
}

export interface PropertyView {
  readonly declaration: string;
  readonly docComment: readonly string[];
}

/** What an enum, union or alias is: a type (the schema's validator checks it, from the schema itself). */
export interface TypePart {
  readonly type: string;
}
