// Loads dist/templates.cjs (written by precompile.ts at build time) when it exists; without it
// (tests running the TypeScript sources before a build) every template is compiled at run time.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Precompiled } from './render.js';

type Bundle = Readonly<Record<string, Readonly<Record<string, Precompiled>>>>;

let cache: Bundle | null = null;

export function loadPrecompiled(): Bundle {
  if (cache !== null) return cache;
  const path = join(PACKAGE_ROOT, 'dist', 'templates.cjs');
  cache = existsSync(path) ? (createRequire(import.meta.url)(path) as Bundle) : {};
  return cache;
}
