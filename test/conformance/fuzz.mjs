// npm run fuzz -- [--seed N] [--schemas K] [--instances M]
// Runs the generated fuzz (test/conformance/fuzz.test.ts) with any seed and size; a failure
// prints the seed and the schema file so it can be replayed.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const env = { ...process.env };
if (value('--seed')) env.FUZZ_SEED = value('--seed');
if (value('--schemas')) env.FUZZ_SCHEMAS = value('--schemas');
if (value('--instances')) env.FUZZ_INSTANCES = value('--instances');
const result = spawnSync('npx', ['vitest', 'run', 'test/conformance/fuzz.test.ts'], { stdio: 'inherit', env });
process.exitCode = result.status ?? 1;
