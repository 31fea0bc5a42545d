// bundle: references to other files and URIs, as JSON Schema 2020-12's compound schema documents
// (section 9.3). Takes the parsed root document, before the dialect and load stages; finds every
// `$ref` / `$dynamicRef` whose target resource (the URI without its fragment, resolved per RFC 3986
// against the base URI of the resource the reference stands in) is in none of the documents at
// hand, and loads the document it names:
// - a resource embedded anywhere (an `$id` in any loaded document) is found before looking outside;
// - an absolute URI under a `--ref-map URI_PREFIX=DIR` prefix is the file below DIR; nothing is fetched;
// - else a relative reference is the file beside the referring file (JSON or YAML);
// - else it is refused: an unmapped remote URI names the option that maps it.
// Each loaded document goes into the root's `$defs` under a readable, collision-free key, with `$id`
// set to the URI it was referenced by, so every reference resolves unchanged, by URI, in ONE
// document (the runtime validators' input, stages/validation-schema.ts). Files are known by
// machine-independent URIs: file:///<path relative to the folder holding the root and every file
// referenced>, which is file:///<file name> for the root, as validation-schema.ts names it.
// Reading and parsing are the caller's (`load`): this stage decides what to load and where it goes.

import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SchemaError, joinPointer, quoted } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { decodeURIComponentSafe } from '../model/validation.js';
import { isObject, type JsonObject } from './load.js';

export interface RefOptions {
  /** Absolute URI prefix -> the folder (absolute path) its documents are read from. */
  readonly refMap: Readonly<Record<string, string>>;
  /** RFC 3986 reference resolution (the TypeScript runtime's uri.ts, passed in by the pipeline). */
  readonly resolveUri: (base: string, ref: string) => string;
}

/** A referenced file's parsed value; throws a SchemaError (bad content) or the file system's error. */
export type LoadDocument = (path: string) => JsonValue;

export interface Bundle {
  /** The root with every loaded document embedded (the root itself when nothing was loaded). */
  readonly root: JsonObject;
  /** The files read, absolute paths, sorted. */
  readonly files: readonly string[];
}

/** Values that are data, never schemas: a `$ref` or `$id` inside them is not one. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/** Keywords whose keys are names, not keywords: a property called "enum" is a schema like any other. */
const NAME_MAPS = new Set(['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas', 'dependencies']);

const DRAFTS_WITH_DEFINITIONS = /^https?:\/\/json-schema\.org\/draft-0[467]\/schema#?$/;

interface Document {
  /** The URI it was referenced by (no fragment); the root's own. */
  readonly uri: string;
  /** The file it was read from (absolute), or null for the root given as text only. */
  readonly path: string | null;
  readonly value: JsonValue;
  /** Its own "$id" resolved, else `uri`. */
  readonly canonical: string;
  /** Only a second URI of a document embedded under its canonical one: embedded as {"$id": uri, "$ref": canonical}. */
  readonly alias: boolean;
}

interface Reference {
  readonly uri: string;
  readonly ref: string;
  readonly pointer: string;
  readonly from: Document;
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

