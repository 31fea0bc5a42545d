// Builds the CLI (dist/, through `npm run build`) once before the suite, so CLI tests drive the
// same bundle that users run, never a stale build.

import { execFileSync } from 'node:child_process';
import { ROOT } from './helpers/cases.js';

export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
