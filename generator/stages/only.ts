// only: --only NAME,... (or "only" in the config) restricts a document to some declarations of
// its root "$defs" (a name may be a glob with *) and everything they reference, before the
// document is checked and the model built, so unrelated schemas of a large document (an OpenAPI
// spec's other endpoints) neither cost time nor stop generation with what they use. The walk
// follows "$ref"s into "$defs"; a "$ref" to the root itself (or into its other keywords) keeps
// the root schema. Takes and returns the 2020-12 document (after openapi.ts when the input is
// OpenAPI); a pattern that matches no declaration is an OptionsError naming the nearest ones.

import { OptionsError, quoted } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { isObject, type JsonObject } from './load.js';

/** What the root keeps when its own schema is not reached: what names and describes the document. */
const ROOT_KEYS = ['$schema', '$id', '$comment', 'title', 'description'];

export function restrictTo(root: JsonValue, patterns: readonly string[]): JsonValue {
  if (!isObject(root)) return root; // load.ts refuses it, with its own message
  const defs = isObject(root['$defs']) ? root['$defs'] : {};
  const names = Object.keys(defs);
  const queue: string[] = [];
  for (const pattern of patterns) {
    const matcher = globMatcher(pattern);
    const matched = names.filter((n) => matcher.test(n));
    if (matched.length === 0) throw noMatch(pattern, names);
    queue.push(...matched);
  }
  const kept = new Set<string>();
  let keepRoot = false;
  const visit = (schema: JsonValue): void => {
    for (const ref of refsIn(schema)) {
      const target = refTarget(ref);
      if (target === 'root' && !keepRoot) {
        keepRoot = true;
        const { $defs: _defs, ...rest } = root;
        visit(rest);
      } else if (typeof target === 'string' && target !== 'root' && Object.hasOwn(defs, target)) queue.push(target);
    }
  };
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (kept.has(name)) continue;
    kept.add(name);
    visit(defs[name]!);
  }
  const restricted: JsonObject = {};
  for (const [key, value] of Object.entries(root)) {
    if (key === '$defs') restricted[key] = Object.fromEntries(names.filter((n) => kept.has(n)).map((n) => [n, defs[n]!]));
    else if (keepRoot || ROOT_KEYS.includes(key)) restricted[key] = value;
  }
  return restricted;
}

/** "Realtime*Event" -> /^Realtime.*Event$/: * is any run of characters, the rest is literal. */
function globMatcher(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  );
}

/** Every "$ref" string below a value (iteratively: documents may be deep). */
function refsIn(value: JsonValue): string[] {
  const refs: string[] = [];
  const stack: JsonValue[] = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && typeof v['$ref'] === 'string') refs.push(v['$ref']);
    stack.push(...Object.values(v));
  }
  return refs;
}

/** "#/$defs/Name/..." -> "Name"; "#" or "#/other" -> "root"; anything else (another document, an anchor) null. */
function refTarget(ref: string): string | 'root' | null {
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.startsWith('#') ? ref.slice(1) : '\0');
  } catch {
    return null;
  }
  if (pointer === '' || (pointer.startsWith('/') && !pointer.startsWith('/$defs/'))) return 'root';
  if (!pointer.startsWith('/$defs/')) return null;
  return pointer.slice('/$defs/'.length).split('/')[0]!.replace(/~1/g, '/').replace(/~0/g, '~');
}

function noMatch(pattern: string, names: readonly string[]): OptionsError {
  if (names.length === 0)
    return new OptionsError(
      `--only ${quoted(pattern)}: the schema declares nothing in "$defs" (or "components/schemas")`,
      'remove --only to generate the whole schema',
    );
  const key = (s: string): string => s.toLowerCase().replace(/\*/g, '');
  const nearest = [...names]
    .map((n) => ({ n, d: distance(key(pattern), key(n)) - (key(n).includes(key(pattern)) ? 100 : 0) }))
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
    .slice(0, 3)
    .map((x) => quoted(x.n));
  return new OptionsError(`--only ${quoted(pattern)} matches no declaration`, `did you mean ${nearest.join(', ')}? (a name may use * as a wildcard)`);
}

/** Levenshtein distance, two rows. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
