// The TypeScript schema validator (templates/typescript/runtime/schema.ts) on the official
// JSON-Schema-Test-Suite, draft 2020-12 (required files, optional/, optional/format with format
// assertion on), in-process. The disagreements must be exactly those listed, with their reasons,
// in test/runtime/typescript/suite-failures.txt; the figures are printed.

import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { normalizeDialect } from '../../generator/stages/dialect.js';
import { SchemaValidator } from '../../templates/typescript/runtime/schema.js';
import { ROOT } from '../helpers/cases.js';
import { STRICT_TS } from '../helpers/typescript.js';
import { RESOLUTIONS } from '../helpers/uri-resolutions.js';
import { resolveUri } from '../../templates/typescript/runtime/uri.js';
import { disagreements, failureId, knownFailures, readSuite, referencedDocuments, suiteRoot } from '../helpers/suite.js';
import { answersOf } from '../helpers/suite-reference.js';

const suite = suiteRoot();

const RUNTIME = join(ROOT, 'templates', 'typescript', 'runtime');

describe('the schema validator compiles on its own', () => {
  it('schema.ts and its modules under the strict flags of generated code: 0 diagnostics', () => {
    const project = new Project({ compilerOptions: STRICT_TS, skipAddingFilesFromTsConfig: true });
    for (const file of ['schema.ts', 'uri.ts', 'formats.ts', 'idna.ts']) project.addSourceFileAtPath(join(RUNTIME, file));
    const diagnostics = project
      .getPreEmitDiagnostics()
      .map(
        (d) =>
          `${d.getSourceFile()?.getBaseName() ?? ''}:${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`,
      );
    expect(diagnostics).toEqual([]);
  });
});

describe('URI references resolved as RFC 3986 section 5 says (uri.ts)', () => {
  it('resolves the RFC examples and urn:, empty-path and file: bases', () => {
    expect(RESOLUTIONS.map(([base, ref]) => resolveUri(base, ref))).toEqual(RESOLUTIONS.map(([, , out]) => out));
  });
});

describe('the error contract: locations, messages, order', () => {
  const errorsOf = (schema: unknown, value: unknown): string[] => {
    const validator = new SchemaValidator();
    validator.addDocument('https://example.com/s', schema);
    return validator
      .schema('https://example.com/s')
      .validate(value)
      .map((e) => `${e.instanceLocation} ${e.keywordLocation} ${e.message}`);
  };

  it('every failing assertion, in keyword order, with applicators as segments', () => {
    const schema = {
      type: 'object',
      required: ['a', 'b'],
      properties: { c: { $ref: '#/$defs/n' } },
      additionalProperties: false,
      $defs: { n: { minimum: 3, multipleOf: 2 } },
    };
    expect(errorsOf(schema, { c: 1, d: true })).toEqual([
      " /required must have required property 'a'",
      " /required must have required property 'b'",
      '/c /properties/c/$ref/multipleOf must be multiple of 2',
      '/c /properties/c/$ref/minimum must be >= 3',
      '/d /additionalProperties boolean schema is false',
    ]);
  });

  it('anyOf, oneOf, not, contains and propertyNames report once, at the applicator', () => {
    expect(errorsOf({ anyOf: [{ type: 'string' }, { minimum: 5 }] }, 1)).toEqual([' /anyOf must match a schema in anyOf']);
    expect(errorsOf({ oneOf: [{ minimum: 0 }, { maximum: 5 }] }, 1)).toEqual([' /oneOf must match exactly one schema in oneOf']);
    expect(errorsOf({ not: { type: 'integer' } }, 1)).toEqual([' /not must NOT be valid']);
    expect(errorsOf({ contains: { type: 'string' }, minContains: 2 }, ['a', 1])).toEqual([' /minContains must contain at least 2 valid item(s)']);
    expect(errorsOf({ propertyNames: { maxLength: 1 } }, { ab: 1 })).toEqual([" /propertyNames property name 'ab' is invalid"]);
  });

  it('unevaluatedProperties sees what passing subschemas evaluated, through $ref and anyOf', () => {
    const schema = {
      $ref: '#/$defs/a',
      anyOf: [{ properties: { b: true } }, { properties: { c: true } }],
      unevaluatedProperties: false,
      $defs: { a: { properties: { a: true } } },
    };
    expect(errorsOf(schema, { a: 1, b: 2, c: 3 })).toEqual([]);
    expect(errorsOf(schema, { a: 1, d: 4 })).toEqual(['/d /unevaluatedProperties boolean schema is false']);
  });

  it('numbers: 1.0 is an integer, multipleOf is exact for decimals, lengths count code points', () => {
    expect(errorsOf({ type: 'integer' }, 1.0)).toEqual([]);
    expect(errorsOf({ multipleOf: 0.0001 }, 0.0075)).toEqual([]);
    expect(errorsOf({ multipleOf: 0.01 }, 0.075)).toEqual([' /multipleOf must be multiple of 0.01']);
    expect(errorsOf({ maxLength: 1 }, '\u{1F600}')).toEqual([]);
  });
});

