// The diff cases: test/diff/cases/base.schema.json is every case's old schema; each
// test/diff/cases/<case>.json holds a JSON Patch (add, replace, remove) making the new one, and
// the classification expected of the diff, checked by hand (classification.test.ts).

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffVersions, type DiffReport } from '../../generator/diff/index.js';
import { readVersion } from '../../generator/diff/load.js';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');
export const BASE = join(CASES_DIR, 'base.schema.json');

type Op = { op: 'add' | 'replace' | 'remove'; path: string; value?: unknown };

export interface DiffCase {
  readonly name: string;
  readonly file: string;
  readonly description: string;
  readonly patch: readonly Op[];
  readonly expected: unknown;
}

export function diffCases(): DiffCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'base.schema.json')
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), file: join(CASES_DIR, f), ...JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8')) }));
}

/** RFC 6902's add, replace and remove (all a case needs); "-" appends to an array. */
export function applyPatch(document: unknown, patch: readonly Op[]): unknown {
  const root = structuredClone(document) as Record<string, unknown>;
  for (const { op, path, value } of patch) {
    const tokens = path.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = tokens.pop()!;
    let at: any = root;
    for (const t of tokens) {
      if (at[t] === undefined) throw new Error(`patch path ${path} does not exist`);
      at = at[t];
    }
    if (Array.isArray(at)) {
      const i = last === '-' ? at.length : Number(last);
      if (op === 'add') at.splice(i, 0, value);
      else if (op === 'replace') at[i] = value;
      else at.splice(i, 1);
    } else {
      if (op !== 'add' && !(last in at)) throw new Error(`patch path ${path} does not exist`);
      if (op === 'remove') delete at[last];
      else at[last] = value;
    }
  }
  return root;
}

/** Writes the case's new schema into dir (as <case>.schema.json) and returns its path. */
export function writeNewSchema(c: DiffCase, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${c.name}.schema.json`);
  writeFileSync(path, JSON.stringify(applyPatch(JSON.parse(readFileSync(BASE, 'utf8')), c.patch), null, 2));
  return path;
}

export function diffCase(c: DiffCase, dir: string): DiffReport {
  return diffVersions(readVersion(BASE, {}), readVersion(writeNewSchema(c, dir), {}));
}

/** What a case's expectation states of each change: kind, place, both wire directions, each target's source verdict. */
export function summary(report: DiffReport): unknown {
  return {
    changes: report.changes.map((c) => ({
      kind: c.kind,
      at: `${c.declaration}${c.property === null ? '' : `.${c.property}`}`,
      old: c.old,
      new: c.new,
      wire: `old reads new: ${c.wire.oldReadsNew}; new reads old: ${c.wire.newReadsOld}`,
      source: Object.fromEntries(Object.entries(c.source).map(([t, s]) => [t, s.how === null ? 'compatible' : `breaking (${s.how})`])),
    })),
    semver: report.semver,
  };
}
