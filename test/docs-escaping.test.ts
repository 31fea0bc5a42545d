// Docs pages stay well-formed whatever the schema's prose and values hold: pipes, line breaks,
// unpaired backticks, code spans with pipes, HTML-looking text, heading and fence lines, and
// backslashes before pipes. Checked with markdown-it and a cmark-gfm style row split.

import { describe, expect, it } from 'vitest';
import { modelFromText, renderModel } from '../generator/index.js';
import { codeSpan, prose } from '../generator/targets/docs/markdown.js';
import { defaultOptions } from './helpers/cases.js';
import { inspect } from './runners/docs/inspect.js';

const HOSTILE = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Nasty: {
      type: 'object',
      description: '# Not a heading\nProperties\n===\n```\nunclosed fence <script>alert(1)</script> & | pipe',
      properties: {
        a: { type: 'string', default: 'x|y', description: 'pipes | here, `code | pipe`, `unpaired, <b>bold</b> &amp; more\nsecond line\n\n```js\nfence\n```' },
        'b|c': { type: 'string', enum: ['p|q', 'back`tick', 'tail\\'], description: 'ends with a backslash \\' },
        d: { type: 'string', description: 'a backslash before a pipe: \\| and in code `a\\|b`' },
      },
      examples: [{ a: '```', d: '</code>' }],
    },
  },
};

function render(schema: object): Map<string, string> {
  const model = modelFromText(JSON.stringify(schema), 'hostile.schema.json');
  return renderModel(model, defaultOptions(['docs']));
}

describe('docs escaping', () => {
  const page = inspect(render(HOSTILE).get('docs/Nasty.md')!);

  it('prose adds no heading and no fence; code spans, pipes and HTML stay text', () => {
    expect(page.headings.map((h) => h.text)).toEqual(['Nasty', 'Properties', 'Property Details', 'a', 'b|c', 'd', 'Example', 'NastyBC']);
    expect(page.fences.map((f) => f.info)).toEqual(['json']);
    expect(JSON.parse(page.fences[0]!.content)).toEqual(HOSTILE.$defs.Nasty.examples[0]);
    expect(page.rawHtml.filter((h) => !/^(<!--[^]*-->|<br>|<code>|<\/code>)$/.test(h))).toEqual([]);
  });

  it('the table keeps six cells per row whatever the cells hold', () => {
    const [table] = page.tables;
    expect(page.tables).toHaveLength(1);
    expect(table!.rows.map((r) => r[0])).toEqual(['a', 'b|c', 'd']);
    for (const row of table!.rows) expect(row).toHaveLength(6);
    for (const count of table!.rawCounts) expect(count).toEqual({ markdownIt: 6, cmark: 6 });
    const [a, bc, d] = table!.html;
    expect(a![3]).toBe('<code>&quot;x|y&quot;</code>');
    expect(a![5]).toBe('pipes | here, <code>code | pipe</code>, `unpaired, &lt;b&gt;bold&lt;/b&gt; &amp;amp; more<br>second line<br><br><code>js fence </code>');
    expect(bc![4]).toBe('<code>p|q</code>, <code>back`tick</code>, <code>tail\\</code>');
    expect(bc![5]).toBe('ends with a backslash \\');
    expect(d![5]).toBe('a backslash before a pipe: | and in code <code>a\\|b</code>');
  });

  it('codeSpan holds any text; prose escapes by context', () => {
    expect(codeSpan('a`b', 'block')).toBe('``a`b``');
    expect(codeSpan('`x`', 'block')).toBe('`` `x` ``');
    expect(codeSpan('', 'block')).toBe('`""`');
    expect(codeSpan('a|b', 'cell')).toBe('`a\\|b`');
    expect(prose('1 < 2 | 3\n# x', 'block')).toBe('1 &lt; 2 \\| 3\n\\# x');
    expect(prose('1 < 2 | 3\n# x', 'cell')).toBe('1 &lt; 2 \\| 3<br># x');
  });

  it('a NUL in the schema becomes U+FFFD (as CommonMark shows it), so no page holds a NUL byte', () => {
    expect(prose('a\0b `c\0`', 'block')).toBe('a\ufffdb `c\ufffd`');
    expect(prose('a\0b', 'cell')).toBe('a\ufffdb');
    const files = render({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: { 'Nul\u0000': { type: 'object', title: 'T\0', description: 'd\0', properties: { 'p\0': { type: 'string', enum: ['v\0'], description: 'x\0' }, q: { type: 'object', properties: { r: { type: 'string' } } } } } },
    });
    for (const [path, text] of files) expect(text.includes('\0'), path).toBe(false);
  });
});
