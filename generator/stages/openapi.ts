// openapi: an OpenAPI 3.0 / 3.1 document -> the JSON Schema 2020-12 document the rest of the
// pipeline reads (load, resolve, build-model). Every `components.schemas` entry becomes
// `$defs/<key>`; every schema an operation writes inline (request body, response, parameter; the
// JSON media types only: application/json and any +json) becomes a declaration too, named after
// its `title`, else the operation and its role (`<OperationId>Request`, `<OperationId>Response`,
// `…Response<Status>` when several responses have one, `<OperationId><Param>Parameter`), made
// unique by a number in document order. `$ref`s to requestBodies, responses and parameters are
// followed; `$ref`s between schemas are rewritten to the new places. Each schema's dialect is
// converted by openapi-schema.ts. Returns the pointer pairs too, so that every later error names
// the place in the document the user wrote. Swagger 2.0 is refused with how to convert it.
// Webhooks (3.1) are read as paths are. Not read: callbacks, and media types that are not JSON.
// What published documents write beyond their dialect is read as meant, with a warning: 2019-09
// recursion (openapi-recursive.ts), a discriminator that cannot choose the variant
// (openapi-discriminator.ts), a `required` naming a property twice (openapi-schema.ts).

import { SchemaError, fragmentOf, joinPointer, quoted } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { nameKey, pascalCase, shortMadeWords, splitWords } from '../model/naming.js';
import { DRAFT_2020_12, isObject, type JsonObject } from './load.js';
import { Pointers, convertSchema, type OpenApiVersion, type SchemaContext } from './openapi-schema.js';
import { checkDiscriminator } from './openapi-discriminator.js';
import { recursiveResources } from './openapi-recursive.js';
import { restrictTo } from './only.js';

export { Pointers } from './openapi-schema.js';

