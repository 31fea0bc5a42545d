// ECMA-262 regular expressions (u flag, as JSON Schema's "pattern") -> Python `re` syntax with the
// same meaning. The result starts with (?a) so that \d \w \b mean ASCII as in ECMA; \s, "." and
// "$" are spelled out. Unicode property escapes (\p{...}) have no `re` equivalent: SchemaError.
import { SchemaError } from '../../errors.js';
/** ECMA's \s: WhiteSpace and LineTerminator code points. */
const ECMA_SPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const NOT_LINE_TERMINATOR = '[^\\n\\r\\u2028\\u2029]';
/** Characters `re` may read as set operations inside a class (FutureWarning), escaped there. */
const CLASS_SPECIALS = new Set(['[', '&', '~', '|']);
export function toPythonPattern(source, pointer) {
    const s = { source, pointer, i: 0, inClass: false, out: '' };
    while (s.i < source.length)
        step(s);
    return `(?a)${s.out}`;
}
function step(s) {
    const c = s.source[s.i];
    if (c === '\\')
        return escapeSequence(s);
    s.i++;
    if (s.inClass) {
        if (c === ']')
            s.inClass = false;
        s.out += CLASS_SPECIALS.has(c) ? `\\${c}` : c;
        return;
    }
    if (c === '[')
        return openClass(s);
    if (c === '.')
        s.out += NOT_LINE_TERMINATOR;
    else if (c === '$')
        s.out += '\\Z';
    else if (c === '(' && s.source.startsWith('?<', s.i) && !/^\?<[=!]/.test(s.source.slice(s.i))) {
        s.out += '(?P<';
        s.i += 2;
    }
    else
        s.out += c;
}
/** `[^]` (anything) and `[]` (nothing) have no literal `re` spelling. */
function openClass(s) {
    if (s.source.startsWith('^]', s.i)) {
        s.out += '(?s:.)';
        s.i += 2;
    }
    else if (s.source.startsWith(']', s.i)) {
        s.out += '(?!)';
        s.i += 1;
    }
    else {
        s.out += '[';
        if (s.source[s.i] === '^') {
            s.out += '^';
            s.i++;
        }
        s.inClass = true;
    }
}
function escapeSequence(s) {
    const c = s.source[s.i + 1] ?? '';
    s.i += 2;
    if (c === 'p' || c === 'P') {
        throw new SchemaError(`the pattern ${JSON.stringify(s.source)} uses \\${c}{...}, which Python's re module does not support`, s.pointer, 'spell the character set out, e.g. [A-Za-z] instead of \\p{L}, or leave out the python target');
    }
    if (c === 's')
        s.out += s.inClass ? ECMA_SPACE : `[${ECMA_SPACE}]`;
    else if (c === 'S' && !s.inClass)
        s.out += `[^${ECMA_SPACE}]`;
    else if (c === 'u')
        s.out += unicodeEscape(s);
    else if (c === 'c' && /^[A-Za-z]$/.test(s.source[s.i] ?? ''))
        s.out += `\\x${hex2(s.source.charCodeAt(s.i++) % 32)}`;
    else if (c === 'k' && s.source[s.i] === '<') {
        const end = s.source.indexOf('>', s.i);
        s.out += `(?P=${s.source.slice(s.i + 1, end)})`;
        s.i = end + 1;
    }
    else if (c === '/')
        s.out += '/';
    else
        s.out += `\\${c}`;
}
/** \u{X...} and surrogate pairs \uD83D\uDE00 (one code point in u mode) -> \UXXXXXXXX. */
function unicodeEscape(s) {
    const braced = /^\{([0-9A-Fa-f]+)\}/.exec(s.source.slice(s.i));
    if (braced !== null) {
        s.i += braced[0].length;
        return codePoint(parseInt(braced[1], 16));
    }
    const pair = /^([dD][89abAB][0-9A-Fa-f]{2})\\u([dD][c-fC-F][0-9A-Fa-f]{2})/.exec(s.source.slice(s.i));
    if (pair !== null) {
        s.i += pair[0].length;
        return codePoint((parseInt(pair[1], 16) - 0xd800) * 0x400 + (parseInt(pair[2], 16) - 0xdc00) + 0x10000);
    }
    return '\\u';
}
const codePoint = (cp) => `\\U${cp.toString(16).padStart(8, '0')}`;
const hex2 = (n) => n.toString(16).padStart(2, '0');