describe.runIf(suite !== null)('JSON-Schema-Test-Suite draft2020-12, TypeScript runtime validator', () => {
  it('disagrees with the suite exactly where suite-failures.txt says', () => {
    const groups = readSuite(join(suite!, 'tests', 'draft2020-12'), { optional: true });
    const documents = referencedDocuments(suite!);
    const answers = answersOf(groups, documents, (schema) => normalizeDialect(schema, '2020-12', (uri) => documents[uri]));
    const wrong = disagreements(groups, answers);
    for (const folder of ['', 'optional/', 'optional/format/']) {
      const inFolder = groups.filter(
        (g) => g.id.startsWith(folder) && (folder !== '' || !g.id.startsWith('optional/')) && (folder !== 'optional/' || !g.id.startsWith('optional/format/')),
      );
      const total = inFolder.reduce((n, g) => n + g.tests.length, 0);
      const failed = wrong.filter((w) => inFolder.some((g) => w.startsWith(`${g.id}#`))).length;
      console.log(`typescript ${folder || 'required'}: ${total - failed}/${total} tests agree (${(((total - failed) / total) * 100).toFixed(1)} %)`);
    }
    if (process.env['SUITE_DUMP']) console.log(wrong.join('\n'));
    if (process.env['SUITE_DUMP'] !== undefined) console.log(wrong.join('\n'));
    const listed = knownFailures(join(ROOT, 'test', 'runtime', 'typescript', 'suite-failures.txt'));
    expect(wrong.map(failureId).sort()).toEqual([...listed].sort());
  });
});

describe.runIf(suite !== null)('JSON-Schema-Test-Suite draft7, normalized to 2020-12 (generator/stages/dialect.ts), TypeScript runtime validator', () => {
  it('disagrees with the suite exactly where suite-failures-draft7.txt says', () => {
    const groups = readSuite(join(suite!, 'tests', 'draft7'), { optional: true });
    // Remotes of dialects this run does not use (remotes/v1/: "$schema": ".../v1") stay as they are.
    const normalized = (doc: unknown): unknown => {
      try {
        return normalizeDialect(doc, 'draft-07', (uri) => raw[uri]);
      } catch {
        return doc;
      }
    };
    const raw = referencedDocuments(suite!);
    const documents = Object.fromEntries(Object.entries(raw).map(([uri, doc]) => [uri, normalized(doc)]));
    const answers = answersOf(groups, documents, (schema) => normalizeDialect(schema, 'draft-07', (uri) => documents[uri]));
    const wrong = disagreements(groups, answers);
    const total = groups.reduce((n, g) => n + g.tests.length, 0);
    console.log(`typescript draft7: ${total - wrong.length}/${total} tests agree (${(((total - wrong.length) / total) * 100).toFixed(1)} %)`);
    if (process.env['SUITE_DUMP'] !== undefined) console.log(wrong.join('\n'));
    const listed = knownFailures(join(ROOT, 'test', 'runtime', 'typescript', 'suite-failures-draft7.txt'));
    expect(wrong.map(failureId).sort()).toEqual([...listed].sort());
  });
});
