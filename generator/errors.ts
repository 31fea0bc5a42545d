// SchemaError: the one error type a user of the generator should ever see for bad input.
// It says what is wrong, where (file + JSON pointer into that file) and how to fix it.
// The CLI prints it and exits 2; anything else escaping the pipeline is a bug.
// Messages hold text from the schema and the command line: quoted() shows it as a JSON string, and
// format() shows what could still forge a line or drive the terminal (newlines, ESC, C1 controls
// such as CSI, line separators, bidi controls) as \uXXXX escapes, whatever the message holds.

import { escapeUnsafe } from './targets/shared/text.js';

/** Text from the input in a message: a JSON string, so quotes and newlines in it stay visible. */
export function quoted(text: string): string {
  return escapeUnsafe(JSON.stringify(text));
}

/** One line of a message for the terminal: LF and CR as \n and \r, every other unsafe character as \uXXXX. */
export function terminalSafe(text: string): string {
  return escapeUnsafe(text.replace(/[\n\r]/g, (c) => (c === '\n' ? '\\n' : '\\r')));
}

export class SchemaError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
    readonly hint: string,
    readonly file: string | null = null,
  ) {
    super(message);
    this.name = 'SchemaError';
  }

  /** The same error, attributed to a file (added by the stage that knows the file). */
  inFile(file: string): SchemaError {
    return this.file === null ? new SchemaError(this.message, this.pointer, this.hint, file) : this;
  }

  format(): string {
    const where = `${this.file ?? '<schema>'}#${this.pointer}`;
    return `error: ${terminalSafe(this.message)}\n  at ${terminalSafe(where)}\n  hint: ${terminalSafe(this.hint)}`;
  }
}

/** Bad command-line or config options: exit 2 as for schemas, but there is no pointer. */
export class OptionsError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'OptionsError';
  }

  format(): string {
    return `error: ${terminalSafe(this.message)}\n  hint: ${terminalSafe(this.hint)}`;
  }
}

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** RFC 6901: a JSON pointer token as the key it names ("~1" is "/", "~0" is "~"). */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The pointer of a frame of an iterative walk that links each frame to its parent (the root's key unused). */
export function framePointer(frame: { readonly key: string; readonly parent: { readonly key: string; readonly parent: unknown } | null }): string {
  const keys: string[] = [];
  for (let f: typeof frame | null = frame; f !== null && f.parent !== null; f = f.parent as typeof frame | null) keys.unshift(f.key);
  return joinPointer('', ...keys);
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  // A loop, not a reduce: every schema walk calls this for every child it visits.
  let pointer = base;
  for (const token of tokens) pointer += `/${escapePointerToken(typeof token === 'string' ? token : String(token))}`;
  return pointer;
}

/** A pointer as a URI fragment: what a URI may not hold percent-encoded ("#" included). */
export function fragmentOf(pointer: string): string {
  return `#${encodeURI(pointer).replace(/#/g, '%23')}`;
}
