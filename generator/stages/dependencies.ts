// dependencies: "dependencies" in a draft 2020-12 document. Draft 2020-12 split it into
// "dependentRequired" (its arrays) and "dependentSchemas" (its schemas); the official test suite
// (optional/dependencies-compatibility.json) expects a 2020-12 implementation to honour it for
// compatibility, and vendors' schemas still carry it. So it is read as those two keywords, with
// a warning that says so; --strict refuses it. Older drafts never reach this: the dialect stage
// (dialect.ts) has rewritten their "dependencies" already.

import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { isObject, type JsonObject } from './load.js';
import { someSchema, visitSchemas } from './schema-walk.js';

export interface DependenciesOptions {
  readonly strict: boolean;
  /** Once per document, at the first "dependencies", when there is one. */
  readonly warn: (problem: SchemaError) => void;
}

const HINT = 'write "dependentRequired" (the arrays of names) and "dependentSchemas" (the schemas) instead';

/** Rewrites every schema's "dependencies" of `document` in place (the document is the pipeline's own copy). */
export function readDependencies(document: JsonValue, options: DependenciesOptions): void {
  // Most documents have none: a walk without pointers says so.
  if (!someSchema(document, (node) => isObject(node['dependencies']))) return;
  const found: string[] = [];
  visitSchemas(document, '', (node, pointer) => {
    const dependencies = node['dependencies'];
    if (!isObject(dependencies)) return; // anything else is refused by the keyword check, as before
    const at = joinPointer(pointer, 'dependencies');
    if (options.strict) throw new SchemaError('"dependencies" is not a draft 2020-12 keyword, refused by --strict', at, HINT);
    found.push(at);
    rewrite(node, dependencies);
  });
  if (found.length === 0) return;
  const where = found.length === 1 ? '1 occurrence' : `${found.length} occurrences, the first here`;
  options.warn(
    new SchemaError(
      `"dependencies" read as "dependentRequired" and "dependentSchemas" (${where}): draft 2020-12 replaced it`,
      found[0]!,
      `${HINT}; --strict refuses it`,
    ),
  );
}

/**
 * Moves each entry to the keyword its form belongs to, keeping what the node already says there:
 * names already required are joined, a schema already given is applied with the new one (allOf).
 */
function rewrite(node: JsonObject, dependencies: JsonObject): void {
  const required: JsonObject = isObject(node['dependentRequired']) ? { ...node['dependentRequired'] } : {};
  const schemas: JsonObject = isObject(node['dependentSchemas']) ? { ...node['dependentSchemas'] } : {};
  for (const [name, dependency] of Object.entries(dependencies)) {
    // Own members only, set as own members: a property may be named "toString" or "__proto__".
    if (Array.isArray(dependency)) {
      const before = own(required, name);
      setOwn(required, name, before === undefined ? dependency : Array.isArray(before) ? [...new Set([...before, ...dependency])] : before);
    } else {
      const before = own(schemas, name);
      setOwn(schemas, name, before === undefined ? dependency : { allOf: [before, dependency] });
    }
  }
  delete node['dependencies'];
  if (Object.keys(required).length > 0) node['dependentRequired'] = required;
  if (Object.keys(schemas).length > 0) node['dependentSchemas'] = schemas;
}

function own(object: JsonObject, name: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : undefined;
}

function setOwn(object: JsonObject, name: string, value: JsonValue): void {
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
}
