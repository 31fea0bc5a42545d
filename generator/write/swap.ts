// swap: the staging folder becomes the output folder in two renames, and what killed runs left
// beside it is cleaned up. A run builds "<out>.tmp-<pid>-<ms>-<tag>" and retires the old tree as
// "<out>.old-<pid>-<ms>-<tag>"; a run killed between the two renames leaves only the retired
// tree, which the next run puts back. The tag, a hash of the folder's name, the kind, pid and
// time, proves that a sibling was made by schema-codegen: a folder merely named like one (a
// user's "generated.old-2024-01" backup) is never removed, restored or waited for.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

type Kind = 'tmp' | 'old';

const LEFTOVER = /^\.(old|tmp)-(\d+)-(\d+)-([0-9a-f]{12})$/;

const tagOf = (outDir: string, kind: Kind, pid: string, ms: string): string =>
  createHash('sha256')
    .update(`schema-codegen\0${basename(outDir)}\0${kind}\0${pid}\0${ms}`)
    .digest('hex')
    .slice(0, 12);

/** The name of a staging ("tmp") or retired ("old") folder of this process. */
export function leftoverPath(outDir: string, kind: Kind, pid = process.pid, ms = Date.now()): string {
  return `${outDir}.${kind}-${pid}-${ms}-${tagOf(outDir, kind, String(pid), String(ms))}`;
}

/** The staging and retired folders beside outDir that schema-codegen made (their tag holds), sorted. */
export function ourLeftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = basename(outDir);
  // Folders only: a link named like a retired tree is not put back as the output folder.
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => {
      const match = entry.isDirectory() && entry.name.startsWith(prefix) ? LEFTOVER.exec(entry.name.slice(prefix.length)) : null;
      return match !== null && match[4] === tagOf(outDir, match[1] as Kind, match[2]!, match[3]!);
    })
    .map((entry) => join(parent, entry.name))
    .sort();
}

export function swap(outDir: string, staging: string): void {
  if (!existsSync(outDir)) {
    renameSync(staging, outDir);
    return;
  }
  const retired = leftoverPath(outDir, 'old');
  renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync(retired, { recursive: true, force: true });
}

/** Leftovers of killed runs (ours only): a run killed between the two renames of swap() leaves
 *  only "<out>.old-*", which is put back; other retired trees and staging folders are removed. */
export function recoverInterruptedSwap(outDir: string): void {
  for (const path of ourLeftovers(outDir)) {
    if (basename(path).startsWith(`${basename(outDir)}.old-`) && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}
