// The precision report (npm run precision): figures on small schemas whose answers are known, per
// target and for quicktype, the causes, quicktype's refusal printed as its figure, and the CLI.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countAny, quicktypeFigure } from './quicktype.js';
import { loadModel } from '../../generator/index.js';
import { formatReport, precisionReport, type PrecisionReport, type TargetReport } from './report.js';
import { targetFigure } from './targets.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

/** target -> [properties, precise], quicktype's too. */
function figures(report: PrecisionReport): Record<string, [number, number] | string> {
  const out: Record<string, [number, number] | string> = {};
  for (const t of report.targets) out[t.target] = 'refused' in t ? t.refused : [t.properties, t.precise];
  const q = report.quicktype;
  if (q !== null) out['quicktype'] = 'refused' in q ? q.refused : [q.properties, q.precise];
  return out;
}

const imprecise = (report: PrecisionReport, target: string): Record<string, string> => {
  const t = report.targets.find((r) => r.target === target) as Extract<TargetReport, { imprecise: unknown }>;
  return Object.fromEntries(t.imprecise.map((p) => [p.name, p.cause]));
};

describe('precision report', () => {
  it('4 properties, 1 untyped: 75 % in every target and in quicktype', async () => {
    const report = await precisionReport(fixture('known.schema.json'));
    expect(report.refused).toBeNull();
    expect(figures(report)).toEqual({ typescript: [4, 3], python: [4, 3], csharp: [4, 3], java: [4, 3], quicktype: [4, 3] });
    for (const target of ['typescript', 'python', 'csharp', 'java'])
      expect(imprecise(report, target)).toEqual({ 'Item.extra': 'untyped ({} or true: any value)' });
    const text = formatReport(report);
    expect(text).toMatch(/^typescript +unknown +4 +3 +75\.0 %$/m);
    expect(text).toMatch(/^java +JsonValue +4 +3 +75\.0 %$/m);
    expect(text).toMatch(/^quicktype +any, unknown +4 +3 +75\.0 %$/m);
    expect(text).toContain('untyped ({} or true: any value): 1 property\n  Item.extra: unknown  (typescript, python, csharp, java)');
  });

  it("each target's own JSON value type: Java keeps null as JsonValue (a const is measured by its typed getter), C# null as JsonElement; aliases and items count", async () => {
    const report = await precisionReport(fixture('targets.schema.json'), { quicktype: false });
    expect(figures(report)).toEqual({ typescript: [5, 3], python: [5, 3], csharp: [5, 2], java: [5, 2] });
    const untyped = { 'Event.payload': 'untyped ({} or true: any value)', 'Event.meta': 'untyped ({} or true: any value)' };
    expect(imprecise(report, 'typescript')).toEqual(untyped);
    expect(imprecise(report, 'python')).toEqual(untyped);
    expect(imprecise(report, 'csharp')).toEqual({ ...untyped, 'Event.nothing': 'type null (this target types null as its JSON value type)' });
    expect(imprecise(report, 'java')).toEqual({
      ...untyped,
      'Event.nothing': 'type null (this target types null as its JSON value type)',
    });
    const types = Object.fromEntries(report.targets.map((t) => ['imprecise' in t ? t.target : '', 'imprecise' in t ? t.imprecise.map((p) => p.type) : []]));
    expect(types['typescript']).toEqual(['Array<unknown>', 'Anything']);
    expect(types['csharp']).toEqual(['JsonElement', 'IReadOnlyList<JsonElement>', 'JsonElement']);
    // Java keeps the constant raw (`JsonValue _kind()`) and adds `String kind()`: the getter's type is measured.
    const kind = targetFigure(loadModel(fixture('targets.schema.json')), 'java');
    expect('properties' in kind && kind.properties.find((p) => p.property.jsonName === 'kind')).toMatchObject({ text: 'String', parts: [] });
  });

  it('OpenAPI (YAML): the generator and quicktype (components.schemas as definitions) read the same declarations', async () => {
    const report = await precisionReport(fixture('openapi.yaml'));
    expect(figures(report)).toEqual({ typescript: [5, 4], python: [5, 4], csharp: [5, 4], java: [5, 4], quicktype: [5, 4] });
  });

  it('an "allOf" object counts its members; a declaration typed as the JSON value type is listed beside the figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precision-'));
    const schema = join(dir, 'composed.schema.json');
    const base = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
    const defs = {
      Base: base,
      Child: { allOf: [{ $ref: '#/$defs/Base' }, { type: 'object', properties: { n: { type: 'integer' }, extra: {} } }] },
      Loose: { properties: { a: { type: 'string' } } }, // no "type": a string is valid too, so any value
    };
    writeFileSync(schema, JSON.stringify({ $defs: defs }));
    const report = await precisionReport(schema, { quicktype: false });
    // Base.id, Child.id, Child.n, Child.extra: the composed object holds Base's member too.
    expect(figures(report)).toEqual({ typescript: [4, 3], python: [4, 3], csharp: [4, 3], java: [4, 3] });
    expect(report.untypedDeclarations).toEqual([{ name: 'Loose', pointer: '/$defs/Loose' }]);
    expect(formatReport(report)).toContain('declarations typed as the JSON value type, whose members no figure above counts: 1\n  Loose  (/$defs/Loose)');
  });

  it("quicktype's failure is its figure, not the report's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precision-'));
    const schema = join(dir, 'remote.schema.json');
    writeFileSync(schema, JSON.stringify({ $defs: { A: { type: 'object', properties: { b: { $ref: 'https://example.com/b.json' } } } } }));
    const figure = await quicktypeFigure(schema);
    expect(figure).toEqual({ refused: expect.any(String) });
    const report = await precisionReport(schema);
    expect(report.refused).toMatch(/example\.com/); // the generator refuses an unmapped remote reference too
    expect(formatReport(report)).toMatch(/^quicktype +quicktype: refused: \S/m);
    // With the URI mapped to a folder (--ref-map), both read it from there.
    mkdirSync(join(dir, 'vendor'));
    writeFileSync(join(dir, 'vendor', 'b.json'), JSON.stringify({ type: 'object', properties: { v: { type: 'string' }, u: { type: 'array' } } }));
    const mapped = await precisionReport(schema, { refMap: { 'https://example.com/': join(dir, 'vendor') } });
    expect(figures(mapped)).toEqual({ typescript: [3, 2], python: [3, 2], csharp: [3, 2], java: [3, 2], quicktype: [3, 2] });
    expect(imprecise(mapped, 'python')).toEqual({ 'b.u': 'array without "items"' });
  });

  it('a target that refuses the schema has its refusal as its figure; the others are measured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precision-'));
    const schema = join(dir, 'java-keyword.schema.json');
    writeFileSync(
      schema,
      JSON.stringify({ $defs: { A: { type: 'object', 'x-codegen': { java: { name: 'interface' } }, properties: { b: { type: 'string' } } } } }),
    );
    const report = await precisionReport(schema, { quicktype: false });
    expect(figures(report)).toEqual({ typescript: [1, 1], python: [1, 1], csharp: [1, 1], java: expect.stringContaining('"interface" is a Java keyword') });
    expect(formatReport(report)).toMatch(/^java +refused: "x-codegen\/java\/name"/m);
  });

  it('counts quicktype properties that are or hold any or unknown', () => {
    const source = 'export interface A { a: string; b?: any; c: unknown[]; d: { [key: string]: number }; e: Array<{ [k: string]: any }> | null; }';
    expect(countAny(source)).toEqual({ properties: 5, precise: 2, imprecise: ['A.b', 'A.c', 'A.e'] });
  });

  it('npm run precision -- --schema F --json OUT', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'precision-')), 'report.json');
    const root = join(import.meta.dirname, '..', '..');
    const stdout = execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['test/precision/cli.ts', '--schema', fixture('known.schema.json'), '--json', out, '--no-quicktype'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(stdout).toMatch(/^csharp +JsonElement +4 +3 +75\.0 %$/m);
    const json = JSON.parse(readFileSync(out, 'utf8')) as PrecisionReport;
    expect(json.targets.map((t) => ('precise' in t ? t.precise : null))).toEqual([3, 3, 3, 3]);
    expect(json.quicktype).toBeNull();
  });
});
