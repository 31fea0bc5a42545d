import type { Model } from '../../model.js';
export declare function typeNames(model: Model): ReadonlyMap<string, string>;
/** The module-private function that checks a value against declaration `typeName`. */
export declare const checkFunction: (typeName: string) => string;
/** An interface key: the wire name itself, quoted when it is not an identifier. */
export declare function propertyKey(jsonName: string): string;
/** A single-quoted TypeScript string literal. */
export declare function quote(text: string): string;
