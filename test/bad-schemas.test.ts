// The bad-schema corpus: every schema in test/bad-schemas/ makes the real CLI exit 2 with the
// file, the expected JSON pointer, the expected message and a hint, and writes nothing (an entry's
// "args", such as --strict, are added to its command line).

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../generator/files.js';
import { CANONICAL_SCHEMA, ROOT } from './helpers/cases.js';
import { runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'test', 'bad-schemas');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { pointer: string; message: string; args?: string[] }>;
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** Too big to commit: written here, next to the committed ones in a temporary folder. */
function buildLargeSchemas(dir: string): void {
  const defs = Object.fromEntries(Array.from({ length: 100_001 }, (_, i) => [`D${i}`, { type: 'string' }]));
  writeFileSync(join(dir, 'too-many-declarations.schema.json'), JSON.stringify({ $schema: DRAFT, $defs: defs }));
  const deep = `${'['.repeat(100_000)}0${']'.repeat(100_000)}`;
  writeFileSync(join(dir, 'default-nested-deep.schema.json'), `{"$schema": "${DRAFT}", "$defs": {"A": {"type": "array", "default": ${deep}}}}`);
  const properties = Object.fromEntries(Array.from({ length: 3_501 }, (_, i) => [`p${i}`, { type: 'string' }]));
  writeFileSync(join(dir, 'java-too-many-properties.schema.json'), JSON.stringify({ $schema: DRAFT, $defs: { Wide: { type: 'object', properties } } }));
}
const BUILT = ['too-many-declarations', 'default-nested-deep', 'java-too-many-properties'];

describe('bad schemas', () => {
  const work = mkdtempSync(join(tmpdir(), 'bad-'));
  const out = join(work, 'out');
  let before: Record<string, string> = {};
  const snapshot = (): Record<string, string> => Object.fromEntries(listFiles(out).map((p) => [p, readFileSync(join(out, p), 'utf8')]));

  beforeAll(() => {
    buildLargeSchemas(work);
    expect(runCli(['generate', '--schema', CANONICAL_SCHEMA, '--out', out]).status).toBe(0);
    before = snapshot();
  });

  it('the corpus has at least 40 schemas, each with an expectation', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => f.slice(0, -'.schema.json'.length));
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.filter((f) => !(f in expected))).toEqual([]);
  });

  it.each(Object.keys(expected).filter((k) => k !== '$comment'))('%s', (name) => {
    const { pointer, message, args = [] } = expected[name]!;
    const file = BUILT.includes(name) ? join(work, `${name}.schema.json`) : join(DIR, `${name}.schema.json`);
    const started = Date.now();
    const result = runCli(['generate', '--schema', file, '--out', out, ...args]);
    expect(Date.now() - started, 'bounded time').toBeLessThan(15_000);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`${name}.schema.json#${pointer}`);
    expect(result.stderr).toMatch(/\n {2}hint: \S/);
    expect(result.stderr).not.toContain('internal error');
    expect(snapshot()).toEqual(before);
  });
});
