// read: every file a run renders from, read once. Takes the schema path, the targets and the
// override folder; returns the schema's bytes and, per target, its templates (folder by folder
// and merged) and runtime sources. The fingerprint (write/fingerprint.ts) and the stages after it
// (parse, render) all take these bytes, so what is fingerprinted is exactly what is rendered.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OptionsError, SchemaError } from '../errors.js';
import { bundle, type RefOptions } from './bundle.js';
import { isObject } from './load.js';
import { parseDocumentText } from './parse-document.js';
import { decodeSchemaBytes } from './parse-json.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { listFiles } from '../files.js';
import { RUNTIME_DIR, type SchemaInput, type TemplateSources, type Inputs } from './sources.js';

export { RUNTIME_DIR, type SchemaInput, type TemplateSources, type Inputs } from './sources.js';

export function readInputs(options: {
  readonly schema: string;
  readonly targets: readonly string[];
  readonly templates: string | null;
  readonly refs?: RefOptions;
}): Inputs {
  const schema = readSchema(options.schema, options.refs);
  return { schema, targets: new Map(options.targets.map((target) => [target, readTemplateSources(templateDirs(target, options.templates))])) };
}

/** The schema file's bytes; a file that cannot be read is an options error, not a crash. */
export function readSchema(path: string, refs?: RefOptions): SchemaInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new OptionsError(`cannot read schema ${path}: ${(error as Error).message}`, 'check the --schema path (or "schema" in the config)');
  }
  return { path, bytes, referenced: refs === undefined ? new Map() : readReferenced(path, bytes, refs) };
}

/**
 * A "$ref" or "$dynamicRef" (JSON or YAML) whose value does not start with "#": one that may name
 * another document; or a "$schema" naming no standard dialect's meta-schema: a custom one, read too.
 */
const OUTWARD_REF = /["']?\$(?:ref|dynamicRef)["']?\s*:\s*["']?(?!#)[^\s"']|["']?\$schema["']?\s*:\s*["']?(?!https?:\/\/json-schema\.org\/)[^\s"']/;

/**
 * The files the schema's references name, read as the pipeline's bundle stage will load them. Only
 * what can be read: a schema or a file that is broken is the pipeline's to report, with its pointer.
 */
function readReferenced(path: string, bytes: Buffer, refs: RefOptions): Map<string, Buffer> {
  const read = new Map<string, Buffer>();
  try {
    const text = decodeSchemaBytes(bytes);
    if (!OUTWARD_REF.test(text)) return read;
    const root = parseDocumentText(text, path).value;
    if (!isObject(root)) return read;
    bundle(root, path, refs, (file) => {
      const content = readFileSync(file);
      read.set(file, content);
      return parseDocumentText(decodeSchemaBytes(content), file).value;
    });
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
  }
  return read;
}

/** A target's template folders: the bundled one, then the user's overrides when given. */
export function templateDirs(target: string, overrides: string | null): string[] {
  return [join(PACKAGE_ROOT, 'templates', target), ...(overrides === null ? [] : [join(overrides, target)])];
}

export function readTemplateSources(dirs: readonly string[]): TemplateSources {
  const folders = dirs.map(readTemplateFolder);
  const templates = new Map<string, string>();
  for (const folder of folders) for (const [name, source] of folder) templates.set(name, source);
  return { dirs, folders, templates, runtime: readRuntimeSources(dirs) };
}

/** Template name -> source: every *.hbs file of the folder, by file name; none when it is absent. */
function readTemplateFolder(dir: string): Map<string, string> {
  const sources = new Map<string, string>();
  if (!existsSync(dir)) return sources;
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.hbs')) sources.set(file.slice(0, -'.hbs'.length), readFileSync(join(dir, file), 'utf8'));
  }
  return sources;
}

/**
 * Path below runtime/ (POSIX separators) -> text, over the template folders in order (a later
 * folder's file replaces an earlier one's, as for templates), sorted by path.
 */
export function readRuntimeSources(templateDirs: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const dir of templateDirs) {
    const root = join(dir, RUNTIME_DIR);
    if (existsSync(root)) for (const path of listFiles(root)) sources.set(path, readFileSync(join(root, path), 'utf8'));
  }
  return new Map([...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
