// npm run bench: times whole CLI processes, cold, several runs each (median, min, max, peak RSS)
// on the canonical schema and on seeded synthetic schemas of 200 and 2000 events, beside two
// references measured in the same run: `node -e 0` (the floor) and json-schema-to-typescript's
// CLI on the TypeScript target alone. Prints times and ratios, checks the targets of issue 8,
// and writes everything as JSON (default .tmp/bench.json) for comparison between commits.
// Usage: npm run bench -- [--runs N] [--json FILE]     Exit 1 when a target is missed.
// The generated code's own speed per language is another benchmark: npm run bench:runtime
// (test/bench/runtime/runtime.mjs).
// With --baseline DIR it is instead an interleaved A/B against another checkout: see baseline.mjs.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticSchema } from './synthetic-schema.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const JSTS = join(ROOT, 'node_modules', 'json-schema-to-typescript', 'dist', 'src', 'cli.js');
const PRELOAD = join(ROOT, 'test', 'bench', 'report-rss.cjs');
const CANONICAL = join(ROOT, 'schema', 'realtime-events.schema.json');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '7'));
const JSON_OUT = option('--json', join(ROOT, '.tmp', 'bench.json'));

if (args.includes('--baseline')) {
  const { runBaseline } = await import('./baseline.mjs');
  const jsonOut = option('--json', join(ROOT, '.tmp', 'bench-baseline.json'));
  runBaseline({ root: ROOT, baseline: option('--baseline'), runs: Number(option('--runs', '5')), only: option('--only'), jsonOut });
  process.exit(0);
}

// Outputs go to tmpfs when there is one: the figures are the generator's, not the disk's (this
// machine's ext4 is mounted with discard, which makes creating and deleting thousands of files noisy).
const work = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'bench-'));
const schemaFile = (n) => {
  const path = join(work, `synthetic-${n}.schema.json`);
  writeFileSync(path, JSON.stringify(syntheticSchema(n, 42)));
  return path;
};
const S200 = schemaFile(200);
const S2000 = schemaFile(2000);

/** One cold run of `node --require PRELOAD ...argv` into a fresh output folder: [ms, peak RSS MB]. */
function runOnce(label, argv, i) {
  const out = join(work, `out-${label.replace(/\W+/g, '-')}-${i}`);
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', PRELOAD, ...argv(out)], { env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && !label.includes('--check')) throw new Error(`${label} failed: ${result.stderr}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}.ts`, { force: true });
  return [ms, Number(readFileSync(rssFile, 'utf8').trim()) / 1024];
}

/**
 * Runs every benchmark after one warm-up round, round-robin (each in turn, `repeat` runs per
 * round), so that a machine getting slower or faster mid-way shifts all of them alike and the
 * ratios between them stay fair. Short benchmarks repeat more: their medians need more samples.
 */
function measureAll(benchmarks) {
  const samples = Object.fromEntries(Object.keys(benchmarks).map((k) => [k, { times: [], rss: [] }]));
  for (let round = 0; round <= RUNS; round++) {
    for (const [key, [label, argv, repeat = 1]] of Object.entries(benchmarks)) {
      for (let r = 0; r < repeat; r++) {
        const [ms, rss] = runOnce(label, argv, r);
        if (round === 0) continue;
        samples[key].times.push(ms);
        samples[key].rss.push(rss);
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([key, { times, rss }]) => {
    times.sort((a, b) => a - b);
    return [key, { label: benchmarks[key][0], runs: times.length, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], maxMs: times[times.length - 1], peakRssMb: Math.max(...rss) }];
  }));
}

const generate = (schema, extra = []) => (out) => [CLI, 'generate', '--schema', schema, '--out', out, ...extra];
const jsts = (schema) => (out) => [JSTS, '-i', schema, '-o', `${out}.ts`, '--unreachableDefinitions'];

const prepared = join(work, 'prepared');
spawnSync(process.execPath, [CLI, 'generate', '--schema', CANONICAL, '--out', prepared]);

const results = measureAll({
  floor: ['node -e 0', () => ['-e', '0'], 4],
  canonical: ['canonical, all targets', generate(CANONICAL), 4],
  canonicalCheck: ['canonical, all targets, --check', () => [CLI, 'generate', '--schema', CANONICAL, '--out', prepared, '--check'], 4],
  synthetic200: ['200 events, all targets', generate(S200)],
  synthetic2000: ['2000 events, all targets', generate(S2000)],
  typescript2000: ['2000 events, typescript only', generate(S2000, ['--target', 'typescript'])],
  jsts200: ['json-schema-to-typescript, 200', jsts(S200)],
  jsts2000: ['json-schema-to-typescript, 2000', jsts(S2000)],
});

/** A second generate with nothing changed must leave every mtime as it was. */
function mtimesKept() {
  const out = join(work, 'mtimes');
  spawnSync(process.execPath, [CLI, 'generate', '--schema', CANONICAL, '--out', out]);
  const list = spawnSync('find', [out, '-type', 'f'], { encoding: 'utf8' }).stdout.trim().split('\n');
  const before = list.map((f) => statSync(f).mtimeMs);
  spawnSync(process.execPath, [CLI, 'generate', '--schema', CANONICAL, '--out', out]);
  return list.every((f, i) => statSync(f).mtimeMs === before[i]);
}

const r = results;
const ratios = {
  canonicalOverFloor: r.canonical.medianMs / r.floor.medianMs,
  all2000OverJsts2000: r.synthetic2000.medianMs / r.jsts2000.medianMs,
  t2000OverT200: r.synthetic2000.medianMs / r.synthetic200.medianMs,
  checkOverGenerate: r.canonicalCheck.medianMs / r.canonical.medianMs,
};
const targets = [
  ['canonical, all targets <= 3x node -e 0', ratios.canonicalOverFloor <= 3],
  ['2000 events, all targets faster than json-schema-to-typescript on TypeScript alone', ratios.all2000OverJsts2000 < 1],
  ['time(2000) / time(200) <= 10', ratios.t2000OverT200 <= 10],
  ['peak RSS at 2000 events <= 300 MB', r.synthetic2000.peakRssMb <= 300],
  ['--check no slower than generate', ratios.checkOverGenerate <= 1],
  ['second generate with nothing changed keeps every mtime', mtimesKept()],
];

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(1).padStart(8);
console.log(`${pad('benchmark', 44)}  median      min      max   peak RSS MB   (${RUNS} rounds of cold runs, round-robin, ${new Date().toISOString()})`);
for (const m of Object.values(results)) console.log(`${pad(`${m.label} (${m.runs})`, 44)}${num(m.medianMs)} ${num(m.minMs)} ${num(m.maxMs)} ${num(m.peakRssMb)}`);
console.log('\nratios');
for (const [k, v] of Object.entries(ratios)) console.log(`  ${pad(k, 24)} ${v.toFixed(2)}`);
console.log('\ntargets');
for (const [name, ok] of targets) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name}`);
mkdirSync(dirname(JSON_OUT), { recursive: true });
writeFileSync(JSON_OUT, `${JSON.stringify({ node: process.version, runs: RUNS, results, ratios, targets: Object.fromEntries(targets) }, null, 2)}\n`);
console.log(`\nwritten to ${JSON_OUT}`);
rmSync(work, { recursive: true, force: true });
process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
