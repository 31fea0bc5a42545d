// ECMA-262 regular expressions (with the "u" flag, as JSON Schema says) -> .NET regular
// expressions with the same meaning where the two engines differ: `$` is the end of input,
// `.` is one code point, `\d \w \s` are the ECMAScript sets, `\u{...}` is a code point.
// Takes the schema's pattern and its pointer; returns the .NET pattern or throws a SchemaError.
import { SchemaError } from '../../errors.js';
const DIGIT = '0-9';
const WORD = 'a-zA-Z0-9_';
const SPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const ANY_CODE_POINT = '(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\n\\r\\u2028\\u2029])';
const SETS = { d: DIGIT, w: WORD, s: SPACE };
const hex4 = (n) => `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
function codePointEscape(cp) {
    if (cp <= 0xffff)
        return hex4(cp);
    const v = cp - 0x10000;
    return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}
/** One escape sequence starting at `i` (the backslash); returns the .NET text and the next index. */
function escape(source, i, inClass, pointer) {
    const c = source.charAt(i + 1);
    const set = SETS[c.toLowerCase()];
    if (set !== undefined) {
        const negated = c !== c.toLowerCase();
        if (!inClass)
            return [negated ? `[^${set}]` : `[${set}]`, i + 2];
        if (!negated)
            return [set, i + 2];
        return [`\\${c}`, i + 2];
    }
    if (c === 'u' && source.charAt(i + 2) === '{') {
        const end = source.indexOf('}', i + 3);
        const cp = Number.parseInt(source.slice(i + 3, end), 16);
        if (end < 0 || Number.isNaN(cp))
            throw new SchemaError(`pattern has a bad \\u{...} escape`, pointer, 'write \\u{1F600} with hex digits');
        return [codePointEscape(cp), end + 1];
    }
    if ((c === 'p' || c === 'P') && source.charAt(i + 2) === '{') {
        const end = source.indexOf('}', i + 3);
        const name = source.slice(i + 3, end);
        if (!/^[A-Z][a-z]?$/.test(name)) {
            throw new SchemaError(`pattern uses \\${c}{${name}}, which .NET regular expressions do not support`, pointer, 'use a one- or two-letter general category such as \\p{L} or \\p{Lu}');
        }
        return [source.slice(i, end + 1), end + 1];
    }
    return [source.slice(i, i + 2), i + 2];
}
export function dotnetPattern(source, pointer) {
    let out = '';
    let inClass = false;
    let i = 0;
    while (i < source.length) {
        const ch = source.charAt(i);
        if (ch === '\\') {
            const [text, next] = escape(source, i, inClass, pointer);
            out += text;
            i = next;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            out += ch;
        }
        else if (ch === '[') {
            inClass = true;
            out += ch;
            if (source.charAt(i + 1) === '^') {
                out += '^';
                i++;
            }
        }
        else if (ch === '.')
            out += ANY_CODE_POINT;
        else if (ch === '$')
            out += '\\z';
        else
            out += ch;
        i++;
    }
    return out;
}
