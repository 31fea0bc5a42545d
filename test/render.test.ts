// The renderer's last step: whatever a template (bundled or a user's override) leaves in the way
// of whitespace, every generated file ends up with LF endings, no trailing blanks, at most two
// blank lines in a row and exactly one final newline. Well-formed text passes through unchanged.
// Then the two places the renderer departs from calling Handlebars plainly (a lean #each over
// arrays, options built once per renderer) keep Handlebars' behaviour.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { COMPILE_OPTIONS, createRenderer, hoistLocations, locationsDeclaration } from '../generator/render/render.js';
import { loadPrecompiled } from '../generator/render/precompiled.js';
import { normalizeWhitespace } from '../generator/stages/normalize.js';
import { readTemplateSources } from '../generator/stages/read.js';

describe('normalizeWhitespace', () => {
  const cases: [string, string, string][] = [
    ['well-formed text is kept', 'a\n\n  b\n', 'a\n\n  b\n'],
    ['a missing final newline is added', 'a\nb', 'a\nb\n'],
    ['trailing blank lines become one newline', 'a\n\n\n \n', 'a\n'],
    ['leading blank lines are dropped', '\n\n\na\n', 'a\n'],
    ['CRLF and CR become LF', 'a\r\nb\rc\r\n', 'a\nb\nc\n'],
    ['blanks before a line end are removed', 'a  \n\tb\t\nc \n', 'a\n\tb\nc\n'],
    ['four or more line ends become three', 'a\n\n\n\n\n\nb\n', 'a\n\n\nb\n'],
    ['three line ends in a row are kept', 'a\n\n\nb\n\n\nc\n', 'a\n\n\nb\n\n\nc\n'],
    ['a blank before a line end is found after clean lines', 'a\nb\nc\nd \ne\n', 'a\nb\nc\nd\ne\n'],
    ['blank-only lines count as blank lines', 'a\n \n\t\n  \n \nb\n', 'a\n\n\nb\n'],
    ['an empty text becomes one newline', '', '\n'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
    expect(normalizeWhitespace(expected)).toBe(expected);
  });

  it('keeps indentation that is not trailing, however long', () => {
    const text = `${' '.repeat(200_000)}x\n`;
    expect(normalizeWhitespace(text)).toBe(text);
  });
});

/** One template, compiled at run time from a folder of its own, rendered once. */
function render(source: string, view: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  writeFileSync(join(dir, 't.hbs'), source);
  return createRenderer(readTemplateSources([dir])).render('t', view);
}

describe('#each', () => {
  it('renders each item of an array, and {{else}} when it is empty', () => {
    const source = '{{#each items}}[{{this}}]{{else}}none{{/each}}';
    expect(render(source, { items: ['a', 'b'] })).toBe('[a][b]');
    expect(render(source, { items: [] })).toBe('none');
  });

  it('passes block params (the item and its index)', () => {
    expect(render('{{#each items as |item i|}}{{i}}={{item}};{{/each}}', { items: ['a', 'b'] })).toBe('0=a;1=b;');
  });

  it('iterates an object the way Handlebars does', () => {
    expect(render('{{#each o}}{{this}},{{/each}}', { o: { x: 1, y: 2 } })).toBe('1,2,');
  });

  it('refuses a missing field', () => {
    expect(() => render('{{#each nothing}}x{{/each}}', {})).toThrow(/missing/);
  });
});

describe('templates called with options built once per renderer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calls-'));
  writeFileSync(join(dir, 'page.hbs'), '{{#with item}}{{> (lookup . "kind")}}{{/with}}|{{#if flag}}yes{{else}}no{{/if}}');
  writeFileSync(join(dir, 'a.hbs'), 'A:{{name}}');
  writeFileSync(join(dir, 'b.hbs'), 'B:{{name}}');
  const renderer = createRenderer(readTemplateSources([dir]));

  it('render each call from its own view, with nothing carried over from the call before', () => {
    expect(renderer.render('page', { item: { kind: 'a', name: 'x' }, flag: true })).toBe('A:x|yes');
    expect(renderer.render('page', { item: { kind: 'b', name: 'y' }, flag: false })).toBe('B:y|no');
    expect(renderer.render('page', { item: { kind: 'a', name: 'z' }, flag: true })).toBe('A:z|yes');
  });

  it('lookup reads own properties only, as the builtin does', () => {
    const inherited = Object.create({ kind: 'a' }) as object;
    expect(() => renderer.render('page', { item: Object.assign(inherited, { name: 'x' }), flag: true })).toThrow(/partial/i);
  });

  it('a missing field still throws after successful calls', () => {
    expect(() => renderer.render('page', { item: { kind: 'a' }, flag: true })).toThrow(/"name" not defined/);
  });
});

describe('template locations, made constants of the compiled code', () => {
  it('a missing field still names its line and column', () => {
    expect(() => render('a\n  {{name}}', {})).toThrow('"name" not defined in [object Object] - 2:4');
    expect(() => render('{{#each items}}{{x}}{{/each}}', { items: [{}] })).toThrow('"x" not defined in [object Object] - 1:17');
  });

  it('compiles no location literal into a spec, and one constant per distinct location', () => {
    const compiler = createRequire(import.meta.url)('handlebars') as { precompile(source: string, options: object): string };
    const compiled = compiler.precompile('{{a}} {{b}}\n{{#if c}}{{a}}{{/if}}', COMPILE_OPTIONS);
    expect(compiled).toMatch(/"start":\{"line"/);
    const locations = new Map<string, number>();
    const spec = hoistLocations(compiled, locations);
    expect(spec).not.toMatch(/"start"/);
    expect(locations.size).toBe(4); // {{a}}, {{b}}, the #if block and the {{a}} inside it
    const declaration = locationsDeclaration(locations);
    expect(declaration.startsWith('const LOCATIONS = [')).toBe(true);
    expect(declaration).toContain('{"start":{"line":1,"column":2},"end":{"line":1,"column":3}}');
    // Text that looks like a location is a string literal in the compiled code, and stays.
    expect(hoistLocations(compiler.precompile('{"start":{"line":1,"column":2},"end":{"line":1,"column":3}}', COMPILE_OPTIONS), new Map())).toContain('{\\"start\\"');
  });

  it('the bundled templates, when built, are compiled that way', () => {
    const bundled = loadPrecompiled();
    if (Object.keys(bundled).length === 0) {
      if (process.env['CI'] === 'true') throw new Error('dist/templates.cjs is missing: run npm run build');
      console.warn('NOT RUN: dist/templates.cjs is missing (npm run build)');
      return;
    }
    // Each spec's compiled functions, as source text.
    const specs = Object.values(bundled).flatMap((target) => Object.values(target).map((t) => Object.values(t.spec).map(String).join('\n')));
    expect(specs.length).toBeGreaterThan(20);
    for (const spec of specs) expect(spec).not.toMatch(/\{"start":\{"line":/);
    expect(specs.some((spec) => spec.includes('LOCATIONS['))).toBe(true);
  });
});
