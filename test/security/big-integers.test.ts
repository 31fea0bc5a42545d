// Integers beyond 64 bits (issue 17, item 7): an integral JSON number of any size, written as
// digits, with a fraction of zeros or with an exponent, is an integer in all four generated
// validators, as in Ajv, and comes back from a round trip with its value.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithAjv, describe as describeTally } from '../helpers/agreement.js';
import { makeOracle } from '../helpers/ajv.js';
import { ROOT } from '../helpers/cases.js';
import { runVectors, type Outcome, type Vector } from '../helpers/protocol.js';
import { RUNNERS } from '../runners/index.js';

const SCHEMA = join(ROOT, 'test', 'security', 'big-integers.schema.json');
const oracle = () => makeOracle(JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>);

/** Raw lines: JSON.stringify would write 1e52 as 1e+52 and round 123456789012345678901234567. */
const raw = (schema: string, json: string): Vector => ({ schema, json: JSON.parse(json) as unknown, raw: `{"schema":"${schema}","json":${json}}` });

const VALID: readonly Vector[] = [
  raw('Big', '1e52'),
  raw('Big', '-1e52'),
  raw('Big', '1E+52'),
  raw('Big', '10000000000000000000000000000000000000000000000000000'),
  raw('Big', '123456789012345678901234567'),
  raw('Big', '9223372036854775808'),
  raw('Big', '-9223372036854775809'),
  raw('Big', '1.0e20'),
  raw('Big', '2.50e1'),
  raw('Big', '1e308'),
  raw('Big', '1.0'),
  raw('Big', '0'),
  raw('Holder', '{"n": 1e52, "list": [1e19, -2e30, 3], "map": {"a": 1e25}, "positive": 1e40}'),
];

const INVALID: readonly Vector[] = [
  raw('Big', '1.5e0'),
  raw('Big', '1e-1'),
  raw('Big', '"1e52"'),
  raw('Holder', '{"n": 1e52, "list": [2.5]}'),
  raw('Holder', '{"positive": -1e40}'),
  raw('Holder', '{"list": [1e52, 0.5]}'),
];

describe('the vectors are meaningful', () => {
  it('Ajv accepts every valid one and rejects every invalid one', () => {
    const ajv = oracle();
    for (const v of VALID) expect(ajv.validate(v.schema, v.json).ok, v.raw).toBe(true);
    for (const v of INVALID) expect(ajv.validate(v.schema, v.json).ok, v.raw).toBe(false);
  });
});

describe.each(['typescript', 'python', 'csharp', 'java'])('%s validator', (target) => {
  let outcomes: Outcome[] = [];
  const vectors = [...VALID, ...INVALID];

  beforeAll(async () => {
    const runner = await RUNNERS[target]!([{ key: 'big', schemaPath: SCHEMA }], mkdtempSync(join(tmpdir(), `big-integers-${target}-`)));
    outcomes = await runVectors(runner, vectors);
  });

  it(`agrees with Ajv on ${VALID.length + INVALID.length} integers beyond 64 bits, and round-trips the valid ones`, () => {
    const tally = compareWithAjv(oracle(), vectors, outcomes);
    expect(tally.disagreements, describeTally(tally, 20)).toEqual([]);
    expect(tally.accepted).toBe(VALID.length);
  });
});
