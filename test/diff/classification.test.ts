// Each change class's fixture (test/diff/cases/<case>.json: a patch of base.schema.json and the
// classification expected, checked by hand) against what the diff reports: the kind, where it is
// in both schemas, both wire directions, each target's source verdict and how it breaks, semver.
// source-compat.test.ts proves the "compile" verdicts in the four toolchains.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS } from '../../generator/diff/changes.js';
import { diffCase, diffCases, summary } from './fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'diff-cases-'));
const cases = diffCases();

describe('each change class is classified as its fixture says', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(summary(diffCase(c, work))).toEqual(c.expected);
    });
  }

  it('every change kind a schema change can make has a fixture', () => {
    const covered = new Set(cases.flatMap((c) => (c.expected as { changes: { kind: string }[] }).changes.map((x) => x.kind)));
    // Not made by a fixture: a declaration turned into another kind (object -> enum) and a deprecation lifted.
    const rest = CHANGE_KINDS.filter((k) => !covered.has(k));
    expect(rest).toEqual(['declaration-kind-changed', 'deprecated-removed']);
  });
});
