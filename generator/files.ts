// files: listing a folder, for the reading of inputs (stages/read.ts) and the writer (write/).
// Links are listed as files, never followed: the writer's wall (write/out-paths.ts) relies on it.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files below dir, relative, POSIX separators, sorted. Links are listed, never followed. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}
