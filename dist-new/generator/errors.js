// SchemaError: the one error type a user of the generator should ever see for bad input.
// It says what is wrong, where (file + JSON pointer into that file) and how to fix it.
// The CLI prints it and exits 2; anything else escaping the pipeline is a bug.
export class SchemaError extends Error {
    pointer;
    hint;
    file;
    constructor(message, pointer, hint, file = null) {
        super(message);
        this.pointer = pointer;
        this.hint = hint;
        this.file = file;
        this.name = 'SchemaError';
    }
    /** The same error, attributed to a file (added by the stage that knows the file). */
    inFile(file) {
        return this.file === null ? new SchemaError(this.message, this.pointer, this.hint, file) : this;
    }
    format() {
        const where = `${this.file ?? '<schema>'}#${this.pointer}`;
        return `error: ${this.message}\n  at ${where}\n  hint: ${this.hint}`;
    }
}
/** Bad command-line or config options: exit 2 as for schemas, but there is no pointer. */
export class OptionsError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'OptionsError';
    }
    format() {
        return `error: ${this.message}\n  hint: ${this.hint}`;
    }
}
/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token) {
    return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}
export function joinPointer(base, ...tokens) {
    return tokens.reduce((acc, t) => `${acc}/${escapePointerToken(String(t))}`, base);
}
