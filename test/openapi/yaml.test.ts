// YAML input: parseDocumentText (stages/parse-document.ts) on what JSON cannot hold, and the CLI
// on a YAML schema: the same model as the JSON file, errors with file, line and column.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SchemaError } from '../../generator/errors.js';
import { loadModel } from '../../generator/index.js';
import { lowBytesByLoop, parseDocumentText } from '../../generator/stages/parse-document.js';
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
    ['a: 1\n  b: 2\n', /not valid YAML at line 2, column 4: bad indentation/, ''],
    ['a: 1\na: 2\n', /not valid YAML: the key "a" appears twice in one map \(line 2, column 1\)/, ''],
    ['x:\n  a: 1\n  a: 2\n', /the key "a" appears twice in one map \(line 3, column 3\)/, '/x'],
    ['x:\n  b: !!binary aGk=\n', /tag "!!binary" has no JSON equivalent \(line 2, column 15\)/, '/x/b'],
    ['x: !!set {a, b}\n', /tag "!!set"/, '/x'],
    ['x: !custom 1\n', /tag "!custom" has no JSON equivalent \(line 1, column 12\)/, '/x'],
    ['%TAG !e! tag:example.com,2000:\n---\na: !e!foo 1\n', /tag "!e!foo" has no JSON equivalent \(line 3, column 11\)/, '/a'],
    ['a: [!!int x]\n', /"x" is not a value of the YAML tag "!!int" \(line 1, column 11\)/, '/a/0'],
    ['a: *y\n', /the alias \*y has no anchor &y before it \(line 1, column 4\)/, '/a'],
    ['a: {b: *y}\n', /the alias \*y has no anchor/, '/a/b'],
    ['&k a: 1\n*k : 2\n', /map key is not a string.*line 2, column 1/, ''],
    ['a: &x\n  b: *x\n', /alias \*x is inside its own anchor.*line 2, column 6/, '/a/b'],
    ['? [1]\n: 2\n', /map key is not a string.*line 1, column 3/, ''],
    ['x:\n  true: 1\n', /map key is not a string.*line 2, column 3/, '/x'],
    ['m: .inf\n', /\.inf \(Infinity\) is not a JSON number \(line 1, column 4\)/, '/m'],
    ['m: [.nan]\n', /\.nan \(NaN\) is not a JSON number/, '/m/0'],
    ['m: 1e400\n', /1e400 is beyond the range of a JSON number \(a double\) \(line 1, column 4\)/, '/m'],
    ['007: y\n', /map key is not a string.*line 1, column 1/, ''],
    ['--- 1\n--- 2\n', /multiple documents/i, ''],
  ])('refuses %j with line and column', (text, message, pointer) => {
    const error = refusal(text);
    expect(error.message).toMatch(message);
    expect(error.pointer).toBe(pointer);
  });

  it('refuses nesting deeper than 256 levels, in flow and in block (twice in one process, no crash)', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    for (let i = 0; i < 2; i++) expect(refusal(deep).message).toBe('the document is nested more than 256 levels deep (line 1, column 259)');
    const indented = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}k:`).join('\n');
    expect(refusal(indented).message).toBe('the document is nested more than 256 levels deep (line 256, column 511)');
    // Brackets in quotes, comments and plain scalars open nothing.
    expect(parseDocumentText(`a: "${'['.repeat(300)}"\n# ${'{'.repeat(300)}\nb: x${'['.repeat(300)}\n`, 's.yaml').value).toMatchObject({ b: `x${'['.repeat(300)}` });
  });

  it('refuses aliases that multiply (a "billion laughs" document), and keeps the ones that do not', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, inner] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) laughs.push(`${name}: &${name} [${Array(10).fill(`*${inner}`).join(', ')}]`);
    // 10^4 expansions of &a pass; the fifth level would make 10^5.
    expect(refusal(laughs.join('\n')).message).toBe('the aliases of &e expand to more than 10,000 nodes (line 6, column 12)');
    expect(parseDocumentText(laughs.slice(0, 5).join('\n'), 's.yaml').value).toMatchObject({ e: { length: 10 } });
    // One anchor used many times is no attack: it is one node each time.
    const uses = `a: &s {type: string}\nall: [${Array(5000).fill('*s').join(', ')}]\n`;
    expect((parseDocumentText(uses, 's.yaml').value as { all: unknown[] }).all).toHaveLength(5000);
  });

  it('reads the JSON tags and YAML 1.2 core scalars as JSON has them, "__proto__" as a member', () => {
    const text = 'a: !<tag:yaml.org,2002:str> 12\nb: ! 12\nc: !!float 1\nd: !!null ""\ne: [-0, 0o17, 0x1F, +12, .5, 1., ~, True, "true", yes]\n__proto__: {__proto__: [1]}\n';
    const value = parseDocumentText(text, 's.yaml').value as Record<string, unknown>;
    expect(value).toEqual({ a: '12', b: '12', c: 1, d: null, e: [-0, 15, 31, 12, 0.5, 1, null, true, 'true', 'yes'], ['__proto__']: { ['__proto__']: [1] } });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toContain('__proto__');
    expect(Object.is((value.e as number[])[0], -0)).toBe(true);
    expect(parseDocumentText('', 's.yaml').value).toBe(null);
    expect(parseDocumentText('# nothing\n', 's.yaml').value).toBe(null);
  });

  it('reads every scalar exactly around characters beyond Latin-1 (which it reads from the text, the others from a one-byte copy)', () => {
    const text = 'a: "x\u2014y"\nb: plain ascii\nc: |\n  block \u2014 with\n  lines\nd: [\u00e9, "\\u2014", \u4e2d\u6587, z, "\ud83d\ude00", caf\u00e9]\n"k\u2014": v\ne: ascii again\n';
    expect(parseDocumentText(text, 's.yaml').value).toEqual({
      a: 'x\u2014y',
      b: 'plain ascii',
      c: 'block \u2014 with\nlines\n',
      d: ['\u00e9', '\u2014', '\u4e2d\u6587', 'z', '\ud83d\ude00', 'caf\u00e9'],
      'k\u2014': 'v',
      e: 'ascii again',
    });
    // An alias reads its anchor's value, written earlier in the text than the scalars around it.
    expect(parseDocumentText('a: &x "\u2014"\nb: [ok, *x, \u00e9t\u00e9, *x]\n', 's.yaml').value).toEqual({ a: '\u2014', b: ['ok', '\u2014', '\u00e9t\u00e9', '\u2014'] });
  });

  it("makes the one-byte copy without Buffer (the browser's way) as Node.js's Buffer makes it", () => {
    // Every code unit, each a few times, across more than one of the loop's chunks.
    const text = Array.from({ length: 3 * 65536 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const copy = lowBytesByLoop(text);
    expect(copy).toBe(Buffer.from(text, 'latin1').toString('latin1'));
    expect(copy.length).toBe(text.length);
    expect(copy.charCodeAt(1)).toBe(7919 % 256);
  });

  it('reads back any JSON value the yaml package writes, in every style it writes (seeded random values)', () => {
    let seed = 19;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const strings = ['', 'a', 'true', 'null', '~', '1.5', '0x1F', '- x', 'a: b', '#c', "it's", '"q"', 'line\nbreak', '  pad ', 'caf\u00e9', '\u2014 dash', '\u4e2d\u6587', '\ud83d\ude00', '\t', 'yes'];
    const numbers = [0, -0, 1, -17, 3.25, 1e21, 2.5e-7, 9007199254740991, -1e300];
    const value = (depth: number): unknown => {
      const kind = next(depth > 3 ? 4 : 6);
      if (kind === 0) return strings[next(strings.length)];
      if (kind === 1) return numbers[next(numbers.length)];
      if (kind === 2) return [true, false, null][next(3)];
      if (kind === 3) return strings[next(strings.length)]! + String(next(100));
      if (kind === 4) return Array.from({ length: next(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: next(5) }, () => [strings[next(strings.length)]! + String(next(3)), value(depth + 1)]));
    };
    const styles = [{}, { collectionStyle: 'flow' as const }, { defaultStringType: 'QUOTE_DOUBLE' as const }, { defaultStringType: 'QUOTE_SINGLE' as const }, { defaultStringType: 'BLOCK_LITERAL' as const }, { lineWidth: 8 }];
    for (let i = 0; i < 300; i++) {
      const written = value(0);
      for (const style of styles) {
        const text = stringify(written, style);
        expect(parseDocumentText(text, 's.yaml').value, text).toEqual(written);
      }
    }
  });

  it('loads the canonical schema written as YAML to the same model as its JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
    const yaml = join(dir, 'realtime-events.schema.yaml');
    writeFileSync(yaml, stringify(JSON.parse(readFileSync(CANONICAL_SCHEMA, 'utf8'))));
    // The validation documents are known by their file's name (file:///<name>): all else is equal.
    const { source: _a, validation: yamlValidation, ...fromYaml } = loadModel(yaml);
    const { source: _b, validation: jsonValidation, ...fromJson } = loadModel(CANONICAL_SCHEMA);
    expect(fromYaml).toEqual(fromJson);
    expect(yamlValidation.rootUri).toBe('file:///realtime-events.schema.yaml');
    expect(yamlValidation.documents.map((d) => d.text)).toEqual(jsonValidation.documents.map((d) => d.text));
    expect(yamlValidation.patterns).toEqual(jsonValidation.patterns);
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
    expect(result.stderr).toMatch(/error: the schema is not valid YAML at line 3, column 13: bad indentation of a mapping entry/);
    expect(result.stderr).toContain(`${join(dir, 'bad.yaml')}#`);
  });
});
