// npm run conformance -- --vectors FILE [--schema FILE]
// Runs the cross-language conformance suite (test/conformance/conformance.test.ts) on other
// vectors or another schema: generates each target's code into a temporary folder, builds each
// runner once, feeds every vector through each target and Ajv, prints a table per target and
// exits 1 on any disagreement.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const value = (name) => (args.includes(name) ? resolve(args[args.indexOf(name) + 1]) : undefined);
const env = { ...process.env };
if (value('--vectors')) env.CONFORMANCE_VECTORS = value('--vectors');
if (value('--schema')) env.CONFORMANCE_SCHEMA = value('--schema');
const result = spawnSync('npx', ['vitest', 'run', 'test/conformance/conformance.test.ts'], { stdio: 'inherit', env });
process.exitCode = result.status ?? 1;
