// Every target's generated code, run for real on every case's samples and the canonical
// examples, agrees with Ajv: same decision, a pointer Ajv reports, and equal round trips.
// One runner process per target serves all cases.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOracle } from './helpers/ajv.js';
import { compareWithAjv, describe as describeTally } from './helpers/agreement.js';
import { allSchemas } from './helpers/cases.js';
import { runVectors, type Outcome, type RunnerCommand, type Vector } from './helpers/protocol.js';
import { RUNNERS } from './runners/index.js';

const cases = allSchemas();

describe('samples are valid or invalid as labelled, by Ajv', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const oracle = makeOracle(c.schema);
    for (const v of c.valid) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v)).toBe(true);
    for (const v of c.invalid) expect(oracle.validate(v.schema, v.json).ok, JSON.stringify(v)).toBe(false);
  });
});

describe.each(Object.keys(RUNNERS))('%s runner agrees with Ajv', (target) => {
  const vectors: Vector[] = cases.flatMap((c) => [...c.valid, ...c.invalid].map((v) => ({ ...v, case: c.name })));
  let outcomes: Outcome[] = [];

  beforeAll(async () => {
    const workDir = mkdtempSync(join(tmpdir(), `runner-${target}-`));
    const runner: RunnerCommand = await RUNNERS[target]!(cases.map((c) => ({ key: c.name, schemaPath: c.schemaPath })), workDir);
    outcomes = await runVectors(runner, vectors);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const mine = vectors.map((v, i) => [v, outcomes[i]!] as const).filter(([v]) => v.case === name);
    expect(mine.length).toBe(c.valid.length + c.invalid.length);
    const tally = compareWithAjv(makeOracle(c.schema), mine.map(([v]) => v), mine.map(([, o]) => o));
    expect(tally.disagreements, describeTally(tally)).toEqual([]);
    expect(tally.accepted).toBe(c.valid.length);
  });
});
