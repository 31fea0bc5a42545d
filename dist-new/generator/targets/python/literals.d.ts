import type { Doc, JsonValue } from '../../model.js';
/**
 * A double-quoted Python string literal. JSON.stringify's escapes (\" \\ \n \uXXXX, lone
 * surrogates included) all mean the same in Python, and it never writes an invalid escape.
 */
export declare const pyString: (text: string) => string;
/** A Python number literal for a JSON number (JavaScript's shortest form is valid Python). */
export declare const pyNumber: (n: number) => string;
export declare function pyLiteral(value: JsonValue): string;
/** Keyword arguments `a=1, b=2` of the entries that are not null. */
export declare function keywordArguments(entries: Readonly<Record<string, string | null>>): string[];
/** The doc of a declaration or property, plus extra lines (deprecation, default), as docstring text lines. */
export declare function docText(doc: Doc, extra?: readonly string[]): readonly string[];
/**
 * Lines of a docstring (unindented, quotes included); [] when there is no text. Backslashes and
 * triple quotes are escaped, and a quote at the very end too, so the literal always closes.
 */
export declare function docstring(lines: readonly string[]): string[];
