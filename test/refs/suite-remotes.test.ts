// The official suite's remote-reference groups through stages/bundle.ts: with
// --ref-map http://localhost:1234/=<suite>/remotes, every draft 2020-12 group whose references
// name a remote document (or whose "$schema" names a custom meta-schema there) is bundled into
// ONE document (as generate does), read as 2020-12 (stages/dialect.ts, which honours a custom
// meta-schema's "$vocabulary"), and the TypeScript runtime on the validation documents built from
// it (stages/validation-schema.ts: what model.validation.documents holds) answers every test as
// the suite says, with no other document given. The standard meta-schemas are built in; a
// reference beyond localhost:1234 and them would be refused with the unmapped-URI error, which
// names the option.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../../generator/errors.js';
import type { JsonValue } from '../../generator/model/ir.js';
import { bundle } from '../../generator/stages/bundle.js';
import { toDraft202012 } from '../../generator/stages/dialect.js';
import type { JsonObject } from '../../generator/stages/load.js';
import { parseDocumentText } from '../../generator/stages/parse-document.js';
import { validationSchema } from '../../generator/stages/validation-schema.js';
import { SchemaValidator } from '../../templates/typescript/runtime/schema.js';
import { resolveUri } from '../../templates/typescript/runtime/uri.js';
import { readSuite, suiteRoot } from '../helpers/suite.js';

const suite = suiteRoot();
const load = (path: string): JsonValue => parseDocumentText(readFileSync(path, 'utf8'), path).value;

describe.runIf(suite !== null)('the suite remote-reference groups, bundled', () => {
  const remotes = join(suite ?? '', 'remotes');
  const groups = readSuite(join(suite ?? '', 'tests', 'draft2020-12'), { optional: false }).filter(
    (g) => JSON.stringify(g.schema).includes('localhost:1234') && typeof g.schema === 'object',
  );
  const work = mkdtempSync(join(tmpdir(), 'suite-remotes-'));

  it('answers every test of every bundled group as the suite says', () => {
    const answered: string[] = [];
    const unmapped: string[] = [];
    const wrong: string[] = [];
    groups.forEach((group, i) => {
      const path = join(work, `g${i}.json`);
      writeFileSync(path, JSON.stringify(group.schema));
      let bundled;
      try {
        bundled = bundle(group.schema as JsonObject, path, { refMap: { 'http://localhost:1234/': remotes }, resolveUri }, load);
      } catch (error) {
        if (!(error instanceof SchemaError) || !error.hint.includes('--ref-map')) throw error;
        unmapped.push(`${group.id}: ${error.message}`);
        return;
      }
      if (bundled.files.length === 0) return; // localhost only in "$schema" or a value: nothing to bundle
      answered.push(group.id);
      const root = toDraft202012(bundled.root, { lookup: (uri) => bundled.metaSchemas.get(uri) }) as JsonObject;
      const schema = validationSchema(root, `g${i}.json`);
      // ONE document: every remote is inside it.
      expect(schema.documents).toHaveLength(1);
      expect(schema.documents[0]!.text).not.toContain(remotes);
      const validator = new SchemaValidator({ documents: { [schema.rootUri]: JSON.parse(schema.documents[0]!.text) } });
      group.tests.forEach((test) => {
        if (validator.schema(schema.rootUri).isValid(test.data) !== test.valid) wrong.push(`${group.id}: ${group.description} / ${test.description}`);
      });
    });
    expect(wrong).toEqual([]);
    expect(answered.length).toBeGreaterThanOrEqual(20);
    // Every group of refRemote.json, the suite's remote-reference file, is among them.
    const refRemote = groups.filter((g) => g.id.startsWith('refRemote.json#')).map((g) => g.id);
    expect(refRemote.length).toBeGreaterThanOrEqual(13);
    expect(refRemote.filter((id) => !answered.includes(id))).toEqual([]);
    console.log(`${answered.length} remote-reference groups bundled and answered; unmapped: ${unmapped.join('; ') || 'none'}`);
  });
});
