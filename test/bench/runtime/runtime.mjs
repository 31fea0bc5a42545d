// npm run bench:runtime: the runtime benchmark per language (issue 19, item 1), and its targets
// (item 2), on three inputs (see inputs.mjs): canonical, response-done, batch (~1 MB).
//
//   node test/bench/runtime/runtime.mjs [--quick] [--input NAME]... [--language L]...
//        [--work DIR] [--json FILE] [--prepare-only]
//
// 1. Builds the inputs and their generated code (all four languages) into the work folder
//    (default .tmp/bench-runtime/) and writes MANIFEST (<work>/manifest.json); --prepare-only
//    stops there (the runners can then be run alone: node test/bench/runtime/<lang>.mjs MANIFEST).
// 2. Runs each language's runner (typescript.mjs, python.mjs, csharp.mjs, java.mjs), one at a
//    time: each builds what it needs under <work>/<lang>/, checks that every subject does the
//    work (accepts the input, rejects its broken copy, round-trips) and prints one JSON document.
// 3. Prints per language and input the operations and bytes per second of each subject, the
//    ratios ours/peer and ours/floor, and the targets of item 2: "ours (parse + validate + bind)
//    has at least the throughput of the best peer's parse + validate, and at most 2x the time of
//    the raw parse floor", each held or missed; writes everything to .tmp/bench-runtime.json (or
//    --json FILE) for comparison between commits; exits 1 when a target is missed, a runner
//    failed or a language has no runner yet.
//
// MANIFEST: {"workDir", "warmupMs", "roundMs", "rounds", "packages": {"python", "csharp",
// "java", "javaRuntime"}, "inputs": [{"name", "file", "bytes", "invalid", "invalidBy", "outDir",
// "declaration", "names": {"typescript", "python", "csharp", "java"}, "schema", "items"?}]}
// (the contract: /work/briefs/s28-rbench-contract.md, summarized in README "Performance").
// --quick: warm-up 100 ms, rounds of 200 ms, 2 rounds (for the test; figures are not meaningful).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUT_NAMES, ROOT, prepareInputs } from './inputs.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const LANGUAGES = ['typescript', 'python', 'csharp', 'java'];

const args = process.argv.slice(2);
const many = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const one = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const known = new Set(['--quick', '--prepare-only', '--input', '--language', '--work', '--json']);
for (let i = 0; i < args.length; i++) {
  if (!known.has(args[i])) {
    console.error(`unknown argument ${args[i]}\nusage: node test/bench/runtime/runtime.mjs [--quick] [--input NAME]... [--language L]... [--work DIR] [--json FILE] [--prepare-only]`);
    process.exit(2);
  }
  if (!['--quick', '--prepare-only'].includes(args[i])) i++;
}
const quick = args.includes('--quick');
const inputNames = many('--input').length > 0 ? many('--input') : INPUT_NAMES;
const languages = many('--language').length > 0 ? many('--language') : LANGUAGES;
for (const name of inputNames) if (!INPUT_NAMES.includes(name)) throw new Error(`unknown input ${name} (${INPUT_NAMES.join(', ')})`);
for (const name of languages) if (!LANGUAGES.includes(name)) throw new Error(`unknown language ${name} (${LANGUAGES.join(', ')})`);
const workDir = resolve(one('--work', join(ROOT, '.tmp', 'bench-runtime')));
const jsonFile = resolve(one('--json', join(ROOT, '.tmp', 'bench-runtime.json')));

mkdirSync(workDir, { recursive: true });
const { inputs, packages } = prepareInputs(workDir, inputNames);
const manifest = {
  workDir,
  ...(quick ? { warmupMs: 100, roundMs: 200, rounds: 2 } : { warmupMs: 1000, roundMs: 1000, rounds: 5 }),
  packages,
  inputs,
};
const manifestFile = join(workDir, 'manifest.json');
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.error(`manifest: ${manifestFile} (${inputs.map((i) => `${i.name} ${i.bytes} bytes`).join(', ')})`);
if (args.includes('--prepare-only')) process.exit(0);
