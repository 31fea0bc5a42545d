// The CLI's npm-ecosystem habits (issue 20, item 2), run as users run it: --version/-v/-V, help,
// usage on no arguments without a config, the refusal of a folder that would mix two schemas'
// output, colour only on a terminal and never with NO_COLOR, the progress line (terminal only),
// --quiet and --json; then the ways in (npm install --save-dev <checkout>, npx --package=<path>,
// npm install -g) and the CI recipe's commands (npm ci, generate --check, the pre-commit hook),
// all offline: a path dependency is linked, and the bundled CLI needs no package installed.
// A terminal is a real pseudo-terminal (util-linux `script`).

import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../generator/files.js';
import { CANONICAL_SCHEMA, ROOT } from './helpers/cases.js';
import { CLI, runCli } from './helpers/cli.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const OTHER_SCHEMA = join(ROOT, 'test', 'cases', 'objects', 'schema.json');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-habits-'));
  made.push(dir);
  return dir;
}
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(listFiles(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));

/** The CLI on a pseudo-terminal: stdout and stderr both arrive, as the terminal shows them, on stdout. */
function onTerminal(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number; output: string } {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, env: { ...process.env, TERM: 'xterm', ...env }, encoding: 'utf8' });
  return { status: result.status ?? -1, output: result.stdout };
}

