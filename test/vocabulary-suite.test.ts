// Issue 17, items 1-3 and 9, the model's side: the generator accepts the whole vocabulary of draft
// 2020-12 (and of draft 7, through the dialect stage) and types it soundly. Every group of the
// official JSON-Schema-Test-Suite (required and optional/) is put through modelFromText as a
// schema file of its own:
// - it is accepted, except the groups listed with their reasons in
//   test/vocabulary/<dialect>-failures.txt (remote references above all: nothing is fetched);
// - the TypeScript runtime validator (templates/typescript/runtime/schema.ts) on the model's
//   documents (model.validation) finds every declaration's URI, and at the root declaration's
//   answers every test of the group as the suite says (the exceptions listed in the same file);
// - the TypeScript generated for every accepted group compiles under the strictest flags, in one
//   program: the types given to constructs the model cannot type precisely yet compile.
// The targets validate with these documents once their wiring lands; until then this proves that
// what the model hands them means what the schema means.

import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { SchemaError, modelFromText, renderModel, type Model } from '../generator/index.js';
import { schemaUriOf } from '../generator/stages/validation-schema.js';
import { SchemaValidator } from '../templates/typescript/runtime/schema.js';
import { ROOT, defaultOptions } from './helpers/cases.js';
import { knownFailures, readSuite, suiteRoot, type SuiteGroup } from './helpers/suite.js';
import { STRICT_TS } from './helpers/typescript.js';

const suite = suiteRoot();

const DIALECTS = [
  { folder: 'draft2020-12', schema: null },
  { folder: 'draft7', schema: 'http://json-schema.org/draft-07/schema#' },
] as const;

interface Outcome {
  /** "<group id> <message>" of every refused group. */
  readonly refused: string[];
  /** "<group id>#<test index>" of every test answered otherwise than the suite says. */
  readonly wrong: string[];
  /** Each accepted group's generated TypeScript, by group id, and whether its model declares anything. */
  readonly typescript: Map<string, { readonly files: ReadonlyMap<string, string>; readonly declares: boolean }>;
}

/** The group's schema as a file of the dialect: a suite file of draft 7 is read as draft 7. */
function schemaText(g: SuiteGroup, dialect: string | null): string {
  const s = g.schema;
  const isObject = typeof s === 'object' && s !== null && !Array.isArray(s);
  return JSON.stringify(dialect !== null && isObject && !('$schema' in s) ? { $schema: dialect, ...s } : s);
}

/** The URI the group's tests are validated at: the root declaration's, else the root document's (a root that declares nothing). */
function rootUri(model: Model): string {
  const root = model.declarations.find((d) => d.id === '');
  return root === undefined ? model.validation.rootUri : schemaUriOf(model, root);
}

function run(groups: readonly SuiteGroup[], dialect: string | null): Outcome {
  const outcome: Outcome = { refused: [], wrong: [], typescript: new Map() };
  for (const g of groups) {
    let model: Model;
    try {
      model = modelFromText(schemaText(g, dialect), 'schema.json');
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      outcome.refused.push(`${g.id} ${error.message}`);
      continue;
    }
    const documents = Object.fromEntries(model.validation.documents.map((d) => [d.uri, JSON.parse(d.text) as unknown]));
    const validator = new SchemaValidator({ documents, formatAssertion: g.id.startsWith('optional/format/') });
    for (const d of model.declarations) expect(() => validator.schema(schemaUriOf(model, d)), `${g.id} ${d.id}`).not.toThrow();
    const schema = validator.schema(rootUri(model));
    g.tests.forEach((t, i) => {
      if (schema.isValid(t.data) !== t.valid) outcome.wrong.push(`${g.id}#${i}`);
    });
    outcome.typescript.set(g.id, {
      files: renderModel(model, defaultOptions(['typescript'])),
      declares: model.declarations.length > 0,
    });
  }
  return outcome;
}

describe.runIf(suite !== null)('the whole vocabulary, on the JSON-Schema-Test-Suite', () => {
  const outcomes = new Map<string, Outcome>();
  const outcomeOf = (folder: string, dialect: string | null): Outcome => {
    if (!outcomes.has(folder)) outcomes.set(folder, run(readSuite(join(suite!, 'tests', folder), { optional: true }), dialect));
    return outcomes.get(folder)!;
  };

  it.each(DIALECTS.map((d) => [d.folder, d] as const))(
    '%s: every group accepted and answered as the suite says, but those listed with reasons',
    (folder, { schema }) => {
      const outcome = outcomeOf(folder, schema);
      const groups = readSuite(join(suite!, 'tests', folder), { optional: true });
      console.log(
        `${folder}: ${groups.length - outcome.refused.length}/${groups.length} groups accepted; ` +
          `${groups.reduce((n, g) => n + g.tests.length, 0) - outcome.wrong.length} tests of accepted groups answered as the suite says, ${outcome.wrong.length} not`,
      );
      if (process.env['SUITE_DUMP'] !== undefined) console.log([...outcome.refused, ...outcome.wrong].join('\n'));
      const listed = knownFailures(join(ROOT, 'test', 'vocabulary', `${folder}-failures.txt`));
      expect([...outcome.refused.map((r) => r.split(' ')[0]!), ...outcome.wrong].sort()).toEqual([...listed].sort());
    },
  );

  it('the TypeScript of every accepted group compiles under the strictest flags, in one program', () => {
    // A module that declares nothing (a root of true or {}) leaves the runtime's helpers unused,
    // which noUnusedLocals reports (the TypeScript target's, as for any schema declaring nothing):
    // those few compile in a program of their own without that flag.
    const strict = new Project({ compilerOptions: STRICT_TS, useInMemoryFileSystem: true });
    const empty = new Project({ compilerOptions: { ...STRICT_TS, noUnusedLocals: false }, useInMemoryFileSystem: true });
    for (const { folder, schema } of DIALECTS) {
      for (const [id, { files, declares }] of outcomeOf(folder, schema).typescript) {
        const project = declares ? strict : empty;
        const dir = `/${folder}/${id.replace(/[^A-Za-z0-9]/g, '_')}`;
        for (const [path, content] of files) {
          // The runtime (typescript/runtime/*.ts) is the same for every group: each program holds
          // it once, and each group's modules import it from there.
          const file = path.slice('typescript/'.length);
          if (file.startsWith('runtime/')) {
            if (project.getSourceFile(`/${file}`) === undefined) project.createSourceFile(`/${file}`, content);
          } else project.createSourceFile(`${dir}/${file}`, content.replace(/from '\.\/runtime\//g, "from '../../runtime/"));
        }
      }
    }
    expect(strict.getSourceFiles().filter((f) => f.getBaseName() === 'index.ts').length).toBeGreaterThan(700);
    expect(empty.getSourceFiles().filter((f) => f.getBaseName() === 'index.ts').length).toBeLessThan(10);
    const diagnostics = [strict, empty].flatMap((project) =>
      project
        .getPreEmitDiagnostics()
        .map(
          (d) =>
            `${d.getSourceFile()?.getFilePath() ?? ''}:${d.getLineNumber() ?? 0} ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`,
        ),
    );
    expect(diagnostics.slice(0, 20)).toEqual([]);
  }, 900_000); // about 730 modules in one type check: minutes on a busy 2-core machine
});
