// npm run bench -- --baseline DIR: an A/B of this checkout's CLI against another checkout's (DIR,
// its root, with a built dist/cli.js), on the 2000-event synthetic schema per target and for all
// targets, and on the canonical schema, beside `node -e 0`. Runs are cold processes, interleaved
// (each round runs every benchmark once on each side, the side going first alternating by round),
// so that the machine getting slower or faster mid-way (other jobs on a shared machine) shifts
// both sides alike. Prints each side's median wall time and the ratio this / baseline (below 1:
// faster), and the same for CPU time (user + system, report-cpu.cjs), which varies less when
// other jobs compete for the cores.
// Options: --runs N (rounds after one warm-up, default 5), --only a,b (benchmark keys, e.g.
// csharp,python,all), --json FILE (default .tmp/bench-baseline.json).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticSchema } from './synthetic-schema.mjs';

const TARGETS = ['typescript', 'python', 'csharp', 'java', 'docs'];
const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'report-cpu.cjs');

/** Median of a list of numbers (the lower middle one for an even count). */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export function runBaseline({ root, baseline, runs, only, jsonOut }) {
  const baseCli = join(resolve(baseline), 'dist', 'cli.js');
  if (!existsSync(baseCli)) throw new Error(`--baseline ${baseline}: no dist/cli.js there (build it: cd ${baseline} && npm run build)`);
  const sides = { baseline: resolve(baseline), this: root };
  // Each side renders its own canonical schema, from its own root (its config file): the schema's
  // x-codegen options follow the generator (issue 16 moved naming rules there), so one side's
  // schema may hold options the other does not know.
  const canonical = (side) => join(side, 'schema', 'realtime-events.schema.json');
  // tmpfs when there is one: the figures are the generator's, not the disk's.
  const work = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'bench-ab-'));
  const s2000 = join(work, 'synthetic-2000.schema.json');
  writeFileSync(s2000, JSON.stringify(syntheticSchema(2000, 42)));

  const generate = (schema, extra) => (side, out) => [join(side, 'dist', 'cli.js'), 'generate', '--schema', schema(side), '--out', out, ...extra];
  const synthetic = () => s2000;
  const all = {
    floor: ['node -e 0', () => ['-e', '0']],
    canonical: ['canonical, all targets', generate(canonical, [])],
    all: ['2000 events, all targets', generate(synthetic, [])],
    ...Object.fromEntries(TARGETS.map((t) => [t, [`2000 events, ${t} only`, generate(synthetic, ['--target', t])]])),
  };
  const keys = only === undefined ? Object.keys(all) : ['floor', ...only.split(',').filter((k) => k !== 'floor')];
  for (const k of keys) if (!(k in all)) throw new Error(`--only: unknown benchmark ${k} (known: ${Object.keys(all).join(', ')})`);

  const times = Object.fromEntries(keys.map((k) => [k, { baseline: [], this: [], baselineCpu: [], thisCpu: [] }]));
  const cpuFile = join(work, 'cpu.txt');
  /** One cold run: [wall ms, CPU ms]. */
  const once = (argv, cwd) => {
    const out = join(work, 'out');
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', PRELOAD, ...argv(out)], { cwd, encoding: 'utf8', env: { ...process.env, BENCH_CPU_FILE: cpuFile } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${argv(out).join(' ')} failed: ${result.stderr}`);
    rmSync(out, { recursive: true, force: true });
    return [ms, Number(readFileSync(cpuFile, 'utf8'))];
  };
  for (let round = 0; round <= runs; round++) {
    const order = round % 2 === 0 ? ['baseline', 'this'] : ['this', 'baseline'];
    for (const k of keys) {
      for (const side of order) {
        const [ms, cpu] = once((out) => all[k][1](sides[side], out), sides[side]);
        if (round > 0) times[k][side].push(ms);
        if (round > 0) times[k][`${side}Cpu`].push(cpu);
      }
    }
    process.stderr.write(`round ${round}/${runs} done\n`);
  }
  rmSync(work, { recursive: true, force: true });

  const results = Object.fromEntries(
    keys.map((k) => {
      const [b, t] = [median(times[k].baseline), median(times[k].this)];
      const [bc, tc] = [median(times[k].baselineCpu), median(times[k].thisCpu)];
      return [k, { label: all[k][0], baselineMs: b, thisMs: t, ratio: t / b, baselineCpuMs: bc, thisCpuMs: tc, cpuRatio: tc / bc, samples: times[k] }];
    }),
  );
  const pad = (s, n) => String(s).padEnd(n);
  const num = (x) => x.toFixed(1).padStart(9);
  console.log(`median of ${runs} interleaved cold runs each; baseline ${baseline}`);
  console.log(`${pad('', 32)} ------------ wall ms ---------  ------------ CPU ms ----------`);
  console.log(`${pad('benchmark', 32)}  baseline      this   ratio   baseline      this   ratio`);
  for (const r of Object.values(results)) {
    console.log(`${pad(r.label, 32)}${num(r.baselineMs)} ${num(r.thisMs)}   ${r.ratio.toFixed(3)} ${num(r.baselineCpuMs)} ${num(r.thisCpuMs)}   ${r.cpuRatio.toFixed(3)}`);
  }
  if (results.canonical) {
    const f = results.floor;
    console.log(`\ncanonical / node -e 0: baseline ${(results.canonical.baselineMs / f.baselineMs).toFixed(2)}, this ${(results.canonical.thisMs / f.thisMs).toFixed(2)}`);
  }
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, `${JSON.stringify({ node: process.version, runs, baseline, results }, null, 2)}\n`);
  console.log(`\nwritten to ${jsonOut}`);
  return results;
}
