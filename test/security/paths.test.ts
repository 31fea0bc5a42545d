// The writer's walls, driven through the real CLI in temporary folders: no path from an option,
// the config, the manifest or a link planted in the output folder leads a write, a read (the
// --check report) or a prune outside --out; --out given as a link updates the folder it points
// to; a lock held by a live process is explained and ends in exit 3; an --out holding the run's
// own inputs is refused; folders merely named like leftovers are left alone.

import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftoverPath } from '../../generator/write/swap.js';
import { listFiles } from '../../generator/files.js';
import { MANIFEST, checkOutput, writeOutput } from '../../generator/write/write.js';
import { CANONICAL_SCHEMA } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';

const SECRET = 'sentinel: not for schema-codegen';
const temp = (): string => mkdtempSync(join(tmpdir(), 'paths-'));
type Tree = Record<string, string>;
const tree = (dir: string): Tree => Object.fromEntries(listFiles(dir).map((p) => [p, lstatSync(join(dir, p)).isSymbolicLink() ? `-> ${readlinkSync(join(dir, p))}` : readFileSync(join(dir, p), 'utf8')]));
const ts = (out: string, ...extra: string[]) => runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript', ...extra]);

/** A folder with a sentinel file beside an output folder that does not exist yet. */
function work(): { dir: string; out: string; sentinel: string } {
  const dir = temp();
  const sentinel = join(dir, 'sentinel.txt');
  writeFileSync(sentinel, `${SECRET}\n`);
  return { dir, out: join(dir, 'project', 'out'), sentinel };
}

/** Everything below dir but the output folder itself: what a run must leave exactly as it was. */
const outside = (dir: string, out: string): Tree => Object.fromEntries(Object.entries(tree(dir)).filter(([p]) => !join(dir, p).startsWith(`${out}/`)));

describe('paths from options, the config and the manifest stay inside --out', () => {
  it('refuses typescript.fileName with a folder part, "..", an absolute path or a backslash, from --option and from the config', () => {
    const { dir, out } = work();
    expect(ts(out).status).toBe(0);
    const before = tree(dir);
    for (const name of ['../../sentinel.txt', '../x.ts', '/tmp/x.ts', 'a/b.ts', 'a\\b.ts', '.', '..', 'x\n.ts']) {
      for (const mode of ['', '--check']) {
        const result = ts(out, '--option', `typescript.fileName=${name}`, ...(mode === '' ? [] : [mode]));
        expect(result.status, `${name} ${mode}`).toBe(2);
        expect(result.stderr).toContain('typescript.fileName must be a plain file name');
        expect(result.stdout + result.stderr).not.toContain(SECRET);
      }
    }
    const config = join(dir, 'codegen.json');
    for (const fileName of ['../../sentinel.txt', 'x\u0000.ts']) {
      writeFileSync(config, JSON.stringify({ schema: CANONICAL_SCHEMA, out, targets: ['typescript'], options: { typescript: { fileName } } }));
      const fromConfig = runCli(['generate', '--config', config]);
      expect(fromConfig.status).toBe(2);
      expect(fromConfig.stderr).toMatch(/^error: typescript\.fileName must be a plain file name.*\n {2}hint: /);
    }
    expect(tree(dir)).toEqual({ ...before, 'codegen.json': readFileSync(config, 'utf8') });
  });

  it('the writer itself refuses any planned path that is absolute, has "..", ".", empty segments, backslashes, NUL or a drive letter', async () => {
    const { dir, out } = work();
    const before = tree(dir);
    for (const path of ['/etc/passwd', 'typescript/../../sentinel.txt', 'typescript/./x.ts', 'typescript//x.ts', 'typescript/', 'typescript\\..\\x', 'typescript/x\u0000.ts', 'C:/x.ts', 'typescript/\n/x']) {
      const request = { outDir: out, targets: ['typescript'], files: [['typescript/ok.ts', 'ok\n'], [path, 'bad\n']] as [string, string][], force: false };
      expect(() => checkOutput(request), path).toThrow(/refusing to write .* in the output folder/);
      await expect(writeOutput(request), path).rejects.toThrow(/refusing to write/);
    }
    expect(tree(dir)).toEqual(before);
    expect(existsSync(out)).toBe(false);
  });

  it('drops manifest entries outside the folder with a warning, and never reads, compares or prunes them', () => {
    const { dir, out, sentinel } = work();
    expect(ts(out).status).toBe(0);
    const hash = '0'.repeat(64);
    const manifest = readFileSync(join(out, MANIFEST), 'utf8');
    writeFileSync(join(out, MANIFEST), `${manifest}${hash}  typescript/../../../sentinel.txt\n${hash}  ${sentinel}\ntypescript/../../../sentinel.txt\n`);
    writeFileSync(join(out, 'typescript', 'index.ts'), 'edited\n'); // so that both runs compare and the write rewrites the manifest
    const before = outside(dir, out);
    for (const [mode, status] of [[['--check'], 1], [[], 0]] as const) {
      const result = ts(out, ...mode);
      expect(result.stderr).toContain(`warning: ${MANIFEST} lists "typescript/../../../sentinel.txt", which is not a plain relative path (it has a ".." segment); ignored`);
      expect(result.stderr).toContain(`lists ${JSON.stringify(sentinel)}, which is not a plain relative path (it is absolute); ignored`);
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(result.status, result.stderr).toBe(status);
    }
    expect(outside(dir, out)).toEqual(before);
    expect(readFileSync(sentinel, 'utf8')).toBe(`${SECRET}\n`);
    expect(readFileSync(join(out, MANIFEST), 'utf8')).not.toContain('sentinel');
  });
});

