// The examples an OpenAPI document gives, as vectors for the runners (test/helpers/protocol.ts):
// each one names the declaration whose generated code must read it, and where in the document it
// was written. Issue 18: every example that is valid JSON and that Ajv accepts round-trips in
// every language; the others are rejected by every language at a pointer Ajv reports.
//
// Where examples stand, and what each is checked against:
// - `example`/`examples` of a schema that is a declaration (a components.schemas entry, an
//   operation's inline schema, or one hoisted out of a property): that declaration;
// - of a property: the declaration that types it, when its type names one (a property schema
//   may narrow it further with keywords beside the `$ref`: those are not checked); a property
//   typed as a string, a number, an array or a map has no code of its own to run, so its
//   examples are counted as not run (`unrun`), each with the reason;
// - `x-oaiMeta.example` of a components.schemas entry, the API reference's example object, a JSON
//   text: that entry's declaration, when the text parses as JSON (else counted as not JSON);
// - `x-oaiMeta.examples[].response` of an operation, the API reference's example response, a JSON
//   text: the declaration of the operation's first 2xx application/json response, when that is a
//   `$ref` to a components.schemas entry;
// - an operation's media-type `example` or `examples.*.value` whose schema is a `$ref` to a
//   components.schemas entry: that entry's declaration.

import { joinPointer } from '../../generator/errors.js';
import type { Declaration, JsonValue, Model } from '../../generator/model/ir.js';
import { schemaUriOf } from '../../generator/stages/validation-schema.js';
import { makeUriOracle, type Oracle } from '../helpers/ajv.js';
import type { Outcome, Vector } from '../helpers/protocol.js';

export type ExampleKind = 'declaration' | 'property' | 'x-oaiMeta' | 'x-oaiMeta response' | 'media type';

export interface Example {
  readonly kind: ExampleKind;
  /** Where the example is written: a JSON pointer into the converted document (model ids) or into the OpenAPI document. */
  readonly source: string;
  readonly vector: Vector;
}

export interface Unrun {
  readonly kind: ExampleKind;
  readonly source: string;
  readonly reason: string;
}

export interface Examples {
  readonly examples: readonly Example[];
  readonly unrun: readonly Unrun[];
}

