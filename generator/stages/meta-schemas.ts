// meta-schemas: the standard meta-schemas, built in, as every validator has them (Ajv, the
// official suite's harness): a "$ref" or "$schema" naming https://json-schema.org/draft/2020-12/schema
// (or one of its vocabulary meta-schemas under .../meta/), 2019-09's, or draft-07's or -06's
// resolves to the published document without --ref-map. The documents are the ones Ajv's package
// publishes as data (ajv/dist/refs), imported as JSON so that the CLI bundle carries them: the
// generator never fetches them and holds no copy of their text. Draft-04's meta-schema is not
// among them (Ajv publishes it in another package), so a reference to it still needs --ref-map.

import type { JsonValue } from '../model/ir.js';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import schema201909 from 'ajv/dist/refs/json-schema-2019-09/schema.json' with { type: 'json' };
import applicator201909 from 'ajv/dist/refs/json-schema-2019-09/meta/applicator.json' with { type: 'json' };
import content201909 from 'ajv/dist/refs/json-schema-2019-09/meta/content.json' with { type: 'json' };
import core201909 from 'ajv/dist/refs/json-schema-2019-09/meta/core.json' with { type: 'json' };
import format201909 from 'ajv/dist/refs/json-schema-2019-09/meta/format.json' with { type: 'json' };
import metaData201909 from 'ajv/dist/refs/json-schema-2019-09/meta/meta-data.json' with { type: 'json' };
import validation201909 from 'ajv/dist/refs/json-schema-2019-09/meta/validation.json' with { type: 'json' };
import schema202012 from 'ajv/dist/refs/json-schema-2020-12/schema.json' with { type: 'json' };
import applicator202012 from 'ajv/dist/refs/json-schema-2020-12/meta/applicator.json' with { type: 'json' };
import content202012 from 'ajv/dist/refs/json-schema-2020-12/meta/content.json' with { type: 'json' };
import core202012 from 'ajv/dist/refs/json-schema-2020-12/meta/core.json' with { type: 'json' };
import formatAnnotation202012 from 'ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json' with { type: 'json' };
import metaData202012 from 'ajv/dist/refs/json-schema-2020-12/meta/meta-data.json' with { type: 'json' };
import unevaluated202012 from 'ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json' with { type: 'json' };
import validation202012 from 'ajv/dist/refs/json-schema-2020-12/meta/validation.json' with { type: 'json' };

const PUBLISHED: readonly unknown[] = [
  draft06,
  draft07,
  schema201909,
  applicator201909,
  content201909,
  core201909,
  format201909,
  metaData201909,
  validation201909,
  schema202012,
  applicator202012,
  content202012,
  core202012,
  formatAnnotation202012,
  metaData202012,
  unevaluated202012,
  validation202012,
];

/** The form a meta-schema URI is known by here: no fragment, and the older drafts' "http:" whichever scheme was written. */
export function metaSchemaKey(uri: string): string {
  return uri.replace(/#.*$/s, '').replace(/^https:\/\/json-schema\.org\/draft-0/, 'http://json-schema.org/draft-0');
}

const BY_URI: ReadonlyMap<string, JsonValue> = new Map(
  PUBLISHED.map((document) => {
    const id = (document as { $id?: unknown }).$id;
    if (typeof id !== 'string') throw new Error('internal: a built-in meta-schema without "$id"');
    return [metaSchemaKey(id), document as JsonValue];
  }),
);

/** The published standard meta-schema a URI names (a fresh copy: callers may change it), or undefined. */
export function builtInMetaSchema(uri: string): JsonValue | undefined {
  const document = BY_URI.get(metaSchemaKey(uri));
  return document === undefined ? undefined : structuredClone(document);
}

/** Whether a URI names one of the built-in standard meta-schemas. */
export function isBuiltInMetaSchema(uri: string): boolean {
  return BY_URI.has(metaSchemaKey(uri));
}
