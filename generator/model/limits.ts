// Limits every target's numbers are held to, shared by the check of the schema's numbers
// (stages/numbers.ts) and the targets whose counts are ints (Java, C#); and the nesting any
// document may have, shared by its readers (stages/load.ts, stages/parse-document.ts) and the
// playground's locate.ts.

/** JSON nesting (examples, defaults, consts included) deeper than this is refused. */
export const MAX_JSON_DEPTH = 256;

/** The largest count Java's and C#'s int parameters hold, and longer than any string or list there. */
export const MAX_COUNT = 2 ** 31 - 1;

/**
 * A maxLength / maxItems for targets whose counts are ints (Java, C#): above MAX_COUNT it is
 * exactly "no limit" there, since no string or list of theirs is longer; null means no check.
 * (A minLength / minItems that large was refused by checkNumbers.)
 */
export function intMaximum(count: number | null): number | null {
  return count !== null && count > MAX_COUNT ? null : count;
}
