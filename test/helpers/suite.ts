// The official JSON-Schema-Test-Suite (../shared/json-schema-test-suite, or JSON_SCHEMA_TEST_SUITE)
// as jobs for a language's schema validator, and the comparison of its answers with the suite's.
// A runner reads a jobs file (JSON Lines, see `SuiteJob`) and prints one `SuiteAnswer` line per
// job: test/runtime/<lang>-suite.test.ts drive the runtime validators through it.
//
// In CI a missing suite is a failure; elsewhere `suiteRoot()` returns null and the caller says
// loudly that the check did not run.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { joinPointer } from '../../generator/errors.js';
import { translatePattern, type DialectName } from '../../generator/regex/index.js';
import { jsonNumberLiterals } from '../../generator/stages/numbers.js';
import { ROOT } from './cases.js';

export function suiteRoot(): string | null {
  const root = process.env['JSON_SCHEMA_TEST_SUITE'] ?? join(ROOT, '..', 'shared', 'json-schema-test-suite');
  if (existsSync(join(root, 'tests'))) return root;
  if (process.env['CI'] === 'true') throw new Error(`the JSON-Schema-Test-Suite is missing at ${root} (CI needs it: see the README, "Tests")`);
  console.warn(`\n*** NOT RUN: the JSON-Schema-Test-Suite is not at ${root}; set JSON_SCHEMA_TEST_SUITE to run the suite checks ***\n`);
  return null;
}

export interface SuiteGroup {
  /** "<file relative to the dialect folder>#<group index>", e.g. "optional/bignum.json#2". */
  readonly id: string;
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly {
    readonly description: string;
    readonly data: unknown;
    /** The data as JSON text with every number as the suite wrote it: JSON.parse makes 18446744073709551600 a double, 18446744073709552000. */
    readonly dataText: string;
    readonly valid: boolean;
  }[];
}

/** Every group of one dialect's folder (e.g. tests/draft2020-12), optional/ included when asked. */
export function readSuite(dialectDir: string, { optional }: { readonly optional: boolean }): SuiteGroup[] {
  const files = listJson(dialectDir).filter((f) => optional || !f.startsWith('optional/'));
  return files.flatMap((file) => {
    const text = readFileSync(join(dialectDir, file), 'utf8');
    type Test = Omit<SuiteGroup['tests'][number], 'dataText'>;
    const groups = JSON.parse(text) as { description: string; schema: unknown; tests: Test[] }[];
    const numbers = new Set<string>();
    groups.forEach((g, i) => g.tests.forEach((t, j) => collectNumbers(t.data, `/${i}/tests/${j}/data`, numbers)));
    const literals = jsonNumberLiterals(text)(numbers);
    return groups.map((g, i) => ({
      id: `${file}#${i}`,
      description: g.description,
      schema: g.schema,
      tests: g.tests.map((t, j) => ({ ...t, dataText: exactText(t.data, `/${i}/tests/${j}/data`, literals) })),
    }));
  });
}

function collectNumbers(value: unknown, pointer: string, into: Set<string>): void {
  if (typeof value === 'number') into.add(pointer);
  else if (Array.isArray(value)) value.forEach((v, i) => collectNumbers(v, `${pointer}/${i}`, into));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) collectNumbers(v, joinPointer(pointer, k), into);
}

