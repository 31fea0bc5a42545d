// patterns: a "pattern" that escapes characters needing no escape. A pattern means what ECMA-262
// says with the "u" flag (as Ajv runs it), and there `\_`, `\-` outside a class, `\:`, `\#`, `\'`
// are syntax errors; without the flag (ECMA-262's Annex B), and in Python's re, java.util.regex,
// .NET and PCRE, each is the character itself. Published documents are full of them (AWS's,
// Adyen's, Amadeus's in the APIs.guru directory), so such a pattern is read without those
// backslashes, which is what every engine reads it as, with a warning; --strict refuses it. So
// are `\A` and `\z` outside a class (AWS's `\A[a-zA-Z0-9_]+\z`): errors with the flag, the start
// and the end of the input in Python (`\A`), Java, .NET and PCRE, which is what ECMA-262's `^` and
// `$` are without the "m" flag. A pattern that still does not compile is left for the regex stage
// to refuse as before.

import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { someSchema, visitSchemas } from './schema-walk.js';

export interface PatternOptions {
  readonly strict: boolean;
  /** Once per document, at the first such pattern, when there is one. */
  readonly warn: (problem: SchemaError) => void;
}

const HINT =
  'remove the backslash before a character that is not special (only ^$\\.*+?()[]{}|/ and, in a class, - are escaped), and write ^ and $ for \\A and \\z';

/** Rewrites every such "pattern" of `document` in place (the document is the pipeline's own copy). */
export function readNeedlessEscapes(document: JsonValue, options: PatternOptions): void {
  // Most documents have none: a walk without pointers says so.
  if (!someSchema(document, (node) => typeof node['pattern'] === 'string' && withoutNeedlessEscapes(node['pattern']) !== null)) return;
  const found: { at: string; before: string; after: string }[] = [];
  visitSchemas(document, '', (node, pointer) => {
    const pattern = node['pattern'];
    if (typeof pattern !== 'string') return;
    const after = withoutNeedlessEscapes(pattern);
    if (after === null) return;
    const at = joinPointer(pointer, 'pattern');
    if (options.strict)
      throw new SchemaError(
        `"pattern" ${JSON.stringify(pattern)} escapes characters that need no escape (or writes the anchors \\A, \\z), an error with the "u" flag, refused by --strict`,
        at,
        HINT,
      );
    found.push({ at, before: pattern, after });
    node['pattern'] = after;
  });
  const first = found[0];
  if (first === undefined) return;
  const others = found.length === 1 ? '' : ` (${found.length} patterns, the first here)`;
  options.warn(
    new SchemaError(
      `"pattern" ${JSON.stringify(first.before)} escapes characters that need no escape (or writes the anchors \\A, \\z), an error with the "u" flag${others}: read as ${JSON.stringify(first.after)}, as the engines that allow them read it`,
      first.at,
      `${HINT}; --strict refuses it`,
    ),
  );
}

/** ASCII punctuation that is never special in a pattern: escaping it is an error with the "u" flag. */
const NEEDLESS = new Set([...'!"#%&\',:;<=>@_`~ ']);

/**
 * `pattern` without the backslashes of its needless escapes, when it does not compile with the
 * "u" flag and does without them; null otherwise (a pattern that compiles is never touched).
 */
export function withoutNeedlessEscapes(pattern: string): string | null {
  if (compiles(pattern)) return null;
  let out = '';
  let inClass = false;
  let changed = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      // "-" is special only inside a class, where "\-" is a valid escape.
      if (NEEDLESS.has(next) || (next === '-' && !inClass)) {
        out += next;
        changed = true;
      } else if (!inClass && (next === 'A' || next === 'z')) {
        out += next === 'A' ? '^' : '$';
        changed = true;
      } else out += c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return changed && compiles(out) ? out : null;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
