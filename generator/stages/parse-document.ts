// parse-document: a document's text -> JSON value, for JSON and YAML alike. Any stage that reads
// a document (the schema file today, a referenced file later) calls parseDocumentText, so every
// document gets the same checks. JSON goes through load.ts's parseSchemaText (syntax, depth,
// duplicate keys). YAML is parsed by the `yaml` package as YAML 1.2 (core schema: `yes` and `on`
// stay strings), and what JSON cannot hold is refused with its line and column rather than
// converted silently: non-string keys (integer keys such as an unquoted `200:` excepted, which
// every YAML-to-JSON converter writes as their digits), tags other than the JSON ones (!!binary,
// !!set, custom tags), .inf and .nan, an alias inside its own anchor (a cycle), duplicate keys.

import { LineCounter, type Document, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type ParsedNode } from 'yaml';
import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { MAX_JSON_DEPTH, parseSchemaText } from './load.js';
import type { NumberLiterals } from './numbers.js';
import { jsonNumberLiterals } from './numbers.js';

export type DocumentFormat = 'json' | 'yaml';

export interface ParsedDocument {
  readonly value: JsonValue;
  readonly format: DocumentFormat;
  /** The number literals as written, by pointer: what numbers.ts reads for integers beyond 2^53. */
  readonly numberLiterals: NumberLiterals;
}

/** JSON tags (YAML 1.2 core schema): the only explicit tags whose value JSON holds as written. */
const JSON_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Aliases may expand to at most this many nodes in all (a "billion laughs" document is refused). */
const MAX_ALIAS_COUNT = 10_000;

/**
 * Text -> value. `file` decides the format by its extension (.yaml, .yml; .json), else the text
 * does: JSON when it parses as JSON or starts like JSON ({ or [), YAML otherwise.
 */
export function parseDocumentText(text: string, file: string): ParsedDocument {
  const format = formatOf(text, file);
  if (format === 'yaml') return parseYaml(text);
  return { value: parseSchemaText(text), format, numberLiterals: jsonNumberLiterals(text) };
}

function formatOf(text: string, file: string): DocumentFormat {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/^\s*[[{]/.test(unmarked)) return 'json';
  try {
    JSON.parse(unmarked);
    return 'json';
  } catch {
    return 'yaml';
  }
}

function parseYaml(text: string): ParsedDocument {
  const lines = new LineCounter();
  const at = (offset: number): string => {
    const { line, col } = lines.linePos(offset);
    return `line ${line}, column ${col}`;
  };
  refuseDeepNesting(text);
  try {
    const doc = parseDocument(text, { lineCounter: lines, schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: false });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== undefined) {
      const reason = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new SchemaError(
        `the schema is not valid YAML at ${at(problem.pos[0])}: ${reason}`,
        '',
        problem.code === 'DUPLICATE_KEY'
          ? 'remove one of the two keys: YAML and JSON readers disagree on which one wins'
          : problem.code === 'TAG_RESOLVE_FAILED'
            ? 'remove the tag: a schema holds JSON values only'
            : 'fix the YAML syntax at that position (indentation, an unquoted ": " or "#" in a value, a missing quote are the usual causes)',
      );
    }
    const literals = new Map<string, string>();
    checkNodes(doc, text, at, literals);
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as JsonValue;
    return { value: value === undefined ? null : value, format: 'yaml', numberLiterals: () => literals };
  } catch (error) {
    if (error instanceof SchemaError) throw error;
    // The yaml package recurses per nesting level and counts expanded aliases: both are the
    // document's fault, not ours.
    if (error instanceof RangeError || (error instanceof ReferenceError && /alias/i.test(error.message)))
      throw new SchemaError(
        `the schema YAML cannot be read: ${error instanceof RangeError ? 'it is nested too deeply' : (error as Error).message}`,
        '',
        'flatten the document, and use fewer aliases (write the repeated part once under a key and "$ref" it)',
      );
    throw error;
  }
}

/** Indentation (with compact "- " and "? " indicators, two columns each) no real document reaches. */
const MAX_BLOCK_COLUMNS = 400;

/**
 * The yaml package recurses once per nesting level: past about 700 levels the stack overflows,
 * and a second overflow in the same process can abort node itself (in V8's regexp compiler). So
 * nesting is bounded before parsing, from the text: flow brackets that open a collection (after
 * ":", "-", ",", "[", "{", "?" or at the start of a line) outside quotes and comments, at most
 * MAX_JSON_DEPTH deep; block indentation at most MAX_BLOCK_COLUMNS columns. Together they keep
 * the parser's depth well below the overflow. A bracket inside a plain scalar is not counted.
 */
