// locate: where in the text the user typed an error is, so that the page can select it. An error
// names a JSON pointer (SchemaError), or, for text that does not parse, a line and column in its
// message (stages/parse-document.ts). Pointers are found in JSON by jsonc-parser's tree and in YAML
// by the `yaml` package's document tree, which keep every node's start and end (the events js-yaml
// gives the generator have no end for a collection); a pointer below what the text holds (a member
// that is missing) selects the deepest part that is there.

import { parseTree, type Node } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { unescapePointerToken } from '../errors.js';

/** Offsets into the text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The span of the member (key and value) or item a pointer names; null when the text does not parse. */
export function spanOfPointer(text: string, pointer: string): Span | null {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerToken);
  return /^\s*[{[]/.test(text) ? jsonSpan(text, tokens) : yamlSpan(text, tokens);
}

/** "line L, column C" in a message (1-based, as the generator writes them) -> a one-character span there. */
export function spanOfLineColumn(text: string, message: string): Span | null {
  const match = /line (\d+), column (\d+)/.exec(message);
  if (match === null) return null;
  let offset = 0;
  for (let line = 1; line < Number(match[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return null;
    offset = next + 1;
  }
  const start = Math.min(offset + Number(match[2]) - 1, text.length);
  return { start, end: Math.min(start + 1, text.length) };
}

/** Line and column (1-based) of an offset, to print beside a pointer. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function jsonSpan(text: string, tokens: readonly string[]): Span | null {
  let node: Node | undefined = parseTree(text);
  if (node === undefined) return null;
  for (const token of tokens) {
    const child: Node | undefined = jsonChild(node, token);
    if (child === undefined) break;
    node = child;
  }
  const shown = node.parent?.type === 'property' ? node.parent : node;
  return { start: shown.offset, end: shown.offset + shown.length };
}

function jsonChild(node: Node, token: string): Node | undefined {
  if (node.type === 'array') return /^(0|[1-9]\d*)$/.test(token) ? node.children?.[Number(token)] : undefined;
  if (node.type !== 'object') return undefined;
  return node.children?.find((property) => property.children?.[0]?.value === token)?.children?.[1];
}

function yamlSpan(text: string, tokens: readonly string[]): Span | null {
  const document = parseDocument(text);
  let node: unknown = document.contents;
  let span = rangeOf(node);
  for (const token of tokens) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === token);
      if (pair === undefined) break;
      const [key, value] = [rangeOf(pair.key), rangeOf(pair.value)];
      span = key !== null && value !== null ? { start: key.start, end: value.end } : (value ?? span);
      node = pair.value;
    } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < node.items.length) {
      node = node.items[Number(token)];
      span = rangeOf(node) ?? span;
    } else break;
  }
  return span;
}

function rangeOf(node: unknown): Span | null {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range === undefined ? null : { start: range[0], end: range[1] };
}
