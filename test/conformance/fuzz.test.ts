// Generated fuzz: random schemas drawing from the whole vocabulary (seeded; fuzz-schemas.ts),
// their output compiled in every language, and valid and mutated instances run through every
// target's runner and Ajv.
// CI runs a fixed seed and a small size; `npm run fuzz -- --seed N --schemas K --instances M`
// runs longer, and every failure names the seed and the schema so it can be replayed.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, renderModel } from '../../generator/index.js';
import { makeOracle } from '../helpers/ajv.js';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { defaultOptions } from '../helpers/cases.js';
import { runVectors, type Outcome, type Vector } from '../helpers/protocol.js';
import { RUNNERS } from '../runners/index.js';
import { fuzzSchema, mutate, rng, sampleValue } from './fuzz-schemas.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261120);
const SCHEMAS = Number(process.env['FUZZ_SCHEMAS'] ?? 6);
const INSTANCES = Number(process.env['FUZZ_INSTANCES'] ?? 30);

const work = mkdtempSync(join(tmpdir(), 'fuzz-'));
const random = rng(SEED);
const units = Array.from({ length: SCHEMAS }, (_, i) => {
  const schema = fuzzSchema(random);
  const schemaPath = join(work, `fuzz-${i}.schema.json`);
  writeFileSync(schemaPath, JSON.stringify(schema, null, 2));
  return { key: `fuzz-${i}`, schemaPath, schema };
});
const vectors: Vector[] = units.flatMap((u) => {
  const defs = u.schema['$defs'] as Record<string, never>;
  const names = Object.keys(defs);
  return Array.from({ length: INSTANCES }, (_, j) => {
    const name = names[Math.floor(random() * names.length)]!;
    const valid = sampleValue(random, defs[name] ?? null, defs);
    return { case: u.key, schema: name, json: j % 3 === 2 ? mutate(random, valid) : valid };
  });
});
const replay = (key: string): string => `replay: npm run fuzz -- --seed ${SEED} --schemas ${SCHEMAS} --instances ${INSTANCES} (schema ${key}: ${join(work, `${key}.schema.json`)})`;

describe(`fuzz (seed ${SEED}, ${SCHEMAS} schemas x ${INSTANCES} instances)`, () => {
  it.each(units.map((u) => [u.key, u] as const))('%s is accepted by the generator and by Ajv strict', (key, u) => {
    expect(() => loadModel(u.schemaPath), replay(key)).not.toThrow();
    expect(() => makeOracle(u.schema), replay(key)).not.toThrow();
  });

  it('every schema\'s TypeScript compiles under strict flags', () => {
    const project = new Project({ compilerOptions: { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noUnusedLocals: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [] }, useInMemoryFileSystem: true });
    // Each unit's module with the files it imports (validation-schema.ts, runtime/), in a folder of its own.
    for (const u of units) for (const [path, text] of renderModel(loadModel(u.schemaPath), defaultOptions(['typescript']))) project.createSourceFile(`/${u.key}/${path}`, text);
    expect(project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string, '\n')}`), replay('all')).toEqual([]);
  });

  describe.each(Object.keys(RUNNERS))('%s', (target) => {
    let outcomes: Outcome[] = [];
    beforeAll(async () => {
      // Building the runner compiles every schema's output in this language (dotnet, javac, ...).
      const runner = await RUNNERS[target]!(units.map((u) => ({ key: u.key, schemaPath: u.schemaPath })), mkdtempSync(join(tmpdir(), `fuzz-${target}-`)));
      outcomes = await runVectors(runner, vectors);
    });

    it.each(units.map((u) => [u.key, u] as const))('%s agrees with Ajv', (key, u) => {
      const mine = vectors.map((v, i) => [v, outcomes[i]!] as const).filter(([v]) => v.case === key);
      const tally = compareWithAjv(makeOracle(u.schema), mine.map(([v]) => v), mine.map(([, o]) => o));
      expect(tally.disagreements, `${replay(key)}\n${describeTally(tally)}`).toEqual([]);
    });
  });
});