describe('CLI habits', () => {
  it('prints the version with --version, -v and -V, and the usage with help, help generate and --help', () => {
    for (const flag of ['--version', '-v', '-V']) expect(runCli([flag]).stdout.trim()).toBe(VERSION);
    for (const args of [['help'], ['help', 'generate'], ['--help'], ['generate', '--help']]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage:\n  schema-codegen generate [options]');
    }
    const unknown = runCli(['help', 'nothing']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no help for "nothing"');
  });

  it('prints the usage (exit 2) when given no arguments and there is no config, writing nothing', () => {
    const cwd = temp();
    const result = runCli([], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
    expect(listFiles(cwd)).toEqual([]);
  });

  it("refuses --target/--option without --schema into a folder holding another schema's output; --force or every target is fine", () => {
    const project = temp();
    mkdirSync(join(project, 'schema'));
    copyFileSync(CANONICAL_SCHEMA, join(project, 'schema', 'realtime-events.schema.json'));
    writeFileSync(join(project, 'schema-codegen.config.json'), JSON.stringify({ schema: 'schema/realtime-events.schema.json', out: 'generated' }));
    expect(runCli(['generate', '--schema', OTHER_SCHEMA, '--out', 'generated'], { cwd: project }).status).toBe(0);
    const before = snapshot(join(project, 'generated'));
    // One target without --schema: the config's schema, into a folder of another schema's output.
    const mixed = runCli(['generate', '--target', 'python', '--option', 'python.package=myapi'], { cwd: project });
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('holds output of another schema: csharp (from schema.json), docs (from schema.json), java (from schema.json), typescript (from schema.json)');
    expect(mixed.stderr).toContain('hint: pass --schema schema.json');
    expect(snapshot(join(project, 'generated'))).toEqual(before);
    // Every target re-rendered: one schema's output again, consistently.
    expect(runCli(['generate'], { cwd: project }).status).toBe(0);
    expect(runCli(['generate', '--target', 'python', '--option', 'python.package=myapi'], { cwd: project }).status).toBe(0);
    // --force mixes them, on purpose.
    expect(runCli(['generate', '--schema', OTHER_SCHEMA, '--target', 'docs', '--force'], { cwd: project }).status).toBe(0);
  });

  it('colours error labels on a terminal only, and never with NO_COLOR', () => {
    const cwd = temp();
    const bad = ['generate', '--schema', CANONICAL_SCHEMA, '--out', 'out', '--option', 'python.package=class'];
    const piped = runCli(bad, { cwd });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toMatch(/^error: python\.package/);
    expect(piped.stderr).not.toContain('\u001b[');
    const terminal = onTerminal(bad, cwd);
    expect(terminal.status).toBe(2);
    expect(terminal.output).toContain('\u001b[1;31merror\u001b[0m: python.package');
    for (const noColor of ['1', '']) {
      const plain = onTerminal(bad, cwd, { NO_COLOR: noColor });
      expect(plain.output).toContain('error: python.package');
      expect(plain.output, `NO_COLOR=${JSON.stringify(noColor)}`).not.toContain('\u001b[');
    }
  });

  it('shows a progress line on a terminal when a run takes longer than the delay, and erases it; never when piped', () => {
    const cwd = temp();
    const args = ['generate', '--schema', CANONICAL_SCHEMA, '--out', 'out', '--target', 'typescript'];
    const terminal = onTerminal(args, cwd, { SCHEMA_CODEGEN_PROGRESS_MS: '0' });
    expect(terminal.status).toBe(0);
    expect(terminal.output).toContain('schema-codegen: generating out…\r\u001b[K');
    const quick = onTerminal([...args.slice(0, -2), '--target', 'docs'], cwd);
    expect(quick.output).not.toContain('schema-codegen: generating');
    const piped = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', 'out2', '--target', 'typescript'], { cwd, env: { SCHEMA_CODEGEN_PROGRESS_MS: '0' } });
    expect(piped.stderr).toBe('');
  });

  it('--quiet prints nothing; --json prints one summary object per run, --check --json too', () => {
    const cwd = temp();
    const base = ['generate', '--schema', CANONICAL_SCHEMA, '--out', 'out', '--target', 'python'];
    const quiet = runCli([...base, '--quiet'], { cwd });
    expect([quiet.status, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    const again = JSON.parse(runCli([...base, '--json'], { cwd }).stdout);
    expect(again).toEqual({ out: 'out', status: 'unchanged', added: [], changed: [], removed: [] });
    expect(JSON.parse(runCli([...base, '--check', '--json'], { cwd }).stdout).status).toBe('up-to-date');
    writeFileSync(join(cwd, 'out', 'python', 'pyproject.toml'), 'edited');
    const stale = runCli([...base, '--check', '--json'], { cwd });
    expect(stale.status).toBe(1);
    expect(JSON.parse(stale.stdout)).toMatchObject({ status: 'stale', changed: ['python/pyproject.toml'] });
    const written = JSON.parse(runCli([...base, '--json', '--option', 'python.packageVersion=2.0.0'], { cwd }).stdout);
    expect(written).toMatchObject({ status: 'written', changed: ['python/pyproject.toml'], added: [], removed: [] });
    const fresh = JSON.parse(runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', 'new', '--target', 'python', '--json'], { cwd }).stdout);
    expect(fresh.status).toBe('written');
    expect(fresh.added).toContain('python/openai_realtime_events/models/__init__.py');
    expect(runCli([...base, '--json', '--quiet'], { cwd }).status).toBe(2);
  });
});

const exec = promisify(execFile);
const npm = (args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  exec('npm', [...args], { cwd, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...env }, encoding: 'utf8' });

describe('installing the CLI and the CI recipe, offline', () => {
  it('npm install --save-dev <checkout>, npx --package=<checkout> and npm install -g all run schema-codegen; the recipe (npm ci, generate --check, pre-commit hook) works', async () => {
    const sdk = temp();
    const cache = join(temp(), 'npm-cache'); // a cache of its own: nothing of the machine's is read or written
    // ignore-scripts: installing the checkout must not run its "prepare" (a rebuild of dist/ under the running tests).
    const offline = { npm_config_offline: 'true', npm_config_cache: cache, npm_config_ignore_scripts: 'true' };
    writeFileSync(join(sdk, 'package.json'), JSON.stringify({ name: 'acme-sdk', private: true, scripts: { codegen: 'schema-codegen generate' } }));
    mkdirSync(join(sdk, 'spec'));
    copyFileSync(CANONICAL_SCHEMA, join(sdk, 'spec', 'api.schema.json'));
    writeFileSync(join(sdk, 'schema-codegen.config.json'), JSON.stringify({ schema: 'spec/api.schema.json', out: 'src/models', targets: ['typescript', 'python'] }));
    const global = temp();
    const elsewhere = temp();
    // The three ways in, side by side (each is a few seconds of npm).
    const [, viaNpx, viaGlobal] = await Promise.all([
      npm(['install', '--save-dev', ROOT], sdk, offline),
      npm(['exec', '--yes', `--package=${ROOT}`, '--', 'schema-codegen', '--version'], elsewhere, offline),
      npm(['install', '--global', '--prefix', global, ROOT], elsewhere, offline).then(() => exec(join(global, 'bin', 'schema-codegen'), ['--version'], { encoding: 'utf8' })),
    ]);
    expect(viaNpx.stdout.trim()).toBe(VERSION);
    expect(viaGlobal.stdout.trim()).toBe(VERSION);

    // The recipe's steps, as the GitHub Actions job and the pre-commit hook run them.
    await npm(['ci'], sdk, offline);
    await npm(['run', 'codegen'], sdk, offline);
    expect((await exec('node_modules/.bin/schema-codegen', ['generate', '--check'], { cwd: sdk, encoding: 'utf8' })).stdout).toContain('src/models is up to date');
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: sdk, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(sdk, '.git', 'hooks', 'pre-commit'), PRE_COMMIT_HOOK);
    chmodSync(join(sdk, '.git', 'hooks', 'pre-commit'), 0o755);
    writeFileSync(join(sdk, '.gitignore'), 'node_modules/\n');
    git('add', '-A');
    expect(git('commit', '-qm', 'models').status).toBe(0);
    writeFileSync(join(sdk, 'src', 'models', 'python', 'pyproject.toml'), 'edited by hand');
    git('add', '-A');
    const refused = git('commit', '-qm', 'hand edit');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('src/models is stale');
  }, 240_000);
});

/** The pre-commit hook the README's CI recipe gives (.git/hooks/pre-commit). */
const PRE_COMMIT_HOOK = `#!/bin/sh
# Refuse a commit whose generated models differ from what the schema gives.
exec node_modules/.bin/schema-codegen generate --check --quiet
`;
