// The Python runner against Ajv on many more instances than the samples: every sample of every
// case, mutated (each property dropped, replaced by values of every JSON type, nested likewise;
// an unknown property added). Decision, error pointer and round trip must agree.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeOracle } from './helpers/ajv.js';
import { compareWithAjv, describe as describeTally } from './helpers/agreement.js';
import { allSchemas } from './helpers/cases.js';
import { runVectors, type Vector } from './helpers/protocol.js';
import { buildPythonRunner } from './runners/python.js';

const SUBS: unknown[] = [null, true, false, 0, 1, 1.0, 1.5, -1, 1e300, '', 'x', 'red', 'circle', [], [1], {}, { kind: 'circle', radius: 1 }];
function mutate(json: unknown): unknown[] {
  const out: unknown[] = [...SUBS];
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    for (const k of Object.keys(json)) {
      const { [k]: _dropped, ...rest } = json as Record<string, unknown>;
      out.push(rest);
      for (const s of SUBS) out.push({ ...json, [k]: s });
      for (const m of mutate((json as Record<string, unknown>)[k]).slice(SUBS.length)) out.push({ ...json, [k]: m });
    }
    out.push({ ...json, zzz: 1 });
  }
  if (Array.isArray(json)) json.forEach((_item, i) => SUBS.forEach((s) => out.push(json.map((y, j) => (i === j ? s : y)))));
  return out;
}

it('python agrees with Ajv on mutations', async () => {
  const cases = allSchemas();
  const vectors: Vector[] = cases.flatMap((c) => [...c.valid, ...c.invalid].flatMap((v) => mutate(v.json).map((json) => ({ schema: v.schema, json, case: c.name }))));
  const workDir = mkdtempSync(join(tmpdir(), 'runner-python-'));
  const outcomes = await runVectors(await buildPythonRunner(cases.map((c) => ({ key: c.name, schemaPath: c.schemaPath })), workDir), vectors);
  let problems = '';
  let accepted = 0;
  for (const c of cases) {
    const idx = vectors.map((_vector, i) => i).filter((i) => vectors[i]!.case === c.name);
    const tally = compareWithAjv(makeOracle(c.schema), idx.map((i) => vectors[i]!), idx.map((i) => outcomes[i]!));
    problems += describeTally(tally, 20);
    accepted += tally.accepted;
  }
  expect(problems).toBe('');
  expect(vectors.length).toBeGreaterThan(5000);
  expect(accepted).toBeGreaterThan(500);
  expect(vectors.length - accepted).toBeGreaterThan(5000);
});
