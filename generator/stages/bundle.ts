// bundle: references to other files and URIs, as JSON Schema 2020-12's compound schema documents
// (section 9.3). Takes the parsed root document, before the dialect and load stages; finds every
// `$ref` / `$dynamicRef` whose target resource (the URI without its fragment, resolved per RFC 3986
// against the base URI of the resource the reference stands in) is in none of the documents at
// hand, and loads the document it names:
// - a resource embedded anywhere (an `$id` in any loaded document) is found before looking outside;
// - an absolute URI under a `--ref-map URI_PREFIX=DIR` prefix is the file below DIR; nothing is fetched;
// - a standard meta-schema (2020-12's, 2019-09's and their vocabularies', draft-07's, -06's) is
//   built in (stages/meta-schemas.ts) and embedded like any other document;
// - else a relative reference is the file beside the referring file (JSON or YAML);
// - else it is refused: an unmapped remote URI names the option that maps it.
// Each loaded document goes into the root's `$defs` under a readable, collision-free key, with `$id`
// set to the URI it was referenced by, so every reference resolves unchanged, by URI, in ONE
// document (the runtime validators' input, stages/validation-schema.ts). Files are known by
// machine-independent URIs: file:///<path relative to the folder holding the root and every file
// referenced>, which is file:///<file name> for the root, as validation-schema.ts names it.
// Reading and parsing are the caller's (`load`): this stage decides what to load and where it goes.
// A "$schema" naming a custom meta-schema is found the same way, into `metaSchemas`, and embedded
// as what a schema written against it needs of it, its own "$schema" and "$vocabulary"
// (stages/vocabulary.ts), so that the bundled document holds it too; its subschemas describe
// schemas, not instances, and are not loaded. One that cannot be found is left to the dialect
// stage, whose error names it.

import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SchemaError, fragmentOf, joinPointer, quoted } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { keysFor, virtualFileUris } from './bundle-names.js';
import { isObject, type JsonObject } from './load.js';
import { builtInMetaSchema, isBuiltInMetaSchema } from './meta-schemas.js';
import { isStandardDialect, metaSchemaPart } from './vocabulary.js';

export interface RefOptions {
  /** Absolute URI prefix -> the folder (absolute path) its documents are read from. */
  readonly refMap: Readonly<Record<string, string>>;
  /** RFC 3986 reference resolution (the TypeScript runtime's uri.ts, passed in by the pipeline). */
  readonly resolveUri: (base: string, ref: string) => string;
  /**
   * A referenced document written in another format whose schemas are JSON Schema (an OpenAPI
   * document: the pipeline's openapi stage) -> the JSON Schema document it means, and where each
   * of its original pointers went; null: the document is a JSON Schema as it is. Absent: none is.
   */
  readonly convert?: (value: JsonValue, path: string) => ConvertedDocument | null;
}

/** A referenced document converted to JSON Schema (RefOptions.convert). */
export interface ConvertedDocument {
  readonly value: JsonObject;
  /** A pointer of the document as written -> the converted document's, or null when it is in no schema the conversion kept. */
  readonly converted: (pointer: string) => string | null;
}

/** A referenced file's parsed value; throws a SchemaError (bad content) or the file system's error. */
export type LoadDocument = (path: string) => JsonValue;

export interface Bundle {
  /** The root with every loaded document embedded (the root itself when nothing was loaded). */
  readonly root: JsonObject;
  /** The files read, absolute paths, sorted. */
  readonly files: readonly string[];
  /** Custom meta-schemas ("$schema" values that name no standard dialect) found, by absolute URI without fragment. */
  readonly metaSchemas: ReadonlyMap<string, JsonValue>;
  /**
   * Pointer of each embedded file's entry in `root` -> the file (absolute path): below the entry,
   * pointers are the file's own, so that an error there can name the file and its pointer.
   */
  readonly sources: ReadonlyMap<string, string>;
}

/** Values that are data, never schemas: a `$ref` or `$id` inside them is not one. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/** Keywords whose keys are names, not keywords: a property called "enum" is a schema like any other. */
const NAME_MAPS = new Set(['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas', 'dependencies']);

const DRAFTS_WITH_DEFINITIONS = /^https?:\/\/json-schema\.org\/draft-0[467]\/schema#?$/;

interface Document {
  /** The URI it was referenced by (no fragment); the root's own. */
  readonly uri: string;
  /** The file it was read from (absolute), or null for a built-in meta-schema. */
  readonly path: string | null;
  readonly value: JsonValue;
  /** Its own "$id" resolved, else `uri`. */
  readonly canonical: string;
  /** Only a second URI of a document embedded under its canonical one: embedded as {"$id": uri, "$ref": canonical}. */
  readonly alias: boolean;
}

