// Reads a generated Markdown page with a real parser (markdown-it, GFM tables) and returns what
// the docs tests check: headings with their GitHub anchors, links, tables (cells as parsed, and
// the raw row lines split the way both markdown-it and cmark-gfm split them), fences, raw HTML.
// The docs target has no runner: this is its test oracle, independent of generator/targets/docs.

import MarkdownIt, { type Token } from 'markdown-it';

const md = new MarkdownIt({ html: true });

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly slug: string;
}

export interface Table {
  readonly header: readonly string[];
  /** Cells as plain text (code spans' content, link text). */
  readonly rows: readonly (readonly string[])[];
  /** Cells as rendered HTML. */
  readonly html: readonly (readonly string[])[];
  /** Cell counts of the header and each row line as markdown-it and cmark-gfm split them. */
  readonly rawCounts: readonly { readonly markdownIt: number; readonly cmark: number }[];
}

export interface Page {
  readonly headings: readonly Heading[];
  readonly links: readonly string[];
  readonly tables: readonly Table[];
  readonly fences: readonly { readonly info: string; readonly content: string }[];
  readonly rawHtml: readonly string[];
}

export function inspect(source: string): Page {
  const tokens = md.parse(source, {});
  const lines = source.split('\n');
  const seen = new Map<string, number>();
  const headings: Heading[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') {
      const text = plainText(tokens[i + 1]!);
      headings.push({ level: Number(t.tag.slice(1)), text, slug: githubSlug(text, seen) });
    }
  });
  const inline = tokens.filter((t) => t.type === 'inline').flatMap((t) => t.children ?? []);
  return {
    headings,
    links: inline.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href') ?? '')),
    tables: tables(tokens, lines),
    fences: tokens.filter((t) => t.type === 'fence').map((t) => ({ info: t.info.trim(), content: t.content })),
    rawHtml: [...tokens.filter((t) => t.type === 'html_block').map((t) => t.content.trim()), ...inline.filter((t) => t.type === 'html_inline').map((t) => t.content)],
  };
}

function plainText(inlineToken: Token): string {
  return (inlineToken.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : '')).join('');
}

/** github-slugger: lower case, drop punctuation and symbols, spaces to "-", "-1", "-2" for repeats. */
function githubSlug(text: string, seen: Map<string, number>): string {
  const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
  let slug = base;
  while (seen.has(slug)) {
    seen.set(base, seen.get(base)! + 1);
    slug = `${base}-${seen.get(base)!}`;
  }
  seen.set(slug, 0);
  return slug;
}

function tables(tokens: Token[], lines: string[]): Table[] {
  const out: Table[] = [];
  let current: { header: string[]; rows: string[][]; html: string[][]; rawCounts: { markdownIt: number; cmark: number }[] } | null = null;
  tokens.forEach((t, i) => {
    if (t.type === 'table_open') current = { header: [], rows: [], html: [], rawCounts: [] };
    if (current === null) return;
    if (t.type === 'tr_open') {
      const line = lines[t.map![0]]!;
      current.rawCounts.push({ markdownIt: countCells(line, false), cmark: countCells(line, true) });
      if (tokens[i + 1]?.type === 'td_open') {
        current.rows.push([]);
        current.html.push([]);
      }
    }
    if (t.type === 'inline' && tokens[i - 1]?.type === 'th_open') current.header.push(plainText(t));
    if (t.type === 'inline' && tokens[i - 1]?.type === 'td_open') {
      current.rows.at(-1)!.push(plainText(t));
      current.html.at(-1)!.push(md.renderer.renderInline(t.children ?? [], md.options, {}));
    }
    if (t.type === 'table_close') {
      out.push(current);
      current = null;
    }
  });
  return out;
}

/**
 * Cells in a raw row line. markdown-it: a pipe right after a backslash is escaped. cmark-gfm:
 * a backslash escapes the next character, whatever it is ("\\|" is a backslash, then a cell break).
 */
function countCells(line: string, pairs: boolean): number {
  const text = line.trim();
  let cells = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && (pairs || text[i + 1] === '|')) i++;
    else if (text[i] === '|' && i !== 0 && i !== text.length - 1) cells++;
  }
  return cells;
}
