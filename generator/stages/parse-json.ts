// parse-json: what JSON.parse does not check about the schema file. Invalid UTF-8 and duplicate
// keys are errors (Buffer#toString and JSON.parse "repair" both silently, so the generated code
// would follow a schema other than the one the user reads); a UTF-8 byte order mark is accepted.
// Duplicates are found by jsonc-parser, which reports positions; load.ts parses the value.
// Every rejection is a SchemaError with a position.

import { visit } from 'jsonc-parser';
import { SchemaError, joinPointer } from '../errors.js';

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
    offset += new TextEncoder().encode(char).length; // not Buffer: the generator also runs in a browser (generator/playground/)
  }
  return offset;
}

/**
 * How many keys the text writes: in JSON that JSON.parse accepted, every ":" outside a string
 * separates a key from its value. Fewer keys parsed than written means a duplicate; counting is
 * a fraction of the cost of the parse that finds it, which only a bad schema then pays.
 */
export function countWrittenKeys(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x3a) count++;
  }
  return count;
}

/**
 * Throws the first duplicate key of `text` (already accepted by JSON.parse, and no deeper than
 * MAX_JSON_DEPTH: jsonc-parser recurses per level), with the positions of both.
 */
export function refuseDuplicateKeys(text: string): void {
  const stack: { seen: Map<string, number> | null; token: string | number; key: string; length: number }[] = [];
  const tokenOf = (): string | number => {
    const top = stack[stack.length - 1];
    return top === undefined ? '' : top.seen === null ? top.length++ : top.key;
  };
  const pop = (): void => {
    stack.pop();
  };
  visit(
    text,
    {
      onObjectBegin: () => void stack.push({ seen: new Map(), token: tokenOf(), key: '', length: 0 }),
      onArrayBegin: () => void stack.push({ seen: null, token: tokenOf(), key: '', length: 0 }),
      onObjectEnd: pop,
      onArrayEnd: pop,
      onLiteralValue: () => void tokenOf(),
      onObjectProperty: (key, offset) => {
        const top = stack[stack.length - 1]!;
        const first = top.seen!.get(key);
        if (first !== undefined)
          duplicateKey(
            text,
            stack.slice(1).map((f) => f.token),
            key,
            offset,
            first,
          );
        top.seen!.set(key, offset);
        top.key = key;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
}

function duplicateKey(text: string, tokens: readonly (string | number)[], key: string, offset: number, first: number): never {
  const object = joinPointer('', ...tokens);
  throw new SchemaError(
    `duplicate key ${JSON.stringify(key)} at ${object === '' ? 'the root' : object} (${position(text, offset)}; first at ${position(text, first)})`,
    joinPointer(object, key),
    'remove one of the two: JSON parsers disagree on which one wins, so the schema would mean different things to different tools',
  );
}

/** 1-based line and column (in UTF-16 units, as editors count) of a text offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function position(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}
