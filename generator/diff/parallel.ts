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
import type { Model } from '../model/ir.js';
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
      readonly located: [string, string][];
      readonly directions: [string, Direction][];
      readonly warnings: string[];
    }
  | {
      readonly ok: false;
      readonly error: { kind: 'schema' | 'options' | 'other'; message: string; pointer: string; hint: string; file: string | null; stack: string };
      readonly warnings: string[];
    };

function read(source: VersionSource, load: LoadOptions): Version {
  return source.ref === null ? readVersion(source.path, load) : readVersionAt(source.ref, source.path, load);
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
  await worker.terminate();
  for (const t of outcome.warnings) warn(old, t);
  if (!outcome.ok) throw rebuilt(outcome.error);
  for (const t of newWarnings) warn(neu, t);
  if (b === undefined) throw failure;
  const located = new Map(outcome.located);
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
    outcome = { ok: true, label: v.label, model: v.model, located: locatedPointers(v), directions: [...v.directions], warnings };
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

/** Every pointer the comparison locates: declarations, properties, union variants. */
export function locatedPointers(v: Version): [string, string][] {
  const pointers: string[] = [];
  for (const d of v.model.declarations) {
    pointers.push(d.id);
    if (d.kind === 'object') for (const p of d.properties) pointers.push(p.pointer);
    if (d.kind === 'union') pointers.push(...d.variantPointers);
  }
  return pointers.map((p) => [p, v.locate(p)]);
}
