// Markdown text for the docs target: schema prose and values -> Markdown that cannot break the
// page around it. Takes plain strings, returns Markdown strings; pure.
// - prose(): descriptions stay Markdown (emphasis, code spans, lists), but pipes, HTML-looking
//   text, unpaired backticks and, in block context, headings, setext underlines and fences are
//   neutralized, so a description can never add a table column, a heading or an open fence.
//   A link, image or link definition whose destination has a scheme other than http, https or
//   mailto (javascript:, data:, vbscript:...) is left as text: its "]" is escaped.
// - codeSpan(): a code span of any text (fence longer than any backtick run inside).
// - Slugger: GitHub's heading anchors (lower case, punctuation dropped, spaces to "-", "-1"...).
// NUL becomes U+FFFD, as CommonMark renders it: a NUL byte would make git treat the page as
// binary.

import { escapeUnsafe, visible } from '../shared/text.js';

/** Where the Markdown goes: a table cell (one line, pipes split cells) or a block of its own. */
export type Context = 'cell' | 'block';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** What prose() may change: escapes, code spans, pipes, line breaks, HTML, links, and (a text
 *  without line breaks being one line) a heading, fence or setext underline at its start. */
const PROSE_SPECIAL = /[\\`|\n&<>\0\]]|^ {0,3}[#~=-]/;
/** Link schemes the docs keep; links without a scheme (relative, #anchor) are kept too. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML[c]!);
}

/** Plain text (a name, a title): every Markdown-active character escaped, on one line. */
export function literal(text: string): string {
  const line = visible(
    text
      .replace(/\0/g, '\ufffd')
      .split(/\r\n|[\n\r\u0085\u2028\u2029]/)
      .join(' '),
  );
  return line.replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML[c]!);
}

/** Schema prose (Markdown) made safe for the context; see the file header. */
export function prose(text: string, context: Context): string {
  // Most prose has nothing to escape: return it as it is instead of rebuilding it char by char.
  if (!PROSE_SPECIAL.test(text)) return text;
  const clean = text.replace(/\0/g, '\ufffd');
  const source = context === 'block' ? neutralizeBlocks(clean) : clean;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];
    if (ch === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      out += ch + next;
      i += 2;
    } else if (ch === '`') {
      const run = /^`+/.exec(source.slice(i))![0];
      // In blocks, pair backticks within a line only: a span across lines might cross a block
      // boundary (paragraph, list item) that the parser would not cross. A cell is one line.
      const end = context === 'block' ? lineEnd(source, i) : source.length;
      const close = closingRun(source.slice(0, end), i + run.length, run.length);
      if (close < 0) out += '\\`'.repeat(run.length);
      else out += codeOut(source.slice(i, close + run.length), source.slice(i + run.length, close), context);
      i = close < 0 ? i + run.length : close + run.length;
    } else if (ch === ']' && (next === '(' || next === ':') && unsafeDestination(source, i + 2)) {
      out += '\\]'; // no longer closes a link text or a definition's label: the link is text
      i += 1;
    } else {
      out += ch === '|' ? '\\|' : ch === '\n' ? (context === 'cell' ? '<br>' : '\n') : (HTML[ch] ?? ch);
      i += 1;
    }
  }
  return out;
}

/**
 * Whether the link destination starting at `from` (after "](" or "]:") has a scheme other than
 * http, https or mailto. Read as CommonMark reads it: blanks and one line end first, an optional
 * "<", backslash escapes of punctuation. No entity can hide one: prose() escapes every "&".
 */
function unsafeDestination(text: string, from: number): boolean {
  const start = /[ \t]*(?:\r?\n[ \t]*)?<?/y;
  start.lastIndex = from;
  start.exec(text);
  let scheme = '';
  for (let j = start.lastIndex; j < text.length; j++) {
    const ch = text[j] === '\\' && /[+.\-:]/.test(text[j + 1] ?? '') ? text[++j]! : text[j]!;
    if (ch === ':') return scheme !== '' && /^[A-Za-z]/.test(scheme) && !SAFE_SCHEMES.has(scheme.toLowerCase());
    if (!/[A-Za-z0-9+.\-]/.test(ch)) return false;
    scheme += ch;
  }
  return false;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Index of the next backtick run of exactly `length` at or after `from`, or -1. */
function closingRun(text: string, from: number, length: number): number {
  let j = text.indexOf('`', from);
  while (j >= 0) {
    const run = /^`+/.exec(text.slice(j))![0].length;
    if (run === length) return j;
    j = text.indexOf('`', j + run);
  }
  return -1;
}

/** A code span found in prose, as it may stand in the context. */
function codeOut(span: string, content: string, context: Context): string {
  if (context === 'block') return span;
  // A backslash before a pipe cannot be written in a GFM cell's code span: use HTML instead.
  if (content.includes('\\|')) return `<code>${escapeHtml(content.replace(/\r?\n/g, ' ')).replace(/[\\|`*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`)}</code>`;
  return span.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Lines that would open a heading, a setext underline or a fence get their first marks escaped. */
function neutralizeBlocks(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const heading = /^( {0,3})(#{1,6})(?=[ \t]|$)/.exec(line);
      if (heading) return `${heading[1]}\\${line.slice(heading[1]!.length)}`;
      const fence = /^( {0,3})(`{3,}|~{3,})/.exec(line);
      if (fence) return `${fence[1]}${fence[2]!.replace(/./g, (c) => `\\${c}`)}${line.slice(fence[0].length)}`;
      const underline = /^( {0,3})(=+|-+)[ \t]*$/.exec(line);
      return underline ? `${underline[1]}\\${line.slice(underline[1]!.length)}` : line;
    })
    .join('\n');
}

/** A code span holding exactly `text` (shown as JSON when it would not survive a code span). */
export function codeSpan(text: string, context: Context): string {
  const shown = text === '' || /^\s|\s$|[\u0000-\u001f]/.test(text) || visible(text) !== text ? escapeUnsafe(JSON.stringify(text)) : text;
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : '';
  return codeOut(`${fence}${pad}${shown}${pad}${fence}`, shown, context);
}

/** A fenced code block's fence: longer than any backtick run in the content. */
export function fenceFor(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** GitHub's heading anchors for one page: call slug() for every heading in page order. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let slug = base;
    while (this.seen.has(slug)) {
      const count = this.seen.get(base)! + 1;
      this.seen.set(base, count);
      slug = `${base}-${count}`;
    }
    this.seen.set(slug, 0);
    return slug;
  }
}
