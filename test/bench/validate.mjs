// npm run bench:validate (and the last section of npm run bench): validation throughput of the
// generated code on the canonical events, per language, each measured by its own script on this
// checkout's generated/ (run `node dist/cli.js generate` first). The scripts say what they time;
// compare commits by running this on both checkouts.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const RUNS = [
  ['typescript', process.execPath, [join(HERE, 'validate-typescript.mjs')]],
  ['python', 'python3', [join(HERE, 'validate-python.py')]],
  ['csharp', process.execPath, [join(HERE, 'validate-csharp.mjs')]],
  ['java', process.execPath, [join(HERE, 'validate-java.mjs')]],
];

let failed = false;
console.log('validation throughput, canonical events (generated/)');
for (const [language, command, args] of RUNS) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) failed = true;
  const lines = (result.status === 0 ? result.stdout : `FAILED (exit ${result.status}): ${result.stderr}`).trim().split('\n');
  console.log(`  ${language}`);
  for (const line of lines) console.log(`    ${line}`);
}
process.exitCode = failed ? 1 : 0;