interface Reference {
  readonly uri: string;
  /** The keyword that names it: "$ref", "$dynamicRef" or "$schema". */
  readonly keyword: string;
  readonly ref: string;
  readonly pointer: string;
  readonly from: Document;
  /** The schema object holding it (a "$schema" does not need it). */
  readonly holder?: JsonObject;
}

const withoutFragment = (uri: string): string => uri.replace(/#.*$/s, '');
const hasScheme = (ref: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref);

/** `display` says a path as errors show it (relative to the working directory). */
export function bundle(root: JsonObject, rootPath: string, options: RefOptions, load: LoadDocument, display: (path: string) => string = (p) => p): Bundle {
  const absoluteRoot = resolve(rootPath);
  const fileUri = pathToFileURL(absoluteRoot).href;
  const ownId = typeof root['$id'] === 'string' ? withoutFragment(options.resolveUri(fileUri, root['$id'])) : null;
  const rootDoc: Document = { uri: ownId ?? fileUri, path: absoluteRoot, value: root, canonical: ownId ?? fileUri, alias: false };
  const resources = new Map<string, Document>([[rootDoc.uri, rootDoc]]);
  const pending: Reference[] = [];
  const documents: Document[] = [];
  const parsed = new Map<string, JsonValue>();
  const unmapped: [Reference, SchemaError][] = [];
  const metas: Reference[] = [];
  const nodes = new Map<string, JsonObject>(); // every resource by its URI: an embedded meta-schema is found there
  const converted = new Map<Document, ConvertedDocument>();

  const scan = (doc: Document): void => {
    // The path to the node at hand, as tokens: a pointer is joined only for what is recorded (a
    // reference, a "$schema", an error), not for each of the document's nodes.
    const path: (string | number)[] = [];
    const pointerTo = (key: string): string => joinPointer('', ...path, key);
    // A reference within the resource (a fragment only, the common case) names the base itself.
    const resolved = (base: string, ref: string): string => (ref.startsWith('#') ? base : withoutFragment(options.resolveUri(base, ref)));
    const walk = (node: JsonValue, base: string): void => {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          path.push(i);
          walk(node[i]!, base);
          path.pop();
        }
        return;
      }
      if (!isObject(node)) return;
      let here = base;
      if (typeof node['$id'] === 'string' && !node['$id'].startsWith('#')) {
        here = withoutFragment(options.resolveUri(base, node['$id']));
        const claimed = resources.get(here);
        if (claimed !== undefined && claimed !== doc) throw duplicate(here, doc, joinPointer('', ...path));
        resources.set(here, doc);
        nodes.set(here, node);
      }
      for (const key of ['$ref', '$dynamicRef']) {
        const ref = node[key];
        if (typeof ref === 'string') pending.push({ uri: resolved(here, ref), keyword: key, ref, pointer: pointerTo(key), from: doc, holder: node });
      }
      const meta = node['$schema'];
      if (typeof meta === 'string' && !isStandardDialect(meta))
        metas.push({
          uri: withoutFragment(options.resolveUri(here, meta)),
          keyword: '$schema',
          ref: meta,
          pointer: pointerTo('$schema'),
          from: doc,
        });
      for (const key of Object.keys(node)) {
        if (DATA_KEYWORDS.has(key)) continue;
        const child = node[key]!;
        path.push(key);
        if (NAME_MAPS.has(key) && isObject(child))
          for (const name of Object.keys(child)) {
            path.push(name);
            walk(child[name]!, here);
            path.pop();
          }
        else walk(child, here);
        path.pop();
      }
    };
    walk(doc.value, doc.uri);
  };
  const duplicate = (uri: string, doc: Document, pointer: string): SchemaError =>
    new SchemaError(`two resources have the URI ${uri}`, pointer, 'give each resource its own "$id": a reference to that URI would be ambiguous', where(doc));
  const where = (doc: Document): string | null => (doc === rootDoc ? null : display(doc.path ?? doc.uri));

  scan(rootDoc);
  for (let i = 0; i < pending.length; i++) {
    const reference = pending[i]!;
    if (resources.has(reference.uri)) continue; // embedded, or loaded already: found before looking outside
    const path = locate(reference, options, display, where);
    if (path instanceof SchemaError) {
      unmapped.push([reference, path]); // a document loaded later may still embed it
      continue;
    }
    const value = path === null ? builtInMetaSchema(reference.uri)! : readOnce(path, reference);
    // Its own "$id" (resolved against the URI it was read by) is its canonical URI.
    const canonical = isObject(value) && typeof value['$id'] === 'string' ? withoutFragment(options.resolveUri(reference.uri, value['$id'])) : reference.uri;
    const known = resources.get(canonical);
    if (known !== undefined && known.path === path) {
      resources.set(reference.uri, known); // the same file under a second URI, known by its own "$id": an alias
      documents.push({ uri: reference.uri, canonical, path, value, alias: true });
      continue;
    }
    const conversion = path === null ? null : convertDocument(value, path);
    const doc: Document = { uri: reference.uri, canonical, path, value: conversion?.value ?? structuredClone(value), alias: false };
    resources.set(reference.uri, doc);
    documents.push(doc);
    if (conversion !== null) converted.set(doc, conversion);
    scan(doc);
  }
  for (const [reference, error] of unmapped) if (!resources.has(reference.uri)) throw error;
  // References from other documents into a converted one name pointers as it was written
  // ("openapi.yaml#/components/schemas/Pet"): each now names where that schema went.
  for (const reference of pending) {
    const target = resources.get(reference.uri);
    const conversion = target === undefined ? undefined : converted.get(target);
    if (conversion !== undefined && reference.from !== target && reference.holder !== undefined)
      reference.holder[reference.keyword] = intoConverted(reference.ref, conversion);
  }
  const metaSchemas = new Map<string, JsonValue>();
  for (let i = 0; i < metas.length; i++) {
    const reference = metas[i]!;
    if (metaSchemas.has(reference.uri)) continue;
    const known = resources.get(reference.uri);
    let value: JsonValue | undefined = nodes.get(reference.uri) ?? (known?.canonical === reference.uri ? known.value : undefined);
    if (value === undefined) {
      const path = locate(reference, options, display, where);
      if (path instanceof SchemaError) continue; // an unknown "$schema": the dialect stage's error names it
      value = path === null ? builtInMetaSchema(reference.uri)! : readOnce(path, reference);
      documents.push({ uri: reference.uri, canonical: reference.uri, path, value: metaSchemaPart(value), alias: false });
    }
    // Also by the value as written, which is what the dialect stage reads (a "$schema" should be absolute, but may not be).
    for (const key of [reference.uri, withoutFragment(reference.ref)]) metaSchemas.set(key, value);
    const next = isObject(value) ? value['$schema'] : undefined;
    if (typeof next === 'string' && !isStandardDialect(next))
      metas.push({ ...reference, uri: withoutFragment(options.resolveUri(reference.uri, next)), ref: next });
  }
  const files = [...parsed.keys()].sort();
  if (documents.length === 0) return { root, files, metaSchemas, sources: new Map() };
  const toVirtual = virtualFileUris([rootDoc, ...documents]);
  for (const [uri, value] of [...metaSchemas]) metaSchemas.set(toVirtual(uri), value); // the URI it is embedded under
  return { ...embed(root, ownId === null ? toVirtual(rootDoc.uri) : null, documents, toVirtual), files, metaSchemas };

  /** The JSON Schema a document in another format means (RefOptions.convert); its errors name its file. */
  function convertDocument(value: JsonValue, path: string): ConvertedDocument | null {
    try {
      return options.convert?.(value, path) ?? null;
    } catch (error) {
      throw error instanceof SchemaError ? error.inFile(display(path)) : error;
    }
  }

  function readOnce(path: string, reference: Reference): JsonValue {
    let value = parsed.get(path);
    if (value === undefined) {
      value = readDocument(path, reference, load, display, where);
      parsed.set(path, value);
    }
    if (!isObject(value) && typeof value !== 'boolean') throw notSchema(reference, path, value, display, where);
    return value;
  }
}

