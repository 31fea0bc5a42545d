// Ajv as the reference for configuration-file schemas, each read in its own draft and with its
// files as written: the fixture folder's files are registered under the URIs their relative
// references resolve to (beside the root's "$id", else under file:///<fixture>/), so Ajv follows
// "./rules/core.json#/definitions/x" itself. Nothing of the generator's dialect or bundle stages
// is used here. Ajv 8 has no draft-04; draft-04 differs from draft-06 for these schemas in two
// spellings only ("id", boolean exclusive bounds), which toDraft06 rewrites.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import AjvDraft7 from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { listFiles } from '../../generator/files.js';
import type { AjvVerdict, Oracle } from '../helpers/ajv.js';

const require = createRequire(import.meta.url);
type Json = Record<string, unknown>;

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
const DRAFT_06 = 'http://json-schema.org/draft-06/schema#';

/** Ajv for the draft the root's "$schema" names (draft-04 read as draft-06 after toDraft06). */
function ajvFor(dialect: string): AjvDraft7.default | Ajv2019.default | Ajv2020.default {
  // strict off: these schemas carry editor keywords (markdownDescription, ...), which strict Ajv
  // refuses and the specification calls annotations. Formats annotate, as the generator's default.
  const options = { strict: false, allErrors: true, validateFormats: false, ownProperties: true, multipleOfPrecision: 12 };
  if (dialect.includes('2020-12')) return new Ajv2020.default(options);
  if (dialect.includes('2019-09')) return new Ajv2019.default(options);
  const ajv = new AjvDraft7.default(options);
  if (dialect === DRAFT_06 || dialect === DRAFT_04) ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  return ajv;
}

/** A draft-04 schema in draft-06 spelling: "id" -> "$id", boolean exclusive bounds -> numbers. */
export function toDraft06(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft06);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  const s = node as Json;
  for (const [k, v] of Object.entries(s)) {
    if (k === 'id' && typeof v === 'string') out['$id'] = v;
    else if (k === '$schema' && v === DRAFT_04) out[k] = DRAFT_06;
    else if ((k === 'exclusiveMinimum' || k === 'exclusiveMaximum') && typeof v === 'boolean') {
      const bound = k === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (v) {
        out[k] = s[bound];
        out[bound] = undefined;
      }
    } else if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([name, sub]) => [name, toDraft06(sub)]));
    } else out[k] = toDraft06(v);
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** The oracle of a fixture folder whose root schema is `rootFile`; vectors name a definition or the root. */
export function makeFileOracle(dir: string, rootFile: string): Oracle {
  const read = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
  const root = read(join(dir, rootFile));
  const dialect = String(root['$schema']);
  const rewrite = (s: Json): Json => (dialect === DRAFT_04 ? (toDraft06(s) as Json) : s);
  const ownId = root['$id'] ?? root['id'];
  const rootUri = typeof ownId === 'string' ? ownId : `file:///fixture/${rootFile}`;
  const ajv = ajvFor(dialect);
  for (const file of listFiles(dir).filter((f) => f.endsWith('.json') && f !== 'samples.json' && f !== rootFile)) {
    ajv.addSchema(rewrite(read(join(dir, file))), new URL(relative(dir, join(dir, file)), rootUri).href);
  }
  ajv.addSchema(rewrite(root), rootUri);
  const defs = (root['definitions'] ?? root['$defs'] ?? {}) as Json;
  const defsKey = root['definitions'] !== undefined ? 'definitions' : '$defs';
  return {
    validate(name: string, json: unknown): AjvVerdict {
      const ref = Object.hasOwn(defs, name) ? `${rootUri}#/${defsKey}/${name}` : rootUri;
      const validate = ajv.getSchema(ref);
      if (validate === undefined) throw new Error(`no schema ${ref}`);
      const ok = validate(json) as boolean;
      const errors = (validate.errors ?? []) as ErrorObject[];
      return { ok, pointers: [...new Set(errors.flatMap(pointersOf))], errors };
    },
  };
}

/** As test/helpers/ajv.ts: a property additionalProperties refuses is named at the object and at itself. */
function pointersOf(error: ErrorObject): string[] {
  const params = error.params as { additionalProperty?: unknown; unevaluatedProperty?: unknown };
  const name = params.additionalProperty ?? params.unevaluatedProperty;
  if (typeof name !== 'string') return [error.instancePath];
  return [error.instancePath, `${error.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`];
}
