// The package root: the folder holding package.json and templates/, whether the code runs from
// generator/ (tests, through vitest) or dist/generator/ (the built CLI).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
function findPackageRoot(start) {
    let dir = start;
    while (dir !== dirname(dir)) {
        try {
            readFileSync(join(dir, 'package.json'));
            return dir;
        }
        catch {
            dir = dirname(dir);
        }
    }
    throw new Error(`schema-codegen: cannot find package.json above ${start}`);
}
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
