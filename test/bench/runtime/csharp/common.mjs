// What the C# and Java runners of the runtime benchmark share (test/bench/runtime/csharp.mjs,
// java.mjs; the contract: /work/briefs/s28-rbench-contract.md, README "Performance"): reading the
// manifest, the broken copy of an input each validator must reject, quicktype-core's plain classes
// for the binding peers, a hash of the sources (a second run does not rebuild), and running a
// build step with its log on stderr (stdout carries only the runner's one JSON document).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktypeMultiFile } from 'quicktype-core';

/** The manifest (the contract's MANIFEST) and whether --quick was given. */
export function readManifest(argv) {
  const args = argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  if (path === undefined) throw new Error('usage: node <runner>.mjs MANIFEST [--quick]');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const quick = args.includes('--quick');
  const timing = quick ? { warmupMs: 100, roundMs: 200, rounds: 2 } : { warmupMs: manifest.warmupMs, roundMs: manifest.roundMs, rounds: manifest.rounds };
  for (const [key, value] of Object.entries(timing)) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`manifest: ${key} must be a positive integer, got ${value}`);
  }
  if (!Array.isArray(manifest.inputs) || manifest.inputs.length === 0) throw new Error('manifest: no inputs');
  for (const input of manifest.inputs) {
    for (const key of ['name', 'file', 'outDir', 'declaration', 'schema']) {
      if (typeof input[key] !== 'string') throw new Error(`manifest: input ${input.name ?? '?'} has no ${key}`);
    }
  }
  return { manifest, quick, timing };
}

/**
 * The input with one value broken, which every validator must reject: the first object of the
 * document (the root, or the first element of a root array, depth first) loses its `type` (the
 * discriminator every event of these inputs requires), or, without one, its first property.
 */
export function brokenCopy(text) {
  const value = JSON.parse(text);
  let object = value;
  while (Array.isArray(object)) object = object[0];
  if (object === null || typeof object !== 'object') throw new Error('the input holds no object to break');
  const key = 'type' in object ? 'type' : Object.keys(object)[0];
  if (key === undefined) throw new Error('the input\'s first object is empty: nothing to remove');
  delete object[key];
  return { text: JSON.stringify(value), removed: key };
}

/** quicktype-core's output for a language from a standalone JSON Schema: Map of file name -> text. */
/**
 * The copy of an input every validator must reject: the manifest's (one required value removed),
 * or else one made here under `root`. Returns its path and what was removed.
 */
export function brokenInput(input, root) {
  if (typeof input.invalid === 'string') return { broken: input.invalid, removed: input.invalidBy };
  const copy = brokenCopy(readFileSync(input.file, 'utf8'));
  const broken = join(root, 'broken', `${input.name}.json`);
  write(broken, copy.text);
  return { broken, removed: `the ${copy.removed} of the first object removed` };
}

export async function quicktypeFiles(schemaPath, topLevel, lang, rendererOptions) {
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  await input.addSource({ name: topLevel, schema: readFileSync(schemaPath, 'utf8') });
  const inputData = new InputData();
  inputData.addInput(input);
  const files = await quicktypeMultiFile({ inputData, lang, rendererOptions });
  return new Map([...files].map(([name, result]) => [name, result.lines.join('\n')]));
}

/** A SHA-256 over named texts (order-independent in the names). */
export function hashOf(entries) {
  const hash = createHash('sha256');
  for (const [name, text] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${name}\0${text.length}\0`);
    hash.update(text);
  }
  return hash.digest('hex');
}

/** Every file under dir whose name ends with ext, sorted. */
export function filesUnder(dir, ext) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(ext)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** Writes a file, making its folder. */
export function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A fresh folder. */
export function freshDir(path) {
  if (existsSync(path)) rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
}

/** Runs a build step; its output goes to stderr; throws (with the output) on failure. */
export function step(command, args, options = {}) {
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    if (out.trim() !== '') process.stderr.write(out.endsWith('\n') ? out : `${out}\n`);
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${error.status}):\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  }
}

/** Checks the document a runner's program printed against the contract's shape; returns it. */
export function checkedOutput(text, language, inputs) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`the ${language} benchmark printed no JSON document:\n${text.slice(0, 2000)}`);
  }
  const operations = new Set(['parse', 'parse+validate', 'parse+bind', 'parse+validate+bind', 'validate', 'serialize']);
  if (doc.language !== language || typeof doc.runtime !== 'string' || !Array.isArray(doc.results)) throw new Error(`the ${language} benchmark's document has the wrong shape`);
  for (const r of doc.results) {
    const ok =
      inputs.some((i) => i.name === r.input) &&
      ['floor', 'peer', 'ours'].includes(r.subject) &&
      typeof r.name === 'string' &&
      operations.has(r.operation) &&
      r.opsPerSec > 0 &&
      r.bytesPerSec > 0 &&
      Array.isArray(r.roundsOpsPerSec);
    if (!ok) throw new Error(`the ${language} benchmark printed a bad result: ${JSON.stringify(r)}`);
  }
  for (const input of inputs) {
    for (const [subject, operation] of [
      ['floor', 'parse'],
      ['ours', 'parse+validate+bind'],
      ['ours', 'validate'],
      ['ours', 'serialize'],
    ]) {
      if (!doc.results.some((r) => r.input === input.name && r.subject === subject && r.operation === operation)) {
        throw new Error(`the ${language} benchmark has no ${subject} ${operation} for ${input.name}`);
      }
    }
  }
  for (const note of doc.notes ?? []) process.stderr.write(`${language}: note: ${note}\n`);
  return doc;
}
