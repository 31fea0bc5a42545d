// npm run bench: times whole CLI processes, cold, several runs each (median, min, max, peak RSS)
// on the canonical schema and on seeded synthetic schemas of 200 and 2000 events, beside the
// references measured in the same run: `node -e 0` (the floor), `cp -r` of the very 2000-event
// output (the cost of its bytes), json-schema-to-typescript's CLI on the TypeScript target alone,
// quicktype (quicktype-core, four languages: test/bench/quicktype.mjs; slow, so in 3 rounds) and,
// when ../shared has it, the whole OpenAI spec. Then the output's size per language (bytes per
// declaration). Prints times and ratios, checks the targets of issues 8 and 19, and writes
// everything as JSON (default .tmp/bench.json) for comparison between commits.
// Usage: npm run bench -- [--runs N] [--json FILE] [--scale] [--compile]     Exit 1 when a target is missed.
//   --scale    also 20,000 events (about 20,000 definitions; 3 rounds): time and memory linear?
//   --compile  also times each language's compiler on the 2000-event output, once: tsc strict,
//              pyright strict, dotnet build (warnings as errors), javac --release 8 -Xlint:all -Werror
// The generated code's own speed per language is another benchmark: npm run bench:runtime
// (test/bench/runtime/runtime.mjs).
// With --baseline DIR it is instead an interleaved A/B against another checkout: see baseline.mjs.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticSchema } from './synthetic-schema.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const JSTS = join(ROOT, 'node_modules', 'json-schema-to-typescript', 'dist', 'src', 'cli.js');
const QUICKTYPE = join(ROOT, 'test', 'bench', 'quicktype.mjs');
const PRELOAD = join(ROOT, 'test', 'bench', 'report-rss.cjs');
const CANONICAL = join(ROOT, 'schema', 'realtime-events.schema.json');
const OPENAI_SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const LANGUAGES = ['typescript', 'python', 'csharp', 'java', 'docs'];
/**
 * Issue 19, item 4: "at least halve" the Java and C# output. The figures it is halved from: the
 * 2000-event output at 30aa0e2 (2026-11-30): the bytes of its files, as outputSizes() counts them.
 */
const SIZE_BEFORE = { csharp: 20_568_042, java: 48_143_812 };

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '7'));
const JSON_OUT = option('--json', join(ROOT, '.tmp', 'bench.json'));
const SCALE = args.includes('--scale');
const COMPILE = args.includes('--compile');

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
const S20000 = SCALE ? schemaFile(20000) : null;

/**
 * One cold run into a fresh output folder: [ms, peak RSS MB]. A benchmark's argv(out) is a node
 * command line (run with the RSS preload), or with `exec` a program and its arguments (no RSS).
 */
