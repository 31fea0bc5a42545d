// resolve: checks every "$ref" in a loaded schema and decodes each once into what it names.
// Takes the checked root; returns the resolved graph (every "$ref" node -> the declaration id,
// "$defs" name and schema it points at), which build-model consumes as is. Throws a SchemaError
// for a remote, malformed, dangling or purely circular reference. Only "#/$defs/<name>" is
// supported: every reference then names a declaration, which is what every target needs.

import { SchemaError, escapePointerToken, joinPointer, quoted } from '../errors.js';
import { isObject, type JsonObject } from './load.js';
import type { JsonValue } from '../model/ir.js';

/** Keywords that may stand beside "$ref": annotations only, since targets cannot merge types. */
const REF_SIBLINGS = new Set(['$ref', '$comment', 'title', 'description', 'deprecated', 'default', 'examples']);

/** What one "$ref" names, decoded once. */
export interface Reference {
  /** The "$defs" entry's name, unescaped. */
  readonly name: string;
  /** "/$defs/<name>": the declaration id. */
  readonly id: string;
  /** The schema the reference points at. */
  readonly target: JsonValue;
}

/** The schema with its references resolved: what build-model needs, decoded once. */
export interface ResolvedSchema {
  readonly root: JsonObject;
  /** "$defs" (empty when the schema has none). */
  readonly defs: JsonObject;
  /** Each schema object holding a "$ref" -> what it names. */
  readonly refs: ReadonlyMap<JsonObject, Reference>;
}

export function resolveRefs(root: JsonObject): ResolvedSchema {
  const defs = isObject(root['$defs']) ? root['$defs'] : {};
  const refs = new Map<JsonObject, Reference>();
  visitSchemas(root, '', (schema, pointer) => {
    const ref = schema['$ref'];
    if (typeof ref !== 'string') return;
    refs.set(schema, resolveOne(ref, defs, joinPointer(pointer, '$ref')));
    const sibling = Object.keys(schema).find((k) => !REF_SIBLINGS.has(k) && !k.startsWith('x-'));
    if (sibling !== undefined) {
      throw new SchemaError(
        `${quoted(sibling)} beside "$ref" is not supported`,
        joinPointer(pointer, sibling),
        'move the constraint into the referenced definition; only annotations (title, description, default, ...) may stand beside "$ref"',
      );
    }
  });
  for (const name of Object.keys(defs)) checkNotCircular(name, defs, refs);
  checkNoSameValueCycle(defs, refs);
  return { root, defs, refs };
}

function resolveOne(ref: string, defs: JsonObject, pointer: string): Reference {
  if (!ref.startsWith('#')) {
    throw new SchemaError(
      `remote reference ${quoted(ref)} is not supported`,
      pointer,
      'copy the definition into "$defs" and point at it with "#/$defs/<name>"',
    );
  }
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  if (match === null) {
    throw new SchemaError(`reference ${quoted(ref)} does not name a "$defs" entry`, pointer, 'write "#/$defs/<name>"; deeper pointers are not supported');
  }
  const name = decodeToken(match[1] ?? '');
  if (!Object.hasOwn(defs, name)) {
    const known = Object.keys(defs);
    throw new SchemaError(
      `reference ${quoted(ref)} points at nothing: there is no "$defs/${name}"`,
      pointer,
      known.length > 0 ? `use one of: ${known.map((k) => `#/$defs/${escapePointerToken(k)}`).join(', ')}` : 'add the definition under "$defs"',
    );
  }
  return { name, id: joinPointer('/$defs', name), target: defs[name]! };
}

function decodeToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
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

/**
 * The "$ref"s a schema checks the very same value against: its own, and its union variants'
 * (inline variants' too). Not those under "properties", "items" or "additionalProperties": they
 * check a part of the value, which is smaller, so recursion through them ends.
 */
function sameValueRefs(schema: JsonValue | undefined, pointer: string, refs: ReadonlyMap<JsonObject, Reference>, out: Edge[]): Edge[] {
  if (!isObject(schema)) return out;
  const to = aliasOf(schema, refs);
  if (to !== null) out.push({ to, pointer: joinPointer(pointer, '$ref') });
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((variant, i) => sameValueRefs(variant, joinPointer(pointer, key, i), refs, out));
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
          `"$defs/${edge.to}" reaches itself as a union variant (${cycle.join(' -> ')}) without passing through an object property or an array item: no value can be checked without checking itself first`,
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

/** Calls visit for every schema object in the document, depth first, with its pointer. */
export function visitSchemas(node: JsonValue, pointer: string, visit: (schema: JsonObject, pointer: string) => void): void {
  if (!isObject(node)) return;
  visit(node, pointer);
  for (const key of ['$defs', 'properties'] as const) {
    const map = node[key];
    if (isObject(map)) for (const [name, child] of Object.entries(map)) visitSchemas(child, joinPointer(pointer, key, name), visit);
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    const child = node[key];
    if (child !== undefined) visitSchemas(child, joinPointer(pointer, key), visit);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => visitSchemas(child, joinPointer(pointer, key, i), visit));
  }
}
