// parse-document: a document's text -> JSON value, for JSON and YAML alike. Any stage that reads
// a document (the schema file today, a referenced file later) calls parseDocumentText, so every
// document gets the same checks. JSON goes through load.ts's parseSchemaText (syntax, depth,
// duplicate keys). YAML is read as YAML 1.2 (core schema: `yes` and `on` stay strings): js-yaml's
// parser turns the text into a flat list of events (syntax errors and nesting depth are its
// checks), and constructYaml below builds the JSON value from them, refusing with its line and
// column what JSON cannot hold rather than converting it silently: non-string keys (integer keys
// such as an unquoted `200:` excepted, which every YAML-to-JSON converter writes as their
// digits), tags other than the JSON ones (!!binary, !!set, custom tags), .inf, .nan and numbers
// beyond a double, an alias inside its own anchor (a cycle), duplicate keys, several documents.
// The events, not js-yaml's own constructor, because these checks need each node's position and
// kind, which a constructed value no longer has; and not the `yaml` package's document tree,
// which took four to eight times as long on the OpenAI spec (1.5 to 1.9 s against 0.2 to 0.4 s for its 3 MB).

import {
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAMLException,
  boolCoreTag,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  nullCoreTag,
  parseEvents,
  type Event,
  type ScalarEvent,
  type ScalarTagDefinition,
} from 'js-yaml';
import { SchemaError, joinPointer } from '../errors.js';
import type { JsonValue } from '../model/ir.js';
import { MAX_JSON_DEPTH } from '../model/limits.js';
import { parseSchemaText } from './load.js';
import type { NumberLiterals } from './numbers.js';
import { jsonNumberLiterals } from './numbers.js';
import { lineAndColumn } from './parse-json.js';

export type DocumentFormat = 'json' | 'yaml';

export interface ParsedDocument {
  readonly value: JsonValue;
  readonly format: DocumentFormat;
  /** The number literals as written, by pointer: what numbers.ts reads for integers beyond 2^53. */
  readonly numberLiterals: NumberLiterals;
}

const YAML_TAGS = 'tag:yaml.org,2002:';

/** The JSON tags of YAML 1.2's core schema for scalars, by full name: the only scalar tags whose value JSON holds. */
const SCALAR_TAGS = new Map<string, ScalarTagDefinition | 'str'>([
  [`${YAML_TAGS}str`, 'str'],
  [`${YAML_TAGS}null`, nullCoreTag],
  [`${YAML_TAGS}bool`, boolCoreTag],
  [`${YAML_TAGS}int`, intCoreTag],
  [`${YAML_TAGS}float`, floatCoreTag],
]);

/** The core schema's implicit scalars in its order of resolution: a plain scalar none of them takes is a string. */
const IMPLICIT_TAGS: readonly ScalarTagDefinition[] = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];

/** A plain scalar written as a decimal number (an integer, or one with a fraction or exponent). */
const DECIMAL = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

/** An anchor's uses times what one use expands to may reach at most this: a "billion laughs" document is refused. */
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

const SYNTAX_HINT = 'fix the YAML syntax at that position (indentation, an unquoted ": " or "#" in a value, a missing quote are the usual causes)';
const FLATTEN_HINT = 'flatten it: move inner schemas into "$defs" (or components.schemas) and refer to them with "$ref"';
const TAG_HINT = 'remove the tag: a schema holds JSON values (strings, numbers, booleans, null, maps, sequences) only';
const KEY_HINT = 'quote the key ("..."), or write the map differently: JSON has no keys that are numbers, booleans, null, maps or lists';

function parseYaml(text: string): ParsedDocument {
  let events: Event[];
  try {
    // The parser counts nesting itself, so no document can take it deeper than this.
    events = parseEvents(text, { maxDepth: MAX_JSON_DEPTH });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = positionOf(text, error.mark?.position ?? 0);
    if (/maxDepth/.test(error.reason)) throw new SchemaError(`the document is nested more than ${MAX_JSON_DEPTH} levels deep (${where})`, '', FLATTEN_HINT);
    throw new SchemaError(`the schema is not valid YAML at ${where}: ${error.reason}`, '', SYNTAX_HINT);
  }
  const literals = new Map<string, string>();
  return { value: constructYaml(text, events, literals), format: 'yaml', numberLiterals: () => literals };
}