/** A reference into a converted document, its JSON pointer fragment (if any) moved to where the conversion put it. */
function intoConverted(ref: string, conversion: ConvertedDocument): string {
  const hash = ref.indexOf('#');
  if (hash < 0) return ref;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(hash + 1));
  } catch {
    return ref; // not a pointer a URI can hold: resolution says so
  }
  if (!pointer.startsWith('/')) return ref; // the whole document, or an anchor
  const to = conversion.converted(pointer);
  // A pointer into no converted schema (e.g. into "paths") is left for resolution to refuse.
  return to === null ? ref : `${ref.slice(0, hash)}${fragmentOf(to)}`;
}

/** Where a reference's document is read from; a remote URI no --ref-map prefix covers is an error (returned: see bundle). */
function locate(
  reference: Reference,
  options: RefOptions,
  display: (path: string) => string,
  whereOf: (doc: Document) => string | null,
): string | null | SchemaError {
  const { uri, ref } = reference;
  const prefix = Object.keys(options.refMap)
    .filter((p) => uri.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  const where = whereOf(reference.from);
  if (prefix !== undefined) {
    const dir = resolve(options.refMap[prefix]!);
    if (uri === prefix) return dir; // a whole URI mapped onto one file
    const path = join(dir, decodeURIComponent(uri.slice(prefix.length)));
    if (path === dir || relative(dir, path).split(sep)[0] === '..')
      throw new SchemaError(
        `the ${reference.keyword} ${quoted(ref)} names ${uri}, which maps to no file below ${display(dir)} (--ref-map ${prefix}=...)`,
        reference.pointer,
        'reference a document below the mapped prefix, or map a longer prefix with --ref-map',
        where,
      );
    return path;
  }
  if (isBuiltInMetaSchema(uri)) return null; // built in: the published document
  // A relative reference in a file known by its file URI: the URI is the file (nested "$id"s and ".." included).
  if (uri.startsWith('file:') && reference.from.uri.startsWith('file:') && !hasScheme(ref)) return fileURLToPath(uri);
  if (!hasScheme(ref) && reference.from.path !== null) {
    const part = ref.replace(/[?#].*$/s, '');
    return resolve(dirname(reference.from.path), decodeURIComponent(part));
  }
  const origin = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*\//.exec(uri)?.[0] ?? uri;
  return new SchemaError(
    `remote reference ${quoted(ref)}${ref === uri ? '' : ` (${uri})`} names a document that is not in this schema, and remote documents are never fetched`,
    reference.pointer,
    `map the URI onto a local folder: --ref-map ${origin}=DIR (or "refMap": {${quoted(origin)}: "DIR"} in the config file)`,
    where,
  );
}

function readDocument(
  path: string,
  reference: Reference,
  load: LoadDocument,
  display: (path: string) => string,
  where: (doc: Document) => string | null,
): JsonValue {
  try {
    return load(path);
  } catch (error) {
    if (error instanceof SchemaError) throw error.inFile(display(path));
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new SchemaError(
      `cannot read ${display(path)}, which the ${reference.keyword} ${quoted(reference.ref)} names: ${reason}`,
      reference.pointer,
      `check the path: a relative ${reference.keyword} is read beside the file it is in, a mapped URI below its --ref-map folder`,
      where(reference.from),
    );
  }
}

function notSchema(
  reference: Reference,
  path: string,
  value: JsonValue,
  display: (path: string) => string,
  where: (doc: Document) => string | null,
): SchemaError {
  const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
  return new SchemaError(
    `${display(path)}, which the ${reference.keyword} ${quoted(reference.ref)} names, is not a schema: its root is ${kind}`,
    reference.pointer,
    'reference a document whose root is a JSON Schema (an object or true/false)',
    where(reference.from),
  );
}

/** The root with each document under a key of its own, `$id` its (machine-independent) URI; `rootUri`: the root's, when it has no "$id". */
function embed(
  root: JsonObject,
  rootUri: string | null,
  loaded: readonly Document[],
  toVirtual: (uri: string) => string,
): { root: JsonObject; sources: Map<string, string> } {
  // A document read by one URI and known by another ("$id") is embedded under its own, and an alias under the other.
  const entries = loaded.flatMap((d): [string, JsonObject, string | null][] => {
    const alias: [string, JsonObject, null] = [toVirtual(d.uri), { $id: toVirtual(d.uri), $ref: toVirtual(d.canonical) }, null];
    if (d.alias) return [alias];
    const own: [string, JsonObject, string | null] = [toVirtual(d.canonical), withId(d.value, toVirtual(d.canonical)), d.path];
    return d.uri === d.canonical ? [own] : [own, alias];
  });
  const container = typeof root['$schema'] === 'string' && DRAFTS_WITH_DEFINITIONS.test(root['$schema']) ? 'definitions' : '$defs';
  const existing = isObject(root[container]) ? root[container] : {};
  const keys = keysFor(
    entries.map(([uri]) => uri),
    new Set(Object.keys(existing)),
  );
  const defs: JsonObject = { ...existing };
  const sources = new Map<string, string>();
  entries.forEach(([, schema, path], i) => {
    defs[keys[i]!] = schema;
    if (path !== null) sources.set(joinPointer(joinPointer('', container), keys[i]!), path);
  });
  const out: JsonObject = { ...root, [container]: defs };
  // Stated, so that it is the one the files' references resolve against: file:///<file name>, unless
  // a file lies above the root's folder (then file:///<folder>/<file name>).
  return { root: rootUri === null ? out : withId(out, rootUri), sources };
}

/** A copy of the document with "$id" first after "$schema" (which stays with it: its dialect). */
function withId(value: JsonValue, uri: string): JsonObject {
  if (value === true) return { $id: uri };
  if (value === false) return { $id: uri, not: {} };
  const { $schema, $id: _own, ...rest } = value as JsonObject;
  return { ...($schema === undefined ? {} : { $schema }), $id: uri, ...rest };
}
