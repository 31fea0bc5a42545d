import type { Doc } from '../../model.js';
/** Escapes one line of plain text for a Javadoc comment. */
export declare function escapeJavadoc(text: string): string;
/** The schema's doc as escaped lines, plus extra lines (already Javadoc) after a blank line. */
export declare function docText(doc: Doc, extra?: readonly string[]): readonly string[];
/** A full comment, `/**` to `*\/`; empty when there is nothing to say. */
export declare function javadoc(lines: readonly string[]): string[];
