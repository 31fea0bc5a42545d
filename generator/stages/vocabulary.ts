// vocabulary: what a "$schema" says, for the dialect stage: the dialect (a standard meta-schema's,
// or the one a custom meta-schema is written in, by its own "$schema"), and what a custom
// meta-schema's "$vocabulary" (2019-09 and 2020-12) makes of the keywords of the schemas written
// against it:
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
import { isObject, type JsonObject } from './load.js';
import { metaSchemaKey } from './meta-schemas.js';

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

export type Dialect = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const DIALECTS: Readonly<Record<string, Dialect>> = {
  'http://json-schema.org/draft-04/schema': 'draft-04',
  'http://json-schema.org/draft-06/schema': 'draft-06',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  [DRAFT_2020_12]: '2020-12',
};

/** Finds a document by absolute URI (a custom meta-schema), or undefined. */
export type DocumentLookup = (uri: string) => unknown;

/** What a `$schema` value says: the dialect, and a custom meta-schema's vocabularies (null: all of the dialect's). */
export function metaSchemaOf(
  uri: string,
  pointer: string,
  lookup: DocumentLookup,
  seen: readonly string[] = [],
): { dialect: Dialect; vocabularies: Vocabularies | null } {
  const dialect = DIALECTS[dialectKey(uri)];
  if (dialect !== undefined) return { dialect, vocabularies: null };
  const meta = lookup(uri.replace(/#$/, '')) as JsonValue | undefined;
  const of = seen.length === 0 ? '' : ` (the "$schema" of the meta-schema ${seen.at(-1)!})`;
  if (meta === undefined || seen.includes(uri))
    throw new SchemaError(
      `unknown "$schema" ${quoted(uri)}${of}`,
      joinPointer(pointer, '$schema'),
      `use one of ${Object.keys(DIALECTS).join(', ')} (or remove "$schema": 2020-12 is the default); a custom meta-schema is read as a reference is: beside the schema, or under a --ref-map URI_PREFIX=DIR folder`,
    );
  if (!isObject(meta) || typeof meta['$schema'] !== 'string')
    throw new SchemaError(
      `the meta-schema ${uri}${of} does not say which dialect it is written in: it has no "$schema"`,
      joinPointer(pointer, '$schema'),
      `give the meta-schema the "$schema" of its dialect, e.g. "${DRAFT_2020_12}"`,
    );
  return { dialect: metaSchemaOf(meta['$schema'], pointer, lookup, [...seen, uri]).dialect, vocabularies: vocabulariesOf(uri, meta, pointer) };
}

/** Whether a `$schema` value names a standard dialect (any other names a custom meta-schema). */
export function isStandardDialect(uri: string): boolean {
  return DIALECTS[dialectKey(uri)] !== undefined;
}

// As meta-schemas.ts knows a meta-schema's URI (the older drafts' "http:" whichever scheme was
// written), but only without a fragment or with the empty one: "...schema#foo" names no dialect.
const dialectKey = (uri: string): string => (/#./s.test(uri) ? uri : metaSchemaKey(uri));

/** The keywords of a meta-schema the bundle stage embeds for a "$schema" (the dialect stage takes them out again). */
export const META_SCHEMA_PART = ['$schema', '$vocabulary'];

/** What a schema written against a meta-schema needs of it (embedded as that): its dialect and vocabularies. */
export function metaSchemaPart(value: JsonValue): JsonObject {
  return Object.fromEntries(META_SCHEMA_PART.flatMap((k) => (isObject(value) && value[k] !== undefined ? [[k, value[k]!]] : [])));
}

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
