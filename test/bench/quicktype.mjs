// The bench's quicktype reference: quicktype-core (a dev dependency) rendering one JSON Schema into
// the four languages the generator targets, each declaration of "$defs" a top-level type (as the
// generator declares them all), written under OUT/<language>/. One process, like one CLI run.
// Usage: node test/bench/quicktype.mjs SCHEMA OUT
// quicktype's own defaults per language (its TypeScript with runtime type checks, C# with
// System.Text.Json, Java with Jackson, Python with its from_dict/to_dict classes), the closest it
// comes to what the generator writes.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktypeMultiFile } from 'quicktype-core';

const [schemaPath, out] = process.argv.slice(2);
if (!schemaPath || !out) {
  console.error('usage: node test/bench/quicktype.mjs SCHEMA OUT');
  process.exit(2);
}

/** Fetches nothing: the bench's schemas are one self-contained document. */
class NoStore extends JSONSchemaStore {
  async fetch() {
    return undefined;
  }
}

const LANGUAGES = [
  ['typescript', 'index.ts', {}],
  ['python', 'models.py', { 'python-version': '3.7' }],
  ['csharp', 'Models.cs', { framework: 'SystemTextJson' }],
  ['java', 'Models.java', { package: 'models' }],
];

const text = readFileSync(schemaPath, 'utf8');
for (const [lang, outputFilename, rendererOptions] of LANGUAGES) {
  const input = new JSONSchemaInput(new NoStore());
  await input.addSource({ name: resolve(schemaPath), schema: text, uris: ['#/$defs/'] });
  const inputData = new InputData();
  inputData.addInput(input);
  const files = await quicktypeMultiFile({ inputData, lang, outputFilename, rendererOptions });
  for (const [name, { lines }] of files) {
    const path = join(out, lang, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${lines.join('\n')}\n`);
  }
}
