import type { ObjectDeclaration, Property } from '../../model.js';
import type { PageContext } from './context.js';
export interface RestView {
    readonly heading: string;
    readonly requestHeading: string;
    readonly requestLine: string;
    readonly bodyHeading: string;
    readonly contentType: string;
    readonly skeletonFence: string;
    readonly skeleton: string;
    readonly hasBody: boolean;
    readonly rows: readonly {
        readonly name: string;
        readonly type: string;
        readonly required: string;
        readonly description: string;
    }[];
    readonly responseHeading: string;
    readonly responseLine: string;
}
/** The REST section of `d` at heading `level`, or null when it has no "rest" block. */
export declare function restView(d: ObjectDeclaration, properties: readonly Property[], level: number, ctx: PageContext): RestView | null;
