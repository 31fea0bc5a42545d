// TypeScript conformance runner (the protocol in test/helpers/protocol.ts). Usage:
//   node runner.mjs <units.json>
// units.json maps each unit key to {module, registry}: the generated index.ts transpiled to
// JavaScript, and the $defs-name -> type-name registry. Every line goes through parse<Name>(text).
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const units = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const loaded = {};
for (const [key, unit] of Object.entries(units)) loaded[key] = { module: await import(pathToFileURL(unit.module).href), registry: unit.registry };
const firstKey = Object.keys(units)[0];
const out = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue;
  const vector = JSON.parse(line);
  const { module, registry } = loaded[vector.case ?? firstKey];
  const parse = module[`parse${registry[vector.schema]}`];
  if (typeof parse !== 'function') throw new Error(`no parse function for ${vector.schema}`);
  try {
    out.push(JSON.stringify({ ok: true, json: parse(JSON.stringify(vector.json)) }));
  } catch (error) {
    if (!(error instanceof module.ValidationError)) throw error;
    out.push(JSON.stringify({ ok: false, pointer: error.pointer, keyword: error.keyword, message: error.message }));
  }
}
process.stdout.write(out.map((l) => `${l}\n`).join(''));
