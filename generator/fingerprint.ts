// fingerprint: what a target's output is generated from, as one SHA-256 per target: the code of
// the CLI bundle (dist/cli.js, with Handlebars' runtime) and its precompiled templates, the schema
// file (bytes and name) and the files its references name, the target's options, its template files and runtime sources, overrides
// included, as stages/read.ts read them for this run (the stages render from the same bytes). The
// output is a pure function of these, so when the manifest records the same fingerprint and every
// file still has its recorded hash, generate and --check can say "up to date" without rendering.
//
// Only the bundle knows its own code (esbuild defines SCHEMA_CODEGEN_BUNDLE); run from the
// separate modules (tests, the library), there is no fingerprint and every run renders.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedOptions } from './config.js';
import { PACKAGE_ROOT } from './package-root.js';
import type { Inputs } from './stages/read.js';

declare const SCHEMA_CODEGEN_BUNDLE: boolean | undefined;

/**
 * Target -> fingerprint of its inputs, or null when this code cannot vouch for itself. `inputs`:
 * the files of this run as stages/read.ts read them, the very bytes the stages then render from.
 */
export function inputFingerprints(options: ResolvedOptions, inputs: Inputs): Map<string, string> | null {
  if (typeof SCHEMA_CODEGEN_BUNDLE === 'undefined') return null;
  const common = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(PACKAGE_ROOT, 'dist', 'templates.cjs')))
    .update(`\0${basename(inputs.schema.path)}\0`)
    .update(inputs.schema.bytes)
    // --only changes the output as the schema does (nothing is added when it is not given).
    .update(options.only === null ? '' : `\0only\0${options.only.join('\0')}`)
    .update(referencedFiles(inputs))
    .digest('hex');
  const fingerprints = new Map<string, string>();
  for (const target of options.targets) {
    const hash = createHash('sha256').update(`${common}\0${target}\0${stableJson(options.options[target] ?? null)}`);
    const sources = inputs.targets.get(target);
    if (sources === undefined) return null; // not read: nothing to vouch for
    for (const [name, source] of sources.templates) hash.update(`\0${name}\0${source}`);
    for (const [path, source] of sources.runtime) hash.update(`\0runtime/${path}\0${source}`);
    fingerprints.set(target, hash.digest('hex'));
  }
  return fingerprints;
}

/** Each file the schema's references name (stages/bundle.ts), by its path from the schema's folder (the same on every machine), and its bytes. */
function referencedFiles(inputs: Inputs): Buffer {
  const folder = dirname(inputs.schema.path);
  const files = [...inputs.schema.referenced].map(([path, bytes]) => [relative(folder, path).split(sep).join('/'), bytes] as const);
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Buffer.concat(files.flatMap(([path, bytes]) => [Buffer.from(`\0ref\0${path}\0${bytes.length}\0`), bytes]));
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
