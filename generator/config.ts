// config: config file + command-line overrides -> resolved generate options. Reads the config
// file (the only I/O here); checks every target name and option against the targets' defaults.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OptionsError, quoted } from './errors.js';
import type { JsonValue } from './model/ir.js';
import { isObject } from './stages/load.js';
import { isWithin, realPathOf } from './write/out-paths.js';
import { TARGETS, targetNames } from './targets/index.js';
import type { TargetOptions } from './targets/target.js';

export const DEFAULT_CONFIG = 'schema-codegen.config.json';

export interface ResolvedOptions {
  readonly schema: string;
  readonly out: string;
  readonly targets: readonly string[];
  readonly options: Readonly<Record<string, TargetOptions>>;
  /** A folder with <target>/*.hbs files that override the bundled templates. */
  readonly templates: string | null;
  /** The config file read, if any. */
  readonly config: string | null;
  /** Unknown keywords are errors, not warnings (--strict, or "strict": true in the config). */
  readonly strict: boolean;
  /** --only (or "only" in the config): declarations (globs with *) to generate with what they reference; null: all. */
  readonly only: readonly string[] | null;
  /** --ref-map and "refMap" in the config: absolute URI prefix -> the folder (absolute) its documents are read from. */
  readonly refMap: Readonly<Record<string, string>>;
}

export interface Overrides {
  config?: string | undefined;
  schema?: string | undefined;
  out?: string | undefined;
  targets?: readonly string[] | undefined;
  templates?: string | undefined;
  /** "target.key=value" pairs from --option. */
  set?: readonly string[] | undefined;
  /** --strict: true turns strictness on whatever the config says. */
  strict?: boolean | undefined;
  /** --only NAME,...: the names, split at commas; replaces the config's. */
  only?: readonly string[] | undefined;
  /** --ref-map "URI_PREFIX=DIR" pairs (DIR relative to cwd); each replaces the config's entry for its prefix. */
  refMap?: readonly string[] | undefined;
}

interface ConfigFile {
  schema?: string;
  out?: string;
  targets?: string[];
  templates?: string;
  options?: Record<string, Record<string, JsonValue>>;
  strict?: boolean;
  only?: string[];
  refMap?: Record<string, string>;
}

