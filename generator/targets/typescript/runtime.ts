// The TypeScript runtime (templates/typescript/runtime/runtime.ts) is a real module, type-checked
// and unit-tested on its own (test/runtime/typescript.test.ts); index.ts carries it inline, where
// file.hbs says `{{runtime}}`, so that its public types (ValidationError, ValidationIssue) are the
// module's own. The schema validator's modules (VALIDATOR_MODULES) are copied beside it instead. What is inlined is the
// module's text between its two marker lines, verbatim (no package or namespace to replace in
// TypeScript); what lies outside them (its header comment, the export list that lets the tests
// import `check` and friends, private in index.ts) is for the standalone module alone.

import { OptionsError } from '../../errors.js';

/** The runtime source, as a path below templates/typescript/runtime/. */
export const RUNTIME_FILE = 'runtime.ts';
/** The JSON Schema validator (schema.ts and the modules it imports), copied to runtime/ in the output. */
export const VALIDATOR_MODULES = ['schema.ts', 'uri.ts', 'formats.ts', 'idna.ts', 'linear.ts'] as const;
export const INLINE_BEGIN = '// @schema-codegen-inline-begin';
export const INLINE_END = '// @schema-codegen-inline-end';

/**
 * The part of the runtime module that index.ts inlines: the lines strictly between the begin and
 * end markers (each alone on its line, once), joined by "\n", without a final newline (the
 * template's line gives it). A runtime override without them fails loudly.
 */
export function inlinedRuntime(runtime: ReadonlyMap<string, string>): string {
  const text = runtime.get(RUNTIME_FILE);
  const hint = `keep templates/typescript/runtime/${RUNTIME_FILE} with the lines "${INLINE_BEGIN}" and "${INLINE_END}" around what index.ts inlines`;
  if (text === undefined) throw new OptionsError(`no TypeScript runtime source runtime/${RUNTIME_FILE} in the template folders`, hint);
  const lines = text.split(/\r?\n/);
  const at = (marker: string): number => {
    const found = lines.flatMap((line, i) => (line.trimEnd() === marker ? [i] : []));
    if (found.length !== 1) throw new OptionsError(`runtime/${RUNTIME_FILE} must hold the line "${marker}" exactly once, found it ${found.length} times`, hint);
    return found[0]!;
  };
  const begin = at(INLINE_BEGIN);
  const end = at(INLINE_END);
  if (end < begin) throw new OptionsError(`runtime/${RUNTIME_FILE}: "${INLINE_END}" comes before "${INLINE_BEGIN}"`, hint);
  return lines.slice(begin + 1, end).join('\n');
}