type Json = { readonly [key: string]: unknown };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `model`: the document's model (loadModel); `document`: the OpenAPI document as parsed. */
export function collectExamples(model: Model, document: Json): Examples {
  const examples: Example[] = [];
  const unrun: Unrun[] = [];
  const byId = new Map(model.declarations.map((d) => [d.id, d]));
  const component = (name: string): Declaration | undefined => byId.get(joinPointer('/$defs', name));
  const add = (kind: ExampleKind, source: string, d: Declaration, json: unknown): void => {
    examples.push({ kind, source, vector: { schema: d.schemaName, json } });
  };

  for (const d of model.declarations) {
    d.examples.forEach((json, i) => add('declaration', joinPointer(d.id, 'examples', i), d, json));
    if (d.kind !== 'object') continue;
    for (const p of d.properties) {
      p.examples.forEach((json: JsonValue, i) => {
        const source = joinPointer(p.pointer, 'examples', i);
        const target = p.type.kind === 'ref' ? byId.get(p.type.id) : undefined;
        if (target !== undefined) add('property', source, target, json);
        else unrun.push({ kind: 'property', source, reason: `typed ${p.type.kind}: no declaration of its own to run` });
      });
    }
  }

  const schemas = isObject(document['components']) && isObject(document['components']['schemas']) ? document['components']['schemas'] : {};
  for (const [name, schema] of Object.entries(schemas)) {
    const meta = isObject(schema) ? schema['x-oaiMeta'] : undefined;
    if (!isObject(meta) || typeof meta['example'] !== 'string') continue;
    const source = joinPointer('/components/schemas', name, 'x-oaiMeta', 'example');
    const d = component(name);
    let json: unknown;
    try {
      json = JSON.parse(meta['example']);
    } catch {
      unrun.push({ kind: 'x-oaiMeta', source, reason: 'not JSON' });
      continue;
    }
    if (d === undefined) unrun.push({ kind: 'x-oaiMeta', source, reason: 'no declaration (--only?)' });
    else add('x-oaiMeta', source, d, json);
  }

  for (const { pointer, operation } of operations(document)) {
    const meta = operation['x-oaiMeta'];
    const listed = isObject(meta) ? meta['examples'] : undefined;
    const all = Array.isArray(listed)
      ? listed.map((e, i) => [joinPointer(pointer, 'x-oaiMeta', 'examples', i), e] as const)
      : [[joinPointer(pointer, 'x-oaiMeta', 'examples'), listed] as const];
    for (const [at, example] of all) {
      if (!isObject(example) || typeof example['response'] !== 'string') continue;
      const source = joinPointer(at, 'response');
      let json: unknown;
      try {
        json = JSON.parse(example['response']);
      } catch {
        unrun.push({ kind: 'x-oaiMeta response', source, reason: 'not JSON' });
        continue;
      }
      const d = componentOf(successSchema(operation), component);
      if (d !== undefined) add('x-oaiMeta response', source, d, json);
      else unrun.push({ kind: 'x-oaiMeta response', source, reason: 'the 2xx JSON response schema is not a $ref to a components.schemas entry' });
    }
  }

  for (const { pointer, media } of mediaTypes(document)) {
    const samples: [string, unknown][] = [];
    if (Object.hasOwn(media, 'example')) samples.push([joinPointer(pointer, 'example'), media['example']]);
    if (isObject(media['examples'])) {
      for (const [key, value] of Object.entries(media['examples'])) {
        if (isObject(value) && Object.hasOwn(value, 'value')) samples.push([joinPointer(pointer, 'examples', key, 'value'), value['value']]);
        else unrun.push({ kind: 'media type', source: joinPointer(pointer, 'examples', key), reason: 'no inline value (externalValue or $ref)' });
      }
    }
    const d = componentOf(media['schema'], component);
    for (const [source, json] of samples) {
      if (d !== undefined) add('media type', source, d, json);
      else unrun.push({ kind: 'media type', source, reason: 'its schema is not a $ref to a components.schemas entry' });
    }
  }
  return { examples, unrun };
}