describe('links planted inside the output folder are never followed', () => {
  /** An output folder where typescript/ (or typescript/index.ts) is a link to a folder (a file)
   *  outside, which holds a sentinel named index.ts; the manifest also lists a file to prune there. */
  function planted(kind: 'folder' | 'file'): { dir: string; out: string; elsewhere: string } {
    const { dir, out } = work();
    expect(ts(out).status).toBe(0);
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'index.ts'), `${SECRET}\n`);
    writeFileSync(join(elsewhere, 'stale.ts'), `${SECRET}\n`);
    writeFileSync(join(out, MANIFEST), `${readFileSync(join(out, MANIFEST), 'utf8')}${'0'.repeat(64)}  typescript/stale.ts\n`);
    if (kind === 'folder') {
      rmSync(join(out, 'typescript'), { recursive: true });
      symlinkSync(elsewhere, join(out, 'typescript'));
    } else {
      rmSync(join(out, 'typescript', 'index.ts'));
      symlinkSync(join(elsewhere, 'index.ts'), join(out, 'typescript', 'index.ts'));
    }
    return { dir, out, elsewhere };
  }

  it('--check reports the file missing without reading through the link; generate replaces the link and changes nothing outside', () => {
    for (const kind of ['folder', 'file'] as const) {
      const { dir, out, elsewhere } = planted(kind);
      const before = outside(dir, out);
      const check = ts(out, '--check');
      expect(check.status, kind).toBe(1);
      expect(check.stderr).toContain('missing: typescript/index.ts');
      expect(check.stdout + check.stderr).not.toContain(SECRET);
      const result = ts(out);
      expect(result.status, result.stderr).toBe(0);
      // A linked folder: every TypeScript file is added again (index.ts, validation-schema.ts, 5 runtime modules, package.json, tsconfig.json).
      expect(result.stdout).toContain(`${kind === 'folder' ? 9 : 1} added, 0 changed, 0 removed`);
      expect(outside(dir, out)).toEqual(before);
      expect(readdirSync(elsewhere).sort()).toEqual(['index.ts', 'stale.ts']);
      expect(lstatSync(join(out, 'typescript')).isDirectory()).toBe(true);
      expect(lstatSync(join(out, 'typescript', 'index.ts')).isFile()).toBe(true);
      expect(readFileSync(join(out, 'typescript', 'index.ts'), 'utf8')).toContain('export interface');
      expect(ts(out, '--check').status).toBe(0);
    }
  });

  it('a foreign link elsewhere in the folder is carried over as a link, its target neither read nor copied', () => {
    const { dir, out, sentinel } = work();
    expect(ts(out).status).toBe(0);
    symlinkSync(sentinel, join(out, 'notes.txt'));
    const before = outside(dir, out);
    const result = ts(out, '--option', 'typescript.fileName=models.ts');
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(join(out, 'notes.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(out, 'notes.txt'))).toBe(sentinel);
    expect(outside(dir, out)).toEqual(before);
  });
});

describe('--out given as a link', () => {
  it('writes into the folder the link points to, keeps the link, and leaves no stale output', () => {
    const dir = temp();
    const real = join(dir, 'real');
    const link = join(dir, 'link');
    symlinkSync(real, link); // the folder does not exist yet
    const variant = join(dir, 'variant.schema.json');
    const schema = JSON.parse(readFileSync(CANONICAL_SCHEMA, 'utf8'));
    for (const def of Object.values(schema.$defs) as { description: string }[]) def.description += ' (variant B)';
    writeFileSync(variant, JSON.stringify(schema));
    expect(ts(link).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(real, 'typescript', 'index.ts'), 'utf8')).not.toContain('variant B');
    const second = runCli(['generate', '--schema', variant, '--out', link, '--target', 'typescript']);
    expect(second.status, second.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(join(real, 'typescript', 'index.ts'), 'utf8')).toContain('variant B');
    expect(readdirSync(dir).sort()).toEqual(['link', 'real', 'variant.schema.json']);
    const check = runCli(['generate', '--schema', variant, '--out', link, '--target', 'typescript', '--check']);
    expect(check.status, check.stderr).toBe(0);
  });
});

