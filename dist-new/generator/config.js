// config: config file + command-line overrides -> resolved generate options. Reads the config
// file (the only I/O here); checks every target name and option against the targets' defaults.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OptionsError } from './errors.js';
import { TARGETS, targetNames } from './targets/index.js';
export const DEFAULT_CONFIG = 'schema-codegen.config.json';
export function resolveOptions(overrides, cwd) {
    const configPath = overrides.config ?? (existsSync(resolve(cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : null);
    const config = configPath === null ? {} : readConfig(resolve(cwd, configPath));
    const base = configPath === null ? cwd : dirname(resolve(cwd, configPath));
    const fromConfig = (p) => (p === undefined ? null : resolve(base, p));
    const targets = overrides.targets?.length ? overrides.targets : (config.targets ?? targetNames());
    for (const t of targets)
        checkTarget(t);
    const options = {};
    for (const t of targets)
        options[t] = { ...TARGETS[t].defaults, ...checkOptions(t, config.options?.[t] ?? {}) };
    for (const pair of overrides.set ?? [])
        applyOption(options, pair);
    const schema = overrides.schema !== undefined ? resolve(cwd, overrides.schema) : fromConfig(config.schema);
    if (schema === null)
        throw new OptionsError('no schema given', 'pass --schema FILE, or set "schema" in schema-codegen.config.json');
    return {
        schema,
        out: overrides.out !== undefined ? resolve(cwd, overrides.out) : (fromConfig(config.out) ?? resolve(cwd, 'generated')),
        targets,
        options,
        templates: overrides.templates !== undefined ? resolve(cwd, overrides.templates) : fromConfig(config.templates),
    };
}
/** The schema file's bytes; a file that cannot be read is an options error, not a crash. */
export function readSchemaFile(path) {
    try {
        return readFileSync(path);
    }
    catch (error) {
        throw new OptionsError(`cannot read schema ${path}: ${error.message}`, 'check the --schema path (or "schema" in the config)');
    }
}
function readConfig(path) {
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new OptionsError(`cannot read config ${path}: ${error.message}`, 'check that the file exists and holds valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new OptionsError(`config ${path} must hold a JSON object`, 'see "Configuration" in the README');
    const known = ['schema', 'out', 'targets', 'templates', 'options', '$comment'];
    const unknown = Object.keys(parsed).find((k) => !known.includes(k));
    if (unknown !== undefined)
        throw new OptionsError(`config ${path}: unknown key "${unknown}"`, `use only ${known.join(', ')}`);
    return parsed;
}
function checkTarget(name) {
    if (!Object.hasOwn(TARGETS, name))
        throw new OptionsError(`unknown target "${name}"`, `use one of: ${targetNames().join(', ')}`);
}
function checkOptions(target, given) {
    for (const [key, value] of Object.entries(given))
        checkOption(target, key, value);
    return given;
}
function checkOption(target, key, value) {
    const defaults = TARGETS[target].defaults;
    if (!Object.hasOwn(defaults, key))
        throw new OptionsError(`target ${target} has no option "${key}"`, `its options are: ${Object.keys(defaults).join(', ') || 'none'}`);
    const expected = typeof defaults[key];
    if (typeof value !== expected)
        throw new OptionsError(`option ${target}.${key} must be a ${expected}, got ${JSON.stringify(value)}`, `write e.g. ${target}.${key}=${JSON.stringify(defaults[key])}`);
}
/** "python.package=mypkg" -> options.python.package = "mypkg" (numbers and booleans parsed). */
function applyOption(options, pair) {
    const match = /^([a-z]+)\.([A-Za-z]+)=(.*)$/s.exec(pair);
    if (match === null)
        throw new OptionsError(`--option "${pair}" is not target.key=value`, 'write e.g. --option python.package=mypkg');
    const [, target = '', key = '', raw = ''] = match;
    checkTarget(target);
    const current = options[target];
    if (current === undefined)
        throw new OptionsError(`--option ${pair}: target ${target} is not being generated`, `add --target ${target}`);
    const expected = typeof TARGETS[target].defaults[key];
    const value = expected === 'number' ? Number(raw) : expected === 'boolean' ? raw === 'true' : raw;
    checkOption(target, key, expected === 'number' && Number.isNaN(value) ? raw : value);
    options[target] = { ...current, [key]: value };
}
