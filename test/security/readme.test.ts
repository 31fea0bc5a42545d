// The README's way of running the CLI must never ask a registry for our unpublished name (npx
// would fetch and run whatever is published under it), and the way it documents must work:
// a path install into an SDK repository, run through an npm script, with the network off.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANONICAL_SCHEMA, ROOT } from '../helpers/cases.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const codeBlocks = [...README.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));

describe('README: running the CLI', () => {
  it('no command in it runs schema-codegen through npx (a registry look-up)', () => {
    const commands = codeBlocks.flatMap((b) => b.text.split('\n'));
    expect(commands.filter((line) => /\bnpx\b(?!\s+vitest)/.test(line))).toEqual([]);
    expect(commands.some((line) => line.startsWith('node dist/cli.js generate'))).toBe(true);
  });

  it('the documented SDK-repository set-up works offline: path install, npm script', () => {
    const script = codeBlocks.find((b) => b.lang === 'json' && b.text.includes('"codegen"'));
    expect(script, 'the README shows the npm script').toBeDefined();
    const sdk = mkdtempSync(join(tmpdir(), 'sdk-'));
    const scripts = (JSON.parse(script!.text) as { scripts: Record<string, string> }).scripts;
    const codegen = scripts['codegen']!.replace('spec/api.schema.json', CANONICAL_SCHEMA).replace('--out src/models', '--out src/models --target python');
    writeFileSync(join(sdk, 'package.json'), JSON.stringify({ name: 'sdk', private: true, scripts: { codegen } }));
    const npm = (...args: string[]) => spawnSync('npm', args, { cwd: sdk, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
    const install = npm('install', '--save-dev', '--no-audit', '--no-fund', '--ignore-scripts', ROOT);
    expect(install.status, install.stderr).toBe(0);
    const run = npm('run', 'codegen');
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(sdk, 'src', 'models', 'python', 'pyproject.toml'))).toBe(true);
  });
});
