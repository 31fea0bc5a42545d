// A JSON Schema that uses the schemas of an API's OpenAPI document ("pets-api.yaml#/components/
// schemas/Pet"): the referenced document is embedded as the JSON Schema it means (stages/openapi.ts
// through the bundle's `convert`, pipeline.ts), so its OpenAPI 3.0 dialect (nullable, boolean
// exclusive bounds, discriminator, example) is honoured, the references into it are moved to
// where its schemas went, and every error or warning inside it names the OpenAPI file and the
// pointer as written there. Before, the document was read as JSON Schema, where a discriminator
// beside oneOf or a "nullable" is refused or ignored.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { SchemaError, loadModel, renderModel } from '../../generator/index.js';
import { ROOT, defaultOptions } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';

const FIXTURE = join(ROOT, 'test', 'openapi', 'fixtures', 'referenced');

/** A copy of the fixture whose OpenAPI document is `edit`ed, with its root schema's path. */
function copyWith(edit: (api: string) => string = (api) => api): string {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-referenced-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const api = join(dir, 'pets-api.yaml');
  writeFileSync(api, edit(readFileSync(api, 'utf8')));
  return join(dir, 'events.schema.json');
}

function refusal(root: string): SchemaError {
  try {
    loadModel(root);
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('a JSON Schema referencing an OpenAPI document', () => {
  it('types the referenced schemas with their OpenAPI meaning', () => {
    const ts = renderModel(loadModel(join(FIXTURE, 'events.schema.json')), defaultOptions(['typescript'])).get('typescript/index.ts')!;
    expect(ts).toContain('  pet: PetsApiPet;\n');
    expect(ts).toContain('export type PetsApiPet = PetsApiCat | PetsApiDog;');
    expect(ts).toContain('  name: string | null;\n'); // nullable: true
  });

  it('validates what the OpenAPI document says, in the generated code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-referenced-ts-'));
    for (const [path, source] of renderModel(loadModel(join(FIXTURE, 'events.schema.json')), defaultOptions(['typescript']))) {
      const file = join(dir, path.replace(/^typescript\//, '').replace(/\.ts$/, '.js'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    }
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
    const generated = (await import(pathToFileURL(join(dir, 'index.js')).href)) as {
      isPetAdopted(value: unknown): boolean;
      validatePetAdopted(value: unknown): { pointer: string; keyword: string }[];
    };
    const adopted = (pet: unknown): unknown => ({ type: 'pet.adopted', pet });
    expect(generated.isPetAdopted(adopted({ kind: 'cat', name: null, lives: 1 }))).toBe(true); // nullable
    expect(generated.isPetAdopted(adopted({ kind: 'dog', good: false, extra: 1 }))).toBe(true);
    expect(generated.validatePetAdopted(adopted({ kind: 'cat', name: 'Tom', lives: 0 })).map((i) => [i.pointer, i.keyword])).toContainEqual([
      '/pet/lives',
      'exclusiveMinimum', // exclusiveMinimum: true beside minimum: 0
    ]);
    expect(generated.isPetAdopted(adopted({ kind: 'cow' }))).toBe(false);
    expect(generated.isPetAdopted({ type: 'pet.adopted', pet: { kind: 'dog' }, friend: { kind: 'cat', name: 'x' } })).toBe(false);
  });

  it('points an error inside the OpenAPI document at that file and its own pointer', () => {
    const error = refusal(copyWith((api) => api.replace('name: { type: string, nullable: true, example: Tom }', 'name: { type: string, nullable: true, minLength: -1 }')));
    expect(error.message).toMatch(/minLength/);
    expect(error.file).toMatch(/pets-api\.yaml$/);
    expect(error.pointer).toBe('/components/schemas/Cat/properties/name/minLength');
  });

  it("refuses an OpenAPI document's own refusals (a Swagger 2.0 file) naming that file", () => {
    const error = refusal(copyWith(() => 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n'));
    expect(error.message).toMatch(/Swagger \(OpenAPI\) "2.0" document/);
    expect(error.file).toMatch(/pets-api\.yaml$/);
  });

  it('a reference to a pointer in no schema (into "paths") is refused at the reference', () => {
    const root = copyWith();
    writeFileSync(root, readFileSync(root, 'utf8').replace('#/components/schemas/Dog', '#/paths/~1dogs'));
    const error = refusal(root);
    expect(error.message).toBe('reference "pets-api.yaml#/paths/~1dogs" points at nothing');
    expect(error.file).toMatch(/events\.schema\.json$/);
    expect(error.pointer).toBe('/$defs/PetAdopted/properties/friend/$ref');
  });

  it("through the CLI: the document's warnings name it, --strict refuses its vendor mistakes there, all targets generate", () => {
    const root = copyWith((api) => api.replace('required: [kind, name]', 'required: [kind, name, kind]'));
    const out = join(dirname(root), 'out');
    const result = runCli(['generate', '--schema', 'events.schema.json', '--out', 'out'], { cwd: dirname(root) });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('warning: "required" lists "kind" twice; read as once');
    expect(result.stderr).toContain('at pets-api.yaml#/components/schemas/Cat/required');
    expect(readFileSync(join(out, 'typescript', 'index.ts'), 'utf8')).toContain('export type PetsApiPet');
    const strict = runCli(['generate', '--schema', 'events.schema.json', '--out', 'out', '--strict'], { cwd: dirname(root) });
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('error: "required" lists "kind" twice; read as once');
    expect(strict.stderr).toContain('at pets-api.yaml#/components/schemas/Cat/required');
  });
});
