// The official JSON-Schema-Test-Suite through the GENERATED code of every target: each group's
// schema becomes a schema file of its own (the root is the declaration, as a user's file would
// be), the generator turns it into each language's models, the project's real runners
// (test/runners/) build them once per language, and every test of the group goes through
// each language's parse function. The suite's own verdict decides, not Ajv.
//
// A group is accepted when the generator takes its schema for every target; a refused group's
// tests count as not agreeing. The report has the shape issue 17 gives (`ConformanceReport`), so
// that other tools can read `--json`.
//
// The dialect of a folder whose schemas leave `$schema` out (the suite's draft7 folder does) is
// added to each root, as a user would write it; format groups (optional/format/) run with the
// targets' `formats=assert`.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadModel, renderModel, SchemaError, OptionsError } from '../../generator/index.js';
import type { JsonValue } from '../../generator/model/ir.js';
import { bundle } from '../../generator/stages/bundle.js';
import { isObject } from '../../generator/stages/load.js';
import { parseDocumentText } from '../../generator/stages/parse-document.js';
import { TARGETS } from '../../generator/targets/index.js';
import { resolveUri } from '../../templates/typescript/runtime/uri.js';
import { runVectors, type Outcome, type Vector } from '../helpers/protocol.js';
import { readSuite, type SuiteGroup } from '../helpers/suite.js';
import { RUNNERS, type RunnerUnit } from '../runners/index.js';
import { timed, timedAsync } from '../runners/timing.js';

