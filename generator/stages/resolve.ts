// resolve: checks every "$ref" (and "$dynamicRef") in a loaded schema and decodes each once into
// what it names. Takes the checked root and the schema file's name; returns the resolved graph
// (every "$ref" node -> the schema it points at, and the "$defs" name when that schema is a
// declaration), which build-model consumes as is. A reference resolves as draft 2020-12 says:
// against the base URI of the resource it stands in (RFC 3986, the root's URI as
// stages/validation-schema.ts gives it, embedded "$id"s), to a resource of this document, then by
// JSON pointer or "$anchor"/"$dynamicAnchor". Throws a SchemaError for a remote (another file or
// URI: nothing is fetched), dangling or purely circular reference.

import { SchemaError, escapePointerToken, joinPointer, quoted } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import { staticDynamicRefs, type DynamicScope } from '../model/dynamic-scope.js';
import type { JsonValue } from '../model/ir.js';
import { visitSchemas } from './schema-walk.js';
import { documentUri } from './validation-schema.js';

/** What one "$ref" names, decoded once. */
export interface Reference {
  /** The "$defs" entry's name (unescaped) when the reference names one, else null. */
  readonly name: string | null;
  /** The JSON pointer, in the document, of the schema the reference names ("" is the root). */
  readonly pointer: string;
  /** The schema the reference points at. */
  readonly target: JsonValue;
}

/** The schema with its references resolved: what build-model needs, decoded once. */
export interface ResolvedSchema {
  readonly root: JsonObject | boolean;
  /** "$defs" of the root (empty when the schema has none). */
  readonly defs: JsonObject;
  /** Each schema object holding a "$ref" -> what it names. */
  readonly refs: ReadonlyMap<JsonObject, Reference>;
}

/** A resource or anchor: a schema and its pointer in the document. */
interface Located {
  readonly node: JsonValue;
  readonly pointer: string;
}

export function resolveRefs(root: JsonObject | boolean, source = 'schema.json'): ResolvedSchema {
  const defs = isObject(root) && isObject(root['$defs']) ? root['$defs'] : {};
  const refs = new Map<JsonObject, Reference>();
  if (!isObject(root)) return { root, defs, refs };
  const index = indexDocument(root, source);
  const dynamic = new Map<JsonObject, Reference>();
  for (const { schema, pointer } of index.holders) {
    for (const keyword of ['$ref', '$dynamicRef'] as const) {
      const ref = schema[keyword];
      if (typeof ref !== 'string') continue;
      const found = resolveOne(ref, index.bases.get(schema)!, index, defs, joinPointer(pointer, keyword));
      (keyword === '$ref' ? refs : dynamic).set(schema, found);
      // A schema a pointer names where the walk found none (inside an unknown keyword, "#/x-parts/a")
      // is one all the same: indexed in its resource, its own references resolved in turn (this loop reaches them).
      if (isObject(found.target) && !index.bases.has(found.target)) {
        const absolute = resolveUri(index.bases.get(schema)!, ref);
        indexSchemas(index, found.target, found.pointer, absolute === null ? index.bases.get(schema)! : withoutFragment(absolute));
      }
    }
  }
  // A "$dynamicRef" that names the same schema wherever evaluation meets it is typed as that
  // schema, as a "$ref" is (model/dynamic-scope.ts); any other is typed as any value (build-model).
  for (const schema of staticDynamicRefs(dynamicScope(index, dynamic))) if (!refs.has(schema)) refs.set(schema, dynamic.get(schema)!);
  for (const name of Object.keys(defs)) checkNotCircular(name, defs, refs);
  checkNoSameValueCycle(defs, refs);
  return { root, defs, refs };
}

interface DocumentIndex {
  /** The base URI of every schema object. */
  readonly bases: Map<JsonObject, string>;
  /** Each resource ("$id", and the root) by absolute URI without fragment. */
  readonly resources: Map<string, Located>;
  /** Each "$anchor" and "$dynamicAnchor" by "<resource URI>#<name>". */
  readonly anchors: Map<string, Located>;
  /** The schemas holding a "$ref" or "$dynamicRef", in document order (so the first bad one is reported). */
  readonly holders: { readonly schema: JsonObject; readonly pointer: string }[];
  /** resolveUri's results by base and reference: a document names the same schemas many times. */
  readonly resolved: Map<string, string | null>;
}

/**
 * One walk, in document order (a resource or anchor given twice: the first wins), that indexes
 * every base URI, resource and anchor and finds the reference holders resolveRefs then resolves.
 */
