// The npm package around the module: package.json (ESM, "exports" and "types" pointing at what
// tsc builds into dist/, "files" shipping only dist/) and the tsconfig.json that builds it with
// the strict settings the module is checked with (templates project.hbs and tsconfig.hbs). Every
// value is a JSON string literal made by JSON.stringify, so any name or description is escaped.

import type { Model } from '../../../model/ir.js';
import { licenseAndRepository, packageDescription, schemaWords, type LicenseAndRepository } from '../../shared/identity.js';
import type { TypeScriptOptions } from '../options.js';

/** The TypeScript version the package's build script was checked with (a devDependency of the output). */
const TYPESCRIPT_RANGE = '^5.9.3';

/** What tsc emits for a module: index.ts -> index.js + index.d.ts (.mts -> .mjs, .cts -> .cjs). */
function emitted(fileName: string): { js: string; dts: string } {
  const m = /^(.*)\.([cm]?)ts$/.exec(fileName)!;
  return { js: `./dist/${m[1]}.${m[2]}js`, dts: `./dist/${m[1]}.d.${m[2]}ts` };
}

export interface PackageView extends LicenseAndRepository {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly js: string;
  readonly dts: string;
  readonly typescriptRange: string;
}

/** package.json's view: every value already a JSON string literal. */
export function packageView(model: Model, options: TypeScriptOptions): PackageView {
  const { js, dts } = emitted(options.fileName);
  const { identity } = options;
  const words = schemaWords(model);
  const name = options.packageName === '' ? (words.length === 0 ? 'models' : words.join('-')).slice(0, 214) : options.packageName;
  return {
    name: JSON.stringify(name),
    version: JSON.stringify(identity.version),
    description: JSON.stringify(packageDescription(model, identity.description)),
    ...licenseAndRepository(identity, (text) => JSON.stringify(text)),
    js: JSON.stringify(js),
    dts: JSON.stringify(dts),
    typescriptRange: JSON.stringify(TYPESCRIPT_RANGE),
  };
}

/** tsconfig.json's view: the files tsc builds (the module, its schema documents, the runtime), as JSON strings. */
export function tsconfigView(options: TypeScriptOptions, sources: readonly string[]): { readonly files: readonly { path: string; last: boolean }[] } {
  const files = [options.fileName, ...sources];
  return { files: files.map((f, i) => ({ path: JSON.stringify(f), last: i === files.length - 1 })) };
}
