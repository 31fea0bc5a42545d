// The model generate rendered from (diff/snapshot.ts writes and reads its content), kept at the
// output folder's root beside the manifest. It is a generated file like the targets' files: it
// goes through the same write (listed in the manifest with its hash), --check compares it (a hand
// edit is drift), and isUpToDate (write.ts) checks its hash; but no target owns it, so a run of some
// targets replaces it and never prunes it.

import { OutDirReader, realPathOf } from './out-paths.js';

export const MODEL_FILE = '.schema-codegen-model.json';

/** write.ts's Drift, named here by its shape: write.ts imports this file, and imports go one way. */
type FileLists = { readonly added: readonly string[]; readonly changed: readonly string[]; readonly removed: readonly string[] };

/** The kept model's text, or null when the folder has none (read without following links, as every output file is). */
export function readModelFile(outDir: string): string | null {
  return new OutDirReader(realPathOf(outDir)).read(MODEL_FILE)?.toString('utf8') ?? null;
}

/** The rendered files, then the kept model: one more generated file, written and checked like the rest. */
export function* withModelFile(files: Iterable<[string, string]>, text: string): Generator<[string, string]> {
  yield* files;
  yield [MODEL_FILE, text];
}

/** Drift as generate reports it: without the kept model, which is counted as the manifest is (not at all); --check still reports it. */
export function withoutModelFile(drift: FileLists): FileLists {
  const others = (paths: readonly string[]): string[] => paths.filter((p) => p !== MODEL_FILE);
  return { added: others(drift.added), changed: others(drift.changed), removed: others(drift.removed) };
}
