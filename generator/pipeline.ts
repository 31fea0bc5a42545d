// pipeline: the generator's stages on text already in memory, from the schema text to the
// rendered files; index.ts is this plus the reading of files. Takes the schema's text, the
// targets' templates and runtime sources (stages/sources.ts) and their precompiled specs; returns
// the model, then the files. It never touches the file system itself: a file a "$ref" names is
// asked of the `Host`, which the CLI answers from the disk and the playground (generator/playground/)
// refuses, so that this module and everything it imports bundle for a browser.

import { basename } from 'node:path';
import { resolveUri } from '../templates/typescript/runtime/uri.js';
import { OptionsError, SchemaError, quoted } from './errors.js';
import type { JsonValue, Model } from './model/ir.js';
import { checkPatternPolicy } from './regex/index.js';
import { createRenderer, type Precompiled } from './render/render.js';
import { bundle, type Bundle, type ConvertedDocument, type RefOptions } from './stages/bundle.js';
import { buildModelNoting } from './stages/build-model.js';
import { checkModel } from './stages/check.js';
import { readDependencies } from './stages/dependencies.js';
import { readOtherDialects } from './stages/patterns.js';
import { normalizeToDraft202012 } from './stages/dialect.js';
import { formatUnknownWarning } from './stages/keywords.js';
import { checkSchema, isObject, type JsonObject } from './stages/load.js';
import { normalizeWhitespace } from './stages/normalize.js';
import { checkNumbers, type NumberLiterals } from './stages/numbers.js';
import { fromOpenApi, type OpenApiConversion } from './stages/openapi.js';
import { restrictTo } from './stages/only.js';
import { parseDocumentText } from './stages/parse-document.js';
import { decodeSchemaBytes } from './stages/parse-json.js';
import { resolveRefs } from './stages/resolve.js';
import type { SchemaInput, TemplateSources } from './stages/sources.js';
import { formatAssertionMetaSchema } from './stages/vocabulary.js';
import { TARGETS } from './targets/index.js';
import type { PlannedFile, TargetOptions } from './targets/target.js';
import { withSchemaDefaults } from './targets/shared/identity.js';

/** What the pipeline asks of its surroundings: the only file access and path display it does. */
export interface Host {
  /** A file a "$ref" names, by absolute path -> its bytes; throws when it cannot (stages/bundle.ts turns that into a SchemaError at the "$ref"). */
  readonly readFile: (path: string) => Uint8Array;
  /** A path as errors show it (the CLI: relative to the working directory). */
  readonly displayPath: (path: string) => string;
}

/** Of the schema as read (stages/read.ts), what the stages need beside its text: where it is, and the files its references name, already read. */
export type SchemaPlace = Pick<SchemaInput, 'path' | 'referenced'>;

/** How loading treats keywords no specification defines: warn (each warning's text, ready to print) or, strict, refuse. */
export interface LoadOptions {
  readonly strict?: boolean;
  readonly warn?: (text: string) => void;
  /** --only: the declarations (globs with *) to keep, with what they reference; null or absent: all. */
  readonly only?: readonly string[] | null;
  /** --ref-map: absolute URI prefix -> the folder its documents are read from (stages/bundle.ts). */
  readonly refMap?: Readonly<Record<string, string>>;
  /**
   * "compare": a model only compared with another (schema-codegen diff), never rendered: without
   * the runtime validators' documents (stages/build-model.ts), and its examples not checked (they
   * are documentation, in no generated code); defaults still are, an invalid one being left out.
   */
  readonly purpose?: 'render' | 'compare';
}

export function refOptions(refMap: Readonly<Record<string, string>> | undefined): RefOptions {
  return { refMap: refMap ?? {}, resolveUri };
}

/** Precompiled templates (dist/templates.cjs, render/precompile.ts): target -> template name -> spec. */
export type PrecompiledTemplates = Readonly<Record<string, Readonly<Record<string, Precompiled>>>>;

/** What rendering takes beside the model. */
export interface RenderInputs {
  readonly targets: readonly string[];
  readonly options: Readonly<Record<string, TargetOptions>>;
  /** A target's templates and runtime sources, asked for as the target's turn comes. */
  readonly sources: (target: string) => TemplateSources;
  readonly precompiled: PrecompiledTemplates;
  /** The schema file, named in errors the targets find. */
  readonly schema?: string;
}