function refuseDeepNesting(text: string): void {
  let depth = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = i + 1;
      continue;
    }
    if (i === lineStart) {
      const indent = /^[ \t]*(?:[-?][ \t]+)*/.exec(text.slice(i, i + MAX_BLOCK_COLUMNS + 2))![0].length;
      if (indent > MAX_BLOCK_COLUMNS) refuseAt(text, i + indent, `a line is indented more than ${MAX_BLOCK_COLUMNS} columns`);
    }
    if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) i = skipTo(text, i, '\n') - 1;
    else if ((c === '"' || c === "'") && startsNode(text, i, depth)) i = skipTo(text, i + 1, c);
    else if ((c === '[' || c === '{') && startsNode(text, i, depth)) {
      if (++depth > MAX_JSON_DEPTH) refuseAt(text, i, `the document is nested more than ${MAX_JSON_DEPTH} levels deep`);
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
}

/**
 * Whether the character at i starts a node: after an indicator (":", "-", "?") or at the start of
 * a line; inside a flow collection also after "[", "{" or ",", and a bracket there always does
 * (plain scalars in flow cannot hold brackets).
 */
function startsNode(text: string, i: number, depth: number): boolean {
  if (depth > 0 && (text[i] === '[' || text[i] === '{')) return true;
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || '\n:-?'.includes(text[j]!) || (depth > 0 && '[{,'.includes(text[j]!));
}

/** The index of the next `end` after i (a quote's end skips doubled '' and escaped \"), or the text's end. */
function skipTo(text: string, i: number, end: string): number {
  for (let j = i; j < text.length; j++) {
    if (end === '"' && text[j] === '\\') j++;
    else if (text[j] === end) {
      if (end === "'" && text[j + 1] === "'") j++;
      else return j;
    }
  }
  return text.length;
}

function refuseAt(text: string, offset: number, what: string): never {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  throw new SchemaError(
    `${what} (line ${line}, column ${offset - before.lastIndexOf('\n')})`,
    '',
    'flatten it: move inner schemas into "$defs" (or components.schemas) and refer to them with "$ref"',
  );
}

interface Frame {
  readonly node: ParsedNode;
  readonly pointer: string;
  readonly depth: number;
  /** The collection nodes above this one, for the alias cycle check. */
  readonly ancestors: ReadonlySet<Node>;
}

/** Walks the YAML tree (iteratively) for what JSON cannot hold; collects the integer literals beyond 2^53 by pointer. */
function checkNodes(doc: Document.Parsed, text: string, at: (offset: number) => string, literals: Map<string, string>): void {
  const root = doc.contents;
  if (root === null) return;
  const stack: Frame[] = [{ node: root, pointer: '', depth: 0, ancestors: new Set() }];
  const refuse = (node: ParsedNode | Node, pointer: string, what: string, hint: string): never => {
    throw new SchemaError(`${what} (${at(node.range?.[0] ?? 0)})`, pointer, hint);
  };
  while (stack.length > 0) {
    const { node, pointer, depth, ancestors } = stack.pop()!;
    if (depth > MAX_JSON_DEPTH)
      refuse(
        node,
        pointer,
        `the document is nested more than ${MAX_JSON_DEPTH} levels deep`,
        'flatten it: move inner schemas into "$defs" and refer to them with "$ref"',
      );
    if (node.tag !== undefined && !JSON_TAGS.has(node.tag))
      refuse(
        node,
        pointer,
        `the YAML tag ${JSON.stringify(node.tag.replace('tag:yaml.org,2002:', '!!'))} has no JSON equivalent`,
        'remove the tag: a schema holds JSON values (strings, numbers, booleans, null, maps, sequences) only',
      );
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target !== undefined && ancestors.has(target))
        refuse(
          node,
          pointer,
          `the alias *${node.source} is inside its own anchor, which makes a cycle JSON cannot hold`,
          'write the value out instead of the alias; for a recursive schema use "$ref"',
        );
      continue;
    }
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'number' && !Number.isFinite(value))
        refuse(
          node,
          pointer,
          `${text.slice(node.range[0], node.range[1])} (${value}) is not a JSON number`,
          'write a finite number; to leave a bound open, remove the keyword',
        );
      if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) literals.set(pointer, text.slice(node.range[0], node.range[1]));
      continue;
    }
    const inside = new Set(ancestors).add(node);
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item !== null) stack.push({ node: item as ParsedNode, pointer: joinPointer(pointer, i), depth: depth + 1, ancestors: inside });
      });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key =
          keyText(pair.key as ParsedNode | null, text) ??
          refuse(
            (pair.key as ParsedNode | null) ?? node,
            pointer,
            'this map key is not a string, which JSON object keys must be',
            'quote the key ("..."), or write the map differently: JSON has no keys that are numbers, booleans, null, maps or lists',
          );
        if (pair.value !== null) stack.push({ node: pair.value as ParsedNode, pointer: joinPointer(pointer, key), depth: depth + 1, ancestors: inside });
      }
    }
  }
}

/** A key as JSON writes it: a string as is, a plain integer as its digits (as YAML-to-JSON converters do), anything else null. */
function keyText(key: ParsedNode | null, text: string): string | null {
  if (key === null || !isScalar(key)) return null;
  if (typeof key.value === 'string') return key.value;
  const written = text.slice(key.range[0], key.range[1]);
  return typeof key.value === 'number' && key.type === 'PLAIN' && /^(0|[1-9]\d*)$/.test(written) ? written : null;
}