function runOnce(bench, i) {
  const out = join(work, `out-${bench.label.replace(/\W+/g, '-')}-${i}`);
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const [program, ...argv] = bench.exec ? bench.argv(out) : [process.execPath, '--require', PRELOAD, ...bench.argv(out)];
  const started = process.hrtime.bigint();
  const result = spawnSync(program, argv, { env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && !bench.label.includes('--check')) throw new Error(`${bench.label} failed: ${result.stderr}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}.ts`, { force: true });
  return [ms, bench.exec ? null : Number(readFileSync(rssFile, 'utf8').trim()) / 1024];
}

/**
 * Runs every benchmark after one warm-up round, round-robin (each in turn, `repeat` runs per
 * round), so that a machine getting slower or faster mid-way shifts all of them alike and the
 * ratios between them stay fair. Short benchmarks repeat more: their medians need more samples;
 * slow ones (`rounds`) take part in the first rounds only, without a warm-up run.
 */
function measureAll(benchmarks) {
  const samples = Object.fromEntries(Object.keys(benchmarks).map((k) => [k, { times: [], rss: [] }]));
  for (let round = 0; round <= RUNS; round++) {
    for (const [key, bench] of Object.entries(benchmarks)) {
      if (bench.rounds !== undefined && (round === 0 || round > bench.rounds)) continue;
      for (let r = 0; r < (bench.repeat ?? 1); r++) {
        const [ms, rss] = runOnce(bench, r);
        if (round === 0) continue;
        samples[key].times.push(ms);
        if (rss !== null) samples[key].rss.push(rss);
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([key, { times, rss }]) => {
    times.sort((a, b) => a - b);
    const peakRssMb = rss.length > 0 ? Math.max(...rss) : null;
    return [key, { label: benchmarks[key].label, runs: times.length, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], maxMs: times[times.length - 1], peakRssMb }];
  }));
}

const generate = (schema, extra = []) => (out) => [CLI, 'generate', '--schema', schema, '--out', out, ...extra];
const jsts = (schema) => (out) => [JSTS, '-i', schema, '-o', `${out}.ts`, '--unreachableDefinitions'];

/** A generate run done once, outside the timings: the source of `cp -r`, the sizes and the compiles. */
function prepare(schema, name) {
  const out = join(work, name);
  const result = spawnSync(process.execPath, [CLI, 'generate', '--schema', schema, '--out', out, '--quiet'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`generate ${schema} failed: ${result.stderr}`);
  return out;
}
const prepared = prepare(CANONICAL, 'prepared');
const prepared2000 = prepare(S2000, 'prepared-2000');
const openaiPresent = existsSync(OPENAI_SPEC);
if (!openaiPresent) console.error(`\n*** NOT RUN: the OpenAI spec benchmark (${OPENAI_SPEC} is missing) ***\n`);

const results = measureAll({
  floor: { label: 'node -e 0', argv: () => ['-e', '0'], repeat: 4 },
  copy2000: { label: 'cp -r of the 2000-event output', argv: (out) => ['cp', '-r', prepared2000, out], exec: true, repeat: 2 },
  canonical: { label: 'canonical, all targets', argv: generate(CANONICAL), repeat: 4 },
  canonicalCheck: { label: 'canonical, all targets, --check', argv: () => [CLI, 'generate', '--schema', CANONICAL, '--out', prepared, '--check'], repeat: 4 },
  synthetic200: { label: '200 events, all targets', argv: generate(S200) },
  synthetic2000: { label: '2000 events, all targets', argv: generate(S2000) },
  typescript2000: { label: '2000 events, typescript only', argv: generate(S2000, ['--target', 'typescript']) },
  jsts200: { label: 'json-schema-to-typescript, 200', argv: jsts(S200) },
  jsts2000: { label: 'json-schema-to-typescript, 2000', argv: jsts(S2000) },
  quicktype2000: { label: 'quicktype, 4 languages, 2000', argv: (out) => [QUICKTYPE, S2000, out], rounds: 3 },
  ...(openaiPresent ? { openai: { label: 'OpenAI spec (YAML), all targets', argv: generate(OPENAI_SPEC) } } : {}),
  ...(SCALE ? { synthetic20000: { label: '20000 events, all targets', argv: generate(S20000), rounds: 3 } } : {}),
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

/** Files and bytes under a folder. */
function folderSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The 2000-event output per language: files, bytes, and bytes per declaration of the model. */
function outputSizes() {
  const dump = spawnSync(process.execPath, [CLI, 'generate', '--schema', S2000, '--dump-model'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const declarations = JSON.parse(dump.stdout).declarations.length;
  return { declarations, ...Object.fromEntries(LANGUAGES.map((lang) => [lang, folderSize(join(prepared2000, lang))])) };
}

/** Wall time of one command, in ms; throws with its output when it fails. */
function timed(label, program, argv, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(program, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`.slice(0, 4000));
  return ms;
}

/** Each language's compiler on the 2000-event output, at the settings the tests use, once. */
function compileTimes() {
  const dir = join(work, 'compile');
  mkdirSync(dir, { recursive: true });
  const pyrightConfig = join(dir, 'pyrightconfig.json');
  writeFileSync(pyrightConfig, JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
  // The .csproj restores from no source at all (as in test/runners/csharp.ts): the build needs no NuGet.
  writeFileSync(join(prepared2000, 'csharp', 'nuget.config'), '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n');
  const javaSources = readdirSync(join(prepared2000, 'java'), { recursive: true }).filter((p) => p.endsWith('.java')).map((p) => join(prepared2000, 'java', p));
  writeFileSync(join(dir, 'java-sources.txt'), javaSources.join('\n'));
  const jars = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`).join(':');
  const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
  // test/runners/csharp.ts's DOTNET_ENV: the compiler without dynamic PGO.
  const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1', DOTNET_TieredPGO: '0' };
  return {
    typescript: timed('tsc', bin('tsc'), ['-p', join(prepared2000, 'typescript', 'tsconfig.json'), '--noEmit']),
    python: timed('pyright', bin('pyright'), ['-p', pyrightConfig, join(prepared2000, 'python')]),
    csharp: timed('dotnet build', 'dotnet', ['build', join(prepared2000, 'csharp'), '-nologo', '-v', 'q', '-o', join(dir, 'csharp-out'), '--disable-build-servers'], { env }),
    // test/runners/java.ts's JAVAC_FLAGS: the strictest checks, on javac's first JIT tier.
    java: timed('javac', 'javac', ['--release', '8', '-Xlint:all', '-Werror', '-proc:none', '-encoding', 'UTF-8', '-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC', '-cp', jars, '-d', join(dir, 'classes'), `@${join(dir, 'java-sources.txt')}`]),
  };
}

const sizes = outputSizes();
const compile = COMPILE ? compileTimes() : null;

const r = results;
const ratios = {
  canonicalOverFloor: r.canonical.medianMs / r.floor.medianMs,
  all2000OverJsts2000: r.synthetic2000.medianMs / r.jsts2000.medianMs,
  all2000OverCopy: r.synthetic2000.medianMs / r.copy2000.medianMs,
  all2000OverQuicktype: r.synthetic2000.medianMs / r.quicktype2000.medianMs,
  t2000OverT200: r.synthetic2000.medianMs / r.synthetic200.medianMs,
  checkOverGenerate: r.canonicalCheck.medianMs / r.canonical.medianMs,
  ...(SCALE ? { t20000OverT2000: r.synthetic20000.medianMs / r.synthetic2000.medianMs, rss20000OverRss2000: r.synthetic20000.peakRssMb / r.synthetic2000.peakRssMb } : {}),
};
const targets = [
  ['issue 8: canonical, all targets <= 3x node -e 0', ratios.canonicalOverFloor <= 3],
  ['issue 8: 2000 events, all targets faster than json-schema-to-typescript on TypeScript alone', ratios.all2000OverJsts2000 < 1],
  ['issue 8: time(2000) / time(200) <= 10', ratios.t2000OverT200 <= 10],
  ['issue 8: peak RSS at 2000 events <= 300 MB', r.synthetic2000.peakRssMb <= 300],
  ['issue 8: --check no slower than generate', ratios.checkOverGenerate <= 1],
  ['issue 8: second generate with nothing changed keeps every mtime', mtimesKept()],
  ['issue 19: 2000 events, all targets <= 3x cp -r of the same output', ratios.all2000OverCopy <= 3],
  ['issue 19: 2000 events, all targets <= 0.5x json-schema-to-typescript on TypeScript alone', ratios.all2000OverJsts2000 <= 0.5],
  ...(openaiPresent ? [['issue 19: the whole OpenAI spec, all targets, < 2 s', r.openai.medianMs < 2000]] : []),
  ...(SCALE
    ? [
        ['issue 19: time(20000) / time(2000) <= 10 (linear)', ratios.t20000OverT2000 <= 10],
        ['issue 19: peak RSS(20000) / peak RSS(2000) <= 10 (linear)', ratios.rss20000OverRss2000 <= 10],
      ]
    : []),
  ...Object.entries(SIZE_BEFORE).map(([lang, before]) => [`issue 19: ${lang} output at most half of ${(before / 1e6).toFixed(1)} MB (30aa0e2)`, sizes[lang].bytes <= before / 2]),
];

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => (x === null ? '-' : x.toFixed(1)).padStart(8);
console.log(`${pad('benchmark', 44)}  median      min      max   peak RSS MB   (${RUNS} rounds of cold runs, round-robin, ${new Date().toISOString()})`);
for (const m of Object.values(results)) console.log(`${pad(`${m.label} (${m.runs})`, 44)}${num(m.medianMs)} ${num(m.minMs)} ${num(m.maxMs)} ${num(m.peakRssMb)}`);
console.log('\nratios');
for (const [k, v] of Object.entries(ratios)) console.log(`  ${pad(k, 24)} ${v.toFixed(2)}`);
console.log(`\n2000-event output (${sizes.declarations} declarations)      files        bytes   bytes/declaration${compile ? '   compile ms' : ''}`);
for (const lang of LANGUAGES) {
  const { files, bytes } = sizes[lang];
  const compiled = compile?.[lang] === undefined ? '' : num(compile[lang]).padStart(13);
  console.log(`  ${pad(lang, 40)} ${String(files).padStart(6)} ${String(bytes).padStart(12)} ${String(Math.round(bytes / sizes.declarations)).padStart(19)}${compiled}`);
}
if (!COMPILE) console.log('  (compile times: npm run bench -- --compile)');
console.log('\ntargets');
for (const [name, ok] of targets) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name}`);
mkdirSync(dirname(JSON_OUT), { recursive: true });
writeFileSync(JSON_OUT, `${JSON.stringify({ node: process.version, runs: RUNS, results, ratios, sizes, compile, targets: Object.fromEntries(targets) }, null, 2)}\n`);
console.log(`\nwritten to ${JSON_OUT}`);
rmSync(work, { recursive: true, force: true });
process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