function indexDocument(root: JsonObject, source: string): DocumentIndex {
  const given = documentUri(root, source);
  const rootUri = withoutFragment(resolveUri(given, given) ?? given);
  const index: DocumentIndex = {
    bases: new Map(),
    resources: new Map([[rootUri, { node: root, pointer: '' }]]),
    anchors: new Map(),
    holders: [],
    resolved: new Map(),
  };
  indexSchemas(index, root, '', rootUri);
  return index;
}

/** Indexes `node` (at `pointer`, in the resource `base`) and every schema inside it, as indexDocument does the root. */
function indexSchemas(index: DocumentIndex, node: JsonValue, pointer: string, base: string): void {
  visitSchemas(node, pointer, (schema, at, parent) => {
    let own = parent === null ? base : index.bases.get(parent)!;
    if (typeof schema['$id'] === 'string') {
      own = withoutFragment(resolveUri(own, schema['$id']) ?? own);
      if (!index.resources.has(own)) index.resources.set(own, { node: schema, pointer: at });
    }
    index.bases.set(schema, own);
    for (const key of ['$anchor', '$dynamicAnchor'] as const) {
      const name = schema[key];
      if (typeof name === 'string' && !index.anchors.has(`${own}#${name}`)) index.anchors.set(`${own}#${name}`, { node: schema, pointer: at });
    }
    if (typeof schema['$ref'] === 'string' || typeof schema['$dynamicRef'] === 'string') index.holders.push({ schema, pointer: at });
  });
}

/** The document's dynamic scope as model/dynamic-scope.ts reads it: `dynamic` holds each "$dynamicRef" resolved statically. */
function dynamicScope(index: DocumentIndex, dynamic: ReadonlyMap<JsonObject, Reference>): DynamicScope<JsonObject> {
  const byName = new Map<string, object[]>();
  for (const { node } of index.anchors.values()) {
    if (!isObject(node) || typeof node['$dynamicAnchor'] !== 'string') continue;
    byName.set(node['$dynamicAnchor'], [...(byName.get(node['$dynamicAnchor']) ?? []), node]);
  }
  const resolved = (node: object, keyword: '$ref' | '$dynamicRef'): object | null | undefined => {
    const base = index.bases.get(node as JsonObject);
    const ref = (node as JsonObject)[keyword];
    // A reference in no schema the index walked (one a pointer names inside another keyword): its base is not known here.
    if (base === undefined) return undefined;
    if (typeof ref !== 'string') return null;
    try {
      const target = resolveOne(ref, base, index, {}, '').target;
      return typeof target === 'object' && target !== null ? target : null;
    } catch {
      return null;
    }
  };
  return {
    references: [...dynamic.keys()],
    follow: resolved,
    sameName: (anchor) => byName.get((anchor as JsonObject)['$dynamicAnchor'] as string) ?? [],
    resourceOf: (anchor) => {
      const base = index.bases.get(anchor as JsonObject);
      const resource = base === undefined ? undefined : index.resources.get(base)?.node;
      return typeof resource === 'object' && resource !== null ? resource : null;
    },
  };
}

/** RFC 3986 resolution (WHATWG URL's, which agrees on absolute hierarchical URIs and fragments); null when it cannot resolve. */
function resolveUri(base: string, ref: string): string | null {
  try {
    return new URL(ref, base).href;
  } catch {
    return null;
  }
}

function withoutFragment(uri: string): string {
  const at = uri.indexOf('#');
  return at < 0 ? uri : uri.slice(0, at);
}

