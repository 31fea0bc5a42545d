// parse-json: the schema file's bytes -> text -> JSON value, strictly. Invalid UTF-8 and
// duplicate keys are errors (both are silently "repaired" by Buffer#toString and JSON.parse,
// so the generated code would follow a schema other than the one the user reads); a UTF-8
// byte order mark is accepted. Objects are built without a prototype, so a key such as
// "__proto__", "constructor" or "toString" is only ever an own property, never an inherited
// member read by a lookup. Every rejection is a SchemaError with a position.

import { visit } from 'jsonc-parser';
import { SchemaError, joinPointer } from './errors.js';
import type { JsonValue } from './model.js';

type JsonObject = { [key: string]: JsonValue };

/** Bytes -> text; a BOM is dropped (TextDecoder does it), invalid UTF-8 is refused with where. */
export function decodeSchemaBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new SchemaError(
      `the schema is not valid UTF-8: byte ${offset} (line ${line}) starts no valid UTF-8 sequence (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`,
      '',
      'save the file as UTF-8 (a text editor\'s "save with encoding", or iconv -f <its encoding> -t UTF-8)',
    );
  }
}

/**
 * The offset of the first byte that does not decode. The lenient decoder replaces each bad
 * sequence with U+FFFD; every character before the first such replacement decoded from exactly
 * its own UTF-8 length, so adding those lengths up finds the offset.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (const char of text) {
    const isReal = char !== '\uFFFD' || (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd);
    if (!isReal) return offset;
    offset += Buffer.byteLength(char);
  }
  return offset;
}

interface Frame {
  readonly value: JsonObject | JsonValue[];
  /** Where this container sits in its parent (a key or an index); '' for the root. */
  readonly token: string | number;
  /** Objects only: each key seen so far, with its offset in the text. */
  readonly seen: Map<string, number> | null;
  key: string;
}

/**
 * Text already accepted by JSON.parse, and no deeper than the caller allows (jsonc-parser
 * recurses per level) -> the value, objects without a prototype, duplicate keys refused.
 */
export function parseStrictJson(text: string): JsonValue {
  const stack: Frame[] = [];
  let root: JsonValue = null;
  const add = (value: JsonValue): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) root = value;
    else if (Array.isArray(top.value)) top.value.push(value);
    else top.value[top.key] = value;
  };
  const tokenOf = (): string | number => {
    const top = stack[stack.length - 1];
    return top === undefined ? '' : Array.isArray(top.value) ? top.value.length : top.key;
  };
  visit(text, {
    onObjectBegin: () => void stack.push({ value: Object.create(null) as JsonObject, token: tokenOf(), seen: new Map(), key: '' }),
    onArrayBegin: () => void stack.push({ value: [], token: tokenOf(), seen: null, key: '' }),
    onObjectEnd: () => add(stack.pop()!.value),
    onArrayEnd: () => add(stack.pop()!.value),
    onLiteralValue: (value: JsonValue) => add(value),
    onObjectProperty: (key, offset) => {
      const top = stack[stack.length - 1]!;
      const first = top.seen!.get(key);
      if (first !== undefined) duplicateKey(text, stack, key, offset, first);
      top.seen!.set(key, offset);
      top.key = key;
    },
    onError: (_error, offset) => {
      throw new Error(`internal: jsonc-parser rejects at offset ${offset} what JSON.parse accepted`);
    },
  }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return root;
}

function duplicateKey(text: string, stack: readonly Frame[], key: string, offset: number, first: number): never {
  const object = joinPointer('', ...stack.slice(1).map((f) => f.token));
  throw new SchemaError(
    `duplicate key ${JSON.stringify(key)} at ${object === '' ? 'the root' : object} (${position(text, offset)}; first at ${position(text, first)})`,
    joinPointer(object, key),
    'remove one of the two: JSON parsers disagree on which one wins, so the schema would mean different things to different tools',
  );
}

/** 1-based line and column (in UTF-16 units, as editors count) of a text offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}
