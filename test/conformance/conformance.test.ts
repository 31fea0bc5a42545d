// Cross-language conformance: the vectors (default test/vectors/canonical.jsonl) go through every
// target's runner and through Ajv; the decision, the error pointer and the round trip must agree.
// `npm run conformance -- --vectors FILE [--schema FILE]` runs this file with other inputs.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOracle } from '../helpers/ajv.js';
import { compareWithAjv, describe as describeTally, type Tally } from '../helpers/agreement.js';
import { CANONICAL_SCHEMA, ROOT } from '../helpers/cases.js';
import { parseVectorLines, runVectors } from '../helpers/protocol.js';
import { RUNNERS } from '../runners/index.js';

const schemaPath = process.env['CONFORMANCE_SCHEMA'] ?? CANONICAL_SCHEMA;
const vectorsPath = process.env['CONFORMANCE_VECTORS'] ?? join(ROOT, 'test', 'vectors', 'canonical.jsonl');
const vectors = parseVectorLines(readFileSync(vectorsPath, 'utf8'));
const oracle = makeOracle(JSON.parse(readFileSync(schemaPath, 'utf8')));
const tallies = new Map<string, Tally>();

function table(): string {
  const header = ['target', 'vectors', 'accepted', 'rejected', 'agreed with Ajv', 'round-trip equal', 'pointer agreed', 'disagreements'];
  const rows = [...tallies].map(([target, t]) => [target, vectors.length, t.accepted, t.rejected, t.agreed, t.roundTripEqual, t.pointerAgreed, t.disagreements.length].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

describe(`conformance: ${vectorsPath}`, () => {
  it('has vectors, and Ajv both accepts and rejects some', () => {
    expect(vectors.length).toBeGreaterThan(0);
    const accepted = vectors.filter((v) => oracle.validate(v.schema, v.json).ok).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(vectors.length);
  });

  describe.each(Object.keys(RUNNERS))('%s', (target) => {
    beforeAll(async () => {
      const runner = await RUNNERS[target]!([{ key: 'conformance', schemaPath }], mkdtempSync(join(tmpdir(), `conformance-${target}-`)));
      tallies.set(target, compareWithAjv(oracle, vectors, await runVectors(runner, vectors)));
    });

    it('agrees with Ajv on every vector', () => {
      const tally = tallies.get(target)!;
      console.log(`${table()}\n`);
      expect(tally.disagreements, describeTally(tally)).toEqual([]);
    });
  });
});
