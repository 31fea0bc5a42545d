// Builds the CLI (dist/) once before the suite, so CLI tests drive the same compiled JavaScript
// that users run, never a stale build.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/cases.js';

export default function setup(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(ROOT, 'dist', 'generator', 'precompile.js')], { stdio: 'inherit' });
}
