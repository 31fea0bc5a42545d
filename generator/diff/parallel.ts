// Reading the two versions at once: building a model is nearly all of a diff's time (the OpenAI
// spec: over a second per version, the comparison a tenth of that), so the bundled CLI reads the
// old version in a worker thread running the bundle itself while the main thread reads the new
// one. What crosses back is plain data, as JSON text: the model, where each of its pointers is in
// the file, the directions, the warnings (printed in order by the caller) or the error (rebuilt,
// so exit codes and messages are the same as in one thread). Outside the bundle both are read in
// turn.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { OptionsError, SchemaError } from '../errors.js';
import type { LoadOptions } from '../index.js';
import type { Declaration, Doc, Model } from '../model/ir.js';
import type { Direction } from './direction.js';
import type { Version } from './index.js';
import { readVersion, readVersionAt } from './load.js';

declare const SCHEMA_CODEGEN_BUNDLE: boolean | undefined;

/** Which version to read: a file, or a file at a git ref. */
export interface VersionSource {
  readonly path: string;
  readonly ref: string | null;
}

interface Job {
  readonly schemaCodegenDiffLoad: { readonly source: VersionSource; readonly strict: boolean };
}

type Outcome =
  | {
      readonly ok: true;
      readonly label: string;
      readonly model: Model;
      /** Where each of the model's pointers is in the file, in locatedPointers' order (the main thread lists the same pointers from the model). */
      readonly located: string[];
      readonly directions: [string, Direction][];
      readonly warnings: string[];
    }
  | {
      readonly ok: false;
      readonly error: { kind: 'schema' | 'options' | 'other'; message: string; pointer: string; hint: string; file: string | null; stack: string };
      readonly warnings: string[];
    };

/** A version as the comparison reads it, in either thread (so that both versions are alike). */
function read(source: VersionSource, load: LoadOptions): Version {
  const v = source.ref === null ? readVersion(source.path, load) : readVersionAt(source.ref, source.path, load);
  return { ...v, model: compared(v.model) };
}

/**
 * The model without the text the comparison never reads: descriptions, titles and examples (of
 * a declaration's doc it weighs only `deprecated`). A third of the OpenAI spec's model, which the
 * worker then writes and the main thread parses as JSON.
 */
function compared(model: Model): Model {
  const doc = (d: Doc): Doc => (d.title === null && d.description === null ? d : { title: null, description: null, deprecated: d.deprecated });
  const declarations = model.declarations.map((d) => {
    const own = { ...d, doc: doc(d.doc), examples: [] };
    return d.kind === 'object' ? { ...own, properties: d.properties.map((p) => ({ ...p, doc: doc(p.doc), examples: [] })) } : own;
  }) as Declaration[];
  return { ...model, declarations };
}

/** Both versions; `warn` gets the old one's warnings first. */
export async function readBoth(
  old: VersionSource,
  neu: VersionSource,
  strict: boolean,
  warn: (version: VersionSource, text: string) => void,
): Promise<[Version, Version]> {
  if (typeof SCHEMA_CODEGEN_BUNDLE === 'undefined') {
    const a = read(old, { strict, warn: (t) => warn(old, t) });
    return [a, read(neu, { strict, warn: (t) => warn(neu, t) })];
  }
  const job: Job = { schemaCodegenDiffLoad: { source: old, strict } };
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  const pending = new Promise<Outcome>((resolve, reject) => {
    worker.once('message', (text: string) => resolve(JSON.parse(text) as Outcome));
    worker.once('error', reject);
  });
  const newWarnings: string[] = [];
  let b: Version | undefined;
  let failure: unknown;
  try {
    b = read(neu, { strict, warn: (t) => newWarnings.push(t) });
  } catch (error) {
    failure = error;
  }
  const outcome = await pending;
  // Its work is done: the thread ends on its own or at exit; waiting for it would only add its teardown.
  worker.unref();
  void worker.terminate();
  for (const t of outcome.warnings) warn(old, t);
  if (!outcome.ok) throw rebuilt(outcome.error);
  for (const t of newWarnings) warn(neu, t);
  if (b === undefined) throw failure;
  const pointers = pointersOf(outcome.model);
  const located = new Map(pointers.map((p, i) => [p, outcome.located[i]!]));
  const a: Version = { label: outcome.label, model: outcome.model, locate: (p) => located.get(p) ?? p, directions: new Map(outcome.directions) };
  return [a, b];
}

function rebuilt(e: Extract<Outcome, { ok: false }>['error']): Error {
  if (e.kind === 'schema') return new SchemaError(e.message, e.pointer, e.hint, e.file);
  if (e.kind === 'options') return new OptionsError(e.message, e.hint);
  const error = new Error(e.message);
  error.stack = e.stack;
  return error;
}

/** In the bundle's worker thread: reads the version asked for, posts it, and says so (the CLI then does nothing else). */
export function diffWorker(): boolean {
  const job = isMainThread ? undefined : (workerData as Partial<Job> | undefined)?.schemaCodegenDiffLoad;
  if (job === undefined || parentPort === null) return false;
  const warnings: string[] = [];
  let outcome: Outcome;
  try {
    const v = read(job.source, { strict: job.strict, warn: (t) => warnings.push(t) });
    outcome = { ok: true, label: v.label, model: v.model, located: pointersOf(v.model).map((p) => v.locate(p)), directions: [...v.directions], warnings };
  } catch (error) {
    const e = error as Partial<SchemaError> & Error;
    const kind = error instanceof SchemaError ? 'schema' : error instanceof OptionsError ? 'options' : 'other';
    outcome = {
      ok: false,
      error: { kind, message: e.message, pointer: e.pointer ?? '', hint: e.hint ?? '', file: e.file ?? null, stack: e.stack ?? '' },
      warnings,
    };
  }
  // As JSON text: a model is plain JSON (the kept model file, diff/snapshot.ts, is this too), and
  // one string crosses faster than the structured clone of its ten thousand objects (the OpenAI
  // spec's model: 130 ms to write and read as JSON, 170 ms to clone).
  parentPort.postMessage(JSON.stringify(outcome));
  return true;
}

/** Every pointer the comparison locates, with where it is in the file. */
export function locatedPointers(v: Version): [string, string][] {
  return pointersOf(v.model).map((p) => [p, v.locate(p)]);
}

/** Every pointer the comparison locates: declarations, properties, union variants, in the model's order. */
function pointersOf(model: Model): string[] {
  const pointers: string[] = [];
  for (const d of model.declarations) {
    pointers.push(d.id);
    if (d.kind === 'object') for (const p of d.properties) pointers.push(p.pointer);
    if (d.kind === 'union') pointers.push(...d.variantPointers);
  }
  return pointers;
}
