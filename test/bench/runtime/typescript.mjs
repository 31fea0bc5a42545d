// The runtime benchmark's TypeScript runner: node test/bench/runtime/typescript.mjs MANIFEST [--quick]
// (the contract and the manifest: runtime.mjs's header). Per input, in this one process:
// - floor: JSON.parse(text);
// - peer: Ajv (draft 2020-12, compiled once from the input's standalone schema; formats not
//   asserted, as our default) after JSON.parse;
// - peer: quicktype-core's TypeScript converter (runtime-typecheck), generated here from the same
//   schema: Convert.toX(text) (JSON.parse, then a check against its own TypeScript types: required
//   members, JSON types, enums; no string or number constraints, unions merged into one class), and
//   Convert.xToJson(value);
// - ours: parseX(text) (parse + validate + bind: in TypeScript the typed value is the parsed one),
//   isX(value) (validate alone, the validator's fast path parseX runs), JSON.stringify(value)
//   (serialize: openai-node's types are plain JSON, there is no generated writer).
// Before timing, each subject is checked to do the work: the validators accept the input and
// reject its broken copy (manifest "invalid"), ours round-trips equal as JSON; a failed check exits
// 1. Then warm-up, and rounds taken in turn across the input's subjects (a machine that slows down
// mid-way shifts them alike); opsPerSec is the median round. Prints one JSON document on stdout.

import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype } from 'quicktype-core';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const log = (line) => process.stderr.write(`typescript: ${line}\n`);
const args = process.argv.slice(2);
const manifestPath = args.find((a) => !a.startsWith('--'));
if (!manifestPath) {
  console.error('usage: node test/bench/runtime/typescript.mjs MANIFEST [--quick]');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const timing = args.includes('--quick') ? { warmupMs: 100, roundMs: 200, rounds: 2 } : { warmupMs: manifest.warmupMs, roundMs: manifest.roundMs, rounds: manifest.rounds };
const workDir = join(manifest.workDir, 'typescript');
mkdirSync(workDir, { recursive: true });
const ajvVersion = require('ajv/package.json').version;
const quicktypeVersion = require('quicktype-core/package.json').version;

const transpile = (source) => ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** The generated TypeScript of an output folder, transpiled to an ES module folder (once per folder) and imported. */
const modules = new Map();
async function generatedModule(outDir) {
  if (!modules.has(outDir)) {
    const source = join(outDir, 'typescript');
    const target = join(workDir, basename(outDir));
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'package.json'), '{"type":"module"}\n');
    for (const file of walk(source).filter((f) => f.endsWith('.ts'))) {
      const out = join(target, relative(source, file).replace(/\.ts$/, '.js'));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, transpile(readFileSync(file, 'utf8')));
    }
    modules.set(outDir, await import(pathToFileURL(join(target, 'index.js')).href));
  }
  return modules.get(outDir);
}

class NoExternalSchemas extends JSONSchemaStore {
  async fetch(address) {
    throw new Error(`the standalone schema refers outside itself: ${address}`);
  }
}

/** quicktype-core's TypeScript with runtime type checks, from the standalone schema, as a module: its Convert class. */
async function quicktypeConverter(input) {
  const schemaInput = new JSONSchemaInput(new NoExternalSchemas());
  await schemaInput.addSource({ name: input.declaration, schema: readFileSync(input.schema, 'utf8') });
  const inputData = new InputData();
  inputData.addInput(schemaInput);
  const { lines } = await quicktype({ inputData, lang: 'typescript', rendererOptions: { 'runtime-typecheck': 'true' } });
  const file = join(workDir, `quicktype-${input.name}.mjs`);
  writeFileSync(file, transpile(lines.join('\n')));
  const { Convert } = await import(pathToFileURL(file).href);
  const parse = Convert[`to${input.declaration}`];
  const write = Convert[`${input.declaration[0].toLowerCase()}${input.declaration.slice(1)}ToJson`];
  if (typeof parse !== 'function' || typeof write !== 'function') throw new Error(`quicktype's Convert has no to${input.declaration} or its ToJson: ${Object.getOwnPropertyNames(Convert).join(', ')}`);
  return { parse, write };
}

function fail(message) {
  throw new Error(`check failed: ${message}`);
}
const throws = (run) => {
  try {
    run();
    return false;
  } catch {
    return true;
  }
};

// Results stay reachable, so that no call is dropped as dead code.
const sink = new Array(16);
let sinkIndex = 0;

/** Runs `run` for about `ms`, in batches between clock reads; returns operations per second. */
function timed(run, ms, batch) {
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(ms * 1e6));
  let now = start;
  do {
    for (let i = 0; i < batch; i++) sink[sinkIndex++ & 15] = run();
    n += batch;
    now = process.hrtime.bigint();
  } while (now < end);
  return n / (Number(now - start) / 1e9);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Warm-up for each subject, then the rounds, taken in turn across subjects; fills opsPerSec, bytesPerSec, roundsOpsPerSec. */
