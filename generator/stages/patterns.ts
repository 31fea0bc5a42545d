// patterns: a "pattern" written in another engine's syntax. A pattern means what ECMA-262
// says with the "u" flag (as Ajv runs it), and there `\_`, `\-` outside a class, `\:`, `\#`, `\'`
// are syntax errors; without the flag (ECMA-262's Annex B), and in Python's re, java.util.regex,
// .NET and PCRE, each is the character itself. Published documents are full of them (AWS's,
// Adyen's, Amadeus's in the APIs.guru directory), so such a pattern is read without those
// backslashes, which is what every engine reads it as, with a warning; --strict refuses it. So
// are `\A` and `\z` outside a class (AWS's `\A[a-zA-Z0-9_]+\z`): errors with the flag, the start
// and the end of the input in Python (`\A`), Java, .NET and PCRE, which is what ECMA-262's `^` and
// `$` are without the "m" flag; `\Z` (Linode's) is read as `$` too: the end of the input in
// Python, where Java, .NET and PCRE also let one final line break stand before it (read so, a
// value ending in a line break is refused). A `}` that closes no `{` (`\{config\-name}`, AWS's) is
// the character in Annex B and every other engine, an error with the flag. And so are other
// engines' spellings of what ECMA-262 has too:
// Java's and PCRE's property names (`\p{IsLetter}`, `\p{Han}`: `\p{Letter}`, `\p{Script=Han}`),
// POSIX classes (Java's `\p{Alnum}`, PCRE's `[[:alnum:]]`, ASCII in both), PCRE's and Java's
// `\x{60}` (`\u{60}`), and a "-" beside a class escape in a class (`[\w-.]`: the character itself,
// as Annex B and every other engine read it). A pattern that still does not compile is left for
// the regex stage to refuse as before.

import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { someSchema, visitSchemas } from './schema-walk.js';

export interface PatternOptions {
  readonly strict: boolean;
  /** Once per document, at the first such pattern, when there is one. */
  readonly warn: (problem: SchemaError) => void;
}

const HINT =
  'write the pattern in ECMA-262 syntax: remove the backslash before a character that is not special (only ^$\\.*+?()[]{}|/ and, in a class, - are escaped), write ^ and $ for \\A and \\z (or \\Z), \\} for a "}" that closes no "{", \\p{Script=Han} for \\p{Han}, [a-zA-Z0-9] for \\p{Alnum} or [:alnum:], \\u{60} for \\x{60}, \\- for a "-" beside a class escape';
/** What the warning and the error say the pattern does. */
const WRITTEN =
  'is written in another engine\'s syntax (needless escapes, \\A, \\z and \\Z, a lone "}", Java\'s and PCRE\'s property names and POSIX classes, \\x{..}, a "-" beside a class escape)';

/** Rewrites every such "pattern" of `document` in place (the document is the pipeline's own copy). */
export function readOtherDialects(document: JsonValue, options: PatternOptions): void {
  // Most documents have none: a walk without pointers says so.
  if (!someSchema(document, (node) => typeof node['pattern'] === 'string' && inEcmaSyntax(node['pattern']) !== null)) return;
  const found: { at: string; before: string; after: string }[] = [];
  visitSchemas(document, '', (node, pointer) => {
    const pattern = node['pattern'];
    if (typeof pattern !== 'string') return;
    const after = inEcmaSyntax(pattern);
    if (after === null) return;
    const at = joinPointer(pointer, 'pattern');
    if (options.strict) throw new SchemaError(`"pattern" ${JSON.stringify(pattern)} ${WRITTEN}, an error with the "u" flag, refused by --strict`, at, HINT);
    found.push({ at, before: pattern, after });
    node['pattern'] = after;
  });
  const first = found[0];
  if (first === undefined) return;
  const others = found.length === 1 ? '' : ` (${found.length} patterns, the first here)`;
  options.warn(
    new SchemaError(
      `"pattern" ${JSON.stringify(first.before)} ${WRITTEN}, an error with the "u" flag${others}: read as ${JSON.stringify(first.after)}, as those engines read it`,
      first.at,
      `${HINT}; --strict refuses it`,
    ),
  );
}

/** ASCII punctuation that is never special in a pattern: escaping it is an error with the "u" flag. */
const NEEDLESS = new Set([...'!"#%&\',:;<=>@_`~ ']);

/**
 * `pattern` in ECMA-262's syntax, when it does not compile with the "u" flag and does once other
 * engines' spellings (see the header) are rewritten; null otherwise (a pattern that compiles is
 * never touched).
 */
