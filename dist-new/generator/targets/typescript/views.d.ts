import type { Declaration, Model } from '../../model.js';
import { type PropertyOrder } from '../common.js';
import { type Names } from './types.js';
export interface FileView {
    readonly banner: string;
    readonly declarations: readonly DeclarationView[];
}
interface DeclarationView {
    readonly kind: Declaration['kind'];
    readonly name: string;
    readonly docComment: readonly string[];
    /** For objects: the interface members. */
    readonly properties: readonly PropertyView[];
    readonly indexSignature: string | null;
    readonly hasIndexSignature: boolean;
    /** The type a parse function returns: the aliased type, or the interface (| null when nullable). */
    readonly type: string;
    /** Lines of the runtime check expression (objects span several lines). */
    readonly shapeLines: readonly string[];
    /** The function other checks call for this declaration (types.ts names it the same way). */
    readonly checkFunction: string;
}
interface PropertyView {
    readonly declaration: string;
    readonly docComment: readonly string[];
}
export declare function fileView(model: Model, names: Names, order: PropertyOrder): FileView;
export {};
