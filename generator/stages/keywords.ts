// keywords: what load.ts knows about keywords beyond the ones it accepts. Two kinds of key are not
// accepted: the spellings of earlier drafts in a 2020-12 document (refused: ignoring one would
// change what its author meant, so each has its own hint here, as data), and those no
// specification defines. The spec makes the second kind annotations, so they load with a warning
// (a near miss of a known keyword is named: "requried" is a typo, not an annotation) and only
// --strict refuses them. "x-" keys are extensions by convention and load silently; all but
// "x-codegen" and the enum value names (load.ts EXTENSIONS_READ) are dropped like unknown
// keywords, since the model reads none of them. So are the annotations editors define
// (EDITOR_ANNOTATIONS), which published configuration-file schemas are full of.

import { SchemaError, quoted } from '../errors.js';

/** How to read a document written for an earlier draft: the dialect stage (stages/dialect.ts) rewrites it. */
const EARLIER =
  'or, if the schema is written for an earlier draft, say so with its "$schema" (e.g. "http://json-schema.org/draft-07/schema#"), which is read with that meaning';

/**
 * Keywords of the drafts before 2020-12 that the generator refuses in a 2020-12 document:
 * keyword -> the hint of its refusal. Under draft 2020-12 each would silently mean nothing (an
 * unknown keyword is an annotation), while its author meant a constraint, so it is refused
 * whatever --strict says. Every keyword of draft 2020-12 itself is accepted (stages/load.ts).
 */
export const UNSUPPORTED_KEYWORDS: Readonly<Record<string, string>> = {
  definitions: `draft 2020-12 names it "$defs": rename it (and the "$ref"s into it), ${EARLIER}`,
  dependencies: `draft 2020-12 splits it into "dependentRequired" and "dependentSchemas", ${EARLIER}`,
  additionalItems: `draft 2020-12 writes "prefixItems" and "items" instead, ${EARLIER}`,
  $recursiveRef: `draft 2020-12 writes "$dynamicRef" instead, ${EARLIER}`,
  $recursiveAnchor: `draft 2020-12 writes "$dynamicAnchor" instead, ${EARLIER}`,
};

/**
 * The annotations VS Code's JSON language service defines (the JSONSchema type of
 * vscode-json-languageservice; yaml-language-server and Monaco read the same ones): editor help
 * such as completion snippets, Markdown hover text and custom error messages. SchemaStore's
 * schemas carry them by the thousand. They are known keywords, not typos, and they mean nothing
 * for the data, so they load silently, --strict accepts them, and they are dropped like "x-" keys;
 * "markdownDescription" is read first as the description of a schema that has none (load.ts). A tool's keyword that changes generated types elsewhere (e.g.
 * json-schema-to-typescript's "tsType") is not here: ignoring it changes the output, so it warns.
 */
export const EDITOR_ANNOTATIONS: ReadonlySet<string> = new Set([
  'allowComments',
  'allowTrailingCommas',
  'defaultSnippets',
  'deprecationMessage',
  'doNotSuggest',
  'enumDescriptions',
  'enumItemLabels',
  'errorMessage',
  'markdownDeprecationMessage',
  'markdownDescription',
  'markdownEnumDescriptions',
  'patternErrorMessage',
  'suggestSortText',
]);

/** One unknown keyword name: where it first occurs (JSON pointer), how often, and the known keyword it nearly spells. */
export interface UnknownKeyword {
  readonly name: string;
  readonly pointer: string;
  readonly count: number;
  readonly nearMiss: string | null;
}

/** Collects unknown keywords by name, in document order of their first occurrence. */
export class UnknownKeywords {
  private readonly seen = new Map<string, { pointer: string; count: number }>();
  private readonly owners: [Record<string, unknown>, string][] = [];

  /** `name` is a key of the schema object `owner`, at `pointer`. */
  add(name: string, pointer: string, owner: Record<string, unknown>): void {
    const entry = this.seen.get(name);
    if (entry === undefined) this.seen.set(name, { pointer, count: 1 });
    else entry.count += 1;
    this.owners.push([owner, name]);
  }

  /** `name` is an extension ("x-...") no stage reads, of the schema object `owner`: dropped without a word. */
  ignore(name: string, owner: Record<string, unknown>): void {
    this.owners.push([owner, name]);
  }

  /**
   * Deletes every unknown keyword and ignored extension from its schema object, so no later stage
   * can read one; except those named in `referenced` (a token of a reference's JSON pointer): a
   * "$ref" may point into an annotation, whose schema must then stay for the validators.
   */
  removeAll(referenced: ReadonlySet<string> = new Set()): void {
    for (const [owner, name] of this.owners) if (!referenced.has(name)) delete owner[name];
  }

  list(known: readonly string[]): UnknownKeyword[] {
    return [...this.seen].map(([name, { pointer, count }]) => ({ name, pointer, count, nearMiss: nearMiss(name, known) }));
  }
}

/**
 * The known keyword `name` most likely misspells, or null: edit distance (adjacent swaps count
 * one) ignoring case, at most 1, or 1 per 6 characters in longer names. So "requried",
 * "additionalproperties" and "maxlength" are near misses, and "tsType" (2 from "type") is not.
 */
export function nearMiss(name: string, known: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(name.length / 6));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const keyword of known) {
    const distance = editDistance(name.toLowerCase(), keyword.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [keyword, distance];
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

function occurrences(u: UnknownKeyword): string {
  return u.count === 1 ? '1 occurrence' : `${u.count} occurrences, the first here`;
}

/** The hint: the near miss first, when there is one, then `rest`. */
function hint(u: UnknownKeyword, rest: string): string {
  return u.nearMiss === null ? rest : `did you mean ${quoted(u.nearMiss)}? If not, ${rest}`;
}

/** The warning for one unknown keyword name, as the CLI prints it. */
export function formatUnknownWarning(u: UnknownKeyword, file: string): string {
  return new SchemaError(
    `unknown keyword ${quoted(u.name)} ignored as an annotation (${occurrences(u)}): the generated code does not use it`,
    u.pointer,
    hint(u, `name it ${quoted(`x-${u.name}`)} if it is an extension, to silence this warning; --strict refuses unknown keywords`),
    file,
  )
    .format()
    .replace(/^error: /, 'warning: ');
}

/** The error --strict raises for the first unknown keyword name. */
export function unknownKeywordError(u: UnknownKeyword): SchemaError {
  return new SchemaError(
    `unknown keyword ${quoted(u.name)} (${occurrences(u)}), refused by --strict`,
    u.pointer,
    hint(u, `remove it, name it ${quoted(`x-${u.name}`)} (an extension, which is ignored), or drop --strict to load it as an annotation`),
  );
}