export interface OpenApiConversion {
  readonly schema: JsonObject;
  readonly version: OpenApiVersion;
  readonly pointers: Pointers;
  /** What was read with a meaning the document's dialect does not give it (openapi-recursive.ts), pointers into the document. */
  readonly warnings: readonly SchemaError[];
  /** Vendor mistakes repaired with their plain meaning: warnings, which --strict makes errors. */
  readonly mistakes: readonly SchemaError[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const OAS_DIALECT = 'https://spec.openapis.org/oas/3.1/dialect/';

/**
 * The JSON Schema the document means, or null when it is not an OpenAPI document; `fileName` is
 * the document's (its URI's last segment); `only`: --only's declarations (only.ts), chosen before
 * schema resources are made (openapi-recursive.ts), whose references only.ts would not follow.
 */
export function fromOpenApi(document: JsonValue, fileName = 'openapi.json', only: readonly string[] | null = null): OpenApiConversion | null {
  if (!isObject(document)) return null;
  if (Object.hasOwn(document, 'swagger'))
    throw new SchemaError(
      `this is a Swagger (OpenAPI) ${JSON.stringify(document['swagger'])} document; only OpenAPI 3.0 and 3.1 are supported`,
      '/swagger',
      'convert it to OpenAPI 3: npx swagger2openapi in.yaml -o out.yaml, or the Swagger Editor (editor.swagger.io, Edit > Convert to OpenAPI 3)',
    );
  if (!Object.hasOwn(document, 'openapi')) return null;
  const version = versionOf(document['openapi']);
  checkDialect(document);
  const ctx: SchemaContext = { version, pointers: new Pointers(), refs: [], discriminators: [], mistakes: [], untypedObjects: [], definitions: [] };
  const converter = new Converter(document, ctx);
  converter.components();
  converter.operations();
  rewriteRefs(ctx);
  const unbound = ctx.discriminators.flatMap((site) => checkDiscriminator(site.schema, site.original, converter.defs, ctx.pointers) ?? []);
  const info = isObject(document['info']) ? document['info'] : {};
  const whole: JsonObject = { $schema: DRAFT_2020_12 };
  if (typeof info['title'] === 'string') whole['title'] = info['title'];
  if (typeof info['description'] === 'string') whole['description'] = info['description'];
  whole['$defs'] = converter.defs;
  const schema = only === null ? whole : (restrictTo(whole, only) as JsonObject);
  const kept = Object.keys(schema['$defs'] as JsonObject).map((name) => ctx.pointers.original(joinPointer('/$defs', name)));
  // With --only, what is said about the declarations left out is not said.
  const isKept = (pointer: string): boolean => only === null || kept.some((p) => pointer === p || pointer.startsWith(`${p}/`));
  const inKept = (e: SchemaError): boolean => isKept(e.pointer);
  const untyped = untypedObjectsWarning(ctx.untypedObjects.filter(isKept));
  const warnings = [
    ...unbound.filter(inKept),
    ...recursiveResources(schema['$defs'] as JsonObject, fileName, (pointer) => ctx.pointers.original(pointer)),
    ...untyped,
  ];
  return {
    schema,
    version,
    pointers: ctx.pointers,
    warnings,
    mistakes: [...definitionsMistake(ctx.definitions.filter(isKept)), ...ctx.mistakes.filter(inKept)],
  };
}

/** One vendor mistake for every "definitions" read as "$defs" (openapi-schema.ts convertSchema), at the first. */
function definitionsMistake(pointers: readonly string[]): SchemaError[] {
  const first = pointers[0];
  if (first === undefined) return [];
  const count = pointers.length === 1 ? '' : ` (${pointers.length} schemas, the first here)`;
  return [
    new SchemaError(
      `"definitions" is no keyword of OpenAPI's schemas${count}: read as "$defs", its name in draft 2020-12, "$ref"s into it included`,
      first,
      'rename it "$defs", and the "$ref"s into it',
    ),
  ];
}

/** One warning for every schema read as an object without saying "type" (openapi-schema.ts untypedObject), at the first. */
function untypedObjectsWarning(pointers: readonly string[]): SchemaError[] {
  const first = pointers[0];
  if (first === undefined) return [];
  const count = pointers.length === 1 ? 'a schema has' : `${pointers.length} schemas have`;
  return [
    new SchemaError(
      `${count} "properties" but no "type" (the first here): read as "type": "object", as OpenAPI tools read them (as JSON Schema they would accept any value that is not an object too)`,
      first,
      'add "type": "object" to each',
    ),
  ];
}

function versionOf(value: JsonValue | undefined): OpenApiVersion {
  const match = typeof value === 'string' ? /^3\.([01])\.\d+/.exec(value) : null;
  if (match === null)
    throw new SchemaError(
      `"openapi": ${JSON.stringify(value)} is not a supported OpenAPI version`,
      '/openapi',
      'OpenAPI 3.0.x and 3.1.x are supported: write e.g. "openapi": "3.1.0"',
    );
  return match[1] === '0' ? '3.0' : '3.1';
}

function checkDialect(document: JsonObject): void {
  const dialect = document['jsonSchemaDialect'];
  if (dialect === undefined || dialect === DRAFT_2020_12 || (typeof dialect === 'string' && dialect.startsWith(OAS_DIALECT))) return;
  throw new SchemaError(
    `"jsonSchemaDialect" ${JSON.stringify(dialect)} is not a dialect the generator knows`,
    '/jsonSchemaDialect',
    `remove it (the default is OpenAPI's own dialect, JSON Schema 2020-12), or write "${DRAFT_2020_12}"`,
  );
}

/** "createUser" -> "CreateUser", "x-request-id" -> "XRequestId", "get /users/{id}" -> "GetUsersId". */
function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The JSON media type's entry of a `content` map: application/json, else the first +json one. */
function jsonMediaType(content: JsonValue | undefined): string | null {
  if (!isObject(content)) return null;
  const keys = Object.keys(content);
  const isJson = (k: string): boolean => /^application\/json\s*(;|$)/i.test(k) || /^[^;]*\+json\s*(;|$)/i.test(k);
  return keys.find((k) => /^application\/json$/i.test(k)) ?? keys.find(isJson) ?? null;
}

class Converter {
  readonly defs: JsonObject = {};
  /** Original pointer of an inline schema -> its declaration's name (a response used twice is declared once). */
  private readonly declared = new Map<string, string>();
  /**
   * Every declaration name's key (naming.ts nameKey): an inline schema's name must
   * differ from the others as the targets spell it, not only as a key ("Validation Error" beside
   * "validation-error" would both be ValidationError).
   */
  private readonly nameKeys = new Set<string>();

  constructor(
    private readonly document: JsonObject,
    private readonly ctx: SchemaContext,
  ) {}

  components(): void {
    const components = this.document['components'];
    const schemas = isObject(components) ? components['schemas'] : undefined;
    if (schemas === undefined) return;
    if (!isObject(schemas))
      throw new SchemaError('"components/schemas" must be an object of schemas', '/components/schemas', 'write "schemas": {"Name": {...}}');
    for (const [name, schema] of Object.entries(schemas)) {
      this.defs[name] = convertSchema(schema, joinPointer('/components/schemas', name), joinPointer('/$defs', name), this.ctx);
      this.nameKeys.add(nameKey(splitWords(name)));
    }
  }

  /** The operations of `paths`, then of `webhooks` (3.1: path items keyed by a name). */
  operations(): void {
    for (const section of ['paths', 'webhooks']) {
      const items = this.document[section];
      if (isObject(items)) for (const [path, item] of Object.entries(items)) this.pathItem(path, item, joinPointer('', section, path));
    }
  }

  private pathItem(path: string, item: JsonValue, pointer: string): void {
    const { value: pathItem, pointer: itemPointer } = this.follow(item, pointer);
    if (!isObject(pathItem)) return;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const at = joinPointer(itemPointer, method);
      const id = typeof operation['operationId'] === 'string' ? pascal(operation['operationId']) : pascal(`${method} ${path}`);
      this.parameters(id, [
        ...this.list(pathItem['parameters'], joinPointer(itemPointer, 'parameters')),
        ...this.list(operation['parameters'], joinPointer(at, 'parameters')),
      ]);
      if (operation['requestBody'] !== undefined) {
        const body = this.follow(operation['requestBody'], joinPointer(at, 'requestBody'));
        this.content(body.value, body.pointer, `${id}Request`);
      }
      this.responses(id, operation['responses'], joinPointer(at, 'responses'));
    }
  }

  /** Parameters by name and place, an operation's replacing its path's. */
  private parameters(id: string, parameters: { value: JsonValue; pointer: string }[]): void {
    const byKey = new Map<string, { value: JsonObject; pointer: string }>();
    for (const p of parameters) {
      const { value, pointer } = this.follow(p.value, p.pointer);
      if (isObject(value) && typeof value['name'] === 'string') byKey.set(`${String(value['in'])} ${value['name']}`, { value, pointer });
    }
    for (const { value, pointer } of byKey.values()) {
      const name = `${id}${pascal(value['name'] as string)}Parameter`;
      if (value['schema'] !== undefined) this.declare(value['schema'], joinPointer(pointer, 'schema'), name);
      else this.content(value, pointer, name);
    }
  }

  private responses(id: string, responses: JsonValue | undefined, at: string): void {
    if (!isObject(responses)) return;
    const found: { status: string; value: JsonValue; pointer: string }[] = [];
    for (const [status, response] of Object.entries(responses)) {
      const { value, pointer } = this.follow(response, joinPointer(at, status));
      if (isObject(value) && jsonMediaType(value['content']) !== null) found.push({ status, value, pointer });
    }
    for (const { status, value, pointer } of found) this.content(value, pointer, found.length > 1 ? `${id}Response${pascal(status)}` : `${id}Response`);
  }

  /** The schema of an object's JSON `content`, declared. */
  private content(holder: JsonValue, pointer: string, name: string): void {
    if (!isObject(holder)) return;
    const media = jsonMediaType(holder['content']);
    if (media === null) return;
    const entry = (holder['content'] as JsonObject)[media];
    if (isObject(entry) && entry['schema'] !== undefined) this.declare(entry['schema'], joinPointer(pointer, 'content', media, 'schema'), name);
  }

  /** An inline schema becomes a declaration; a `$ref` (to components.schemas) already is one. */
  private declare(schema: JsonValue, original: string, fallback: string): void {
    if (!isObject(schema) || Object.keys(schema).length === 0 || typeof schema['$ref'] === 'string' || this.declared.has(original)) return;
    const title = schema['title'];
    const given = typeof title === 'string' && /[A-Za-z]/.test(title) ? title : fallback;
    const words = splitWords(given);
    const short = shortMadeWords(words);
    const base = short === words ? given : pascalCase(short);
    let name = base;
    // Every name in defs has its key in nameKeys: the keys alone say which names are taken.
    for (let n = 2; this.nameKeys.has(nameKey(splitWords(name))); n++) name = `${base}${n}`;
    this.declared.set(original, name);
    this.nameKeys.add(nameKey(splitWords(name)));
    this.defs[name] = convertSchema(schema, original, joinPointer('/$defs', name), this.ctx);
  }

  private list(value: JsonValue | undefined, pointer: string): { value: JsonValue; pointer: string }[] {
    return Array.isArray(value) ? value.map((v, i) => ({ value: v, pointer: joinPointer(pointer, i) })) : [];
  }

  /** Follows `$ref`s to other parts of the document (components.requestBodies, responses, parameters, pathItems). */
  private follow(value: JsonValue, pointer: string): { value: JsonValue; pointer: string } {
    for (let hops = 0; isObject(value) && typeof value['$ref'] === 'string'; hops++) {
      const ref = value['$ref'];
      if (!ref.startsWith('#/'))
        throw new SchemaError(
          `the $ref ${quoted(ref)} points into another document, which the generator does not read yet`,
          joinPointer(pointer, '$ref'),
          'bundle the document into one file first (e.g. npx @redocly/cli bundle), or copy the referenced part into "components"',
        );
      if (hops > 32) throw new SchemaError('these $refs form a cycle', joinPointer(pointer, '$ref'), 'point the $ref at an object, not at another $ref');
      const target = pointerValue(this.document, ref.slice(1));
      if (target === undefined)
        throw new SchemaError(`the $ref ${quoted(ref)} points at nothing in this document`, joinPointer(pointer, '$ref'), 'fix the name in the $ref');
      value = target;
      pointer = decodeFragment(ref.slice(1)) ?? pointer;
    }
    return { value, pointer };
  }
}

function decodeFragment(fragment: string): string | null {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return null;
  }
}

/** The value at a URI fragment's JSON pointer, own keys only. */
export function pointerValue(root: JsonValue, fragment: string): JsonValue | undefined {
  const pointer = decodeFragment(fragment);
  if (pointer === null || (pointer !== '' && !pointer.startsWith('/'))) return undefined;
  let value: JsonValue | undefined = root;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, JsonValue>)[token];
  }
  return value;
}

/** Every `$ref` in a converted schema, to where its target went; one into another document is left for resolve to refuse. */
function rewriteRefs(ctx: SchemaContext): void {
  for (const { holder, original } of ctx.refs) {
    const ref = holder['$ref'] as string;
    if (!ref.startsWith('#')) continue;
    const target = decodeFragment(ref.slice(1));
    const converted = target === null ? null : ctx.pointers.converted(target);
    if (converted === null)
      throw new SchemaError(
        `the $ref ${quoted(ref)} points at no schema of this document`,
        original,
        'point it at a schema: "#/components/schemas/<Name>", or a schema inside one',
      );
    holder['$ref'] = fragmentOf(converted);
  }
}