/**
 * Where a pointer of the checked document is in what the user wrote: the pointer, and the file when
 * it is not the schema file (a file a reference names). They differ for OpenAPI input, older
 * drafts (stages/dialect.ts renames) and referenced files (stages/bundle.ts embeds them).
 */
type Locate = (pointer: string) => { readonly pointer: string; readonly file: string | null };

/** The checked JSON Schema document, and how its pointers map back to the files'. */
interface CheckedSchema {
  /** A boolean root is a schema too (true accepts every value, false none). */
  readonly root: JsonObject | boolean;
  readonly original: Locate;
  /** Whether a resource's meta-schema makes "format" assert (stages/vocabulary.ts): its meta-schema document joins model.validation. */
  readonly formatAssertion: boolean;
  /** The OpenAPI document as parsed (its operations say who sends what: diff/direction.ts); null when the schema is not one. */
  readonly openapi: JsonValue | null;
}

/** `input`: the schema as read.ts read it, with the files its references name (else `host` reads them). */
export function checkSchemaText(host: Host, text: string, file: string, load: LoadOptions, input?: SchemaPlace): CheckedSchema {
  const parsed = parseDocumentText(text, file); // JSON or YAML
  const openapi = fromOpenApi(parsed.value, basename(file), load.only ?? null); // null unless an OpenAPI document; --only applied
  if (openapi !== null) reportConversion(openapi, file, load);
  const original = openapi === null ? (pointer: string) => pointer : (pointer: string) => openapi.pointers.original(pointer);
  const value = openapi?.schema ?? (load.only ? restrictTo(parsed.value, load.only) : parsed.value);
  let formatAssertion = false;
  // Pointers of the stage at work -> the user's: the root's until bundling, then through the
  // embedded files, then through the dialect's renames as well.
  let locate: Locate = (pointer) => ({ pointer: original(pointer), file: null });
  const current: Locate = (pointer) => locate(pointer);
  const root = inOriginal(current, () => {
    // Before checkSchema, so 1e400 is named as such, not as "null".
    checkNumbers(value, originalLiterals(parsed.numberLiterals, original), { strict: load.strict === true, warn: warnAt(load, current, file) });
    const bundled = isObject(value)
      ? bundleFiles(host, value, input?.path ?? file, load, input)
      : { root: value, metaSchemas: new Map<string, JsonValue>(), sources: new Map<string, string>(), originals: new Map<string, (p: string) => string>() };
    const inBundle = locateInFiles(host, bundled, original);
    locate = inBundle;
    // Older drafts (and embedded resources of them) read as 2020-12, before the keyword check;
    // a 2020-12 "dependencies" too, with a warning (stages/dependencies.ts), and patterns escaping
    // what needs no escape (stages/patterns.ts).
    const dialect = normalizeToDraft202012(bundled.root, { lookup: (uri) => bundled.metaSchemas.get(uri), warn: warnAt(load, inBundle, file) });
    locate = (pointer) => inBundle(dialect.origin(pointer));
    formatAssertion = dialect.formatAssertion;
    const document = dialect.document;
    readDependencies(document, { strict: load.strict === true, warn: warnAt(load, locate, file) });
    readOtherDialects(document, { strict: load.strict === true, warn: warnAt(load, locate, file) });
    return checkSchema(document, {
      strict: load.strict === true,
      warn: (u) => {
        const at = locate(u.pointer);
        load.warn?.(formatUnknownWarning({ ...u, pointer: at.pointer }, at.file ?? file));
      },
    });
  });
  // The conversion writes new objects: the parsed document's paths stay as the user wrote them.
  return { root, original: locate, formatAssertion, openapi: openapi === null ? null : parsed.value };
}

/** The warnings of an OpenAPI document's conversion, as the CLI prints them, naming `file`; under --strict its first vendor mistake is an error. */
function reportConversion(openapi: OpenApiConversion, file: string, load: LoadOptions): void {
  if (load.strict === true && openapi.mistakes[0] !== undefined) throw openapi.mistakes[0].inFile(file);
  for (const warning of [...openapi.warnings, ...openapi.mistakes])
    load.warn?.(
      new SchemaError(warning.message, warning.pointer, `${warning.hint}${openapi.mistakes.includes(warning) ? '; --strict refuses it' : ''}`, file)
        .format()
        .replace(/^error: /, 'warning: '),
    );
}

/**
 * A pointer of the bundled root -> the embedded file holding it and its pointer there (as the file
 * is written, for one converted from OpenAPI), else the root's own (through `original`).
 */
