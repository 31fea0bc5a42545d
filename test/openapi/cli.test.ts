// The CLI on OpenAPI and --only: Swagger 2.0 refused with how to convert, --only (and "only" in
// the config) keeps the named declarations and what they reference, a name that matches nothing
// gets a did-you-mean, and the "nothing changed" shortcut knows --only changes the output.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANONICAL_SCHEMA, ROOT } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';

const PETSTORE = join(ROOT, 'test', 'openapi', 'fixtures', 'petstore-3.0.yaml');

function declarations(args: readonly string[]): string[] {
  const result = runCli(['generate', '--dump-model', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { declarations: { id: string }[] }).declarations.map((d) => d.id);
}

describe('CLI: OpenAPI and --only', () => {
  it('refuses Swagger 2.0 with file, pointer and how to convert; exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swagger-'));
    writeFileSync(join(dir, 'api.yaml'), 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n');
    const result = runCli(['generate', '--schema', join(dir, 'api.yaml'), '--out', join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: this is a Swagger (OpenAPI) "2.0" document; only OpenAPI 3.0 and 3.1 are supported');
    expect(result.stderr).toContain(`at ${join(dir, 'api.yaml')}#/swagger`);
    expect(result.stderr).toMatch(/hint: convert it to OpenAPI 3: npx swagger2openapi .*Swagger Editor/);
  });

  it('--only keeps the named declarations and what they reference (plain JSON Schema $defs, globs)', () => {
    expect(declarations(['--schema', CANONICAL_SCHEMA, '--only', 'RealtimeClientEvent*'])).toEqual([
      '/$defs/RealtimeClientEventConversationItemTruncate',
      '/$defs/RealtimeClientEvent',
    ]);
    expect(declarations(['--schema', PETSTORE, '--only', 'Pet'])).toEqual(['/$defs/Pet', '/$defs/Pet/properties/kind', '/$defs/Tag']);
    expect(declarations(['--schema', PETSTORE, '--only', 'UpdatedPet,GetPetResponse*', '--only', 'Tag'])).toEqual([
      '/$defs/Tag',
      '/$defs/GetPetResponseDefault',
      '/$defs/UpdatedPet',
    ]);
  });

  it('"only" in the config does the same, and --only replaces it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'only-config-'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ schema: PETSTORE, only: ['Tag'] }));
    expect(declarations(['--config', config])).toEqual(['/$defs/Tag']);
    expect(declarations(['--config', config, '--only', 'UpdatedPet'])).toEqual(['/$defs/UpdatedPet']);
    writeFileSync(config, JSON.stringify({ schema: PETSTORE, only: 'Tag' }));
    const bad = runCli(['generate', '--config', config, '--dump-model']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"only" must be a non-empty array of declaration names');
  });

  it('a name that matches nothing is an error with did-you-mean; exit 2', () => {
    const result = runCli(['generate', '--schema', PETSTORE, '--dump-model', '--only', 'Pets']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: --only "Pets" matches no declaration');
    expect(result.stderr).toMatch(/hint: did you mean "Pet", /);
    const empty = runCli(['generate', '--schema', PETSTORE, '--dump-model', '--only', 'Pet,']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('--only has an empty name');
  });

  it('a run with other --only names renders again (the fingerprint holds them)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'only-out-')), 'out');
    const run = (only: string): string => runCli(['generate', '--schema', PETSTORE, '--out', out, '--target', 'typescript', '--only', only]).stdout;
    // TypeScript writes index.ts, validation-schema.ts, the five runtime/ files, package.json and
    // tsconfig.json; another --only changes the models and the validation documents, nothing else.
    expect(run('Pet')).toMatch(/9 added/);
    expect(run('Pet')).toMatch(/nothing changed/);
    expect(run('Tag')).toMatch(/2 changed/);
  });
});
