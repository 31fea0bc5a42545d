// The model generate rendered from (diff/snapshot.ts writes and reads its content), kept at the
// output folder's root beside the manifest. It is a generated file like the targets' files: it
// goes through the same write (listed in the manifest with its hash), --check compares it (a hand
// edit is drift), and isUpToDate (write.ts) checks its hash; but no target owns it, so a run of some
// targets replaces it and never prunes it.

import { OutDirReader, realPathOf } from './out-paths.js';

export const MODEL_FILE = '.schema-codegen-model.json';

/** The kept model's text, or null when the folder has none (read without following links, as every output file is). */
export function readModelFile(outDir: string): string | null {
  return new OutDirReader(realPathOf(outDir)).read(MODEL_FILE)?.toString('utf8') ?? null;
}
