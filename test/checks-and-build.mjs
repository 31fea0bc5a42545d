// `npm test`'s first step, before vitest: the type check of the generator and the tests
// (tsc --noEmit), the format check (prettier) and, when dist/ was not built from the sources as
// they are (generator/build-stamp.ts), the build, all at once on the machine's cores. Each one's
// output is shown; the step fails when any of them fails. The tests' setup (global-setup.ts) then
// finds the build current and does not build again.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Whether the stamp says dist/ holds the build of the current sources (the stamp module is itself built: without it, no). */
async function buildIsCurrent() {
  const stamp = join(ROOT, 'dist', 'generator', 'build-stamp.js');
  if (!existsSync(stamp)) return false;
  return (await import(stamp)).buildIsCurrent(ROOT);
}

const steps = [
  { name: 'tsc --noEmit', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'prettier --check generator', command: bin('prettier'), args: ['--check', 'generator'] },
];
if (await buildIsCurrent()) process.stdout.write('dist/ is the build of the current sources (dist/build-inputs.sha256): not built again\n');
else steps.push({ name: 'npm run build', command: 'npm', args: ['run', '--silent', 'build'] });

const results = await Promise.all(
  steps.map(
    (step) =>
      new Promise((done) => {
        const child = spawn(step.command, step.args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', (error) => done({ step, status: 1, output: `${output}${error.message}\n` }));
        child.on('close', (status, signal) => done({ step, status: status ?? 1, output: signal ? `${output}killed by ${signal}\n` : output }));
      }),
  ),
);

for (const { step, status, output } of results) {
  process.stdout.write(`${status === 0 ? 'ok' : 'FAILED'}: ${step.name}\n${output}`);
}
process.exit(results.some((r) => r.status !== 0) ? 1 : 0);