/** The declaration of the components.schemas entry `schema` is a `$ref` to, if it is one. */
function componentOf(schema: unknown, component: (name: string) => Declaration | undefined): Declaration | undefined {
  const ref = isObject(schema) ? schema['$ref'] : undefined;
  const match = typeof ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(ref) : null;
  return match === null ? undefined : component(decodeURIComponent(match[1]!).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema of an operation's first 2xx response with application/json content. */
function successSchema(operation: Json): unknown {
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  for (const [status, response] of Object.entries(responses)) {
    if (!status.startsWith('2') || !isObject(response) || !isObject(response['content'])) continue;
    const media = response['content']['application/json'];
    if (isObject(media)) return media['schema'];
  }
  return undefined;
}

/** Every operation of the paths and webhooks, with its pointer. */
function operations(document: Json): { pointer: string; operation: Json }[] {
  const out: { pointer: string; operation: Json }[] = [];
  for (const section of ['paths', 'webhooks']) {
    const items = document[section];
    if (!isObject(items)) continue;
    for (const [path, item] of Object.entries(items)) {
      if (!isObject(item)) continue;
      for (const [method, operation] of Object.entries(item))
        if (isObject(operation)) out.push({ pointer: joinPointer(`/${section}`, path, method), operation });
    }
  }
  return out;
}

/** Every media-type object of every operation's request body and responses, with its pointer. */
function mediaTypes(document: Json): { pointer: string; media: Json }[] {
  const out: { pointer: string; media: Json }[] = [];
  for (const { pointer: at, operation } of operations(document)) {
    const bodies: [string, unknown][] = [[joinPointer(at, 'requestBody'), operation['requestBody']]];
    if (isObject(operation['responses']))
      for (const [status, r] of Object.entries(operation['responses'])) bodies.push([joinPointer(at, 'responses', status), r]);
    for (const [pointer, body] of bodies) {
      if (!isObject(body) || !isObject(body['content'])) continue;
      for (const [type, media] of Object.entries(body['content'])) if (isObject(media)) out.push({ pointer: joinPointer(pointer, 'content', type), media });
    }
  }
  return out;
}

/** The examples of a document with what Ajv says of each, over the validation documents the generator emits. */
export interface Judged extends Examples {
  readonly model: Model;
  /** Ajv, called with a $defs name (Vector.schema) as compareWithAjv does, at that declaration's URI. */
  readonly oracle: Oracle;
  /** Ajv's verdict on each example, in the order of `examples`. */
  readonly accepted: readonly boolean[];
}

export function judgeExamples(model: Model, document: Json): Judged {
  const { examples, unrun } = collectExamples(model, document);
  const byUri = makeUriOracle(model.validation.documents.map((d) => ({ uri: d.uri, schema: JSON.parse(d.text) as Record<string, unknown> })));
  const uris = new Map(model.declarations.map((d) => [d.schemaName, schemaUriOf(model, d)]));
  const oracle: Oracle = { validate: (schemaName, json) => byUri.validate(uris.get(schemaName)!, json) };
  return { model, examples, unrun, oracle, accepted: examples.map((e) => oracle.validate(e.vector.schema, e.vector.json).ok) };
}

/**
 * Where the languages' rejections name different pointers (each one Ajv reports, which
 * compareWithAjv checks): "<language> <source>" for each language whose pointer is not the one
 * most of them name.
 */
export function pointerSplits(examples: readonly Example[], outcomes: Readonly<Record<string, readonly Outcome[]>>): string[] {
  const splits: string[] = [];
  examples.forEach((example, i) => {
    const pointers = Object.entries(outcomes).map(([language, o]) => [language, o[i]!.ok ? null : o[i]!.pointer] as const);
    if (pointers.every(([, p]) => p === null)) return;
    const votes = new Map<string | null, number>();
    for (const [, p] of pointers) votes.set(p, (votes.get(p) ?? 0) + 1);
    const majority = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
    for (const [language, p] of pointers) if (p !== majority) splits.push(`${language} ${example.source}`);
  });
  return splits;
}

/** A list of known splits: "<language> <source> -- <reason>" per line, # comments; key -> reason. */
export function readKnownSplits(text: string): Map<string, string> {
  const known = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const at = line.indexOf(' -- ');
    if (at < 0 || line.slice(at + 4).trim() === '') throw new Error(`a known split without its reason: ${line}`);
    known.set(line.slice(0, at).trim(), line.slice(at + 4).trim());
  }
  return known;
}

/** The counts the test prints: by kind, Ajv's verdicts, each language's, and what was not run and why. */
export function summary(judged: Judged, outcomes: Readonly<Record<string, readonly Outcome[]>>): string {
  const count = <T>(items: readonly T[], key: (t: T) => string): string =>
    [...items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>())].map(([k, n]) => `${k} ${n}`).join(', ');
  const ajvAccepted = judged.accepted.filter(Boolean).length;
  const lines = [
    `OpenAI spec examples: ${judged.examples.length} run (${count(judged.examples, (e) => e.kind)})`,
    `  Ajv: ${ajvAccepted} accepted, ${judged.examples.length - ajvAccepted} rejected`,
    ...Object.entries(outcomes).map(([language, o]) => `  ${language}: ${o.filter((x) => x.ok).length} accepted, ${o.filter((x) => !x.ok).length} rejected`),
    `  not run: ${judged.unrun.length} (${count(judged.unrun, (u) => `${u.kind}, ${u.reason}`)})`,
  ];
  return lines.join('\n');
}
