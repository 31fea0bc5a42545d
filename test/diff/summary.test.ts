// generate keeps the model it rendered (.schema-codegen-model.json, beside the manifest) and, on
// the next generate or --check, prints what changed semantically since: the diff's text report,
// cut to a screen. Run through the real CLI (dist/cli.js), as users run it.

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const MODEL_FILE = '.schema-codegen-model.json';
const HEADER = 'schema-codegen diff the last generate ->';

function schema(colors: readonly string[], required: readonly string[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Shop',
    $defs: {
      Color: { enum: colors },
      Item: {
        type: 'object',
        properties: { name: { type: 'string' }, color: { $ref: '#/$defs/Color' }, ...extra },
        required,
      },
    },
  });
}

/** A folder with shop.json and a generate of it into out/ (TypeScript only: the summary does not depend on the targets rendered). */
function generated(text: string): { dir: string; gen: (...more: string[]) => ReturnType<typeof runCli> } {
  const dir = mkdtempSync(join(tmpdir(), 'summary-'));
  writeFileSync(join(dir, 'shop.json'), text);
  const gen = (...more: string[]): ReturnType<typeof runCli> =>
    runCli(['generate', '--schema', 'shop.json', '--out', 'out', '--target', 'typescript', ...more], { cwd: dir });
  const first = gen();
  expect(first.status).toBe(0);
  expect(first.stderr).toBe(''); // nothing to compare with yet
  return { dir, gen };
}

describe('generate: what changed since the last generate', () => {
  it('keeps the model beside the manifest, listed in it with its hash', () => {
    const { dir } = generated(schema(['red', 'green', 'blue'], ['name']));
    const manifest = readFileSync(join(dir, 'out', '.schema-codegen-manifest'), 'utf8');
    expect(manifest).toMatch(new RegExp(`^[0-9a-f]{64}  \\${MODEL_FILE}$`, 'm'));
    const kept = JSON.parse(readFileSync(join(dir, 'out', MODEL_FILE), 'utf8')) as { declarations: { schemaName: string }[]; validation?: unknown };
    expect(kept.declarations.map((d) => d.schemaName)).toEqual(['Color', 'Item']);
    expect(kept.validation).toBeUndefined(); // the validation documents are not kept
  });

  it('names an added required property and a removed enum value with their classification; then nothing', () => {
    const { dir, gen } = generated(schema(['red', 'green', 'blue'], ['name']));
    writeFileSync(join(dir, 'shop.json'), schema(['red', 'green'], ['name', 'size'], { size: { type: 'integer' } }));
    const changed = gen();
    expect(changed.status).toBe(0);
    expect(changed.stdout).toBe('out: 0 added, 2 changed, 0 removed\n');
    const lines = changed.stderr.split('\n');
    expect(lines[0]).toBe(`${HEADER} shop.json: 2 changes`);
    expect(lines).toContain('BREAKING  enum-value-removed Color: "blue"');
    expect(lines).toContain('BREAKING  property-added-required Item.size: size: integer');
    expect(
      lines.filter((l) => l.includes('wire breaking (both; old reads new: compatible, new reads old: breaking); source breaks typescript (compile)')),
    ).toHaveLength(2);
    expect(changed.stderr).toMatch(/^ {2}typescript: major \(2 changes break code written against the old output/m);
    // The same schema again: the fast path (nothing rendered), and no summary.
    const again = gen();
    expect(again).toMatchObject({ status: 0, stderr: '', stdout: 'out: nothing changed (same inputs as the last generate)\n' });
    // A schema edit that changes no meaning (key order): rendered again, but nothing to summarize.
    writeFileSync(join(dir, 'shop.json'), `${schema(['red', 'green'], ['name', 'size'], { size: { type: 'integer' } })}\n`);
    expect(gen()).toMatchObject({ status: 0, stderr: '' });
  });

  it('--check on a changed schema prints the summary and exits 1; on an up-to-date folder it is quiet', () => {
    const { dir, gen } = generated(schema(['red', 'green', 'blue'], ['name']));
    expect(gen('--check')).toMatchObject({ status: 0, stderr: '' });
    writeFileSync(join(dir, 'shop.json'), schema(['red', 'green'], ['name', 'size'], { size: { type: 'integer' } }));
    const check = gen('--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`${HEADER} shop.json: 2 changes\nBREAKING  enum-value-removed Color: "blue"`);
    expect(check.stderr).toContain('BREAKING  property-added-required Item.size: size: integer');
    expect(check.stderr).toContain('out is stale');
    expect(check.stderr).toContain(`  differs: ${MODEL_FILE}`);
    // --json: the summary is the object's "changes" field, not on stderr.
    const json = gen('--check', '--json');
    expect(json.status).toBe(1);
    expect(json.stderr).not.toContain(HEADER);
    const object = JSON.parse(json.stdout) as { status: string; changes: string };
    expect(object.status).toBe('stale');
    expect(object.changes).toContain('BREAKING  property-added-required Item.size: size: integer');
    // --quiet: errors and warnings only, so no summary; the stale report still says why it failed.
    const quiet = gen('--check', '--quiet');
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).not.toContain(HEADER);
  });

  it('a hand edit of the kept model is drift, even where the inputs are unchanged, and generate restores it', () => {
    const { dir, gen } = generated(schema(['red', 'green', 'blue'], ['name']));
    const path = join(dir, 'out', MODEL_FILE);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('"blue"', '"purple"'));
    const check = gen('--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`  differs: ${MODEL_FILE}`);
    // The edited file is read as the last run's model: the summary says what the edit "changed".
    expect(check.stderr).toContain('enum-value-added Color: "blue"');
    const fixed = gen();
    expect(fixed.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(original);
    // Out of shape (not JSON): drift as well, and no summary rather than an error.
    writeFileSync(path, 'not json');
    expect(gen('--check')).toMatchObject({ status: 1 });
    expect(gen().stderr).toBe('');
  });

  it('keeps where OpenAPI pointers are and who sends each schema, so the summary weighs directions as diff does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-openapi-'));
    copyFileSync(join(HERE, 'openapi', 'old.yaml'), join(dir, 'api.yaml'));
    const gen = (): ReturnType<typeof runCli> => runCli(['generate', '--schema', 'api.yaml', '--out', 'out', '--target', 'typescript'], { cwd: dir });
    expect(gen().status).toBe(0);
    copyFileSync(join(HERE, 'openapi', 'new.yaml'), join(dir, 'api.yaml'));
    const summary = gen().stderr;
    const diff = runCli(['diff', join(HERE, 'openapi', 'old.yaml'), join(HERE, 'openapi', 'new.yaml'), '--target', 'typescript']);
    // The same changes, pointers and verdicts as schema-codegen diff of the two files (only the first line, naming them, differs).
    const body = (text: string): string[] => text.trim().split('\n').slice(1);
    expect(diff.status).toBe(0);
    expect(body(summary)).toEqual(body(diff.stdout));
    expect(summary).toContain('/components/schemas/ThingCreate/properties/note');
    expect(summary).toContain('wire breaking (send;');
  });

  it('cuts a long summary to a screen, saying how many more and how to see them', () => {
    const colors = Array.from({ length: 13 }, (_, i) => `c${i}`);
    const { dir, gen } = generated(schema(colors, ['name']));
    writeFileSync(join(dir, 'shop.json'), schema(['c0', 'c1'], ['name']));
    const lines = gen().stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`${HEADER} shop.json: 11 changes`);
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines).toContain('... 5 more, run schema-codegen diff for all (e.g. schema-codegen diff shop.json --base-ref HEAD)');
    expect(lines.at(-2)).toBe('semver:');
  });
});