export function inEcmaSyntax(pattern: string): string | null {
  if (compiles(pattern)) return null;
  let out = '';
  let inClass = false;
  let changed = false;
  /** The class's last element was a class escape (\d, \w, \s, \p{..} and their negations): a "-" after it is no range. */
  let afterSet = false;
  /** Outside a class, after a "{" (a quantifier's, or \u{..}'s) that no "}" closed yet. */
  let inBraces = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const wasSet = afterSet;
    afterSet = false;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      const braced = pattern[i + 2] === '{' ? pattern.indexOf('}', i + 3) : -1;
      if ((next === 'p' || next === 'P') && braced > 0) {
        const written = pattern.slice(i, braced + 1);
        const read = propertyInEcma(pattern.slice(i + 3, braced), next === 'P', inClass) ?? written;
        changed ||= read !== written;
        out += read;
        afterSet = inClass;
        i = braced;
        continue;
      }
      if (next === 'x' && braced > 0 && /^[0-9a-fA-F]{1,6}$/.test(pattern.slice(i + 3, braced))) {
        out += `\\u{${pattern.slice(i + 3, braced)}}`;
        changed = true;
        i = braced;
        continue;
      }
      // "-" is special only inside a class, where "\-" is a valid escape.
      if (NEEDLESS.has(next) || (next === '-' && !inClass)) {
        out += next;
        changed = true;
      } else if (!inClass && (next === 'A' || next === 'z' || next === 'Z')) {
        out += next === 'A' ? '^' : '$';
        changed = true;
      } else {
        out += c + next;
        afterSet = inClass && 'dDwWsS'.includes(next);
      }
      i++;
      continue;
    }
    if (inClass && c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      const set = close > 0 ? POSIX.get(pattern.slice(i + 2, close)) : undefined;
      if (set !== undefined) {
        out += set;
        changed = true;
        afterSet = true;
        i = close + 1;
        continue;
      }
    }
    if (inClass && c === '-' && (wasSet || /^\\[dDwWsSpP]/.test(pattern.slice(i + 1)))) {
      out += '\\-';
      changed = true;
      continue;
    }
    if (!inClass && c === '}' && !inBraces) {
      out += '\\}';
      changed = true;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    else if (!inClass && (c === '{' || c === '}')) inBraces = c === '{';
    out += c;
  }
  return changed && compiles(out) ? out : null;
}

/** POSIX classes by name, as Java's \p{Name} and PCRE's [:name:] read them by default (ASCII), written for inside an ECMA-262 class. */
const POSIX: ReadonlyMap<string, string> = new Map([
  ['lower', 'a-z'],
  ['upper', 'A-Z'],
  ['alpha', 'a-zA-Z'],
  ['digit', '0-9'],
  ['alnum', 'a-zA-Z0-9'],
  ['xdigit', '0-9a-fA-F'],
  ['punct', '!-\\/:-@\\[-\\x60{-~'],
  ['graph', '!-~'],
  ['print', ' -~'],
  ['blank', ' \\t'],
  ['space', ' \\t\\n\\x0B\\f\\r'],
  ['cntrl', '\\x00-\\x1F\\x7F'],
  ['ascii', '\\x00-\\x7F'],
  ['word', '\\w'],
]);

/** Java's binary properties whose ECMA-262 names differ (\p{IsDigit}: decimal digits). */
const JAVA_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['Digit', 'Nd'],
  ['Titlecase', 'Lt'],
  ['WhiteSpace', 'White_Space'],
]);

/**
 * Another engine's `\p{name}` (`\P{name}` when negated) in ECMA-262's syntax: Java's `Is` prefix
 * (a category, script or binary property), a bare script name (PCRE's), a POSIX class (Java's,
 * ASCII); null when none reads it.
 */
function propertyInEcma(name: string, negated: boolean, inClass: boolean): string | null {
  const p = negated ? 'P' : 'p';
  const java = name.startsWith('Is') ? name.slice(2) : null;
  for (const candidate of java !== null ? [java, JAVA_PROPERTIES.get(java), `Script=${java}`] : [`Script=${name}`]) {
    if (candidate !== undefined && compiles(`\\${p}{${candidate}}`)) return `\\${p}{${candidate}}`;
  }
  const set = java === null ? POSIX.get(name.toLowerCase()) : undefined;
  if (set === undefined) return null;
  if (!inClass) return `[${negated ? '^' : ''}${set}]`;
  return negated ? null : set;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
