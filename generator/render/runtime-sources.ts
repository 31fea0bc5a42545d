// The runtime each output ships (validation helpers, JSON value types, exceptions), kept as real
// source files under templates/<target>/runtime/, where that language's own tools check and test
// them like any source (test/runtime/). A target copies them into its output, replacing only its
// package or namespace and adding the banner: no template logic, so what was tested is what ships.
// A run reads them once, with the templates (stages/read.ts), and hands them to the target's plan.

import { RUNTIME_DIR } from '../stages/sources.js';

/** A runtime source the generated code calls into: its absence is a broken installation (a bug). */
export function requiredSource(runtime: ReadonlyMap<string, string>, target: string, path: string): string {
  const source = runtime.get(path);
  if (source === undefined) throw new Error(`templates/${target}/${RUNTIME_DIR}/${path} is missing: the generated ${target} code calls into it`);
  return source;
}