function locateInFiles(host: Host, bundled: Pick<FileBundle, 'sources' | 'originals'>, original: (pointer: string) => string): Locate {
  return (pointer) => {
    for (const [entry, path] of bundled.sources) {
      if (pointer === entry || pointer.startsWith(`${entry}/`)) {
        const own = pointer.slice(entry.length);
        return { pointer: bundled.originals.get(path)?.(own) ?? own, file: host.displayPath(path) };
      }
    }
    return { pointer: original(pointer), file: null };
  };
}

/** Passes a problem that is only a warning to load.warn, as the CLI prints it, pointing into the document the user wrote. */
function warnAt(load: LoadOptions, locate: Locate, file: string): (problem: SchemaError) => void {
  return (problem) => {
    const at = locate(problem.pointer);
    load.warn?.(new SchemaError(problem.message, at.pointer, problem.hint, at.file ?? file).format().replace(/^error: /, 'warning: '));
  };
}

/** A bundle, and for each referenced file converted from OpenAPI (by absolute path): its converted pointers -> its own. */
interface FileBundle extends Bundle {
  readonly originals: ReadonlyMap<string, (pointer: string) => string>;
}

/**
 * The root with every document its references name embedded (stages/bundle.ts); each file parsed
 * and its numbers checked. A referenced OpenAPI document is embedded as the JSON Schema it means
 * (stages/openapi.ts), its warnings said with its name, so that a JSON Schema may use the schemas
 * of an API's published spec ("openapi.yaml#/components/schemas/Pet").
 */
function bundleFiles(host: Host, root: JsonObject, path: string, load: LoadOptions, input: SchemaPlace | undefined): FileBundle {
  const parse = (file: string): JsonValue => {
    const parsed = parseDocumentText(decodeSchemaBytes(input?.referenced.get(file) ?? host.readFile(file)), file);
    checkNumbers(parsed.value, parsed.numberLiterals);
    return parsed.value;
  };
  const originals = new Map<string, (pointer: string) => string>();
  const convert = (value: JsonValue, file: string): ConvertedDocument | null => {
    const openapi = fromOpenApi(value, basename(file));
    if (openapi === null) return null;
    reportConversion(openapi, host.displayPath(file), load);
    originals.set(file, (pointer) => openapi.pointers.original(pointer));
    return { value: openapi.schema, converted: (pointer) => openapi.pointers.converted(pointer) };
  };
  return { ...bundle(root, path, { ...refOptions(load.refMap), convert }, parse, host.displayPath), originals };
}

/** The literals of the converted document, read at their pointers in the original one. */
function originalLiterals(literals: NumberLiterals, original: (pointer: string) => string): NumberLiterals {
  return (pointers) => {
    const found = literals(new Set([...pointers].map(original)));
    return new Map([...pointers].flatMap((p) => (found.has(original(p)) ? [[p, found.get(original(p))!] as const] : [])));
  };
}

/**
 * The model with one more document for the runtime validators: a meta-schema the documents'
 * "$schema"s name, first, because a runtime reads a "$schema" as it registers the schema naming it.
 */
function withDocument(model: Model, document: { uri: string; text: string }): Model {
  return { ...model, validation: { ...model.validation, documents: [document, ...model.validation.documents] } };
}

/**
 * What the pipeline knows of a model it built: how its pointers map back into the file the user
 * wrote (for the targets' errors and the diff), and the OpenAPI document it was built from, or
 * null (see openApiDocumentOf).
 */
const SOURCES = new WeakMap<Model, { readonly original: Locate; readonly openapi: JsonValue | null }>();

/** Runs a stage on the converted document; its errors point into the document the user wrote. */
function inOriginal<T>(original: Locate, stage: () => T): T {
  try {
    return stage();
  } catch (error) {
    throw inDocument(error, original);
  }
}

/** A SchemaError about the converted document, pointing into the document the user wrote. */
function inDocument(error: unknown, original: Locate): unknown {
  // An error that names its file (one a reference names, stages/bundle.ts) already points into it.
  if (!(error instanceof SchemaError) || error.file !== null) return error;
  const { pointer, file } = original(error.pointer);
  return pointer === error.pointer && file === null ? error : new SchemaError(error.message, pointer, error.hint, file);
}

