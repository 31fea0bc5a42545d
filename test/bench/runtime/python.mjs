// The runtime benchmark's Python runner: node test/bench/runtime/python.mjs MANIFEST [--quick]
// (the contract: runtime.mjs's header). The measuring is python_runner.py's, run by Debian's
// /usr/bin/python3, which has the peers as Debian packages (python3-fastjsonschema,
// python3-jsonschema; .ci/setup-system.sh installs them); PYTHON overrides the interpreter. The
// generated package is imported from the manifest's output folders as it is (standard library
// only, relative imports), with its bytecode cache under <work>/python/. Prints the runner's one
// JSON document on stdout; its progress goes to stderr.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const manifestPath = args.find((a) => !a.startsWith('--'));
if (!manifestPath) {
  console.error('usage: node test/bench/runtime/python.mjs MANIFEST [--quick]');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const python = process.env.PYTHON ?? '/usr/bin/python3';
const probe = spawnSync(python, ['-c', 'import fastjsonschema, jsonschema'], { encoding: 'utf8' });
if (probe.status !== 0) {
  console.error(
    `python: ${python} cannot import the peers (fastjsonschema, jsonschema): ${(probe.stderr || probe.error?.message || '').trim()}\n` +
      'python: run: bash .ci/setup-system.sh (apt-get install python3-fastjsonschema python3-jsonschema)',
  );
  process.exit(1);
}
const cache = join(manifest.workDir, 'python', 'pycache');
mkdirSync(cache, { recursive: true });
const run = spawnSync(python, [join(HERE, 'python_runner.py'), manifestPath, ...args.filter((a) => a === '--quick')], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 1 << 26,
  env: { ...process.env, PYTHONPYCACHEPREFIX: cache, PYTHONHASHSEED: '0' },
});
if (run.status !== 0) {
  console.error(`python: python_runner.py failed (exit ${run.status ?? run.signal})`);
  process.exit(1);
}
process.stdout.write(run.stdout);
