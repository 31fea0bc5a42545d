// What pyright checks when a test hands it several generated Python packages at once.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pythonFiles(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : [],
  );
}

/**
 * The files of `dirs` (each a target's output folder, holding one package) for pyright to check:
 * every file of the first, and of the others each file that is not, but for its first line (the
 * banner, which names the schema file), the same as the first's file at the same place in its
 * package. Every package ships the runtime (the interpreter's dozen modules), so a dozen outputs
 * would have pyright check a dozen identical copies, minutes on a busy machine; a copy that
 * differs in anything but its banner is checked. pyright still reads the copies it does not
 * check, for the types the checked files import from them.
 */
export function pyrightFiles(dirs: readonly string[]): { readonly files: string[]; readonly skipped: number } {
  // A file's place in its package: its path below the output folder without the package's name.
  const place = (dir: string, file: string): string => relative(dir, file).split('/').slice(1).join('/');
  // Python ends a line at CR as well as LF: a banner that held a raw CR would leave text on line 2.
  const body = (file: string): string => readFileSync(file, 'utf8').replace(/^[^\r\n]*(?:\r\n|\r|\n)/, '');
  const [first, ...others] = dirs;
  if (first === undefined) return { files: [], skipped: 0 };
  const files = pythonFiles(first);
  const reference = new Map(files.map((f) => [place(first, f), body(f)]));
  let skipped = 0;
  for (const dir of others) {
    for (const file of pythonFiles(dir)) {
      if (reference.get(place(dir, file)) === body(file)) skipped++;
      else files.push(file);
    }
  }
  return { files, skipped };
}
