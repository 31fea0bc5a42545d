// openapi-recursive: JSON Schema 2019-09's `$recursiveAnchor`/`$recursiveRef` in an OpenAPI 3.1
// document. OpenAPI 3.1's dialect is 2020-12, which has neither, but published documents (the
// OpenAI one among them) still write them for trees ("filters" holding filters). Read with their
// 2019-09 meaning: each components.schemas entry that holds one is a schema resource, so
// `$recursiveRef: "#"` inside it names that entry (or, with `$recursiveAnchor: true`, the
// outermost such resource in the dynamic scope). The entry gets an `$id`
// ("components/schemas/<Name>", relative to the document's URI) and is converted as any 2019-09
// resource is (dialect.ts's normalizeDialect: `$dynamicAnchor`/`$dynamicRef`). A resource has its
// own base URI, so every `$ref` that crosses its boundary is rewritten to name the resource (or
// the document, by its file name) instead of a bare "#/$defs/..." fragment. Runs after openapi.ts
// rewrote the `$ref`s and checked the discriminators; returns a warning per entry converted.

import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { normalizeDialect } from './dialect.js';
import type { JsonObject } from './load.js';
import { someSchema } from './schema-walk.js';

const KEYWORDS = ['$recursiveAnchor', '$recursiveRef'];
const DEFS = '#/$defs/';

/** Converts the `$defs` entries that use the 2019-09 recursive keywords; `fileName` is the document's (its URI's last segment). */
export function recursiveResources(defs: JsonObject, fileName: string, original: (pointer: string) => string): SchemaError[] {
  const resources = new Set(Object.keys(defs).filter((name) => usesRecursion(defs[name]!)));
  if (resources.size === 0) return [];
  for (const [name, def] of Object.entries(defs)) {
    someSchema(def, (schema) => {
      const ref = schema['$ref'];
      if (typeof ref === 'string' && ref.startsWith(DEFS)) schema['$ref'] = crossing(ref, resources.has(name) ? name : null, resources, fileName);
      return false; // every schema
    });
  }
  return [...resources].map((name) => {
    const at = joinPointer('/$defs', name);
    defs[name] = normalizeDialect({ $id: resourceUri(name), ...(defs[name] as JsonObject) }, '2019-09', undefined, at) as JsonObject;
    return new SchemaError(
      `"$recursiveAnchor"/"$recursiveRef" are JSON Schema 2019-09 keywords, not 2020-12 (OpenAPI 3.1's dialect): read with their 2019-09 meaning, this schema as a resource of its own ("$dynamicAnchor"/"$dynamicRef")`,
      original(at),
      'write "$dynamicAnchor": "<name>" on the schema and "$dynamicRef": "#<name>" (or a plain "$ref" to it) where it recurses',
    );
  });
}

function usesRecursion(def: JsonValue): boolean {
  return someSchema(def, (schema) => KEYWORDS.some((k) => Object.hasOwn(schema, k)));
}

/** The `$id` of a resource entry, relative to the document's URI. */
function resourceUri(name: string): string {
  return `components/schemas/${encodeURIComponent(name)}`;
}

/** A "#/$defs/<Name>/..." reference written in entry `holder` (a resource, or null), as the same target from there. */
function crossing(ref: string, holder: string | null, resources: ReadonlySet<string>, fileName: string): string {
  const slash = ref.indexOf('/', DEFS.length);
  const token = ref.slice(DEFS.length, slash < 0 ? undefined : slash);
  const rest = slash < 0 ? '' : ref.slice(slash);
  let target: string;
  try {
    target = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
  } catch {
    return ref;
  }
  if (!resources.has(target)) return holder === null ? ref : `../../${encodeURIComponent(fileName)}${ref}`;
  if (target === holder) return `#${rest}`;
  // From the document "components/schemas/<Name>"; from a sibling resource (".../components/schemas/<Other>") just "<Name>".
  const uri = holder === null ? resourceUri(target) : encodeURIComponent(target);
  return `${uri}#${rest}`;
}