export const LANGUAGES = ['typescript', 'python', 'csharp', 'java'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface FileReport {
  groups: number;
  accepted: number;
  tests: number;
  agree: Record<Language, number>;
}

export interface Disagreement {
  readonly file: string;
  readonly group: string;
  readonly test: string;
  readonly language: Language;
  readonly expected: boolean;
  /** The language's verdict; null when the group was refused. */
  readonly got: boolean | null;
}

export interface ConformanceReport {
  readonly files: Record<string, FileReport>;
  readonly disagreements: Disagreement[];
}

export interface ConformanceRun {
  /** The dialect folder's name (e.g. draft2020-12). */
  readonly dialect: string;
  readonly groups: readonly SuiteGroup[];
  readonly report: ConformanceReport;
  /** Group id ("<file>#<index>") -> why the generator refused it. */
  readonly refused: ReadonlyMap<string, string>;
}

/** `$schema` for the suite's folders whose schemas leave it out. */
const FOLDER_DIALECTS: Readonly<Record<string, string>> = {
  draft4: 'http://json-schema.org/draft-04/schema#',
  draft6: 'http://json-schema.org/draft-06/schema#',
  draft7: 'http://json-schema.org/draft-07/schema#',
  'draft2019-09': 'https://json-schema.org/draft/2019-09/schema',
  'draft2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

interface Unit extends RunnerUnit {
  readonly group: SuiteGroup;
  /** The root declaration's schema name: what a vector names. */
  readonly declaration: string;
}

/**
 * The order the builders start in: those whose compiler is another process first, so that it
 * compiles while this one renders and transpiles the others (a builder's own work runs up to its
 * first await).
 */
const BUILD_ORDER: readonly Language[] = ['csharp', 'java', 'typescript', 'python'];

/** One dialect's groups, as units for the runners, and those the generator refused. */
interface Prepared {
  readonly dialectDir: string;
  readonly groups: readonly SuiteGroup[];
  readonly units: readonly Unit[];
  readonly refused: Map<string, string>;
}

/** `refMap`: URI prefix -> folder, as --ref-map gives it (the suite's remotes/ as http://localhost:1234/). */
export async function runSuiteConformance(
  dialectDir: string,
  workDir: string,
  languages: readonly Language[] = LANGUAGES,
  refMap: Readonly<Record<string, string>> = {},
): Promise<ConformanceRun> {
  return (await runSuitesConformance([dialectDir], workDir, languages, refMap))[0]!;
}

/**
 * Several dialects' folders at once, one run per dialect in their order, each as
 * runSuiteConformance reports it; every language builds ONE runner for the units of all of them,
 * and the languages build and run at the same time (the compilers are other processes).
 */
export async function runSuitesConformance(
  dialectDirs: readonly string[],
  workDir: string,
  languages: readonly Language[] = LANGUAGES,
  refMap: Readonly<Record<string, string>> = {},
): Promise<ConformanceRun[]> {
  const prepared = dialectDirs.map((dir, i) => prepare(dir, join(workDir, `d${i}-${basename(dir)}`), `d${i}`, refMap));
  const units = prepared.flatMap((p) => p.units);
  // Each line carries the data as the suite wrote it (dataText): JSON.stringify would send its numbers as doubles.
  const vectors: Vector[] = units.flatMap((u) =>
    u.group.tests.map((t) => ({ case: u.key, schema: u.declaration, json: t.data, raw: `{"case":${JSON.stringify(u.key)},"schema":${JSON.stringify(u.declaration)},"json":${t.dataText}}` })),
  );
  const outcomes = new Map<Language, Outcome[]>();
  await Promise.all(
    [...languages].sort((a, b) => BUILD_ORDER.indexOf(a) - BUILD_ORDER.indexOf(b)).map(async (language) => {
      if (units.length === 0) return;
      const runner = await timedAsync(`${language}: builder total`, () => RUNNERS[language]!(units, join(workDir, language)));
      outcomes.set(language, await timedAsync(`${language}: run vectors`, () => runVectors(runner, vectors)));
    }),
  );
  let at = 0;
  const verdicts = new Map<Unit, (language: Language, test: number) => boolean>();
  for (const unit of units) {
    const first = at;
    verdicts.set(unit, (language, test) => outcomes.get(language)![first + test]!.ok);
    at += unit.group.tests.length;
  }
  return prepared.map((p) => report(p, languages, verdicts));
}

/** Writes each group's schema file and asks the generator for it: accepted groups become units (keys "<prefix>g<i>"). */
function prepare(dialectDir: string, workDir: string, prefix: string, refMap: Readonly<Record<string, string>>): Prepared {
  const groups = readSuite(dialectDir, { optional: true });
  const dialect = FOLDER_DIALECTS[basename(dialectDir)];
  const formatsOption = LANGUAGES.every((l) => TARGETS[l]!.defaults['formats'] !== undefined);
  const units: Unit[] = [];
  const refused = new Map<string, string>();
  mkdirSync(join(workDir, 'schemas'), { recursive: true });
  groups.forEach((group, i) => {
    // The file name is the root declaration's name (G<i>) and the banner's: the same in every run.
    const schemaPath = join(workDir, 'schemas', `g${i}.json`);
    timed('suite: write schema (bundled)', () => writeFileSync(schemaPath, JSON.stringify(bundled(withDialect(group.schema, dialect), schemaPath, refMap))));
    const options = formatsOption && group.id.startsWith('optional/format/') ? { formats: 'assert' } : undefined;
    const outcome = timed('suite: accept (load + render x4)', () => accept(schemaPath, options, refMap));
    if ('refused' in outcome) refused.set(group.id, outcome.refused);
    else units.push({ key: `${prefix}g${i}`, schemaPath, group, declaration: outcome.declaration, ...(options === undefined ? {} : { options }) });
  });
  return { dialectDir, groups, units, refused };
}

/** One dialect's report from the languages' verdicts (unit, language, test index -> valid). */
function report(
  { dialectDir, groups, units, refused }: Prepared,
  languages: readonly Language[],
  verdicts: ReadonlyMap<Unit, (language: Language, test: number) => boolean>,
): ConformanceRun {
  const report: ConformanceReport = { files: {}, disagreements: [] };
  for (const group of groups) {
    const file = fileOf(group);
    const entry = (report.files[file] ??= { groups: 0, accepted: 0, tests: 0, agree: { typescript: 0, python: 0, csharp: 0, java: 0 } });
    entry.groups++;
    entry.tests += group.tests.length;
    if (!refused.has(group.id)) entry.accepted++;
    else for (const language of languages) for (const test of group.tests) report.disagreements.push(disagreement(group, test, language, null));
  }
  for (const language of languages) {
    for (const unit of units) {
      const verdict = verdicts.get(unit)!;
      unit.group.tests.forEach((test, i) => {
        const got = verdict(language, i);
        if (got === test.valid) report.files[fileOf(unit.group)]!.agree[language]++;
        else report.disagreements.push(disagreement(unit.group, test, language, got));
      });
    }
  }
  return { dialect: basename(dialectDir), groups, report, refused };
}

/** Why a disagreement's group was refused, or undefined when it was accepted. */
export function refusalOf(run: ConformanceRun, d: Disagreement): string | undefined {
  const group = run.groups.find((g) => fileOf(g) === d.file && g.description === d.group && run.refused.has(g.id));
  return group === undefined ? undefined : run.refused.get(group.id);
}

/** The root declaration's schema name when the generator takes the schema for every target, else why not. */
function accept(
  schemaPath: string,
  options: Readonly<Record<string, string>> | undefined,
  refMap: Readonly<Record<string, string>>,
): { declaration: string } | { refused: string } {
  try {
    const model = loadModel(schemaPath, { refMap });
    const root = model.declarations.find((d) => d.id === '');
    if (root === undefined) return { refused: 'the root schema declares nothing (no validation keyword at the root)' };
    for (const language of LANGUAGES) {
      renderModel(model, { targets: [language], options: { [language]: { ...TARGETS[language]!.defaults, ...options } }, templates: null });
    }
    return { declaration: root.schemaName };
  } catch (error) {
    if (error instanceof SchemaError || error instanceof OptionsError) return { refused: error.message.split('\n')[0]! };
    throw error;
  }
}

/**
 * The schema with the documents its references name embedded, as generate --ref-map embeds them
 * (stages/bundle.ts), so that the runners, which load each unit's schema file without a map, read
 * the same document. A schema that does not bundle is left as is: accept() reports why.
 */
function bundled(schema: unknown, path: string, refMap: Readonly<Record<string, string>>): unknown {
  if (!isObject(schema as JsonValue) || Object.keys(refMap).length === 0) return schema;
  const load = (file: string): JsonValue => parseDocumentText(readFileSync(file, 'utf8'), file).value;
  try {
    return bundle(schema as { [key: string]: JsonValue }, path, { refMap, resolveUri }, load).root;
  } catch (error) {
    if (error instanceof SchemaError) return schema;
    throw error;
  }
}

function withDialect(schema: unknown, dialect: string | undefined): unknown {
  if (dialect === undefined || typeof schema !== 'object' || schema === null || Array.isArray(schema) || '$schema' in schema) return schema;
  return { $schema: dialect, ...schema };
}

const fileOf = (group: SuiteGroup): string => group.id.slice(0, group.id.lastIndexOf('#'));

function disagreement(group: SuiteGroup, test: SuiteGroup['tests'][number], language: Language, got: boolean | null): Disagreement {
  return { file: fileOf(group), group: group.description, test: test.description, language, expected: test.valid, got };
}

/** Per language: groups accepted, tests agreeing; then a line per file with any disagreement. */
export function formatReport(run: ConformanceRun, languages: readonly Language[] = LANGUAGES): string {
  const files = Object.values(run.report.files);
  const total = (f: (r: FileReport) => number): number => files.reduce((n, r) => n + f(r), 0);
  const groups = total((r) => r.groups);
  const tests = total((r) => r.tests);
  const lines = [`${groups} groups, ${total((r) => r.accepted)} accepted (${run.refused.size} refused); ${tests} tests`];
  for (const language of languages) {
    const agree = total((r) => r.agree[language]);
    lines.push(`  ${language.padEnd(10)} ${agree}/${tests} tests agree (${((100 * agree) / Math.max(tests, 1)).toFixed(2)} %)`);
  }
  for (const [file, r] of Object.entries(run.report.files)) {
    const worst = Math.min(...languages.map((l) => r.agree[l]));
    if (worst < r.tests)
      lines.push(`  ${file}: ${r.accepted}/${r.groups} groups accepted; agree ${languages.map((l) => `${l} ${r.agree[l]}`).join(', ')} of ${r.tests}`);
  }
  return lines.join('\n');
}
