// Builds the CLI (dist/, through `npm run build`) once before the suite, so CLI tests drive the
// same bundle that users run, never a stale build: unless the build's stamp says dist/ is the
// build of the sources as they are (generator/build-stamp.ts), as after `npm ci` or `npm test`'s
// first step (test/checks-and-build.mjs).

import { execFileSync } from 'node:child_process';
import { buildIsCurrent } from '../generator/build-stamp.js';
import { ROOT } from './helpers/cases.js';

export default function setup(): void {
  if (buildIsCurrent(ROOT)) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
