// Reading one schema version for the diff: a file, or (--base-ref) the file as it was at a git
// ref, through `git show REF:./file` run beside it. The model is the pipeline's (index.ts), so the
// diff sees exactly what generate would render; files the schema references are read from the
// working tree in both cases.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { OptionsError, SchemaError } from '../errors.js';
import { modelFromSchema, openApiDocumentOf, originalPointer, type JsonValue, type LoadOptions, type Model } from '../index.js';
import { parseDocumentText } from '../stages/parse-document.js';
import { decodeSchemaBytes } from '../stages/parse-json.js';
import { directions } from './direction.js';
import type { Version } from './index.js';

export function readVersion(path: string, load: LoadOptions): Version {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new OptionsError(`cannot read schema ${path}: ${(error as Error).message}`, 'give two schema files: schema-codegen diff OLD NEW');
  }
  return versionOf(path, path, bytes, load);
}

/** The file as committed at `ref` (a branch, tag or commit). */
export function readVersionAt(ref: string, path: string, load: LoadOptions): Version {
  let bytes: Buffer;
  try {
    bytes = execFileSync('git', ['show', `${ref}:./${basename(path)}`], { cwd: dirname(path), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
    throw new OptionsError(
      `cannot read ${path} at git ref ${JSON.stringify(ref)}: ${stderr}`,
      'give a ref where the file exists (git log -- FILE lists them), inside a git work tree',
    );
  }
  return versionOf(`${ref}:${path}`, path, bytes, load);
}

function versionOf(label: string, path: string, bytes: Buffer, load: LoadOptions): Version {
  // A model to compare: the diff weighs types, constraints and defaults, and renders nothing.
  return versionFromModel(label, path, modelFromSchema({ path, bytes, referenced: new Map() }, { ...load, purpose: 'compare' }), bytes);
}

/** The model was built from these bytes, so they parse; JSON.parse is the fast way for JSON, the generator's parser (YAML) the way for the rest. */
function parsedAgain(path: string, bytes: Buffer): JsonValue {
  try {
    const text = decodeSchemaBytes(bytes);
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      return parseDocumentText(text, path).value;
    }
  } catch (error) {
    throw error instanceof SchemaError ? error.inFile(path) : error;
  }
}

/** A version from a model already built from `bytes` (generate's, for the summary of what changed since the last run). */
export function versionFromModel(label: string, path: string, model: Model, bytes: Buffer): Version {
  // OpenAPI's usage (request bodies, responses), which the model does not keep: the document the
  // pipeline parsed (a JSON Schema's usage is in the model), else parsed again.
  const known = openApiDocumentOf(model);
  const document = known === undefined ? parsedAgain(path, bytes) : (known ?? {});
  // Each pointer once: the directions and the comparison ask for the same declarations' pointers.
  const located = new Map<string, string>();
  const locate = (pointer: string): string => {
    let original = located.get(pointer);
    if (original === undefined) located.set(pointer, (original = originalPointer(model, pointer)));
    return original;
  };
  return { label, model, locate, directions: directions(model, document, locate) };
}