/** `line L, column C` (both from 1) of an offset into the text; only ever asked for an error. */
function positionOf(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** A collection being built: its value is added to the one around it when it closes. */
interface Frame {
  readonly kind: 'seq' | 'map';
  readonly value: JsonValue[] | { [key: string]: JsonValue };
  /** A map's key whose value is being read; undefined while the next node is a key. */
  key: string | undefined;
  /** The largest expansion of an alias inside it (1: none): what an anchor on it multiplies by. */
  factor: number;
  readonly anchor: Anchor | undefined;
}

interface Anchor {
  readonly value: JsonValue;
  /** Its collection is still being read: an alias to it now would make a cycle. */
  open: boolean;
  uses: number;
  /** What one use expands to: 1 with no alias inside, else the largest uses x factor of an alias inside. */
  factor: number;
}

/**
 * The events -> the JSON value, with what JSON cannot hold refused (see the top of the file).
 * Pointers are built only for an error or a number beyond 2^53, from the open collections.
 */
function constructYaml(text: string, events: readonly Event[], literals: Map<string, string>): JsonValue {
  const frames: Frame[] = [];
  const anchors = new Map<string, Anchor>();
  let handles = new Map<string, string>();
  let documents = 0;
  let result: JsonValue = null;
  /** The decoded text of the last scalar read: what a number's literal and an error quote. */
  let source = '';
  const narrow = new NarrowText(text);
  const anchorName = (event: { readonly anchorStart: number; readonly anchorEnd: number }): string => text.slice(event.anchorStart, event.anchorEnd);

  /** The pointer of the value being read inside the first `depth` open collections. */
  const pointer = (depth = frames.length): string => {
    let path = '';
    for (let i = 0; i < depth; i++) {
      const frame = frames[i]!;
      path = joinPointer(path, frame.kind === 'seq' ? (frame.value as JsonValue[]).length : frame.key!);
    }
    return path;
  };
  // Typed as a whole, so that the compiler knows the code after a refusal is not reached.
  const refuse: (offset: number, at: string, what: string, hint: string) => never = (offset, at, what, hint) => {
    throw new SchemaError(`${what} (${positionOf(text, offset)})`, at, hint);
  };
  /** A key that is not a string, at the pointer of its map. */
  const refuseKey: (offset: number) => never = (offset) =>
    refuse(offset, pointer(frames.length - 1), 'this map key is not a string, which JSON object keys must be', KEY_HINT);
  const refuseTag: (offset: number, at: string, raw: string, name: string) => never = (offset, at, raw, name) =>
    refuse(offset, at, `the YAML tag ${JSON.stringify(shortTag(raw, name))} has no JSON equivalent`, TAG_HINT);
  const tagName = (raw: string): string => {
    if (raw.startsWith('!<')) return percentDecoded(raw.slice(2, -1));
    const end = raw.indexOf('!', 1);
    const handle = end === -1 ? '!' : raw.slice(0, end + 1);
    return percentDecoded(handles.get(handle) ?? (handle === '!!' ? YAML_TAGS : handle)) + percentDecoded(raw.slice(handle.length));
  };
  /** The next node is a map's key (a key must be a string, so only a scalar can be one). */
  const atKey = (): boolean => {
    const top = frames[frames.length - 1];
    return top !== undefined && top.kind === 'map' && top.key === undefined;
  };
  const add = (value: JsonValue): void => {
    const top = frames[frames.length - 1];
    if (top === undefined) result = value;
    else if (top.kind === 'seq') (top.value as JsonValue[]).push(value);
    else {
      const map = top.value as { [key: string]: JsonValue };
      // JSON.parse makes "__proto__" an own member; an assignment would set the prototype instead.
      if (top.key === '__proto__') Object.defineProperty(map, '__proto__', { value, enumerable: true, writable: true, configurable: true });
      else map[top.key!] = value;
      top.key = undefined;
    }
  };
  const scalar = (event: ScalarEvent, offset: number, at: () => string): JsonValue => {
    source = getScalarValue(narrow.textFor(event.valueStart, event.valueEnd), event);
    if (event.tagStart !== NO_RANGE) {
      const raw = text.slice(event.tagStart, event.tagEnd);
      if (raw === '!') return source; // the non-specific tag: a string, whatever it looks like
      const name = tagName(raw);
      const tag = SCALAR_TAGS.get(name);
      if (tag === undefined) return refuseTag(offset, at(), raw, name);
      if (tag === 'str') return source;
      const value = tag.resolve(source, true, name);
      if (value === NOT_RESOLVED)
        return refuse(
          offset,
          at(),
          `${JSON.stringify(source)} is not a value of the YAML tag ${JSON.stringify(shortTag(raw, name))}`,
          'remove the tag, or write a value of its type',
        );
      return value as JsonValue;
    }
    if (event.style !== SCALAR_STYLE.PLAIN || !MAY_RESOLVE.has(source.charAt(0))) return source;
    for (const tag of IMPLICIT_TAGS) {
      const value = tag.resolve(source, false, tag.tagName);
      if (value !== NOT_RESOLVED) return value as JsonValue;
    }
    // The core schema reads a number past a double's range as a string; a schema means a number.
    if (DECIMAL.test(source) || /^0(?:x[0-9a-fA-F]+|o[0-7]+)$/.test(source))
      return refuse(
        offset,
        at(),
        `${source} is beyond the range of a JSON number (a double)`,
        'write a number a double holds; to leave a bound open, remove the keyword',
      );
    return source;
  };

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) {
          const next = events[i + 1];
          refuse(
            next === undefined ? text.length : offsetOf(next),
            '',
            'the schema is not valid YAML: the file holds multiple documents',
            'keep one document: remove the "---" line that starts the second one and what follows it, or split the file',
          );
        }
        handles = new Map(event.directives.flatMap((d) => (d.kind === 'tag' ? [[d.handle, d.prefix] as const] : [])));
        break;
      case EVENT_ID.SCALAR: {
        const offset = offsetOf(event);
        if (atKey()) {
          const map = frames[frames.length - 1]!;
          const key = scalar(event, offset, () => pointer(frames.length - 1));
          const name =
            typeof key === 'string'
              ? key
              : typeof key === 'number' && event.style === SCALAR_STYLE.PLAIN && event.tagStart === NO_RANGE && /^(?:0|[1-9]\d*)$/.test(source)
                ? source
                : refuseKey(offset);
          if (Object.hasOwn(map.value, name))
            refuse(
              offset,
              pointer(frames.length - 1),
              `the schema is not valid YAML: the key ${JSON.stringify(name)} appears twice in one map`,
              'remove one of the two keys: YAML and JSON readers disagree on which one wins',
            );
          map.key = name;
          if (event.anchorStart !== NO_RANGE) anchors.set(anchorName(event), { value: name, open: false, uses: 0, factor: 1 });
          break;
        }
        const value = scalar(event, offset, pointer);
        if (typeof value === 'number') {
          if (!Number.isFinite(value))
            refuse(offset, pointer(), `${source} (${value}) is not a JSON number`, 'write a finite number; to leave a bound open, remove the keyword');
          if (Number.isInteger(value) && !Number.isSafeInteger(value)) literals.set(pointer(), source);
        }
        if (event.anchorStart !== NO_RANGE) anchors.set(anchorName(event), { value, open: false, uses: 0, factor: 1 });
        add(value);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const kind = event.type === EVENT_ID.SEQUENCE ? 'seq' : 'map';
        if (atKey()) refuseKey(event.start);
        if (event.tagStart !== NO_RANGE) {
          const raw = text.slice(event.tagStart, event.tagEnd);
          const name = raw === '!' ? `${YAML_TAGS}${kind}` : tagName(raw);
          if (name !== `${YAML_TAGS}${kind}`) refuseTag(event.start, pointer(), raw, name);
        }
        const value: Frame['value'] = kind === 'seq' ? [] : {};
        let anchor: Anchor | undefined;
        if (event.anchorStart !== NO_RANGE) anchors.set(anchorName(event), (anchor = { value, open: true, uses: 0, factor: 1 }));
        frames.push({ kind, value, key: undefined, factor: 1, anchor });
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = anchorName(event);
        const offset = event.anchorStart - 1; // the "*"
        if (atKey()) refuseKey(offset);
        const anchor = anchors.get(name);
        if (anchor === undefined)
          refuse(
            offset,
            pointer(),
            `the alias *${name} has no anchor &${name} before it`,
            'put the anchor (&name) on a value above the alias, or write the value out',
          );
        if (anchor.open)
          refuse(
            offset,
            pointer(),
            `the alias *${name} is inside its own anchor, which makes a cycle JSON cannot hold`,
            'write the value out instead of the alias; for a recursive schema use "$ref"',
          );
        // A "billion laughs" document: aliases of aliases multiply; refused past MAX_ALIAS_COUNT.
        const expansion = ++anchor.uses * anchor.factor;
        if (expansion > MAX_ALIAS_COUNT)
          refuse(
            offset,
            pointer(),
            `the aliases of &${name} expand to more than ${MAX_ALIAS_COUNT.toLocaleString('en-US')} nodes`,
            'use fewer aliases: write the repeated part once under a key and "$ref" it',
          );
        const top = frames[frames.length - 1];
        if (top !== undefined && expansion > top.factor) top.factor = expansion;
        add(anchor.value);
        break;
      }
      case EVENT_ID.POP: {
        const frame = frames.pop();
        if (frame === undefined) break; // the end of the document
        if (frame.anchor !== undefined) {
          frame.anchor.open = false;
          frame.anchor.factor = frame.factor;
        }
        const parent = frames[frames.length - 1];
        if (parent !== undefined && frame.factor > parent.factor) parent.factor = frame.factor;
        add(frame.value);
        break;
      }
    }
  }
  return result;
}

