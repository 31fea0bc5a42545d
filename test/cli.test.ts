// The CLI as users drive it: help and version, generate, drift check, bad input, refusal to
// write into foreign folders, determinism across environments, and no rewrite when unchanged.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../generator/files.js';
import { CANONICAL_SCHEMA, ROOT } from './helpers/cases.js';
import { runCli } from './helpers/cli.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'cli-'));
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(listFiles(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));

describe('schema-codegen CLI', () => {
  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('schema-codegen generate');
    expect(help.stdout).toContain('--check');
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('sets its heap growth with a V8 flag this Node.js knows, so a quiet run prints nothing at all', () => {
    // generator/cli.ts bounds the old generation's growth (--heap-growing-percent); a V8 without
    // the flag would print "Error: unrecognized flag" on every run.
    expect(spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout).toContain('--heap-growing-percent');
    const run = runCli(['generate', '--quiet', '--schema', CANONICAL_SCHEMA, '--out', join(temp(), 'out')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
  });

  it('generates, then rewrites nothing when nothing changed (mtimes kept)', () => {
    const out = join(temp(), 'out');
    const first = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(out, 'typescript', 'index.ts'))).toBe(true);
    const mtimes = listFiles(out).map((p) => statSync(join(out, p)).mtimeMs);
    const second = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out]);
    expect(second.stdout).toContain('nothing changed');
    expect(listFiles(out).map((p) => statSync(join(out, p)).mtimeMs)).toEqual(mtimes);
  });

  it('--check passes on fresh output, and reports changed, missing and stale files with exit 1', () => {
    const out = join(temp(), 'out');
    runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript']);
    expect(runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript', '--check']).status).toBe(0);
    const file = join(out, 'typescript', 'index.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('export interface', 'export  interface'));
    const before = snapshot(out);
    const drift = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript', '--check']);
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('differs: typescript/index.ts');
    expect(drift.stderr).toMatch(/- .*export {2}interface/);
    expect(snapshot(out)).toEqual(before);
  });

  it('prunes files of declarations that are gone and keeps files it did not write', () => {
    const dir = temp();
    const out = join(dir, 'out');
    runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript', '--option', 'typescript.fileName=old.ts']);
    writeFileSync(join(out, 'NOTES.md'), 'mine');
    const result = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out).filter((p) => !p.startsWith('typescript/runtime/') && p !== 'typescript/validation-schema.ts')).toEqual(['.schema-codegen-manifest', '.schema-codegen-model.json', 'NOTES.md', 'typescript/index.ts', 'typescript/package.json', 'typescript/tsconfig.json']);
  });

  it('refuses a non-empty folder it did not create, unless --force', () => {
    const out = temp();
    writeFileSync(join(out, 'keep.txt'), 'user file');
    const refused = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(listFiles(out)).toEqual(['keep.txt']);
    expect(runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript', '--force']).status).toBe(0);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('user file');
  });

  it('exits 2 on a bad schema with file, pointer and hint, leaving the output untouched', () => {
    const dir = temp();
    const out = join(dir, 'out');
    runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript']);
    const before = snapshot(out);
    const bad = join(dir, 'bad.schema.json');
    writeFileSync(bad, JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { A: { type: 'object', properties: { x: { type: 'string', additionalItems: {} } } } } }));
    const result = runCli(['generate', '--schema', bad, '--out', out, '--target', 'typescript']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unsupported keyword "additionalItems"');
    expect(result.stderr).toContain('bad.schema.json#/$defs/A/properties/x/additionalItems');
    expect(result.stderr).toContain('hint:');
    expect(snapshot(out)).toEqual(before);
  });

  it('exits 2 on bad options', () => {
    expect(runCli(['generate', '--target', 'cobol']).status).toBe(2);
    expect(runCli(['generate', '--bogus']).status).toBe(2);
    const option = runCli(['generate', '--target', 'typescript', '--option', 'typescript.nope=1', '--check']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('has no option "nope"');
    // A boolean option takes true or false, nothing else read as false.
    const flag = runCli(['generate', '--target', 'java', '--option', 'java.nativeFormats=maybe', '--check']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('option java.nativeFormats must be a boolean, got "maybe"');
    const missing = runCli(['generate', '--schema', join(temp(), 'missing.schema.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read schema');
  });

  it('exits 2 on a config file whose keys have the wrong type or name an unknown target', () => {
    const cases: [object, string][] = [
      [{ options: { pyhton: { package: 'x' } } }, 'unknown target "pyhton"'],
      [{ options: { __proto__: { package: 'x' } } }, 'unknown target "__proto__"'],
      [{ strict: 'yes' }, '"strict" must be true or false'],
      [{ options: { python: 'x' } }, '"options" / "python" must be an object'],
      [{ options: [] }, '"options" must be an object'],
      [{ schema: 5 }, '"schema" must be a string'],
      [{ targets: 'python' }, '"targets" must be an array'],
    ];
    for (const [config, message] of cases) {
      const dir = temp();
      // JSON text, so that "__proto__" is an own key as a user's file would have it.
      writeFileSync(join(dir, 'c.json'), JSON.stringify(config).replace('"options":{}', '"options":{"__proto__":{"package":"x"}}'));
      const result = runCli(['generate', '--config', join(dir, 'c.json'), '--schema', CANONICAL_SCHEMA, '--out', join(dir, 'out')]);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });

  it('--templates: an override replaces a bundled template or runtime source; one that replaces neither is refused', () => {
    const overrides = temp();
    mkdirSync(join(overrides, 'docs'), { recursive: true });
    mkdirSync(join(overrides, 'python', 'runtime'), { recursive: true });
    writeFileSync(join(overrides, 'docs', 'intro.hbs'), '{{heading}}\n\nOVERRIDDEN INTRO\n');
    const exceptions = readFileSync(join(ROOT, 'templates', 'python', 'runtime', 'exceptions.py'), 'utf8');
    writeFileSync(join(overrides, 'python', 'runtime', 'exceptions.py'), `${exceptions}\nOVERRIDDEN = True\n`);
    const out = join(temp(), 'out');
    const run = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'docs', '--target', 'python', '--templates', overrides]);
    expect(run.status, run.stderr).toBe(0);
    const files = snapshot(out);
    expect(Object.entries(files).filter(([p, c]) => p.startsWith('docs/') && c.includes('OVERRIDDEN INTRO')).length).toBeGreaterThan(0);
    expect(files['python/openapiopenai/exceptions.py']).toContain('OVERRIDDEN = True');
    // The Java runtime is a source under runtime/ now: its old template name replaces nothing.
    mkdirSync(join(overrides, 'java'));
    writeFileSync(join(overrides, 'java', 'core-JsonField.hbs'), 'stale');
    const stray = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', join(temp(), 'out'), '--target', 'java', '--templates', overrides]);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('the override "core-JsonField.hbs"');
    expect(stray.stderr).toContain('replaces no bundled template');
  });

  it('gives identical bytes under another TZ, locale, cwd and umask', () => {
    const a = join(temp(), 'out');
    const b = join(temp(), 'out');
    // Neither run reads the project's config (its options give the OpenAI identity): both take the defaults.
    expect(runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', a], { cwd: temp() }).status).toBe(0);
    const elsewhere = temp();
    mkdirSync(join(elsewhere, 'sub'));
    const other = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', b], { cwd: join(elsewhere, 'sub'), env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, umask: '077' });
    expect(other.status, other.stderr).toBe(0);
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  it('dumps the model as JSON', () => {
    const result = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--dump-model']);
    expect(JSON.parse(result.stdout).declarations.map((d: { schemaName: string }) => d.schemaName)).toEqual([
      'RealtimeClientEventConversationItemTruncate',
      'RealtimeServerEventConversationItemTruncated',
      'RealtimeClientEvent',
      'RealtimeServerEvent',
    ]);
  });

  /** A bad-schemas entry that only warns without --strict: generated (exit 0) with the warning at its pointer. */
  function warnsWithout(name: string, target: string, pointer: string, warning: string): Record<string, string> {
    const out = join(temp(), 'out');
    const result = runCli(['generate', '--schema', join(ROOT, 'test', 'bad-schemas', `${name}.schema.json`), '--out', out, '--target', target]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`warning: ${warning}`);
    expect(result.stderr).toContain(`${name}.schema.json#${pointer}`);
    return snapshot(out);
  }

  it('an invalid default or example warns with its pointer and generates, the default left out (--strict refuses it: bad-schemas)', () => {
    const out = warnsWithout('default-invalid', 'csharp', '/$defs/A/properties/n/default', 'the default of "n" does not validate: it must be integer (type); the generated code leaves it out');
    // "ten" would not compile as an int's initializer: no target writes it.
    expect(Object.values(out).some((text) => text.includes('"ten"'))).toBe(false);
  });

  it('"dependencies" in a 2020-12 schema warns and is honoured, the suite\'s compatibility reading (--strict refuses it: bad-schemas)', () => {
    const out = warnsWithout('unsupported-dependencies', 'typescript', '/$defs/A/dependencies', '"dependencies" read as "dependentRequired" and "dependentSchemas" (1 occurrence)');
    expect(out['typescript/validation-schema.ts']).toContain('dependentRequired');
  });
});
