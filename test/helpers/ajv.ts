// The reference validator: Ajv in draft 2020-12 mode, strict (without its type checks where those
// refuse valid JSON Schema: see instance), allErrors. Vendor keys (x-...)
// are registered as annotations, formats are annotations (as 2020-12 says by default), and
// OpenAPI's discriminator is on, since our unions use it.

import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import type { JsonValue } from '../../generator/model/ir.js';
import { readOtherDialects } from '../../generator/stages/patterns.js';

export interface AjvVerdict {
  readonly ok: boolean;
  /**
   * Every instance pointer Ajv reports (allErrors), "" for the root. For a property that
   * `additionalProperties` or `unevaluatedProperties` rejects, Ajv names the object; the
   * specification's output format names the property itself (the `false` schema fails there), so
   * both are listed. So for the items a `false` "items" or "unevaluatedItems" rejects: Ajv names
   * the array ("must NOT have more than N items"), the output format each item, the first at N.
   */
  readonly pointers: readonly string[];
  readonly errors: readonly ErrorObject[];
}

export interface Oracle {
  validate(schemaName: string, json: unknown): AjvVerdict;
}

export function makeOracle(schema: Record<string, unknown>): Oracle {
  // ownProperties: without it Ajv reads inherited members (a document without "toString" fails
  // a string-typed "toString" property, since Object.prototype.toString is a function).
  // strictRequired off: "required" naming a member with no property schema is valid JSON Schema
  // (the member must be there, "additionalProperties" checks it), and case required-unknown tests it.
  const strict = instance(schema, true);
  let lenient: Ajv2020.default | null = null;
  const defs = (schema['$defs'] ?? {}) as Record<string, unknown>;
  return {
    validate(schemaName, json) {
      // A name that is not a "$defs" key is the root declaration's (named from its title).
      const ref = Object.hasOwn(defs, schemaName) ? `root#/$defs/${schemaName.replace(/~/g, '~0').replace(/\//g, '~1')}` : 'root';
      let validate;
      try {
        validate = strict.getSchema(ref);
      } catch (error) {
        // Strict mode refuses valid JSON Schema it finds suspicious (a keyword without its
        // "type", union types, open tuples); real schemas are written so, and the specification
        // decides what they mean, which Ajv without those checks follows.
        if (!(error instanceof Error && error.message.startsWith('strict mode'))) throw error;
        lenient ??= instance(schema, false);
        validate = lenient.getSchema(ref);
      }
      if (validate === undefined) throw new Error(`no $defs/${schemaName}`);
      const ok = validate(json) as boolean;
      const errors = validate.errors ?? [];
      return { ok, pointers: [...new Set(errors.flatMap(pointersOf))], errors };
    },
  };
}

/**
 * The same reference validator over documents known by URI, as the generator emits them for the
 * runtimes (model.validation.documents): `validate` takes a schema's absolute URI (schemaUriOf),
 * so a declaration hoisted out of a property is checked where it stands.
 */
export function makeUriOracle(documents: readonly { readonly uri: string; readonly schema: Record<string, unknown> }[]): Oracle {
  const compile = (strict: boolean): Ajv2020.default => {
    const [first, ...others] = documents;
    const ajv = instance(first!.schema, strict, first!.uri);
    for (const other of others) ajv.addSchema(other.schema, other.uri);
    return ajv;
  };
  const strict = compile(true);
  let lenient: Ajv2020.default | null = null;
  return {
    validate(uri, json) {
      let validate;
      try {
        validate = strict.getSchema(uri);
      } catch (error) {
        // As makeOracle: strict mode's suspicions are not the specification's meaning.
        if (!(error instanceof Error && error.message.startsWith('strict mode'))) throw error;
        lenient ??= compile(false);
        validate = lenient.getSchema(uri);
      }
      if (validate === undefined) throw new Error(`no schema ${uri}`);
      const ok = validate(json) as boolean;
      const errors = validate.errors ?? [];
      return { ok, pointers: [...new Set(errors.flatMap(pointersOf))], errors };
    },
  };
}

function instance(schema: Record<string, unknown>, strict: boolean, uri = 'root'): Ajv2020.default {
  const typeChecks = strict ? {} : { strictTypes: false, strictTuples: false, allowUnionTypes: true, allowMatchingProperties: true };
  // multipleOfPrecision: without it Ajv decides multipleOf by `x / m === parseInt(x / m)`, which
  // calls 1e300 not a multiple of 2 (parseInt("5e+299") is 5) and 0.0075 not one of 0.0001 (the
  // division gives 74.99999999999999); the specification (and the suite's float-overflow and
  // decimal tests) say both are, and so do the runtimes, which divide exactly.
  const ajv = new Ajv2020.default({
    multipleOfPrecision: 12,
    strict: true,
    strictRequired: false,
    ...typeChecks,
    allErrors: true,
    discriminator: true,
    validateFormats: false,
    ownProperties: true,
  });
  for (const key of vendorKeys(schema)) ajv.addKeyword(key);
  ajv.addSchema(asRead(schema), uri);
  return ajv;
}

/**
 * The schema as the generator reads it: a pattern in another engine's syntax ("\\:", "\\p{Han}",
 * which Ajv refuses with the "u" flag) read as those engines read it (stages/patterns.ts, a
 * vendor mistake read with a warning), on a copy.
 */
function asRead(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(schema);
  readOtherDialects(copy as JsonValue, { strict: false, warn: () => {} });
  return copy;
}

function vendorKeys(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => vendorKeys(n, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('x-')) found.add(k);
      else vendorKeys(v, found);
    }
  }
  return found;
}

function pointersOf(error: ErrorObject): string[] {
  const name =
    (error.params as { additionalProperty?: unknown; unevaluatedProperty?: unknown }).additionalProperty ??
    (error.params as { unevaluatedProperty?: unknown }).unevaluatedProperty;
  const limit = (error.params as { limit?: unknown }).limit;
  if ((error.keyword === 'items' || error.keyword === 'unevaluatedItems') && typeof limit === 'number')
    return [error.instancePath, `${error.instancePath}/${limit}`];
  if (typeof name !== 'string') return [error.instancePath];
  return [error.instancePath, `${error.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`];
}
