// Who sends each declaration's values. OpenAPI says it by where a schema is used: request bodies
// and parameters are sent by clients, responses received (a webhook's the other way round). A
// JSON Schema says it with "x-codegen": {"wire": {"direction": "send" | "receive" | "both"}} on
// a declaration (stages/check.ts checks the value). Either way it flows down the references: what a sent declaration names is sent too.
// Anything not reached is "both".

import type { Declaration, JsonValue, Model } from '../model/ir.js';
import { refsOf, typesOf } from '../model/references.js';
import { unescapePointerToken } from '../errors.js';
import type { Locate } from './compare.js';

export type Direction = 'send' | 'receive' | 'both';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Each declaration id -> its direction. `document` is the parsed file (for OpenAPI's usage), `locate` the model's pointer map. */
export function directions(model: Model, document: JsonValue, locate: Locate): ReadonlyMap<string, Direction> {
  const originals = model.declarations.map((d) => locate(d.id));
  const byOriginal = new Map(model.declarations.map((d, i) => [originals[i]!, d]));
  const roots: { id: string; direction: 'send' | 'receive' }[] = [];
  model.declarations.forEach((d, i) => {
    const given = d.codegen['wire']?.['direction'];
    if (given === 'send' || given === 'both') roots.push({ id: d.id, direction: 'send' });
    if (given === 'receive' || given === 'both') roots.push({ id: d.id, direction: 'receive' });
    const used = usage(originals[i]!);
    if (used !== null) roots.push({ id: d.id, direction: used });
  });
  if (isObject(document) && typeof document['openapi'] === 'string') {
    for (const [section, inverted] of [
      ['paths', false],
      ['webhooks', true],
    ] as const) {
      const items = document[section];
      if (!isObject(items)) continue;
      for (const [path, item] of Object.entries(items)) {
        if (!isObject(item)) continue;
        for (const [method, operation] of Object.entries(item)) {
          if (!METHODS.has(method) && method !== 'parameters') continue;
          const parts: [JsonValue | undefined, 'send' | 'receive'][] =
            method === 'parameters'
              ? [[operation, 'send']]
              : isObject(operation)
                ? [
                    [operation['requestBody'], 'send'],
                    [operation['parameters'], 'send'],
                    [operation['responses'], 'receive'],
                  ]
                : [];
          for (const [part, way] of parts) {
            const direction = inverted ? (way === 'send' ? 'receive' : 'send') : way;
            for (const ref of componentRefs(part, [])) {
              const d = byOriginal.get(ref);
              if (d !== undefined) roots.push({ id: d.id, direction });
            }
          }
          void path;
        }
      }
    }
  }
  return propagate(model, roots);
}

/** An inline operation schema's direction, by where it stands ("/paths/~1x/post/requestBody/..."). */
function usage(pointer: string): 'send' | 'receive' | null {
  const tokens = pointer.split('/').slice(1).map(unescapePointerToken);
  if (tokens[0] !== 'paths' && tokens[0] !== 'webhooks') return null;
  const way = tokens.includes('responses') ? 'receive' : tokens.includes('requestBody') || tokens.includes('parameters') ? 'send' : null;
  if (way === null || tokens[0] === 'paths') return way;
  return way === 'send' ? 'receive' : 'send';
}

/** Every "$ref" below `value` that names a components schema, as its pointer ("/components/schemas/X"). */
function componentRefs(value: JsonValue | undefined, out: string[]): string[] {
  if (Array.isArray(value)) for (const v of value) componentRefs(v, out);
  else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/')) out.push(decodeURIComponent(v.slice(1)));
      else componentRefs(v, out);
    }
  }
  return out;
}

/** The declarations reached from the roots of each direction, through their references. */
function reach(model: Model, roots: readonly { id: string; direction: 'send' | 'receive' }[]): { send: Set<string>; receive: Set<string> } {
  const byId = new Map<string, Declaration>(model.declarations.map((d) => [d.id, d]));
  const seen = { send: new Set<string>(), receive: new Set<string>() };
  for (const way of ['send', 'receive'] as const) {
    const stack = roots.filter((r) => r.direction === way).map((r) => r.id);
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen[way].has(id)) continue;
      seen[way].add(id);
      const d = byId.get(id);
      if (d !== undefined) for (const t of typesOf(d)) stack.push(...refsOf(t, []));
    }
  }
  return seen;
}

function propagate(model: Model, roots: readonly { id: string; direction: 'send' | 'receive' }[]): Map<string, Direction> {
  const seen = reach(model, roots);
  const out = new Map<string, Direction>();
  for (const d of model.declarations) out.set(d.id, combined(seen.send.has(d.id), seen.receive.has(d.id)) ?? 'both');
  return out;
}

function combined(send: boolean, receive: boolean): Direction | null {
  return send && receive ? 'both' : send ? 'send' : receive ? 'receive' : null;
}

/**
 * `directions` with the ones the user gives (--direction NAME=send|receive|both, by declaration
 * name) laid over them: the named declarations and what they reference take the given direction.
 */
export function withGiven(model: Model, found: ReadonlyMap<string, Direction>, given: ReadonlyMap<string, Direction>): ReadonlyMap<string, Direction> {
  if (given.size === 0) return found;
  const roots = model.declarations.flatMap((d) => {
    const way = given.get(d.schemaName);
    if (way === undefined) return [];
    return way === 'both'
      ? [
          { id: d.id, direction: 'send' as const },
          { id: d.id, direction: 'receive' as const },
        ]
      : [{ id: d.id, direction: way }];
  });
  const seen = reach(model, roots);
  return new Map([...found].map(([id, way]) => [id, combined(seen.send.has(id), seen.receive.has(id)) ?? way]));
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