  const scan = (doc: Document): void => {
    const walk = (node: JsonValue, base: string, pointer: string): void => {
      if (Array.isArray(node)) return node.forEach((v, i) => walk(v, base, `${pointer}/${i}`));
      if (!isObject(node)) return;
      let here = base;
      if (typeof node['$id'] === 'string' && !node['$id'].startsWith('#')) {
        here = withoutFragment(options.resolveUri(base, node['$id']));
        const claimed = resources.get(here);
        if (claimed !== undefined && claimed !== doc) throw duplicate(here, doc, pointer);
        resources.set(here, doc);
      }
      for (const key of ['$ref', '$dynamicRef']) {
        const ref = node[key];
        if (typeof ref === 'string') pending.push({ uri: withoutFragment(options.resolveUri(here, ref)), ref, pointer: joinPointer(pointer, key), from: doc });
      }
      for (const [key, child] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(key)) continue;
        if (NAME_MAPS.has(key) && isObject(child)) for (const [name, schema] of Object.entries(child)) walk(schema, here, joinPointer(pointer, key, name));
        else walk(child, here, joinPointer(pointer, key));
      }
    };
    walk(doc.value, doc.uri, '');
  };
  const duplicate = (uri: string, doc: Document, pointer: string): SchemaError =>
    new SchemaError(
      `two resources have the URI ${uri}`,
      pointer,
      'give each resource its own "$id": a reference to that URI would be ambiguous',
      doc === rootDoc ? null : display(doc.path!),
    );

  scan(rootDoc);
  for (let i = 0; i < pending.length; i++) {
    const reference = pending[i]!;
    if (resources.has(reference.uri)) continue; // embedded, or loaded already: found before looking outside
    const path = locate(reference, options, display, rootDoc);
    if (path instanceof SchemaError) {
      unmapped.push([reference, path]); // a document loaded later may still embed it
      continue;
    }
    let value = parsed.get(path);
    if (value === undefined) {
      value = readDocument(path, reference, load, display, rootDoc);
      parsed.set(path, value);
    }
    if (!isObject(value) && typeof value !== 'boolean') throw notSchema(reference, path, value, display, rootDoc);
    // Its own "$id" (resolved against the URI it was read by) is its canonical URI.
    const canonical = isObject(value) && typeof value['$id'] === 'string' ? withoutFragment(options.resolveUri(reference.uri, value['$id'])) : reference.uri;
    const known = resources.get(canonical);
    if (known !== undefined && known.path === path) {
      resources.set(reference.uri, known); // the same file under a second URI, known by its own "$id": an alias
      documents.push({ uri: reference.uri, canonical, path, value, alias: true });
      continue;
    }
    const doc: Document = { uri: reference.uri, canonical, path, value: structuredClone(value), alias: false };
    resources.set(reference.uri, doc);
    documents.push(doc);
    scan(doc);
  }
  for (const [reference, error] of unmapped) if (!resources.has(reference.uri)) throw error;
  if (documents.length === 0) return { root, files: [] };
  return { root: embed(root, rootDoc, ownId, documents), files: [...parsed.keys()].sort() };
}