/** JSON text of `value` with each number's literal from the file (keys in their order, as JSON.stringify writes them). */
function exactText(value: unknown, pointer: string, literals: ReadonlyMap<string, string>): string {
  if (typeof value === 'number') return literals.get(pointer) ?? JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v, i) => exactText(v, `${pointer}/${i}`, literals)).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${exactText(v, joinPointer(pointer, k), literals)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function listJson(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((entry) => {
      const rel = prefix === '' ? entry : `${prefix}/${entry}`;
      if (statSync(join(dir, rel)).isDirectory()) return listJson(dir, rel);
      return entry.endsWith('.json') ? [rel] : [];
    });
}

/**
 * The documents a validator may reference: the suite's remotes/ as served at
 * http://localhost:1234/ (as the suite's README says), and the draft 2020-12 and draft-07
 * meta-schemas (from Ajv's package, where they are published as data) under their own $id.
 */
export function referencedDocuments(suite: string): Record<string, unknown> {
  const documents: Record<string, unknown> = {};
  const remotes = join(suite, 'remotes');
  for (const file of listJson(remotes)) documents[`http://localhost:1234/${file}`] = JSON.parse(readFileSync(join(remotes, file), 'utf8'));
  const refs = join(ROOT, 'node_modules', 'ajv', 'dist', 'refs');
  const metas = [join(refs, 'json-schema-draft-07.json'), join(refs, 'json-schema-2020-12', 'schema.json')];
  for (const file of listJson(join(refs, 'json-schema-2020-12', 'meta'))) metas.push(join(refs, 'json-schema-2020-12', 'meta', file));
  for (const path of metas) {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { $id?: string };
    if (typeof doc.$id !== 'string') throw new Error(`no $id in ${relative(ROOT, path)}`);
    documents[doc.$id.replace(/#$/, '')] = doc;
  }
  return documents;
}

/** Every `pattern` value and `patternProperties` key in a document, each translated for a dialect. */
export function patternTable(schema: unknown, dialect: DialectName | null): Record<string, string | null> {
  const table: Record<string, string | null> = {};
  const add = (source: string): void => {
    if (source in table) return;
    try {
      table[source] = dialect === null ? source : translatePattern(source, dialect);
    } catch {
      table[source] = null; // refused by the generator (see generator/regex/parse.ts): the runner reports it
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'pattern' && typeof value === 'string') add(value);
        if (key === 'patternProperties' && value !== null && typeof value === 'object' && !Array.isArray(value)) Object.keys(value).forEach(add);
        walk(value);
      }
    }
  };
  walk(schema);
  return table;
}

/**
 * One line of a jobs file. The first line of every jobs file is `{"documents": {...}}` (the
 * referenced documents, by absolute URI); then one job per group. `root` is the absolute URI
 * the group's schema is known by (its `$id`, resolved against it, takes over as usual);
 * `patterns` maps each ECMA-262 pattern of the schema to the engine's own syntax (null: refused).
 */
export interface SuiteJob {
  readonly id: string;
  readonly root: string;
  readonly schema: unknown;
  readonly patterns: Record<string, string | null>;
  readonly formatAssertion: boolean;
  readonly instances: readonly unknown[];
}

/** One answer line: per instance, valid or not with its errors; or why the schema was refused. */
export type SuiteAnswer =
  | { readonly id: string; readonly results: readonly { readonly valid: boolean; readonly errors: readonly SuiteError[] }[] }
  | { readonly id: string; readonly refused: string };

export interface SuiteError {
  readonly instanceLocation: string;
  readonly keywordLocation: string;
  readonly message: string;
}

/** The absolute URI a group's schema is known by (its own `$id` resolves against it). */
export const groupUri = (id: string): string => `https://json-schema.org/tests/${id.replace('#', '/')}`;

export function writeJobs(path: string, suite: string, groups: readonly SuiteGroup[], dialect: DialectName | null, formatAssertion = false): void {
  const lines = [JSON.stringify({ documents: referencedDocuments(suite) })];
  for (const g of groups) {
    const job: SuiteJob = {
      id: g.id,
      root: groupUri(g.id),
      schema: g.schema,
      patterns: patternTable(g.schema, dialect),
      formatAssertion: formatAssertion || g.id.startsWith('optional/format/'),
      instances: g.tests.map((t) => t.data),
    };
    lines.push(JSON.stringify(job));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** "<group id>#<test index>: <group description> / <test description>" of every test the answers get wrong. */
export function disagreements(groups: readonly SuiteGroup[], answers: readonly SuiteAnswer[]): string[] {
  const byId = new Map(answers.map((a) => [a.id, a]));
  const wrong: string[] = [];
  for (const g of groups) {
    const answer = byId.get(g.id);
    g.tests.forEach((t, i) => {
      const label = `${g.id}#${i}: ${g.description} / ${t.description}`;
      if (answer === undefined) wrong.push(`${label} (no answer)`);
      else if ('refused' in answer) wrong.push(`${label} (refused: ${answer.refused})`);
      else {
        const result = answer.results[i];
        if (result === undefined || result.valid !== t.valid) wrong.push(label);
        else if (result.valid !== (result.errors.length === 0)) wrong.push(`${label} (valid=${result.valid} with ${result.errors.length} errors)`);
      }
    });
  }
  return wrong;
}

/** The ids ("<group id>#<test index>") listed in a known-failures file: one per line, "# ..." comments and reasons after the id. */
export function knownFailures(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(/\s/)[0]!);
}

/** Just the id part of a disagreement line. */
export const failureId = (line: string): string => line.slice(0, line.indexOf(':'));
