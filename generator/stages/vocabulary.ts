// vocabulary: what a custom meta-schema's "$vocabulary" (2019-09 and 2020-12) makes of the
// keywords of the schemas written against it. The dialect stage reads each resource with it:
// - a standard vocabulary the meta-schema leaves out: its keywords are annotations there (not
//   asserted; the dialect stage drops them from the document and warns once per meta-schema).
//   Only the vocabularies that assert are concerned; meta-data, content and format-annotation
//   keywords are annotations either way, and core cannot be left out ("$ref", "$defs", ...);
// - a vocabulary the generator does not know: required (true) is a SchemaError naming it,
//   optional (false) is ignored, as the specification says;
// - the format-assertion vocabulary (required or not: the generator knows it) makes "format" assert
//   in that resource, which every runtime validator reads from a meta-schema document beside the
//   schema (FORMAT_ASSERTION_META, added to model.validation by the pipeline).
// A meta-schema without "$vocabulary" means every vocabulary of its own dialect, as before.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { isObject } from './load.js';

const VOCAB_2020_12 = 'https://json-schema.org/draft/2020-12/vocab/';
const VOCAB_2019_09 = 'https://json-schema.org/draft/2019-09/vocab/';

const APPLICATOR = [
  'prefixItems',
  'items',
  'additionalItems',
  'contains',
  'additionalProperties',
  'properties',
  'patternProperties',
  'dependentSchemas',
  'propertyNames',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
];
const UNEVALUATED = ['unevaluatedItems', 'unevaluatedProperties'];
const VALIDATION = [
  'type',
  'const',
  'enum',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
];

/** Every vocabulary the generator knows -> the keywords that assert which it holds (none: annotations or core). */
const KNOWN: Readonly<Record<string, readonly string[]>> = {
  [`${VOCAB_2020_12}core`]: [],
  [`${VOCAB_2020_12}applicator`]: APPLICATOR,
  [`${VOCAB_2020_12}unevaluated`]: UNEVALUATED,
  [`${VOCAB_2020_12}validation`]: VALIDATION,
  [`${VOCAB_2020_12}meta-data`]: [],
  [`${VOCAB_2020_12}format-annotation`]: [],
  [`${VOCAB_2020_12}format-assertion`]: [],
  [`${VOCAB_2020_12}content`]: [],
  [`${VOCAB_2019_09}core`]: [],
  [`${VOCAB_2019_09}applicator`]: [...APPLICATOR, ...UNEVALUATED], // 2019-09's applicators held the unevaluated keywords
  [`${VOCAB_2019_09}validation`]: VALIDATION,
  [`${VOCAB_2019_09}meta-data`]: [],
  [`${VOCAB_2019_09}format`]: [],
  [`${VOCAB_2019_09}content`]: [],
};

/** The vocabularies of each dialect that has any, by the prefix of their URIs. */
const ASSERTING: Readonly<Record<string, readonly string[]>> = {
  [VOCAB_2020_12]: ['applicator', 'unevaluated', 'validation'],
  [VOCAB_2019_09]: ['applicator', 'validation'],
};

/** The URI of the meta-schema document a resource whose "format" asserts names (its "$schema" in model.validation). */
export const FORMAT_ASSERTION_META = 'urn:schema-codegen:meta:format-assertion';

/**
 * That document: 2020-12 with the format-assertion vocabulary instead of format-annotation. The
 * keywords of vocabularies a meta-schema leaves out are gone from the documents already, so the
 * runtimes need only learn that "format" asserts.
 */
export function formatAssertionMetaSchema(): { uri: string; text: string } {
  const names = ['core', 'applicator', 'unevaluated', 'validation', 'meta-data', 'format-assertion', 'content'];
  const vocabulary = Object.fromEntries(names.map((n) => [`${VOCAB_2020_12}${n}`, true]));
  return { uri: FORMAT_ASSERTION_META, text: JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $vocabulary: vocabulary }) };
}

/** How the resources written against one meta-schema read. */
export interface Vocabularies {
  /** The meta-schema's URI, as the "$schema" wrote it. */
  readonly meta: string;
  /** Keyword -> the vocabulary left out that holds it: annotations in these resources. */
  readonly annotations: ReadonlyMap<string, string>;
  /** Whether "format" asserts (the format-assertion vocabulary). */
  readonly formatAssertion: boolean;
}

/**
 * The vocabularies of the meta-schema `meta` (found at `uri`), for the schema whose "$schema"
 * (at `pointer`) names it; null when it declares none. A bad "$vocabulary" or a required unknown
 * vocabulary is a SchemaError there.
 */
export function vocabulariesOf(uri: string, meta: JsonValue, pointer: string): Vocabularies | null {
  if (!isObject(meta) || meta['$vocabulary'] === undefined) return null;
  const declared = meta['$vocabulary'];
  const at = joinPointer(pointer, '$schema');
  if (!isObject(declared) || Object.values(declared).some((v) => typeof v !== 'boolean')) {
    throw new SchemaError(
      `the meta-schema ${uri} has a "$vocabulary" that is not an object of booleans`,
      at,
      'write "$vocabulary" in the meta-schema as {"<vocabulary URI>": true (required) or false (optional), ...}',
    );
  }
  const unknown = Object.keys(declared).filter((v) => KNOWN[v] === undefined && declared[v] === true);
  if (unknown.length > 0) {
    throw new SchemaError(
      `the meta-schema ${uri} requires the vocabulary ${quoted(unknown[0]!)}, which schema-codegen does not know`,
      at,
      `a schema that needs ${unknown.length > 1 ? 'these vocabularies' : 'it'} cannot be generated faithfully: write the schema against a meta-schema without ${unknown.length > 1 ? 'them' : 'it'}, or make ${unknown.length > 1 ? 'them' : 'it'} optional ("${unknown[0]!}": false) if validators may ignore ${unknown.length > 1 ? 'them' : 'it'}`,
    );
  }
  const listed = new Set(Object.keys(declared));
  const prefix = Object.keys(ASSERTING).find((p) => [...listed].some((v) => v.startsWith(p))) ?? VOCAB_2020_12;
  const annotations = new Map<string, string>();
  for (const name of ASSERTING[prefix]!) {
    const vocabulary = `${prefix}${name}`;
    if (!listed.has(vocabulary)) for (const keyword of KNOWN[vocabulary]!) annotations.set(keyword, vocabulary);
  }
  return { meta: uri, annotations, formatAssertion: listed.has(`${VOCAB_2020_12}format-assertion`) };
}

/** The warning for the keywords of left-out vocabularies that the resources of one meta-schema use (`found`: keyword -> first pointer). */
export function annotationsWarning(vocabularies: Vocabularies, found: ReadonlyMap<string, string>): SchemaError {
  const keywords = [...found.keys()];
  const left = [...new Set(keywords.map((k) => vocabularies.annotations.get(k)!))];
  return new SchemaError(
    `${keywords.map(quoted).join(', ')} ${keywords.length > 1 ? 'are annotations' : 'is an annotation'} here, not asserted: the meta-schema ${vocabularies.meta} leaves out the vocabular${left.length > 1 ? 'ies' : 'y'} ${left.join(', ')}`,
    found.get(keywords[0]!)!,
    `add the vocabulary to the meta-schema's "$vocabulary" if these keywords should be asserted, or remove them from the schema`,
  );
}
