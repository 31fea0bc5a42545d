// worker: the generator in the playground's Web Worker. Takes {id, text, fileName}; answers with
// every file of every target, as the CLI renders them with the canonical config's options, or the
// error with its JSON pointer, and the warnings. Runs off the page's thread so that typing never
// waits for a render; the page ends it when it overruns (page.ts).

import { OptionsError, SchemaError } from '../errors.js';
import { modelFromText, renderFiles, type Host } from '../pipeline.js';
import type { Precompiled } from '../render/render.js';
import type { TemplateSources } from '../stages/sources.js';
import { config, runtime } from 'playground:inputs';
import precompiled from 'playground:templates';
import type { Answer, Problem, Request } from './protocol.js';

/** A page has no files: a "$ref" to one is refused at the "$ref" (stages/bundle.ts words it with the pointer). */
const HOST: Host = {
  readFile: () => {
    throw new Error('the playground holds only the schema typed here (use the CLI for a schema made of several files)');
  },
  displayPath: (path) => path.replace(/^\//, ''),
};

/** The bundled templates (the precompiled ones' own sources) and runtime sources, as stages/read.ts would read them. */
function templateSources(target: string): TemplateSources {
  const templates = new Map(Object.entries<Precompiled>(precompiled[target] ?? {}).map(([name, t]) => [name, t.source]));
  return { dirs: [`templates/${target}`], folders: [templates], templates, runtime: new Map(runtime[target] ?? []) };
}

const SOURCES = new Map(config.targets.map((t) => [t, templateSources(t)]));

function generate(request: Request): Answer {
  const started = performance.now();
  const warnings: string[] = [];
  try {
    const load = { strict: config.strict, only: config.only, warn: (text: string) => warnings.push(text) };
    // The schema is "/<file name>": an absolute path, as the CLI's, so that relative references resolve (and are refused) without a working directory.
    const model = modelFromText(HOST, request.text, request.fileName, request.fileName, load, { path: `/${request.fileName}`, referenced: new Map() });
    const files = [
      ...renderFiles(HOST, model, { targets: config.targets, options: config.options, sources: (t) => SOURCES.get(t)!, precompiled, schema: request.fileName }),
    ];
    return { id: request.id, files, problem: null, warnings, ms: performance.now() - started };
  } catch (error) {
    return { id: request.id, files: [], problem: problemOf(error), warnings, ms: performance.now() - started };
  }
}

function problemOf(error: unknown): Problem {
  if (error instanceof SchemaError) return { kind: 'schema', message: error.message, pointer: error.pointer, hint: error.hint, file: error.file };
  if (error instanceof OptionsError) return { kind: 'options', message: error.message, pointer: null, hint: error.hint, file: null };
  // Anything else is a bug of the generator: say so, with the stack, as the CLI does.
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { kind: 'internal', message: `internal error (a bug: please report it): ${stack}`, pointer: null, hint: '', file: null };
}

const scope = globalThis as unknown as { onmessage: (event: { data: Request }) => void; postMessage: (answer: Answer) => void };
scope.onmessage = (event) => scope.postMessage(generate(event.data));