/** Where a reference's document is read from; a remote URI no --ref-map prefix covers is an error (returned: see bundle). */
function locate(reference: Reference, options: RefOptions, display: (path: string) => string, rootDoc: Document): string | SchemaError {
  const { uri, ref } = reference;
  const prefix = Object.keys(options.refMap)
    .filter((p) => uri.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  const where = reference.from === rootDoc ? null : display(reference.from.path!);
  if (prefix !== undefined) {
    const dir = resolve(options.refMap[prefix]!);
    if (uri === prefix) return dir; // a whole URI mapped onto one file
    const path = join(dir, decodeURIComponent(uri.slice(prefix.length)));
    if (path === dir || relative(dir, path).split(sep)[0] === '..')
      throw new SchemaError(
        `the $ref ${quoted(ref)} names ${uri}, which maps to no file below ${display(dir)} (--ref-map ${prefix}=...)`,
        reference.pointer,
        'reference a document below the mapped prefix, or map a longer prefix with --ref-map',
        where,
      );
    return path;
  }
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

function readDocument(path: string, reference: Reference, load: LoadDocument, display: (path: string) => string, rootDoc: Document): JsonValue {
  try {
    return load(path);
  } catch (error) {
    if (error instanceof SchemaError) throw error.inFile(display(path));
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new SchemaError(
      `cannot read ${display(path)}, which the $ref ${quoted(reference.ref)} names: ${reason}`,
      reference.pointer,
      'check the path: a relative $ref is read beside the file it is in, a mapped URI below its --ref-map folder',
      reference.from === rootDoc ? null : display(reference.from.path!),
    );
  }
}

function notSchema(reference: Reference, path: string, value: JsonValue, display: (path: string) => string, rootDoc: Document): SchemaError {
  const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
  return new SchemaError(
    `${display(path)}, which the $ref ${quoted(reference.ref)} names, is not a schema: its root is ${kind}`,
    reference.pointer,
    'reference a document whose root is a JSON Schema (an object or true/false)',
    reference.from === rootDoc ? null : display(reference.from.path!),
  );
}

/** The root with each document under a key of its own, `$id` its (machine-independent) URI. */
function embed(root: JsonObject, rootDoc: Document, ownId: string | null, loaded: readonly Document[]): JsonObject {
  const toVirtual = virtualFileUris([rootDoc, ...loaded]);
  // A document read by one URI and known by another ("$id") is embedded under its own, and an alias under the other.
  const entries = loaded.flatMap((d): [string, JsonObject][] => {
    const alias: [string, JsonObject] = [toVirtual(d.uri), { $id: toVirtual(d.uri), $ref: toVirtual(d.canonical) }];
    if (d.alias) return [alias];
    const own: [string, JsonObject] = [toVirtual(d.canonical), withId(d.value, toVirtual(d.canonical))];
    return d.uri === d.canonical ? [own] : [own, alias];
  });
  const container = typeof root['$schema'] === 'string' && DRAFTS_WITH_DEFINITIONS.test(root['$schema']) ? 'definitions' : '$defs';
  const existing = isObject(root[container]) ? root[container] : {};
  const keys = keysFor(
    entries.map(([uri]) => uri),
    new Set(Object.keys(existing)),
  );
  const defs: JsonObject = { ...existing };
  entries.forEach(([, schema], i) => (defs[keys[i]!] = schema));
  const out: JsonObject = { ...root, [container]: defs };
  // Stated, so that it is the one the files' references resolve against: file:///<file name>, unless
  // a file lies above the root's folder (then file:///<folder>/<file name>).
  return ownId === null ? withId(out, toVirtual(rootDoc.uri)) : out;
}

/** A copy of the document with "$id" first after "$schema" (which stays with it: its dialect). */
function withId(value: JsonValue, uri: string): JsonObject {
  if (value === true) return { $id: uri };
  if (value === false) return { $id: uri, not: {} };
  const { $schema, $id: _own, ...rest } = value as JsonObject;
  return { ...($schema === undefined ? {} : { $schema }), $id: uri, ...rest };
}

/**
 * file:// URIs of the real files -> file:///<path relative to the deepest folder holding them all>:
 * the same on every machine, and `..` between files keeps its meaning.
 */
function virtualFileUris(documents: readonly Document[]): (uri: string) => string {
  const folders = documents.filter((d) => d.uri.startsWith('file:') && d.path !== null).map((d) => dirname(d.path!));
  let base = folders[0] ?? '/';
  for (const folder of folders) while (relative(base, folder).split(sep)[0] === '..') base = dirname(base);
  const prefix = pathToFileURL(base).href.replace(/\/?$/, '/');
  return (uri) => (uri.startsWith(prefix) ? `file:///${uri.slice(prefix.length)}` : uri);
}

/**
 * Readable keys: the shortest tail of each URI's path (extension dropped, then kept, then a number)
 * that no other key has, compared as declaration names are (case and separators ignored): a
 * "Pet": {"$ref": "pet.json"} beside the embedded pet.json would otherwise name two types "Pet".
 */
function keysFor(uris: readonly string[], taken: ReadonlySet<string>): string[] {
  const same = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const choices = uris.map((uri) => {
    const m = /^[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/([^/?#]*))?([^?#]*)/.exec(uri);
    const segments = [m?.[1] ?? '', ...(m?.[2] ?? uri).split('/')].map((s) => decodeURIComponentSafe(s).replace(/[^A-Za-z0-9_-]+/g, '_'));
    const words = segments.filter((s) => s !== '' && s !== '_');
    const extension = /_(json|ya?ml)$/i.exec(words.at(-1) ?? '');
    const bare = extension === null ? words : [...words.slice(0, -1), words.at(-1)!.slice(0, extension.index)];
    const tails = bare.map((_, n) => bare.slice(bare.length - n - 1).join('_'));
    return extension === null ? tails : [...tails, words.join('_')];
  });
  const level = choices.map(() => 0);
  const candidate = (i: number): string => choices[i]![level[i]!] ?? 'document';
  const used = new Set([...taken].map(same));
  for (;;) {
    const seen = new Map<string, number[]>();
    choices.forEach((_, i) => seen.set(same(candidate(i)), [...(seen.get(same(candidate(i))) ?? []), i]));
    const clashing = [...seen].flatMap(([key, at]) => (at.length > 1 || used.has(key) ? at : []));
    const growable = clashing.filter((i) => level[i]! < choices[i]!.length - 1);
    if (growable.length === 0) break;
    for (const i of growable) level[i]!++;
  }
  return choices.map((_, i) => {
    let key = candidate(i);
    for (let n = 2; used.has(same(key)); n++) key = `${candidate(i)}_${n}`;
    used.add(same(key));
    return key;
  });
}
