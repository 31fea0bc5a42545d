// The library API: generate(options) -> files. The pipeline in a straight line:
// read (stages/read.ts: the schema's bytes, templates, runtime sources) -> parse (bytes -> text
// -> JSON) -> numbers -> dialect (older drafts -> 2020-12) -> load (the keywords) -> resolve (every "$ref", decoded once)
// -> build-model -> check (examples, defaults, "x-codegen" keys) -> per target: parseOptions ->
// names -> plan -> render -> normalize. Writing is separate (write/write.ts), so callers can check
// drift or write atomically; the CLI reads the inputs once and hands them to the fingerprint too.
// The stages themselves, on text in memory, are pipeline.ts: this module adds the file system.

import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { SchemaError } from './errors.js';
import type { Model } from './model/ir.js';
import * as pipeline from './pipeline.js';
import { checkSchemaText, refOptions, type Host, type LoadOptions } from './pipeline.js';
import { loadPrecompiled } from './render/precompiled.js';
import { decodeSchemaBytes } from './stages/parse-json.js';
import { readInputs as readStageInputs, readSchema, readTemplateSources, templateDirs, type Inputs, type SchemaInput } from './stages/read.js';
import type { TargetOptions } from './targets/target.js';

export { SchemaError, OptionsError } from './errors.js';
export { resolveOptions, type ResolvedOptions } from './config.js';
export { type Inputs } from './stages/read.js';
export { type Host, type LoadOptions } from './pipeline.js';
export { checkOutput, writeOutput, hasDrift, type Drift } from './write/write.js';
export type * from './model/ir.js';

export { PACKAGE_ROOT } from './package-root.js';

export interface GenerateOptions {
  /** Path of the schema file. */
  readonly schema: string;
  readonly targets: readonly string[];
  readonly options: Readonly<Record<string, TargetOptions>>;
  /** Folder with <target>/*.hbs overrides, or null. */
  readonly templates: string | null;
  /** Only these declarations (globs with *) and what they reference; null or absent: all. */
  readonly only?: readonly string[] | null;
  /** --ref-map: absolute URI prefix -> the folder its documents are read from (stages/bundle.ts). */
  readonly refMap?: Readonly<Record<string, string>>;
  /** false: a model to compare, not to render, without the runtime validators' documents (stages/build-model.ts). */
  readonly validation?: boolean;
}

export interface GenerateResult {
  readonly model: Model;
  /** Path under the output folder ("<target>/...") -> content. */
  readonly files: ReadonlyMap<string, string>;
}

/** What rendering takes beside the model; `inputs`, when given, holds the targets' templates already read. */
export interface RenderOptions extends Omit<GenerateOptions, 'schema'> {
  /** The schema file, named in errors the targets find. */
  readonly schema?: string;
  readonly inputs?: Inputs;
}

export function generate(options: GenerateOptions): GenerateResult {
  const inputs = readInputs(options);
  const model = modelFromSchema(inputs.schema, { only: options.only ?? null, ...(options.refMap === undefined ? {} : { refMap: options.refMap }) });
  return { model, files: renderModel(model, { ...options, inputs }) };
}

/** The schema and every file its references name, the targets' templates and runtime sources: each read once. */
export function readInputs(options: Omit<GenerateOptions, 'options'>): Inputs {
  return readStageInputs({ ...options, refs: refOptions(options.refMap) });
}

/** Relative to the working directory when below it, for shorter messages. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel;
}

/** The pipeline's surroundings on the command line: files a reference names come from the disk. */
const NODE_HOST: Host = { readFile: (path) => readFileSync(path), displayPath };

/** Schema file -> model. Errors carry the file name. */
export function loadModel(schemaPath: string, load: LoadOptions = {}): Model {
  return modelFromSchema(readSchema(schemaPath, refOptions(load.refMap)), load);
}

/** The schema file's bytes, as read -> model. Errors carry the file name. */
export function modelFromSchema(schema: SchemaInput, load: LoadOptions = {}): Model {
  const file = displayPath(schema.path);
  let text: string;
  try {
    text = decodeSchemaBytes(schema.bytes);
  } catch (error) {
    throw error instanceof SchemaError ? error.inFile(file) : error;
  }
  return modelFromText(text, basename(schema.path), file, load, schema);
}

/**
 * Only the keyword check of modelFromSchema: its warnings, or its errors. For a run that renders
 * nothing because its inputs are unchanged, which must still say what the schema's keywords are.
 */
export function checkKeywords(schema: SchemaInput, load: LoadOptions): void {
  const file = displayPath(schema.path);
  try {
    const text = decodeSchemaBytes(schema.bytes);
    checkSchemaText(NODE_HOST, text, file, load, schema);
  } catch (error) {
    throw error instanceof SchemaError ? error.inFile(file) : error;
  }
}

export function modelFromText(text: string, source: string, file: string = source, load: LoadOptions = {}, input?: SchemaInput): Model {
  return pipeline.modelFromText(NODE_HOST, text, source, file, load, input);
}

/** Where a pointer of a model's (converted) document is in the schema file the user wrote (schema-codegen diff). */
export { openApiDocumentOf, originalPointer } from './pipeline.js';

export function renderModel(model: Model, options: RenderOptions): Map<string, string> {
  return new Map(renderFiles(model, options));
}

/** The files one at a time, as they are rendered; errors carry the schema file when known. */
export function renderFiles(model: Model, options: RenderOptions): Generator<[string, string]> {
  return pipeline.renderFiles(NODE_HOST, model, {
    targets: options.targets,
    options: options.options,
    sources: (name) => options.inputs?.targets.get(name) ?? readTemplateSources(templateDirs(name, options.templates)),
    precompiled: loadPrecompiled(),
    ...(options.schema === undefined ? {} : { schema: options.schema }),
  });
}