function resolveOne(ref: string, base: string, index: DocumentIndex, defs: JsonObject, pointer: string): Reference {
  const key = `${base} ${ref}`; // a space is in neither a URI nor a reference that resolves
  let absolute = index.resolved.get(key);
  if (absolute === undefined) index.resolved.set(key, (absolute = resolveUri(base, ref)));
  const resource = absolute === null ? undefined : index.resources.get(withoutFragment(absolute));
  if (absolute === null || resource === undefined) {
    throw new SchemaError(
      `remote reference ${quoted(ref)} is not supported`,
      pointer,
      'copy the definition into "$defs" and point at it with "#/$defs/<name>"',
    );
  }
  const hash = absolute.indexOf('#');
  const fragment = hash < 0 ? '' : decodeFragment(absolute.slice(hash + 1));
  const located = fragment.startsWith('/') || fragment === '' ? follow(resource, fragment) : index.anchors.get(`${withoutFragment(absolute)}#${fragment}`);
  if (located === undefined) {
    const known = Object.keys(defs);
    throw new SchemaError(
      `reference ${quoted(ref)} points at nothing${/^#\/\$defs\/[^/]+$/.test(ref) ? `: there is no ${quoted(`$defs/${decodeToken(ref.slice(8))}`)}` : ''}`,
      pointer,
      known.length > 0 ? `use one of: ${known.map((k) => `#/$defs/${escapePointerToken(k)}`).join(', ')}` : 'add the definition under "$defs"',
    );
  }
  const tokens = located.pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const name = tokens.length === 2 && tokens[0] === '$defs' ? tokens[1]! : null;
  return { name, pointer: located.pointer, target: located.node };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The value a JSON pointer (RFC 6901) names inside a resource, or undefined. */
function follow(resource: Located, fragment: string): Located | undefined {
  let node: JsonValue | undefined = resource.node;
  let pointer = resource.pointer;
  for (const raw of fragment === '' ? [] : fragment.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
    pointer = joinPointer(pointer, token);
  }
  return node === undefined ? undefined : { node, pointer };
}

function decodeToken(token: string): string {
  return decodeFragment(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The name a definition refers to when it is itself a bare "$ref", else null. */
function aliasOf(schema: JsonValue | undefined, refs: ReadonlyMap<JsonObject, Reference>): string | null {
  return isObject(schema) ? (refs.get(schema)?.name ?? null) : null;
}

/** A definition that is only a "$ref" to itself through other bare "$ref"s has no type at all. */
function checkNotCircular(start: string, defs: JsonObject, refs: ReadonlyMap<JsonObject, Reference>): void {
  const seen: string[] = [];
  let current: string | null = start;
  while (current !== null) {
    if (seen.includes(current)) {
      throw new SchemaError(
        `"$defs/${start}" is an alias that refers back to itself (${[...seen, current].join(' -> ')})`,
        joinPointer('/$defs', start),
        'give one of the definitions in the cycle a real type',
      );
    }
    seen.push(current);
    current = aliasOf(defs[current], refs);
  }
}

interface Edge {
  readonly to: string;
  /** The "$ref" making the edge. */
  readonly pointer: string;
}

/** The keywords whose subschemas check the very same value as their schema. */
const IN_PLACE = ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'dependentSchemas'] as const;

/**
 * The "$ref"s a schema checks the very same value against: its own, and those of its union
 * variants and other in-place subschemas (inline ones' too). Not those under "properties",
 * "items" and the like: they check a part of the value, which is smaller, so recursion through
 * them ends.
 */
function sameValueRefs(schema: JsonValue | undefined, pointer: string, refs: ReadonlyMap<JsonObject, Reference>, out: Edge[]): Edge[] {
  if (!isObject(schema)) return out;
  const to = aliasOf(schema, refs);
  if (to !== null) out.push({ to, pointer: joinPointer(pointer, '$ref') });
  for (const key of IN_PLACE) {
    const value = schema[key];
    if (Array.isArray(value)) value.forEach((variant, i) => sameValueRefs(variant, joinPointer(pointer, key, i), refs, out));
    else if (key === 'dependentSchemas' && isObject(value))
      for (const [name, sub] of Object.entries(value)) sameValueRefs(sub, joinPointer(pointer, key, name), refs, out);
    else if (value !== undefined) sameValueRefs(value, joinPointer(pointer, key), refs, out);
  }
  return out;
}

/**
 * A union that reaches itself as a variant (U -> U, U -> V -> U, through aliases too) cannot be
 * checked: checking the value against U means checking it against U first. Every target's
 * validator would recurse forever (and TypeScript refuses the type), so it is refused here.
 * Depth first without recursion: 10,000 declarations may chain.
 */
function checkNoSameValueCycle(defs: JsonObject, refs: ReadonlyMap<JsonObject, Reference>): void {
  const edges = new Map<string, Edge[]>(Object.keys(defs).map((name) => [name, sameValueRefs(defs[name], joinPointer('/$defs', name), refs, [])]));
  const state = new Map<string, 'open' | 'done'>();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: { name: string; next: number }[] = [{ name: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = edges.get(top.name)![top.next++];
      if (edge === undefined) {
        state.set(top.name, 'done');
        stack.pop();
      } else if (state.get(edge.to) === 'open') {
        const cycle = [...stack.slice(stack.findIndex((f) => f.name === edge.to)).map((f) => f.name), edge.to];
        throw new SchemaError(
          `"$defs/${edge.to}" reaches itself ${/\/(oneOf|anyOf)\/\d+\//.test(edge.pointer) ? 'as a union variant' : 'in place'} (${cycle.join(' -> ')}) without passing through an object property or an array item: no value can be checked without checking itself first`,
          edge.pointer,
          'put the recursion inside an object property or an array item (e.g. {"type": "array", "items": {"$ref": ...}}), or remove this variant',
        );
      } else if (!state.has(edge.to)) {
        state.set(edge.to, 'open');
        stack.push({ name: edge.to, next: 0 });
      }
    }
  }
}