/**
 * The text to read a scalar from so that its string is held one byte a character when it can be.
 * A text with any character beyond Latin-1 (an emoji, a CJK name, a typographic quote: the OpenAI
 * spec has 26 of them) is held by V8 two bytes a character, and so is every string sliced from
 * it, and every generated file such a string is concatenated into: twice the memory, and slower
 * to search and encode. JSON.parse makes one-byte strings where it can; this does the same for
 * YAML: a one-byte copy of the text (each such character cut to its low byte, so that offsets
 * stay the same) for every scalar whose range holds none of them, the text itself for the others.
 */
class NarrowText {
  /** Offsets of the characters beyond Latin-1, in order; null when there are none. */
  private readonly wide: number[] | null;
  private readonly narrow: string;
  /** Where the last search ended: scalars come in the order of the text. */
  private next = 0;

  constructor(private readonly text: string) {
    const wide: number[] = [];
    for (let match = WIDE.exec(text); match !== null; match = WIDE.exec(text)) wide.push(match.index);
    this.wide = wide.length === 0 ? null : wide;
    this.narrow = this.wide === null ? text : lowBytes(text);
  }

  textFor(start: number, end: number): string {
    const wide = this.wide;
    if (wide === null || start === NO_RANGE) return this.text;
    if (this.next > 0 && wide[this.next - 1]! >= start) this.next = 0; // an earlier range: search again
    while (this.next < wide.length && wide[this.next]! < start) this.next++;
    return this.next < wide.length && wide[this.next]! < end ? this.text : this.narrow;
  }
}

