// openapi-discriminator: an OpenAPI `discriminator` checked against the schemas it names, then
// reduced to what load.ts and build-model read (`propertyName`; each variant's tag value comes
// from its `const` or one-value `enum`). A `mapping` value is a schema name or a `$ref`; each must
// name a schema of the document, one of the union's variants when the union lists them, and,
// when that variant fixes its tag, with the same value. The implicit mapping (a variant's
// component name as its tag value, for a variant that fixes no tag) must not clash with an
// explicit one. A variant that fixes no tag is build-model's to refuse or accept.

import { SchemaError, fragmentOf, joinPointer, quoted } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { isObject, type JsonObject } from './load.js';
import { defName, type Pointers } from './openapi-schema.js';

/**
 * Checks the discriminator and reduces it to its `propertyName`. Returns a note when the union
 * cannot be bound by its tag (an `anyOf`, or a variant that fixes no required string tag of its
 * own): OpenAPI allows that, and the discriminator is then kept as the annotation
 * "x-oas-discriminator", so that the union binds by trying its variants, as any union does.
 */
export function checkDiscriminator(schema: JsonObject, original: string, defs: JsonObject, pointers: Pointers): SchemaError | null {
  const at = joinPointer(original, 'discriminator');
  const discriminator = schema['discriminator'] as JsonObject;
  const property = discriminator['propertyName'];
  if (typeof property !== 'string')
    throw new SchemaError('"discriminator" needs a "propertyName" string', at, 'write "discriminator": {"propertyName": "type"}');
  const mapping = discriminator['mapping'] ?? {};
  if (!isObject(mapping))
    throw new SchemaError(
      '"discriminator/mapping" must be an object of tag value -> schema',
      joinPointer(at, 'mapping'),
      'write "mapping": {"dog": "#/components/schemas/Dog"}',
    );
  const variantList = schema['oneOf'] ?? schema['anyOf'];
  const variants = Array.isArray(variantList) ? variantList.flatMap((v) => (isObject(v) && typeof v['$ref'] === 'string' ? [v['$ref']] : [])) : null;
  const mapped = new Set<string>();
  for (const [value, target] of Object.entries(mapping)) {
    const where = joinPointer(at, 'mapping', value);
    if (typeof target !== 'string') throw new SchemaError('a mapping value must be a schema name or a $ref', where, 'write e.g. "#/components/schemas/Dog"');
    const ref = convertedRef(target, pointers);
    const name = ref === null ? null : defName(ref);
    if (ref === null || name === null || !Object.hasOwn(defs, name))
      throw new SchemaError(
        `the mapping of ${quoted(value)} names ${quoted(target)}, which is no schema of this document`,
        where,
        'name a key of components.schemas, or write its "#/components/schemas/<Name>" $ref',
      );
    if (variants !== null && !variants.includes(ref))
      throw new SchemaError(
        `the mapping of ${quoted(value)} names ${quoted(target)}, which is not one of the union's variants`,
        where,
        `add {"$ref": ${quoted(target)}} to the "oneOf"/"anyOf", or remove the mapping entry`,
      );
    checkTag(defs[name]!, property, value, where);
    mapped.add(ref);
  }
  // Implicit mapping: a variant no mapping entry names, and that fixes no tag, is tagged with its
  // schema name; the mapping must not give that name to another schema.
  for (const ref of variants ?? []) {
    const name = defName(ref);
    if (mapped.has(ref) || name === null || !Object.hasOwn(mapping, name) || fixedTag(defs[name] ?? {}, property) !== null) continue;
    throw new SchemaError(
      `the variant ${quoted(name)} is tagged ${quoted(name)} implicitly (by its name), but the mapping gives ${quoted(name)} to ${quoted(String(mapping[name]))}`,
      joinPointer(at, 'mapping', name),
      `map the variant explicitly under another value, or fix its tag with "const"`,
    );
  }
  schema['discriminator'] = { propertyName: property };
  const unbound = unboundVariant(schema, property, defs);
  if (unbound === null) return null;
  delete schema['discriminator'];
  schema['x-oas-discriminator'] = { propertyName: property };
  return new SchemaError(
    `the discriminator ${quoted(property)} cannot choose the variant: ${unbound}; the union is read without it (values bind to the variant that accepts them)`,
    at,
    `to bind by the tag, use "oneOf" and give each variant "properties": {${quoted(property)}: {"const": "<tag>"}} with ${quoted(property)} in its "required"`,
  );
}

/** Why a tag cannot choose this union's variant, or null when every variant fixes a distinct required string tag (as build-model binds). */
function unboundVariant(schema: JsonObject, property: string, defs: JsonObject): string | null {
  if (!Array.isArray(schema['oneOf'])) return 'it is an "anyOf"';
  const seen = new Set<JsonValue>();
  for (const [index, variant] of schema['oneOf'].entries()) {
    if (isObject(variant) && variant['type'] === 'null') continue;
    const name = isObject(variant) && typeof variant['$ref'] === 'string' ? defName(variant['$ref']) : null;
    const target = name !== null && Object.hasOwn(defs, name) ? defs[name] : variant;
    const tag = fixedTag(target!, property);
    const required = isObject(target) && Array.isArray(target['required']) && target['required'].includes(property);
    if (tag === null || tag.length !== 1 || typeof tag[0] !== 'string' || !required) return `variant ${index} fixes no required string tag`;
    if (seen.has(tag[0])) return `two variants have the tag ${quoted(tag[0])}`;
    seen.add(tag[0]);
  }
  return null;
}

/** A mapping value as a converted `$ref`: a bare name is a components.schemas key. */
function convertedRef(target: string, pointers: Pointers): string | null {
  const original = target.startsWith('#') ? target.slice(1) : target.includes('/') ? null : joinPointer('/components/schemas', target);
  if (original === null) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(original);
  } catch {
    return null;
  }
  const converted = pointers.converted(decoded);
  return converted === null ? null : fragmentOf(converted);
}

/** The tag values a variant allows, when it fixes them (`const`, or `enum`), else null. */
function fixedTag(variant: JsonValue, property: string): readonly JsonValue[] | null {
  const inner = isObject(variant) && Array.isArray(variant['anyOf']) ? variant['anyOf'][0] : variant;
  const tag = isObject(inner) && isObject(inner['properties']) ? inner['properties'][property] : undefined;
  if (!isObject(tag)) return null;
  if (Object.hasOwn(tag, 'const')) return [tag['const']!];
  return Array.isArray(tag['enum']) ? tag['enum'] : null;
}

function checkTag(variant: JsonValue, property: string, value: string, where: string): void {
  const allowed = fixedTag(variant, property);
  if (allowed === null || allowed.includes(value)) return;
  throw new SchemaError(
    `the mapping says tag ${quoted(value)}, but the schema it names fixes ${quoted(property)} to ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
    where,
    'make the mapping key and the variant\'s "const" the same value',
  );
}