export function modelFromText(host: Host, text: string, source: string, file: string, load: LoadOptions, input?: SchemaPlace): Model {
  try {
    const { root, original, formatAssertion, openapi } = checkSchemaText(host, text, file, load, input);
    return inOriginal(original, () => {
      const rendered = load.purpose !== 'compare';
      const built = buildModelNoting(resolveRefs(root, source), source, { validation: rendered });
      if (load.strict === true && built.mistakes[0] !== undefined) throw built.mistakes[0];
      for (const mistake of built.mistakes)
        warnAt(load, original, file)(new SchemaError(mistake.message, mistake.pointer, `${mistake.hint}; --strict refuses it`));
      // A resource whose meta-schema makes "format" assert names that meta-schema's document (stages/vocabulary.ts).
      const withMeta = formatAssertion && rendered ? withDocument(built.model, formatAssertionMetaSchema()) : built.model;
      // An invalid example or default warns (with its pointer in the user's document), or under --strict is refused.
      const model = checkModel(withMeta, root, TARGETS, built.widened, {
        strict: load.strict === true,
        warn: warnAt(load, original, file),
        examples: rendered,
      });
      SOURCES.set(model, { original, openapi });
      return model;
    });
  } catch (error) {
    throw error instanceof SchemaError ? error.inFile(file) : error;
  }
}

/**
 * The OpenAPI document a model was built from, as parsed; null when it was built from a JSON
 * Schema; undefined for a model this module did not build (read back from a file). It spares the
 * diff (and generate's summary of what changed) a second parse of the file: YAML parses slowly
 * (the OpenAI spec: over a second).
 */
export function openApiDocumentOf(model: Model): JsonValue | null | undefined {
  return SOURCES.get(model)?.openapi;
}

/** Where a pointer of a model's (converted) document is in the schema file the user wrote (schema-codegen diff). */
export function originalPointer(model: Model, pointer: string): string {
  return SOURCES.get(model)?.original(pointer).pointer ?? pointer;
}

/** The files one at a time, as they are rendered; errors carry the schema file when known. */
export function* renderFiles(host: Host, model: Model, inputs: RenderInputs): Generator<[string, string]> {
  try {
    for (const name of inputs.targets) {
      yield* renderTarget(model, name, inputs.options[name] ?? TARGETS[name]!.defaults, inputs.sources(name), inputs.precompiled[name]);
    }
  } catch (error) {
    // Targets find problems too (name collisions, bad x-codegen values): say which file, and where in it.
    const original = SOURCES.get(model)?.original;
    const located = original === undefined ? error : inDocument(error, original);
    throw located instanceof SchemaError && inputs.schema !== undefined ? located.inFile(host.displayPath(inputs.schema)) : located;
  }
}

/** One target: parseOptions -> names -> plan -> render -> normalize. */
function* renderTarget(
  model: Model,
  name: string,
  options: TargetOptions,
  sources: TemplateSources,
  precompiled: Readonly<Record<string, Precompiled>> | undefined,
): Generator<[string, string]> {
  const target = TARGETS[name]!;
  checkPatternPolicy(model, name, options['patterns']);
  const renderer = createRenderer(sources, precompiled);
  // Options left "" (package identity) take their neutral, schema-derived value.
  const parsed = target.parseOptions(target.schemaDefaults === undefined ? options : withSchemaDefaults(options, target.schemaDefaults(model)));
  const names = target.names(model, parsed);
  for (const file of target.plan(model, parsed, names, sources.runtime)) {
    checkFileName(name, file);
    yield [`${name}/${file.path}`, normalizeWhitespace('content' in file ? file.content : renderer.render(file.template, file.view))];
  }
}

/** File systems allow 255 bytes per file name, and tools derive longer names from ours (javac's
 *  Name$Deserializer.class, Python's name.cpython-311.opt-2.pyc): ours leave them 32 bytes. */
const MAX_FILE_NAME_BYTES = 223;

/** A name too long would fail the write (ENAMETOOLONG) or a downstream build: say where it comes from. */
function checkFileName(target: string, file: PlannedFile): void {
  for (const name of file.path.split('/')) {
    const bytes = new TextEncoder().encode(name).length;
    if (bytes <= MAX_FILE_NAME_BYTES) continue;
    const problem = `the ${target} file name "${name.slice(0, 32)}…" is ${bytes} bytes long, over the ${MAX_FILE_NAME_BYTES} a file name may have (255, less room for the names compilers derive from it)`;
    if (file.pointer === undefined) throw new OptionsError(problem, `shorten the ${target} option the name comes from (see "Configuration" in the README)`);
    throw new SchemaError(
      problem,
      file.pointer,
      `shorten the name, or give the ${target} target a shorter one: "x-codegen": {${quoted(target)}: {"name": "..."}}`,
    );
  }
}