const WIDE = /[^\0-\xff]/g;

/**
 * The text with each character cut to its low byte, as a one-byte string. Node.js's Buffer does it
 * in one copy each way (9 ms for the 3 MB OpenAI spec, against 80 to 140 ms for the loop); the
 * playground runs this in a browser, which has no Buffer, and takes the loop.
 */
function lowBytes(text: string): string {
  return typeof Buffer !== 'undefined' ? Buffer.from(text, 'latin1').toString('latin1') : lowBytesByLoop(text);
}

/** lowBytes without Buffer (exported for its test: Node.js never takes it). */
export function lowBytesByLoop(text: string): string {
  let out = '';
  for (let start = 0; start < text.length; start += LOW_BYTES_CHUNK) {
    const codes = new Uint8Array(Math.min(LOW_BYTES_CHUNK, text.length - start));
    for (let i = 0; i < codes.length; i++) codes[i] = text.charCodeAt(start + i); // a Uint8Array keeps the low byte
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Characters per String.fromCharCode call: well below any engine's limit on arguments. */
const LOW_BYTES_CHUNK = 8192;

/** js-yaml's "no such range" offset. */
const NO_RANGE = -1;

/** The first characters of a plain scalar the core schema may read as other than a string ("" is an empty scalar: null). */
const MAY_RESOLVE = new Set(['', '~', 'n', 'N', 't', 'T', 'f', 'F', '-', '+', '.', ...'0123456789']);

/** Where an error about a node points: a scalar's value, else its tag or anchor, a collection's start. */
function offsetOf(event: Event): number {
  if (event.type === EVENT_ID.SCALAR)
    return event.valueStart !== NO_RANGE ? event.valueStart : event.tagStart !== NO_RANGE ? event.tagStart : Math.max(event.anchorStart - 1, 0);
  if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  return 0;
}

/** A tag as the reader knows it: `!!binary` for YAML's own, else as written. */
function shortTag(raw: string, name: string): string {
  return name.startsWith(YAML_TAGS) ? `!!${name.slice(YAML_TAGS.length)}` : raw;
}

/** A tag's %-escapes decoded (YAML writes tags as URIs); a malformed escape stays as written. */
function percentDecoded(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