describe('a lock held by a live process', () => {
  it('says on stderr what it waits for, then gives up with exit 3 naming the lock and how to remove it', () => {
    const { out } = work();
    expect(ts(out).status).toBe(0);
    writeFileSync(join(out, 'typescript', 'index.ts'), 'edited\n'); // so the run must take the lock
    const lock = `${out}.lock`;
    writeFileSync(lock, String(process.pid));
    const started = Date.now();
    const run = runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out, '--target', 'typescript'], { env: { SCHEMA_CODEGEN_LOCK_WAIT_MS: '1500' } });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`waiting for ${lock}, held by pid ${process.pid}`);
    expect(run.stderr).toMatch(new RegExp(`error: gave up after \\d+ s waiting for ${lock}, held by pid ${process.pid}\\n {2}hint: `));
    expect(run.stderr).toContain(`remove the lock: rm '${lock}'`);
    expect(run.stderr.match(/^waiting for/gm)).toHaveLength(1);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(readFileSync(join(out, 'typescript', 'index.ts'), 'utf8')).toBe('edited\n');
  });
});

describe('an --out that is or holds the run\'s own inputs', () => {
  it('is refused with exit 2 and a hint, and nothing is touched', () => {
    const dir = temp();
    const project = join(dir, 'project');
    mkdirSync(join(project, 'templates', 'typescript'), { recursive: true });
    const schema = join(project, 'api.schema.json');
    writeFileSync(schema, readFileSync(CANONICAL_SCHEMA));
    const config = join(project, 'codegen.json');
    writeFileSync(config, JSON.stringify({ schema: 'api.schema.json', targets: ['typescript'] }));
    symlinkSync(project, join(dir, 'project-link'));
    const before = tree(dir);
    const inode = statSync(project).ino;
    const cases: [string[], string, RegExp][] = [
      [['--schema', CANONICAL_SCHEMA, '--out', '.', '--force'], project, /output folder \S+ is the working directory/],
      [['--schema', CANONICAL_SCHEMA, '--out', '..', '--force'], project, /output folder \S+ contains the working directory/],
      [['--schema', schema, '--out', project, '--force'], dir, /contains the schema file/],
      [['--config', config, '--out', project, '--force'], dir, /contains the schema file|contains the config file/],
      [['--schema', CANONICAL_SCHEMA, '--templates', join(project, 'templates'), '--out', join(project, 'templates'), '--force'], dir, /is the templates folder/],
      [['--schema', CANONICAL_SCHEMA, '--out', join(dir, 'project-link'), '--force'], join(project, 'templates'), /contains the working directory/],
    ];
    for (const [args, cwd, message] of cases) {
      for (const mode of [[], ['--check']]) {
        const result = runCli(['generate', '--target', 'typescript', ...args, ...mode], { cwd });
        expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).toMatch(/\n {2}hint: choose an output folder of its own/);
      }
    }
    expect(tree(dir)).toEqual(before);
    expect(statSync(project).ino).toBe(inode);
  });
});

describe('folders beside --out merely named like leftovers', () => {
  it('are kept with their content, whether the output exists or not, and do not block the no-op shortcut', () => {
    const { dir, out } = work();
    const parent = join(dir, 'project');
    const lookAlikes = ['out.old-1-2', 'out.tmp-3-4', 'out.old-12-1700000000000-0123456789ab', 'out.tmp-5-6-zz'];
    mkdirSync(parent, { recursive: true });
    for (const name of lookAlikes) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, 'keep.txt'), name);
    }
    // Named exactly as a retired tree of ours, but a link: never put back as the output folder.
    symlinkSync(join(parent, lookAlikes[0]!), leftoverPath(out, 'old', 7, 8));
    lookAlikes.push(basename(leftoverPath(out, 'old', 7, 8)));
    const before = outside(dir, out);
    const first = ts(out);
    expect(first.status, first.stderr).toBe(0);
    expect(lstatSync(out).isDirectory()).toBe(true);
    expect(existsSync(join(out, 'typescript', 'index.ts'))).toBe(true);
    const second = ts(out);
    expect(second.stdout).toContain('nothing changed (same inputs as the last generate)');
    expect(ts(out, '--check').stdout).toContain('is up to date (same inputs as the last generate, every file intact)');
    writeFileSync(join(out, 'typescript', 'index.ts'), 'edited\n');
    expect(ts(out).stdout).toContain('0 added, 1 changed');
    expect(outside(dir, out)).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual(['out', ...lookAlikes].sort());
  });
});
