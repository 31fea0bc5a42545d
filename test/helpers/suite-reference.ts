// The error contract says every runtime reports the same errors for the same input. The
// TypeScript runtime validator (templates/typescript/runtime/schema.ts), run in-process, is the
// reference each other language's suite test compares its answers with: instance and keyword
// locations, in order, on every suite instance both answer as the suite expects. (Messages print
// numbers each language's way, 100 or 100.0, so they are compared by the contract tests instead.)

import { SchemaValidator } from '../../templates/typescript/runtime/schema.js';
import { groupUri, referencedDocuments, type SuiteAnswer, type SuiteGroup } from './suite.js';

export function typescriptAnswers(suite: string, groups: readonly SuiteGroup[]): SuiteAnswer[] {
  return answersOf(groups, referencedDocuments(suite));
}

/**
 * The TypeScript runtime's answers: `isValid` and `validate` on every test (the comparison flags
 * them when they disagree), or why the schema was refused. `prepare` turns a group's schema into
 * 2020-12 (older dialects: generator/stages/dialect.ts).
 */
export function answersOf(
  groups: readonly SuiteGroup[],
  documents: Readonly<Record<string, unknown>>,
  prepare = (schema: unknown): unknown => schema,
): SuiteAnswer[] {
  return groups.map((g) => {
    try {
      const validator = new SchemaValidator({ documents, formatAssertion: g.id.startsWith('optional/format/') });
      validator.addDocument(groupUri(g.id), prepare(g.schema));
      const schema = validator.schema(groupUri(g.id));
      return { id: g.id, results: g.tests.map((t) => ({ valid: schema.isValid(t.data), errors: schema.validate(t.data) })) };
    } catch (error) {
      return { id: g.id, refused: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** "<group id>#<test>: <theirs> vs <reference>" for every instance (answered as the suite expects by both) whose error locations differ. */
export function errorDifferences(groups: readonly SuiteGroup[], answers: readonly SuiteAnswer[], reference: readonly SuiteAnswer[]): string[] {
  const theirs = new Map(answers.map((a) => [a.id, a]));
  const ours = new Map(reference.map((a) => [a.id, a]));
  const locations = (a: SuiteAnswer | undefined, i: number, expected: boolean): string | null => {
    if (a === undefined || 'refused' in a) return null;
    const r = a.results[i];
    return r === undefined || r.valid !== expected ? null : r.errors.map((e) => `${e.instanceLocation} ${e.keywordLocation}`).join(' | ');
  };
  const differences: string[] = [];
  for (const g of groups) {
    g.tests.forEach((t, i) => {
      const [a, b] = [locations(theirs.get(g.id), i, t.valid), locations(ours.get(g.id), i, t.valid)];
      if (a !== null && b !== null && a !== b) differences.push(`${g.id}#${i}: [${a}] vs [${b}]`);
    });
  }
  return differences;
}
