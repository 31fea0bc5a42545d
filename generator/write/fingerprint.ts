// fingerprint: what a target's output is generated from, as one SHA-256 per target: the code of
// the CLI bundle (dist/cli.js, with Handlebars' runtime) and its precompiled templates, the schema
// file (bytes and name), the target's options, its template files and runtime sources, overrides included. The
// output is a pure function of these, so when the manifest records the same fingerprint and every
// file still has its recorded hash, generate and --check can say "up to date" without rendering.
//
// Only the bundle knows its own code (esbuild defines SCHEMA_CODEGEN_BUNDLE); run from the
// separate modules (tests, the library), there is no fingerprint and every run renders.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSchemaFile, type ResolvedOptions } from '../config.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { readTemplates, templateDirs } from '../render/render.js';
import { readRuntimeSources } from '../render/runtime-sources.js';

declare const SCHEMA_CODEGEN_BUNDLE: boolean | undefined;

/** Target -> fingerprint of its inputs, or null when this code cannot vouch for itself. */
export function inputFingerprints(options: ResolvedOptions): Map<string, string> | null {
  if (typeof SCHEMA_CODEGEN_BUNDLE === 'undefined') return null;
  const common = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(PACKAGE_ROOT, 'dist', 'templates.cjs')))
    .update(`\0${basename(options.schema)}\0`)
    .update(readSchemaFile(options.schema))
    .digest('hex');
  const fingerprints = new Map<string, string>();
  for (const target of options.targets) {
    const hash = createHash('sha256').update(`${common}\0${target}\0${stableJson(options.options[target] ?? null)}`);
    const dirs = templateDirs(target, options.templates);
    for (const [name, source] of readTemplates(dirs)) hash.update(`\0${name}\0${source}`);
    for (const [path, source] of readRuntimeSources(dirs)) hash.update(`\0runtime/${path}\0${source}`);
    fingerprints.set(target, hash.digest('hex'));
  }
  return fingerprints;
}

/** JSON with object keys sorted, so that the same options always give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
