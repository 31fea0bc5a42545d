// locate: where in the text the user typed an error is, so that the page can select it. An error
// names a JSON pointer (SchemaError), or, for text that does not parse, a line and column in its
// message (stages/parse-document.ts). Pointers are found in JSON by jsonc-parser's tree and in YAML
// by js-yaml's events, as the generator reads YAML; a pointer below what the text holds (a member
// that is missing) selects the deepest part that is there.

import { parseTree, type Node } from 'jsonc-parser';
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { unescapePointerToken } from '../errors.js';
import { MAX_JSON_DEPTH } from '../model/limits.js';
import { lineAndColumn } from '../stages/parse-json.js';

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
export const lineColumn = lineAndColumn;

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

/**
 * The YAML parser's events (as stages/parse-document.ts reads them) walked to the node the
 * tokens name. An event has its start, and a scalar its end; a collection ends where the last
 * node inside it does (a flow collection at its closing bracket).
 */
function yamlSpan(text: string, tokens: readonly string[]): Span | null {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_JSON_DEPTH });
  } catch {
    return null;
  }
  let node = events.findIndex((e) => e.type !== EVENT_ID.DOCUMENT);
  if (node < 0 || events[node]!.type === EVENT_ID.POP) return null;
  let span: Span = { start: startOf(events[node]!), end: endOf(text, events, node) };
  if (span.start < 0) return null; // an empty document
  for (const token of tokens) {
    const event = events[node]!;
    let found = -1;
    if (event.type === EVENT_ID.MAPPING) {
      for (let key = node + 1; events[key]!.type !== EVENT_ID.POP; key = after(events, after(events, key))) {
        const k = events[key]!;
        if (k.type === EVENT_ID.SCALAR && getScalarValue(text, k) === token) {
          found = after(events, key);
          span = { start: startOf(k), end: Math.max(endOf(text, events, found), endOf(text, events, key)) }; // `key:` alone ends at its key
          break;
        }
      }
    } else if (event.type === EVENT_ID.SEQUENCE && /^(0|[1-9]\d*)$/.test(token)) {
      let item = node + 1;
      for (let i = 0; i < Number(token) && events[item]!.type !== EVENT_ID.POP; i++) item = after(events, item);
      if (events[item]!.type !== EVENT_ID.POP) {
        found = item;
        const start = startOf(events[item]!);
        if (start >= 0) span = { start, end: endOf(text, events, item) }; // an empty item (`-` alone) has no range
      }
    }
    if (found < 0) break;
    node = found;
  }
  return span;
}

/** The index of the event after the node that starts at i (a collection ends after its POP). */
function after(events: readonly Event[], i: number): number {
  const type = events[i]!.type;
  if (type !== EVENT_ID.MAPPING && type !== EVENT_ID.SEQUENCE) return i + 1;
  let depth = 0;
  for (let j = i; ; j++) {
    const t = events[j]!.type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP && --depth === 0) return j + 1;
  }
}

/** A quoted scalar's value range leaves out its quotes: 1 to reach each, else 0. */
function quotes(event: ScalarEvent): number {
  return event.style === SCALAR_STYLE.DOUBLE_QUOTED || event.style === SCALAR_STYLE.SINGLE_QUOTED ? 1 : 0;
}

function startOf(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) {
    return event.valueStart !== NO_RANGE ? event.valueStart - quotes(event) : Math.max(event.tagStart, event.anchorStart);
  }
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  return 0;
}

/** Where the node at i ends: a scalar's value (its closing quote included), an alias's name, a collection's last node (a flow one's bracket). */
function endOf(text: string, events: readonly Event[], i: number): number {
  const event = events[i]!;
  if (event.type === EVENT_ID.SCALAR) {
    return event.valueEnd !== NO_RANGE ? event.valueEnd + quotes(event) : Math.max(event.tagEnd, event.anchorEnd);
  }
  if (event.type === EVENT_ID.ALIAS) return event.anchorEnd;
  if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) return startOf(event);
  const end = after(events, i) - 1; // its POP
  if (end === i + 1) {
    const closer = text.indexOf(event.type === EVENT_ID.MAPPING ? '}' : ']', event.start);
    return closer < 0 ? event.start + 1 : closer + 1;
  }
  // The furthest end of a node inside (a last `key:` with no value ends at its key).
  let lastEnd = event.start + 1;
  for (let j = i + 1; j < end; j = after(events, j)) lastEnd = Math.max(lastEnd, endOf(text, events, j));
  if (event.style !== COLLECTION_STYLE.FLOW) return lastEnd;
  const closer = text.indexOf(event.type === EVENT_ID.MAPPING ? '}' : ']', lastEnd); // after a last node, only blanks, commas and comments
  return closer < 0 ? lastEnd : closer + 1;
}

/** js-yaml's "no such range" offset. */
const NO_RANGE = -1;
