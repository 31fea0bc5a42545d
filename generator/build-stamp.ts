// The build's stamp: one hash of everything `npm run build` reads (generator/, templates/, the
// package's and TypeScript's settings). The build writes it last, to dist/build-inputs.sha256 (this
// file run as a script); the tests' setup builds again only when the sources' hash differs from it.
// So `npm test` right after `npm ci` (whose prepare step builds) does not build twice, and a test
// never runs an edited source's stale build.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './files.js';
import { PACKAGE_ROOT } from './package-root.js';

/** Where the build writes the hash of its inputs. */
export const STAMP = join('dist', 'build-inputs.sha256');

const FOLDERS = ['generator', 'templates'];
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

/** The hash of the build's inputs under root: each file's path and bytes, in path order. */
export function buildInputsHash(root: string = PACKAGE_ROOT): string {
  const hash = createHash('sha256');
  const paths = [
    ...FILES.filter((file) => existsSync(join(root, file))),
    // Caches a tool may leave beside a runtime's sources (Python's bytecode, dotfiles) are no input.
    ...FOLDERS.flatMap((folder) => listFiles(join(root, folder)).map((path) => `${folder}/${path}`)).filter(
      (path) => !path.split('/').some((part) => part.startsWith('.') || part === '__pycache__'),
    ),
  ].sort();
  for (const path of paths) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether dist/ was built from the sources as they are now. */
export function buildIsCurrent(root: string = PACKAGE_ROOT): boolean {
  const stamp = join(root, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === buildInputsHash(root);
}

// Run as a script (the build's last step): write the stamp.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(PACKAGE_ROOT, STAMP), `${buildInputsHash()}\n`);
}
