// npm run bench:runtime: the runtime benchmark per language (issue 19, item 1), and its targets
// (item 2), on three inputs (see inputs.mjs): canonical, response-done, batch (~1 MB).
//
//   node test/bench/runtime/runtime.mjs [--quick] [--input NAME]... [--language L]...
//        [--work DIR] [--json FILE] [--baseline FILE] [--markdown] [--prepare-only]
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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUT_NAMES, ROOT, prepareInputs } from './inputs.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const LANGUAGES = ['typescript', 'python', 'csharp', 'java'];

const args = process.argv.slice(2);
const many = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const one = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const known = new Set(['--quick', '--prepare-only', '--markdown', '--input', '--language', '--work', '--json', '--baseline']);
for (let i = 0; i < args.length; i++) {
  if (!known.has(args[i])) {
    console.error(`unknown argument ${args[i]}\nusage: node test/bench/runtime/runtime.mjs [--quick] [--input NAME]... [--language L]... [--work DIR] [--json FILE] [--baseline FILE] [--markdown] [--prepare-only]`);
    process.exit(2);
  }
  if (!['--quick', '--prepare-only', '--markdown'].includes(args[i])) i++;
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

// ---- run the runners ----

const loadAtStart = loadavg();
const started = new Date();
const languageRuns = {};
for (const language of languages) {
  const runner = join(HERE, `${language}.mjs`);
  if (!existsSync(runner)) {
    console.error(`\n${language}: not built yet (no ${runner})`);
    languageRuns[language] = { status: 'not built yet' };
    continue;
  }
  console.error(`\n${language}: node ${runner} ${manifestFile}${quick ? ' --quick' : ''}`);
  const t = Date.now();
  const run = spawnSync(process.execPath, [runner, manifestFile, ...(quick ? ['--quick'] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (Date.now() - t) / 1000;
  if (run.status !== 0) {
    languageRuns[language] = { status: 'failed', error: `exit ${run.status ?? run.signal ?? run.error?.message}`, seconds };
    continue;
  }
  try {
    languageRuns[language] = { status: 'ok', seconds, ...checkDocument(JSON.parse(run.stdout), language) };
  } catch (error) {
    languageRuns[language] = { status: 'failed', error: `its output: ${error.message}`, seconds };
  }
}

/** The runner's document as the contract has it: a failure here is the runner's bug. */
function checkDocument(document, language) {
  if (document.language !== language) throw new Error(`language is ${document.language}, not ${language}`);
  if (typeof document.runtime !== 'string') throw new Error('no runtime');
  if (!Array.isArray(document.results) || document.results.length === 0) throw new Error('no results');
  const operations = ['parse', 'parse+validate', 'parse+bind', 'parse+validate+bind', 'validate', 'serialize'];
  for (const r of document.results) {
    if (!inputs.some((i) => i.name === r.input)) throw new Error(`a result for an unknown input ${r.input}`);
    if (!['floor', 'peer', 'ours'].includes(r.subject)) throw new Error(`subject ${r.subject}`);
    if (!operations.includes(r.operation)) throw new Error(`operation ${r.operation}`);
    if (typeof r.name !== 'string') throw new Error('a result without a name');
    for (const key of ['opsPerSec', 'bytesPerSec']) if (!(Number.isFinite(r[key]) && r[key] > 0)) throw new Error(`${r.input} ${r.name} ${r.operation}: ${key} ${r[key]}`);
    if (!Array.isArray(r.roundsOpsPerSec) || r.roundsOpsPerSec.length === 0) throw new Error(`${r.input} ${r.name}: no roundsOpsPerSec`);
  }
  for (const input of inputs) {
    const of = (subject, operation) => document.results.some((r) => r.input === input.name && !r.extra && r.subject === subject && (operation === undefined || r.operation === operation));
    if (!of('floor', 'parse')) throw new Error(`${input.name}: no floor`);
    if (!of('peer')) throw new Error(`${input.name}: no peer`);
    for (const operation of ['parse+validate+bind', 'validate', 'serialize']) if (!of('ours', operation)) throw new Error(`${input.name}: no ours ${operation}`);
  }
  return { runtime: document.runtime, results: document.results, checks: document.checks ?? [] };
}

// ---- targets (issue 19, item 2) and the table ----

const targets = [];
for (const language of languages) {
  const run = languageRuns[language];
  for (const input of inputs) {
    if (run.status !== 'ok') {
      targets.push({ language, input: input.name, target: 'runs', held: false, detail: run.status === 'failed' ? `runner failed: ${run.error}` : run.status });
      continue;
    }
    // Rows a runner marks "extra" (another floor, a validate-only peer, a second way to validate)
    // are shown, never compared against.
    const rows = run.results.filter((r) => r.input === input.name && !r.extra);
    const ours = rows.find((r) => r.subject === 'ours' && r.operation === 'parse+validate+bind');
    // The floor is the runner's one floor not marked extra (C#: JsonDocument.Parse, a DOM parse
    // like the other languages' floors; Utf8JsonReader's token scan is an extra row).
    const floor = rows.find((r) => r.subject === 'floor');
    const validating = rows.filter((r) => r.subject === 'peer' && r.operation === 'parse+validate');
    // "the best peer's parse + validate": a language whose peers do not validate (Java's Jackson
    // databind) is compared with its best parsing peer, and says so.
    const candidates = validating.length > 0 ? validating : rows.filter((r) => r.subject === 'peer' && r.operation.startsWith('parse'));
    const best = candidates.reduce((a, b) => (b.opsPerSec > a.opsPerSec ? b : a));
    targets.push({
      language,
      input: input.name,
      target: 'ours >= best peer',
      held: ours.opsPerSec >= best.opsPerSec,
      ratio: ours.opsPerSec / best.opsPerSec,
      detail: `ours ${fmtOps(ours.opsPerSec)}/s vs ${best.name} ${best.operation} ${fmtOps(best.opsPerSec)}/s`,
      peer: { name: best.name, operation: best.operation, opsPerSec: best.opsPerSec },
    });
    targets.push({
      language,
      input: input.name,
      target: 'ours <= 2x floor time',
      held: floor.opsPerSec / ours.opsPerSec <= 2,
      ratio: floor.opsPerSec / ours.opsPerSec,
      detail: `time ours/floor ${(floor.opsPerSec / ours.opsPerSec).toFixed(2)}x (${floor.name} ${fmtOps(floor.opsPerSec)}/s)`,
    });
  }
}

function fmtOps(n) {
  if (n >= 100) return Math.round(n).toLocaleString('en-US');
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}
const fmtMB = (n) => (n / 1e6 >= 10 ? (n / 1e6).toFixed(0) : (n / 1e6).toFixed(1));

let baseline = null;
if (args.includes('--baseline')) baseline = JSON.parse(readFileSync(resolve(one('--baseline')), 'utf8'));
const baselineOf = (language, r) =>
  baseline?.languages?.[language]?.results?.find((b) => b.input === r.input && b.subject === r.subject && b.name === r.name && b.operation === r.operation);

const out = [];
const say = (line = '') => out.push(line);
say(`runtime benchmark, ${started.toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}${quick ? ', --quick (figures not meaningful)' : ''}`);
say(`timing: warm-up ${manifest.warmupMs} ms, ${manifest.rounds} rounds of ${manifest.roundMs} ms per subject (in turn), median round${quick ? ' (--quick: 100, 200, 2)' : ''}`);
for (const input of inputs) say(`  ${input.name}: ${input.bytes.toLocaleString('en-US')} bytes${input.items ? `, ${input.items} events` : ''}, as ${input.declaration}`);
for (const language of languages) {
  const run = languageRuns[language];
  say();
  if (run.status !== 'ok') {
    say(`${language}: ${run.status === 'failed' ? `FAILED (${run.error})` : 'not built yet'}`);
    continue;
  }
  say(`${language} (${run.runtime}; ${run.seconds.toFixed(0)} s)`);
  const header = ['input', 'subject', 'operation', 'ops/s', 'MB/s', 'ours/this', ...(baseline ? ['vs baseline'] : []), 'name'];
  const table = [header];
  for (const input of inputs) {
    const rows = run.results.filter((r) => r.input === input.name);
    const ours = (operation) => rows.find((r) => r.subject === 'ours' && r.operation === operation && !r.extra);
    for (const r of rows) {
      // ours/this (throughput): ours' parse + validate + bind against a floor's or peer's parsing,
      // ours' validate and serialize against a peer's validate and serialize.
      const mine = ours(r.operation === 'serialize' || r.operation === 'validate' ? r.operation : 'parse+validate+bind');
      const ratio = r.subject === 'ours' ? '' : mine ? `${(mine.opsPerSec / r.opsPerSec).toFixed(2)}x` : '';
      const b = baselineOf(language, r);
      table.push([input.name, r.subject, r.operation, fmtOps(r.opsPerSec), fmtMB(r.bytesPerSec), ratio, ...(baseline ? [b ? `${(r.opsPerSec / b.opsPerSec).toFixed(2)}x` : '-'] : []), `${r.name}${r.extra ? ' [extra]' : ''}`]);
    }
  }
  const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const numeric = new Set([3, 4, 5, 6]);
  for (const row of table) say(`  ${row.map((cell, i) => (i === row.length - 1 ? cell : numeric.has(i) ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  ')}`);
}
say();
say('targets (issue 19, item 2): ours (parse + validate + bind) >= the best peer\'s parse + validate; ours <= 2x the time of the raw parse floor');
for (const t of targets) say(`  ${t.held ? 'held  ' : 'MISSED'}  ${t.language.padEnd(10)} ${t.input.padEnd(13)} ${t.target.padEnd(22)} ${t.detail}`);
const missed = targets.filter((t) => !t.held).length;
say(`${targets.length - missed} held, ${missed} missed (load at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
if (args.includes('--markdown')) {
  // The summary the README's "Performance" section shows: per language and input, ops/s.
  say();
  say('| language | input | floor | best peer (parse + validate) | ours: parse + validate + bind | ours / best peer | time ours / floor | ours: validate | ours: serialize |');
  say('|---|---|---|---|---|---|---|---|---|');
  for (const language of languages) {
    const run = languageRuns[language];
    if (run.status !== 'ok') continue;
    for (const input of inputs) {
      const rows = run.results.filter((r) => r.input === input.name && !r.extra);
      const ours = (operation) => rows.find((r) => r.subject === 'ours' && r.operation === operation);
      const [best, floor] = [targets.find((t) => t.language === language && t.input === input.name && t.target === 'ours >= best peer'), rows.find((r) => r.subject === 'floor')];
      const peer = best.peer;
      say(
        `| ${language} | ${input.name} | ${fmtOps(floor.opsPerSec)} | ${fmtOps(peer.opsPerSec)} (${peer.name.replace(/ \(.*\)$/, '')}${peer.operation === 'parse+validate' ? '' : `, ${peer.operation}`}) | ${fmtOps(ours('parse+validate+bind').opsPerSec)} | ${best.ratio.toFixed(2)} | ${(floor.opsPerSec / ours('parse+validate+bind').opsPerSec).toFixed(2)} | ${fmtOps(ours('validate').opsPerSec)} | ${fmtOps(ours('serialize').opsPerSec)} |`,
      );
    }
  }
}
console.log(out.join('\n'));

const document = {
  date: started.toISOString(),
  quick,
  machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? null, loadAtStart, loadAtEnd: loadavg(), node: process.version },
  commit: gitCommit(),
  timing: { warmupMs: manifest.warmupMs, roundMs: manifest.roundMs, rounds: manifest.rounds },
  inputs: inputs.map(({ name, bytes, declaration, items }) => ({ name, bytes, declaration, ...(items ? { items } : {}) })),
  languages: languageRuns,
  targets,
};
mkdirSync(dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, `${JSON.stringify(document, null, 1)}\n`);
console.log(`\nwritten: ${jsonFile}${baseline ? '' : ' (compare a later run with --baseline FILE)'}`);
process.exitCode = missed > 0 ? 1 : 0;

function gitCommit() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'generator', 'templates'], { cwd: ROOT, encoding: 'utf8' });
  return head.status === 0 ? `${head.stdout.trim()}${dirty.stdout.trim() ? ' (generator/templates modified)' : ''}` : null;
}
