// Each change class's fixture (test/diff/cases/<case>.json: a patch of base.schema.json and the
// classification expected, checked by hand) against what the diff reports: the kind, where it is
// in both schemas, both wire directions, each target's source verdict and how it breaks, semver.
// source-compat.test.ts proves the "compile" verdicts in the four toolchains.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS } from '../../generator/diff/changes.js';
import { diffVersions } from '../../generator/diff/index.js';
import { readVersion } from '../../generator/diff/load.js';
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

describe('tuples compare position by position', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diff-tuples-'));
  /** The changes (kind and detail) between two versions of a declaration "Pair". */
  const changes = (before: object, after: object): { kind: string; detail: string; values: string }[] => {
    const file = (name: string, pair: object): string => {
      const path = join(dir, `${name}.schema.json`);
      writeFileSync(path, JSON.stringify({ $defs: { Pair: pair } }));
      return path;
    };
    const report = diffVersions(readVersion(file('old', before), {}), readVersion(file('new', after), {}));
    return report.changes.map((c) => ({ kind: c.kind, detail: c.detail, values: c.values }));
  };
  const tuple = (prefixItems: object[], rest?: object | boolean): object => ({ type: 'array', prefixItems, ...(rest === undefined ? {} : { items: rest }) });

  it('a position whose type changes is named by its index', () => {
    expect(changes(tuple([{ type: 'string' }, { type: 'number' }], false), tuple([{ type: 'string' }, { type: 'integer' }], false))).toEqual([
      { kind: 'type-narrowed', detail: 'item 1: number -> integer', values: 'narrower' },
    ]);
  });

  it('a position added to a closed tuple accepts more arrays; the rest closed accepts fewer', () => {
    expect(changes(tuple([{ type: 'string' }], false), tuple([{ type: 'string' }, { type: 'integer' }], false))).toEqual([
      { kind: 'type-widened', detail: 'item 1: none -> integer', values: 'wider' },
    ]);
    expect(changes(tuple([{ type: 'string' }], { type: 'integer' }), tuple([{ type: 'string' }], false))).toEqual([
      { kind: 'type-narrowed', detail: 'rest: integer -> none', values: 'narrower' },
    ]);
  });

  it('a tuple that becomes a plain array is a changed type', () => {
    expect(changes(tuple([{ type: 'string' }], false), { type: 'array', items: { type: 'string' } })).toEqual([
      { kind: 'type-changed', detail: 'tuple [string] -> array of string', values: 'different' },
    ]);
  });
});