function measure(subjects) {
  for (const subject of subjects) {
    // Batch size: enough calls that a clock read every batch costs nothing (about 1 ms a batch).
    const rate = timed(subject.run, timing.warmupMs, 1);
    subject.batch = Math.max(1, Math.round(rate / 1000));
    subject.rounds = [];
  }
  for (let round = 0; round < timing.rounds; round++) {
    for (const subject of subjects) subject.rounds.push(timed(subject.run, timing.roundMs, subject.batch));
  }
  return subjects.map(({ input, subject, name, operation, bytes, rounds }) => {
    const opsPerSec = median(rounds);
    return { input, subject, name, operation, opsPerSec, bytesPerSec: opsPerSec * bytes, roundsOpsPerSec: rounds };
  });
}

const results = [];
const checks = [];
for (const input of manifest.inputs) {
  log(`${input.name}: preparing`);
  const text = readFileSync(input.file, 'utf8');
  const invalidText = readFileSync(input.invalid, 'utf8');
  const bytes = Buffer.byteLength(text);
  const value = JSON.parse(text);
  const invalidValue = JSON.parse(invalidText);
  const name = input.names.typescript;

  // Ours.
  const generated = await generatedModule(input.outDir);
  const parseOurs = generated[`parse${name}`];
  const isOurs = generated[`is${name}`];
  if (typeof parseOurs !== 'function' || typeof isOurs !== 'function') fail(`${input.name}: the generated module has no parse${name} or is${name}`);
  const bound = parseOurs(text);
  if (!isOurs(value)) fail(`${input.name}: is${name} rejects the input`);
  if (isOurs(invalidValue)) fail(`${input.name}: is${name} accepts the broken copy (${input.invalidBy})`);
  if (!throws(() => parseOurs(invalidText))) fail(`${input.name}: parse${name} accepts the broken copy (${input.invalidBy})`);
  const written = JSON.stringify(bound);
  if (!isDeepStrictEqual(JSON.parse(written), value)) fail(`${input.name}: ours does not round-trip equal`);
  checks.push({ input: input.name, subject: 'ours', accepts: true, rejectsInvalid: true, roundTrip: true });

  // Ajv.
  const ajvValidate = new Ajv2020.default({ strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(input.schema, 'utf8')));
  if (!ajvValidate(value)) fail(`${input.name}: Ajv rejects the input: ${JSON.stringify(ajvValidate.errors?.slice(0, 2))}`);
  if (ajvValidate(JSON.parse(invalidText))) fail(`${input.name}: Ajv accepts the broken copy (${input.invalidBy})`);
  checks.push({ input: input.name, subject: 'peer', name: 'Ajv', accepts: true, rejectsInvalid: true });

  // quicktype: a converter, not a validator (it checks only its own types), so rejecting the broken
  // copy and round-tripping are recorded, not required; accepting the input is.
  const qt = await quicktypeConverter(input);
  let qtValue;
  try {
    qtValue = qt.parse(text);
  } catch (error) {
    fail(`${input.name}: quicktype's converter rejects the input: ${error.message.slice(0, 300)}`);
  }
  const qtWritten = qt.write(qtValue);
  const qtCheck = { input: input.name, subject: 'peer', name: 'quicktype', accepts: true, rejectsInvalid: throws(() => qt.parse(invalidText)), roundTrip: isDeepStrictEqual(JSON.parse(qtWritten), value) };
  checks.push(qtCheck);
  if (!qtCheck.rejectsInvalid) log(`${input.name}: note: quicktype's converter accepts the broken copy (${input.invalidBy})`);
  if (!qtCheck.roundTrip) log(`${input.name}: note: quicktype's converter does not round-trip equal`);

  const subjects = [
    { subject: 'floor', name: 'JSON.parse', operation: 'parse', bytes, run: () => JSON.parse(text) },
    { subject: 'peer', name: `Ajv ${ajvVersion} (draft 2020-12, compiled)`, operation: 'parse+validate', bytes, run: () => ajvValidate(JSON.parse(text)) },
    { subject: 'peer', name: `quicktype-core ${quicktypeVersion} TypeScript converter (runtime typecheck)`, operation: 'parse+bind', bytes, run: () => qt.parse(text) },
    { subject: 'ours', name: 'schema-codegen', operation: 'parse+validate+bind', bytes, run: () => parseOurs(text) },
    { subject: 'ours', name: 'schema-codegen', operation: 'validate', bytes, run: () => isOurs(value) },
    { subject: 'ours', name: 'schema-codegen', operation: 'serialize', bytes: Buffer.byteLength(written), run: () => JSON.stringify(bound) },
    { subject: 'peer', name: `quicktype-core ${quicktypeVersion} TypeScript converter`, operation: 'serialize', bytes: Buffer.byteLength(qtWritten), run: () => qt.write(qtValue) },
  ].map((s) => ({ ...s, input: input.name }));
  log(`${input.name}: measuring ${subjects.length} subjects (${timing.rounds} rounds of ${timing.roundMs} ms)`);
  results.push(...measure(subjects));
}

process.stdout.write(`${JSON.stringify({ language: 'typescript', runtime: `node ${process.version}`, checks, results }, null, 1)}\n`);
