// The runtime each output ships (validation helpers, JSON value types, exceptions), kept as real
// source files under templates/<target>/runtime/, where that language's own tools check and test
// them like any source (test/runtime/). A target copies them into its output, replacing only its
// package or namespace and adding the banner: no template logic, so what was tested is what ships.
// A run reads them once, with the templates (stages/read.ts), and hands them to the target's plan.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../write/write.js';

/** The folder, below each template folder, that holds the runtime sources. */
export const RUNTIME_DIR = 'runtime';

/**
 * Path below runtime/ (POSIX separators) -> text, over the template folders in order (a later
 * folder's file replaces an earlier one's, as for templates), sorted by path.
 */
export function readRuntimeSources(templateDirs: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const dir of templateDirs) {
    const root = join(dir, RUNTIME_DIR);
    if (existsSync(root)) for (const path of listFiles(root)) sources.set(path, readFileSync(join(root, path), 'utf8'));
  }
  return new Map([...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A runtime source the generated code calls into: its absence is a broken installation (a bug). */
export function requiredSource(runtime: ReadonlyMap<string, string>, target: string, path: string): string {
  const source = runtime.get(path);
  if (source === undefined) throw new Error(`templates/${target}/${RUNTIME_DIR}/${path} is missing: the generated ${target} code calls into it`);
  return source;
}
