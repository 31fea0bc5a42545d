// The same precision figure for quicktype (quicktype-core, a dev dependency) on the same input:
// its TypeScript (just the types), parsed with ts-morph; a property is imprecise when its type is
// or holds `any` or `unknown` (quicktype writes `unknown` for any JSON value by default, `any`
// with prefer-unknown off). An OpenAPI document is given as a JSON Schema whose definitions are
// its components.schemas, references rewritten. Every declaration is a top-level type (the
// definitions container, and the root when it is a model), as the generator declares them all.

import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype, type JSONSchema } from 'quicktype-core';
import { Node, Project, SyntaxKind } from 'ts-morph';
import { parse as parseYaml } from 'yaml';

export type QuicktypeFigure = { readonly properties: number; readonly precise: number; readonly imprecise: readonly string[] } | { readonly refused: string };

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON or YAML (YAML is a superset of JSON). */
const readDocument = (path: string): unknown => parseYaml(readFileSync(path, 'utf8'), { maxAliasCount: -1 }) as unknown;

/** Reads the files relative references name, and remote URIs from the folders --ref-map maps them to; fetches nothing (the generator does not either). */
class LocalStore extends JSONSchemaStore {
  constructor(private readonly refMap: Readonly<Record<string, string>>) {
    super();
  }

  async fetch(address: string): Promise<JSONSchema | undefined> {
    const uri = address.replace(/#.*$/s, '');
    const prefix = Object.keys(this.refMap).find((p) => uri.startsWith(p));
    const path = prefix === undefined ? uri.replace(/^file:\/\//, '') : join(this.refMap[prefix]!, uri.slice(prefix.length));
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !isAbsolute(path)) return undefined;
    return readDocument(path) as JSONSchema;
  }
}

/** OpenAPI: {"definitions": components.schemas}, each "#/components/schemas/X" reference made "#/definitions/X". */
function fromOpenApi(document: JsonObject): JsonObject {
  const components = isObject(document['components']) ? document['components'] : {};
  const schemas = isObject(components['schemas']) ? components['schemas'] : {};
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (!isObject(v)) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, k === '$ref' && typeof x === 'string' ? x.replace(/^#\/components\/schemas\//, '#/definitions/') : rewrite(x)]),
    );
  };
  return { definitions: rewrite(schemas) };
}

const ANNOTATION_KEYS = new Set(['$schema', '$id', 'title', 'description', '$comment', '$defs', 'definitions', 'examples', 'default', 'deprecated']);

/** The schema quicktype reads and the URIs of its top-level types: each definition, and the root when it validates. */
function topLevels(document: unknown): { schema: unknown; uris: string[] } {
  if (!isObject(document)) return { schema: document, uris: ['#'] };
  const schema = typeof document['openapi'] === 'string' ? fromOpenApi(document) : document;
  const container = ['$defs', 'definitions'].find((k) => isObject(schema[k]));
  const rootIsModel = Object.keys(schema).some((k) => !ANNOTATION_KEYS.has(k) && !k.startsWith('x-'));
  if (container === undefined) return { schema, uris: ['#'] };
  if (!rootIsModel) return { schema, uris: [`#/${container}/`] };
  // One document, so the root's references and the definitions' are the same types: the root is one more definition.
  const name = typeof schema['title'] === 'string' ? schema['title'] : 'Root';
  return { schema: { ...schema, [container]: { ...(schema[container] as JsonObject), [name]: { $ref: '#' } } }, uris: [`#/${container}/`] };
}

/** quicktype's figure for the schema file `path`, or why it refused. `refMap`: absolute URI prefix -> folder (--ref-map). */
export async function quicktypeFigure(path: string, refMap: Readonly<Record<string, string>> = {}): Promise<QuicktypeFigure> {
  let source: string;
  try {
    const { schema, uris } = topLevels(readDocument(path));
    const input = new JSONSchemaInput(new LocalStore(refMap));
    await input.addSource({ name: resolve(path), schema: JSON.stringify(schema), uris });
    const inputData = new InputData();
    inputData.addInput(input);
    const result = await quicktype({ inputData, lang: 'typescript', rendererOptions: { 'just-types': 'true' } });
    source = result.lines.join('\n');
  } catch (error) {
    return { refused: (error instanceof Error ? error.message : String(error)).split('\n')[0]! };
  }
  return countAny(source);
}

/** Every property signature of the TypeScript source, and the ones whose type is or holds any/unknown. */
export function countAny(source: string): QuicktypeFigure {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  const file = project.createSourceFile('quicktype.ts', source);
  const imprecise: string[] = [];
  let properties = 0;
  for (const signature of file.getDescendantsOfKind(SyntaxKind.PropertySignature)) {
    properties++;
    const type = signature.getTypeNode();
    const loose = (n: Node): boolean => n.getKind() === SyntaxKind.AnyKeyword || n.getKind() === SyntaxKind.UnknownKeyword;
    if (type === undefined || loose(type) || type.getFirstDescendant(loose) !== undefined) {
      const owner = signature.getParent();
      const ownerName = Node.isInterfaceDeclaration(owner) ? owner.getName() : '(type literal)';
      imprecise.push(`${ownerName}.${signature.getName()}`);
    }
  }
  return { properties, precise: properties - imprecise.length, imprecise };
}
