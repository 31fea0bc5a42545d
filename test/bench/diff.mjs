// npm run bench:diff: how long `schema-codegen diff` takes on two versions of the OpenAI spec
// (../shared/specs/openai/history/, published two weeks apart), issue 21's target being 2 s.
// Times whole CLI processes (the bundle; cold, as users run it), several runs (median, min, max),
// beside `node -e 0` (the floor) and the machine's load average (the machine may be shared: a
// figure taken under load says so). Then, in one process, the CPU time of each part: building
// each model (the pipeline's stages) and the comparison itself.
// Usage: npm run build && npm run bench:diff -- [--runs N]       Exit 1 when the median is over 2 s.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const HISTORY = join(ROOT, '..', 'shared', 'specs', 'openai', 'history');
const PAIR = ['openapi-2026-07-16-db3e531.json.gz', 'openapi-2026-07-31-117ce56.json.gz'];
const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '5');
const BUDGET_MS = 2000;

if (!PAIR.every((f) => existsSync(join(HISTORY, f)))) {
  console.error(`NOT RUN: the OpenAI history pair is missing (${HISTORY})`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const dir = mkdtempSync(join(tmpdir(), 'bench-diff-'));
const [oldFile, newFile] = PAIR.map((f) => {
  const path = join(dir, f.replace(/\.gz$/, ''));
  writeFileSync(path, gunzipSync(readFileSync(join(HISTORY, f))));
  return path;
});

function time(command, commandArgs) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
    runs.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (r.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(runs.length / 2)], min: runs[0], max: runs[runs.length - 1] };
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const load = loadavg()[0];
const floor = time(process.execPath, ['-e', '0']);
const diff = time(process.execPath, [CLI, 'diff', oldFile, newFile, '--format', 'json']);
console.log(`machine: ${load.toFixed(2)} load average (1 min) at the start`);
console.log(`node -e 0:                 median ${fmt(floor.median)}`);
console.log(`schema-codegen diff (CLI): median ${fmt(diff.median)}, min ${fmt(diff.min)}, max ${fmt(diff.max)} over ${RUNS} runs (target ${fmt(BUDGET_MS)})`);

// The parts, in one process (CPU time: what the machine's other work does not inflate).
const { readVersion } = await import(join(ROOT, 'dist', 'generator', 'diff', 'load.js'));
const { diffVersions } = await import(join(ROOT, 'dist', 'generator', 'diff', 'index.js'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
const a = readVersion(oldFile, { warn() {} });
const oldMs = cpu() - t;
t = cpu();
const b = readVersion(newFile, { warn() {} });
const newMs = cpu() - t;
t = cpu();
const report = diffVersions(a, b);
const compareMs = cpu() - t;
console.log(`CPU: old model ${fmt(oldMs)}, new model ${fmt(newMs)} (read in parallel by the CLI), comparison and classification ${fmt(compareMs)}; ${report.changes.length} changes`);
if (diff.median > BUDGET_MS) {
  console.log(`over the ${fmt(BUDGET_MS)} target${load > 2 ? ` (the machine was loaded: ${load.toFixed(1)} on ${cpus().length} cores; measure again when it is idle)` : ''}`);
  process.exit(1);
}
