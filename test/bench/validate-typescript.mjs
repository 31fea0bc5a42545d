// Validation throughput of the generated TypeScript on the canonical events: every example of the
// canonical schema through is<Name> (the fast path) and parse<Name> (JSON text -> typed value),
// for its own declaration and for the union that holds it. Transpiles the output folder (every
// .ts file, so the runtime modules beside index.ts too) to a temporary ES module folder first.
// Usage: node test/bench/validate-typescript.mjs [--dir generated/typescript] [--seconds 2]
// Prints operations per second; compare a branch with main by running it on both checkouts.

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const DIR = option('--dir', join(ROOT, 'generated', 'typescript'));
const SECONDS = Number(option('--seconds', '2'));

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const out = mkdtempSync(join(tmpdir(), 'bench-validate-ts-'));
writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
for (const file of walk(DIR).filter((f) => f.endsWith('.ts'))) {
  const js = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const target = join(out, relative(DIR, file).replace(/\.ts$/, '.js'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, js);
}
const generated = await import(pathToFileURL(join(out, 'index.js')).href);

// Each example with the type names that must accept it: its declaration's, and its unions'.
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'realtime-events.schema.json'), 'utf8'));
const typeName = (name) => schema.$defs[name]['x-codegen']?.typescript?.name ?? name;
const cases = [];
for (const [name, def] of Object.entries(schema.$defs)) {
  for (const example of def.examples ?? []) {
    const unions = Object.entries(schema.$defs).filter(([, u]) => (u.oneOf ?? []).some((v) => v.$ref === `#/$defs/${name}`));
    for (const type of [typeName(name), ...unions.map(([u]) => typeName(u))]) cases.push({ type, value: example, text: JSON.stringify(example) });
  }
}
if (cases.length === 0) throw new Error('no canonical examples');

function measure(label, run) {
  for (let i = 0; i < 2000; i++) run(); // warm up (and compile the validators once)
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(SECONDS * 1e9);
  let now = start;
  while (now < end) {
    for (let i = 0; i < 1000; i++) run();
    n += 1000;
    now = process.hrtime.bigint();
  }
  const perSecond = (n * cases.length) / (Number(now - start) / 1e9);
  console.log(`${label}: ${Math.round(perSecond).toLocaleString('en-US')} validations/s (${cases.length} example/type pairs)`);
  return perSecond;
}

const guards = cases.map((c) => [generated[`is${c.type}`], c.value]);
const parsers = cases.map((c) => [generated[`parse${c.type}`], c.text]);
for (const [fn] of [...guards, ...parsers]) if (typeof fn !== 'function') throw new Error('a guard or parse function is missing');
for (const [guard, value] of guards) if (guard(value) !== true) throw new Error('an example is rejected');
measure('is<Name>(value)', () => {
  for (const [guard, value] of guards) guard(value);
});
measure('parse<Name>(text)', () => {
  for (const [parse, text] of parsers) parse(text);
});
