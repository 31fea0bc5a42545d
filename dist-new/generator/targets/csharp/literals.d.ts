import type { Doc } from '../../model.js';
/** A regular C# string literal. Line terminators, controls and lone surrogates are escaped. */
export declare function csString(text: string): string;
/** A C# numeric literal for a JSON number: integral values without exponent, others as double. */
export declare function csNumber(value: number): string;
/** A C# literal for a scalar JSON value. */
export declare function csScalar(value: string | number | boolean): string;
/** Text safe inside an XML doc element: entities escaped, characters XML forbids dropped. */
export declare function xmlText(text: string): string;
/** Doc text as lines; C# ends a `///` comment at any of its line terminators, so split on all. */
export declare function textLines(text: string): string[];
/** The schema's title and description as XML-escaped lines, or the fallback when it has none. */
export declare function docText(doc: Doc, fallback: string): readonly string[];
/** `/// <summary>` ... `/// </summary>` around lines (already escaped), plus extra elements. */
export declare function summary(lines: readonly string[], extra?: readonly string[]): string[];
/** `<c>text</c>` for a wire name or value inside a doc comment. */
export declare function code(text: string): string;
