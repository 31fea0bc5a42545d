// The view of SchemaDocuments.cs (validation-schema.hbs): the schema as the runtime's validator
// reads it (model.validation: the documents as JSON text, the root URI), every ECMA-262 pattern
// with its .NET translation (regex/), and whether formats assert. And the URIs the converters
// compile their validators from, relative to the root document.

import type { Declaration, JsonValue, Model, UnionDeclaration } from '../../../model/ir.js';
import { translatePattern } from '../../../regex/index.js';
import { resolveAlias } from '../../shared/common.js';
import { csString } from '../literals.js';
import type { CsharpOptions } from '../options.js';

export function validationSchemaView(model: Model, options: CsharpOptions) {
  return {
    kind: 'validation-schema',
    rootUri: csString(model.validation.rootUri),
    formatsAssert: options.formats === 'assert',
    documents: model.validation.documents.map((d) => ({ uri: csString(d.uri), text: csString(d.text) })),
    patterns: model.validation.patterns.map((p) => ({ source: csString(p), translation: csString(translatePattern(p, 'dotnet')) })),
  };
}

/**
 * The C# literal of the URI a declaration's validator is compiled from: its JSON pointer as the
 * fragment of a reference the runtime resolves against the root document's URI, so the same
 * schema as stages/validation-schema.ts's schemaUriOf names (which a target may not import). The
 * runtime percent-decodes a fragment, so only "%" needs encoding.
 */
export function validatorUri(pointer: string): string {
  return csString(`#${pointer.replace(/%/g, '%25')}`);
}

/**
 * The pointer of each variant's schema in the document. The model leaves out the `{"type":
 * "null"}` branches (the union is nullable instead), so a variant's index is not always its
 * branch's: a null branch is skipped unless the variant itself is null.
 */
export function variantPointers(d: UnionDeclaration, root: JsonValue, byId: ReadonlyMap<string, Declaration>): string[] {
  const branches = at(root, d.id)?.[d.mode as never] as unknown;
  const list: unknown[] = Array.isArray(branches) ? branches : [];
  const isNull = (b: unknown): boolean =>
    typeof b === 'object' && b !== null && Object.keys(b).length === 1 && (b as Record<string, unknown>)['type'] === 'null';
  let j = 0;
  return d.variants.map((v) => {
    while (j < list.length - 1 && isNull(list[j]) && resolveAlias(v, byId).kind !== 'null') j++;
    return `${d.id}/${d.mode}/${j++}`;
  });
}

/** The root document as JSON (its structure only: numbers are not read). */
export function rootDocument(model: Model): JsonValue {
  const root = model.validation.documents.find((d) => d.uri === model.validation.rootUri) ?? model.validation.documents[0]!;
  return JSON.parse(root.text) as JsonValue;
}

function at(root: JsonValue, pointer: string): Record<string, unknown> | null {
  let node: unknown = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : null;
}
