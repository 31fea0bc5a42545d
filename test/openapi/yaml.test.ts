// YAML input: parseDocumentText (stages/parse-document.ts) on what JSON cannot hold, and the CLI
// on a YAML schema: the same model as the JSON file, errors with file, line and column.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SchemaError } from '../../generator/errors.js';
import { loadModel } from '../../generator/index.js';
import { parseDocumentText } from '../../generator/stages/parse-document.js';
import { CANONICAL_SCHEMA } from '../helpers/cases.js';
import { runCli } from '../helpers/cli.js';

function refusal(text: string, file = 'schema.yaml'): SchemaError {
  try {
    parseDocumentText(text, file);
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error(`accepted: ${text}`);
}

describe('YAML documents', () => {
  it('reads YAML by extension, and by content when the name says nothing', () => {
    expect(parseDocumentText('a: 1\nb: [x, "y"]\n', 's.yaml')).toMatchObject({ format: 'yaml', value: { a: 1, b: ['x', 'y'] } });
    expect(parseDocumentText('a: yes\nb: on\n200: ok\n', 's.yml').value).toEqual({ a: 'yes', b: 'on', '200': 'ok' });
    expect(parseDocumentText('a: 1\n', 'schema').format).toBe('yaml');
    expect(parseDocumentText('{"a": 1}', 'schema').format).toBe('json');
    // A .json file is JSON: its syntax error is a JSON one, not a YAML reading of it.
    expect(refusal('a: 1', 's.json').message).toMatch(/not valid JSON/);
  });

  it('expands aliases that make no cycle', () => {
    expect(parseDocumentText('a: &s {type: string}\nb: *s\n', 's.yaml').value).toEqual({ a: { type: 'string' }, b: { type: 'string' } });
  });

  it.each([
    ['a: 1\n  b: 2\n', /not valid YAML at line 1, column 4/, ''],
    ['a: 1\na: 2\n', /not valid YAML at line 2, column 1: Map keys must be unique/, ''],
    ['x:\n  b: !!binary aGk=\n', /tag "!!binary" has no JSON equivalent \(line 2, column 15\)/, '/x/b'],
    ['x: !!set {a, b}\n', /tag "!!set"/, '/x'],
    ['x: !custom 1\n', /Unresolved tag: !custom/, ''],
    ['a: &x\n  b: *x\n', /alias \*x is inside its own anchor.*line 2, column 6/, '/a/b'],
    ['? [1]\n: 2\n', /map key is not a string.*line 1, column 3/, ''],
    ['x:\n  true: 1\n', /map key is not a string.*line 2, column 3/, '/x'],
    ['m: .inf\n', /\.inf \(Infinity\) is not a JSON number \(line 1, column 4\)/, '/m'],
    ['m: [.nan]\n', /\.nan \(NaN\) is not a JSON number/, '/m/0'],
    ['--- 1\n--- 2\n', /multiple documents/i, ''],
  ])('refuses %j with line and column', (text, message, pointer) => {
    const error = refusal(text);
    expect(error.message).toMatch(message);
    expect(error.pointer).toBe(pointer);
  });

  it('refuses nesting deeper than the parser can take, before parsing (twice in one process, no crash)', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    for (let i = 0; i < 2; i++) expect(refusal(deep).message).toBe('the document is nested more than 256 levels deep (line 1, column 260)');
    const indented = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n');
    expect(refusal(indented).message).toMatch(/^a line is indented more than 400 columns \(line 202, column 403\)$/);
    // Brackets in quotes, comments and plain scalars open nothing.
    expect(parseDocumentText(`a: "${'['.repeat(300)}"\n# ${'{'.repeat(300)}\nb: x${'['.repeat(300)}\n`, 's.yaml').value).toMatchObject({ b: `x${'['.repeat(300)}` });
  });

  it('loads the canonical schema written as YAML to the same model as its JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
    const yaml = join(dir, 'realtime-events.schema.yaml');
    writeFileSync(yaml, stringify(JSON.parse(readFileSync(CANONICAL_SCHEMA, 'utf8'))));
    const { source: _a, ...fromYaml } = loadModel(yaml);
    const { source: _b, ...fromJson } = loadModel(CANONICAL_SCHEMA);
    expect(fromYaml).toEqual(fromJson);
  });

  it('refuses an integer a double changes, read from the YAML literal', () => {
    const text = '$schema: https://json-schema.org/draft/2020-12/schema\ntitle: T\nenum: [1, 18446744073709551617]\n';
    const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
    writeFileSync(join(dir, 't.yaml'), text);
    expect(() => loadModel(join(dir, 't.yaml'))).toThrow(/18446744073709551617 cannot be held exactly/);
    writeFileSync(join(dir, 'u.yaml'), text.replace('[1, 18446744073709551617]', '[1e19, 0x20000000000001, 9007199254740993]'));
    expect(() => loadModel(join(dir, 'u.yaml'))).toThrow(/9007199254740993 cannot be held exactly/);
  });

  it('CLI: a YAML syntax error names file, line and column; exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-cli-'));
    writeFileSync(join(dir, 'bad.yaml'), '$schema: https://json-schema.org/draft/2020-12/schema\ntype: object\n  properties: {}\n');
    const result = runCli(['generate', '--schema', join(dir, 'bad.yaml'), '--out', join(dir, 'out'), '--target', 'typescript']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error: the schema is not valid YAML at line 2, column \d+/);
    expect(result.stderr).toContain(`${join(dir, 'bad.yaml')}#`);
  });
});