export function resolveOptions(overrides: Overrides, cwd: string): ResolvedOptions {
  const configPath = overrides.config ?? (existsSync(resolve(cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : null);
  const config = configPath === null ? {} : readConfig(resolve(cwd, configPath));
  const base = configPath === null ? cwd : dirname(resolve(cwd, configPath));
  const fromConfig = (p: string | undefined): string | null => (p === undefined ? null : resolve(base, p));
  const targets = overrides.targets?.length ? overrides.targets : (config.targets ?? targetNames());
  for (const t of targets) checkTarget(t);
  const options: Record<string, TargetOptions> = {};
  for (const t of targets) options[t] = { ...TARGETS[t]!.defaults, ...checkOptions(t, config.options?.[t] ?? {}) };
  for (const pair of overrides.set ?? []) applyOption(options, pair);
  const schema = overrides.schema !== undefined ? resolve(cwd, overrides.schema) : fromConfig(config.schema);
  if (schema === null) throw new OptionsError('no schema given', 'pass --schema FILE, or set "schema" in schema-codegen.config.json');
  return {
    schema,
    out: overrides.out !== undefined ? resolve(cwd, overrides.out) : (fromConfig(config.out) ?? resolve(cwd, 'generated')),
    targets,
    options,
    templates: overrides.templates !== undefined ? resolve(cwd, overrides.templates) : fromConfig(config.templates),
    config: configPath === null ? null : resolve(cwd, configPath),
    strict: overrides.strict === true || config.strict === true,
    only: overrides.only?.length ? overrides.only : (config.only ?? null),
    refMap: refMapOf(config.refMap ?? {}, base, overrides.refMap ?? [], cwd),
  };
}

/** The config's map (folders relative to it), then each --ref-map pair (relative to cwd) over it; every prefix an absolute URI. */
function refMapOf(config: Readonly<Record<string, string>>, base: string, pairs: readonly string[], cwd: string): Record<string, string> {
  const map: Record<string, string> = {};
  const add = (prefix: string, dir: string, from: string): void => {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(prefix) || dir === '')
      throw new OptionsError(
        `${from}: ${quoted(`${prefix}=${dir}`)} is not URI_PREFIX=DIR with an absolute URI prefix`,
        'write e.g. --ref-map https://example.com/schemas/=vendor/schemas (the prefix has a scheme; end it with "/" to map a folder)',
      );
    map[prefix] = dir;
  };
  for (const [prefix, dir] of Object.entries(config)) add(prefix, resolve(base, dir), '"refMap" in the config');
  for (const pair of pairs) {
    // The last "=" splits: a URI may hold "=" in its query, a folder name rarely does.
    const at = pair.lastIndexOf('=');
    add(at < 0 ? pair : pair.slice(0, at), at < 0 ? '' : pair.slice(at + 1) && resolve(cwd, pair.slice(at + 1)), '--ref-map');
  }
  return map;
}

/** Refuses an output folder that is, or holds, the run's own inputs or the working directory:
 *  a write swaps the whole folder for a new one, so "--out . --force" would leave the caller's
 *  shell in a deleted directory. Real paths are compared, so a link or ".." hides no overlap. */
export function checkOutFolder(options: ResolvedOptions, cwd: string): void {
  const out = realPathOf(options.out);
  const inputs: [string, string | null][] = [
    ['the schema file', options.schema],
    ['the config file', options.config],
    ['the templates folder', options.templates],
    ['the working directory', cwd],
  ];
  for (const [what, path] of inputs) {
    const real = path === null ? null : realPathOf(path);
    if (real === null || !isWithin(out, real)) continue;
    throw new OptionsError(
      `the output folder ${options.out} ${real === out ? 'is' : 'contains'} ${what} (${path})`,
      'choose an output folder of its own, such as "generated" below the project: writing replaces that folder as a whole',
    );
  }
}

function readConfig(path: string): ConfigFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new OptionsError(`cannot read config ${path}: ${(error as Error).message}`, 'check that the file exists and holds valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new OptionsError(`config ${path} must hold a JSON object`, 'see "Configuration" in the README');
  const known = ['schema', 'out', 'targets', 'templates', 'options', 'strict', 'only', 'refMap', '$comment'];
  const unknown = Object.keys(parsed).find((k) => !known.includes(k));
  if (unknown !== undefined) throw new OptionsError(`config ${path}: unknown key ${quoted(unknown)}`, `use only ${known.join(', ')}`);
  checkConfigShape(path, parsed as Record<string, JsonValue>);
  return parsed as ConfigFile;
}

/** Each key's JSON type, and every "options" section a known target: a typo is caught, not ignored. */
function checkConfigShape(path: string, config: Record<string, JsonValue>): void {
  for (const key of ['schema', 'out', 'templates']) {
    if (Object.hasOwn(config, key) && typeof config[key] !== 'string')
      throw new OptionsError(`config ${path}: ${quoted(key)} must be a string (a path)`, `write e.g. "${key}": "..."`);
  }
  if (Object.hasOwn(config, 'strict') && typeof config['strict'] !== 'boolean')
    throw new OptionsError(`config ${path}: "strict" must be true or false`, 'write "strict": true to refuse unknown keywords');
  const only = config['only'];
  if (only !== undefined && (!Array.isArray(only) || only.length === 0 || only.some((n) => typeof n !== 'string' || n === '')))
    throw new OptionsError(
      `config ${path}: "only" must be a non-empty array of declaration names (globs with *)`,
      'write e.g. "only": ["RealtimeClientEvent*"]',
    );
  const refMap = config['refMap'];
  if (refMap !== undefined && (!isObject(refMap) || Object.values(refMap).some((d) => typeof d !== 'string' || d === '')))
    throw new OptionsError(
      `config ${path}: "refMap" must be an object of URI prefix -> folder`,
      'write e.g. "refMap": {"https://example.com/schemas/": "vendor/schemas"}',
    );
  const targets = config['targets'];
  if (targets !== undefined && (!Array.isArray(targets) || targets.some((t) => typeof t !== 'string')))
    throw new OptionsError(`config ${path}: "targets" must be an array of target names`, `write e.g. "targets": ["typescript", "python"]`);
  const options = config['options'];
  if (options === undefined) return;
  if (!isObject(options))
    throw new OptionsError(`config ${path}: "options" must be an object of target sections`, 'write e.g. "options": {"python": {"package": "mypkg"}}');
  for (const [target, section] of Object.entries(options)) {
    checkTarget(target);
    if (!isObject(section))
      throw new OptionsError(
        `config ${path}: "options" / ${quoted(target)} must be an object of options`,
        'write e.g. "options": {"python": {"package": "mypkg"}}',
      );
  }
}

function checkTarget(name: string): void {
  if (!Object.hasOwn(TARGETS, name)) throw new OptionsError(`unknown target ${quoted(name)}`, `use one of: ${targetNames().join(', ')}`);
}

function checkOptions(target: string, given: Record<string, JsonValue>): TargetOptions {
  for (const [key, value] of Object.entries(given)) checkOption(target, key, value);
  return given;
}

function checkOption(target: string, key: string, value: JsonValue): void {
  const defaults = TARGETS[target]!.defaults;
  if (!Object.hasOwn(defaults, key))
    throw new OptionsError(`target ${target} has no option ${quoted(key)}`, `its options are: ${Object.keys(defaults).join(', ') || 'none'}`);
  const expected = typeof defaults[key];
  if (typeof value !== expected)
    throw new OptionsError(
      `option ${target}.${key} must be a ${expected}, got ${JSON.stringify(value)}`,
      `write e.g. ${target}.${key}=${JSON.stringify(defaults[key])}`,
    );
}

/** "python.package=mypkg" -> options.python.package = "mypkg" (numbers and booleans parsed). */
function applyOption(options: Record<string, TargetOptions>, pair: string): void {
  const match = /^([a-z]+)\.([A-Za-z]+)=(.*)$/s.exec(pair);
  if (match === null) throw new OptionsError(`--option ${quoted(pair)} is not target.key=value`, 'write e.g. --option python.package=mypkg');
  const [, target = '', key = '', raw = ''] = match;
  checkTarget(target);
  const current = options[target];
  if (current === undefined) throw new OptionsError(`--option ${pair}: target ${target} is not being generated`, `add --target ${target}`);
  const expected = typeof TARGETS[target]!.defaults[key];
  // Text that is no number or boolean stays text, which checkOption refuses as the wrong type.
  const parsed: JsonValue = expected === 'number' ? Number(raw) : expected === 'boolean' ? (raw === 'true' ? true : raw === 'false' ? false : raw) : raw;
  const value = expected === 'number' && Number.isNaN(parsed) ? raw : parsed;
  checkOption(target, key, value);
  options[target] = { ...current, [key]: value };
}
