// out-paths: the writer's wall around the output folder. Whatever produced a path (a target
// option, an x-codegen name, a line of the manifest read back), the writer only creates, reads,
// compares or prunes plain relative paths, and never through a symbolic link inside the output
// folder: a link planted there (generated/typescript -> /etc) is not followed, so it cannot lead a
// write, a compare or the drift report outside. The output folder itself is resolved once, so
// `--out link` writes into the folder the link points to and the link stays a link.

import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { OptionsError, quoted } from '../errors.js';

/** Why `path` is not a plain relative POSIX path (segments of ordinary characters, no `.` or
 *  `..`), or null when it is one. */
export function badPathReason(path: string): string | null {
  if (path === '') return 'it is empty';
  if (path.startsWith('/')) return 'it is absolute';
  if (path.includes('\\')) return 'it contains a backslash';
  // A newline would also split a manifest line in two.
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'it contains a control character (NUL, newline, ...)';
  for (const segment of path.split('/')) {
    if (segment === '') return 'it has an empty segment ("//" or a trailing "/")';
    if (segment === '.' || segment === '..') return `it has a ${quoted(segment)} segment`;
    if (/^[A-Za-z]:/.test(segment)) return 'it has a drive letter';
  }
  return null;
}

/** The second wall for rendered files: targets check their options and names, and whatever
 *  slips through is refused here, before that path is read or written (the staging folder goes
 *  with the error; the output folder stays as it was). */
export function checkPlannedPath(path: string): void {
  const reason = badPathReason(path);
  if (reason === null) return;
  throw new OptionsError(
    `refusing to write ${JSON.stringify(path)} in the output folder: ${reason}`,
    'the path comes from a target option or an x-codegen name: use a plain name (letters, digits, "-", "_", "."), without "/", "\\" or ".."',
  );
}

/** A path (the output folder, an input) as a real path: what a symbolic link (or a chain of
 *  them) points to, or, for a folder not made yet, its nearest existing ancestor's real path
 *  plus the rest. */
export function realPathOf(path: string): string {
  let dir = resolve(path);
  const rest: string[] = [];
  for (let hops = 0; ;) {
    try {
      return join(realpathSync.native(dir), ...rest);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (isSymlink(dir) && hops++ < 40) {
      dir = resolve(dirname(dir), readlinkSync(dir)); // a link to a folder not made yet: make the target
      continue;
    }
    const up = dirname(dir);
    if (up === dir) return join(dir, ...rest);
    rest.unshift(basename(dir));
    dir = up;
  }
}

/** Whether `child` is `parent` or below it (both absolute, real paths). */
export const isWithin = (parent: string, child: string): boolean => child === parent || child.startsWith(parent.endsWith(sep) ? parent : `${parent}${sep}`);

export function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Reads files of the output folder by relative path, never through a symbolic link: a path
 *  whose folder is not where it seems (a link on the way) or whose file is a link reads as absent. */
export class OutDirReader {
  private readonly root: string | null;
  /** Folder (relative) -> whether it is a real folder inside the root, reached without links. */
  private readonly dirs = new Map<string, boolean>();

  constructor(outDir: string) {
    try {
      this.root = realpathSync.native(outDir);
    } catch {
      this.root = null;
    }
  }

  /** The file's bytes, or null: absent, not a regular file, a link, below a link, or a bad path. */
  read(path: string): Buffer | null {
    if (this.root === null || badPathReason(path) !== null || !this.plainDir(dirname(path))) return null;
    let fd: number;
    try {
      fd = openSync(join(this.root, path), constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch {
      return null;
    }
    try {
      return fstatSync(fd).isFile() ? readFileSync(fd) : null;
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  /** Whether something (a file, a link: not followed) is at path, in a folder reached without links. */
  exists(path: string): boolean {
    if (this.root === null || badPathReason(path) !== null || !this.plainDir(dirname(path))) return false;
    try {
      lstatSync(join(this.root, path));
      return true;
    } catch {
      return false;
    }
  }

  private plainDir(rel: string): boolean {
    let known = this.dirs.get(rel);
    if (known === undefined) {
      const expected = rel === '.' ? this.root! : join(this.root!, rel);
      try {
        known = realpathSync.native(expected) === expected;
      } catch {
        known = false;
      }
      this.dirs.set(rel, known);
    }
    return known;
  }
}
