// Why a property's type is (or holds) the JSON value type: read from the schema the model was
// built from (the root validation document, which keeps every validation keyword at the pointers
// the model's ids and property pointers name), at the part of the type that is the JSON value
// type. The causes are the constructs issue 18 asks to type precisely, worded so that a count per
// cause says what to improve next.

import { isAnySchema } from '../../generator/stages/build-model-base.js';
import type { JsonValue, Model } from '../../generator/model/ir.js';
import type { JsonValuePart } from './targets.js';

type JsonObject = { [key: string]: JsonValue };
const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The root document as the validators read it (annotations dropped, every validation keyword kept). */
export function rootDocument(model: Model): JsonValue {
  const root = model.validation.documents.find((d) => d.uri === model.validation.rootUri);
  return root === undefined ? {} : (JSON.parse(root.text) as JsonValue);
}

function at(document: JsonValue, pointer: string): JsonValue | undefined {
  let node: JsonValue | undefined = document;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** A local reference's target, or a nullable wrapper's other branch: the schema that types the value. */
function unwrap(document: JsonValue, schema: JsonValue | undefined): JsonValue | undefined {
  for (let i = 0; i < 32 && isObject(schema); i++) {
    const ref = schema['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/') && Object.keys(schema).length === 1) {
      schema = at(document, decodeURIComponent(ref.slice(1)));
      continue;
    }
    const branches = schema['anyOf'] ?? schema['oneOf'];
    const nonNull = Array.isArray(branches) ? branches.filter((b) => !(isObject(b) && b['type'] === 'null')) : [];
    if (Array.isArray(branches) && nonNull.length === 1 && branches.length === 2) {
      schema = nonNull[0];
      continue;
    }
    return schema;
  }
  return schema;
}

const VALIDATION_ONLY = (s: JsonObject): string[] =>
  Object.keys(s).filter(
    (k) => !k.startsWith('x-') && !['title', 'description', 'default', 'examples', 'deprecated', '$comment', 'readOnly', 'writeOnly'].includes(k),
  );

/** The cause of one part of a property's type being the JSON value type. */
export function causeOf(document: JsonValue, propertyPointer: string, part: JsonValuePart): string {
  if (part.type.kind === 'const') return 'const (this target keeps a constant as its JSON value type)';
  if (part.type.kind === 'null') return 'type null (this target types null as its JSON value type)';
  if (part.type.kind !== 'any') return `${part.type.kind} (this target renders it as its JSON value type)`;
  const tokens = propertyPointer.split('/');
  if (tokens[tokens.length - 2] === 'required') return '"required" names a member without a property schema';
  let schema = at(document, propertyPointer);
  for (const step of part.path) {
    if (step.startsWith('alias ')) {
      schema = at(document, step.slice('alias '.length));
      continue;
    }
    const s = unwrap(document, schema);
    if (!isObject(s)) return 'inside a schema that is not an object';
    if (step === 'items') {
      if (s['prefixItems'] !== undefined) return 'tuple ("prefixItems")';
      if (s['items'] === undefined) return 'array without "items"';
      schema = s['items'];
    } else if (step === 'values') {
      if (s['patternProperties'] !== undefined) return '"patternProperties" (values of several schemas)';
      if (s['additionalProperties'] === undefined || s['additionalProperties'] === true)
        return 'free-form object (no "properties", no "additionalProperties" schema)';
      schema = s['additionalProperties'];
    } else return `inside "${step}"`;
  }
  return schemaCause(document, schema);
}

/** Why the model types this schema as any value. */
function schemaCause(document: JsonValue, schema: JsonValue | undefined): string {
  if (schema === undefined) return 'schema not found at its pointer';
  if (schema === false) return 'false schema (no value is valid)';
  const s = unwrap(document, schema);
  if (s === true || (s !== undefined && isAnySchema(s))) return 'untyped ({} or true: any value)';
  if (!isObject(s)) return 'not a schema object';
  if (typeof s['$ref'] === 'string') return `"$ref" to a schema that is no declaration${VALIDATION_ONLY(s).length > 1 ? ', with siblings' : ''}`;
  if (s['$dynamicRef'] !== undefined) return '"$dynamicRef"';
  if (s['const'] !== undefined)
    return typeof s['const'] === 'object' && s['const'] !== null ? '"const" object or array' : '"const" no value of its type satisfies';
  if (Array.isArray(s['enum'])) return '"enum" of objects, arrays or several types (or no valid value)';
  const type = s['type'];
  const types = Array.isArray(type) ? type.filter((t) => t !== 'null') : type === undefined ? [] : [type];
  if (types.length > 1) return 'several types ("type": [...])';
  if (types.length === 0) return `no "type" (${[...new Set(VALIDATION_ONLY(s))].sort().join(', ')})`;
  if (type === 'array' && s['prefixItems'] !== undefined) return 'tuple ("prefixItems")';
  return `other: ${JSON.stringify(s).slice(0, 80)}`;
}
