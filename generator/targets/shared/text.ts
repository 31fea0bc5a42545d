// Text from outside (the schema's file name, titles, descriptions, names, option values) on its
// way into generated code and docs. One function per context; every target calls these instead
// of printing such text raw. Language-specific contexts (docstrings, Javadoc, string literals)
// live with their target and start from visible() or splitLines() here.
// Why: a file name with a newline in the banner comment ran code on `import`; CR, U+2028/2029
// and U+0085 end `//` comments in TypeScript or C#; an ESC makes a .csproj or pom.xml invalid XML.

/**
 * Characters that can end, bend or hide a line in some target, or that a format forbids: C0
 * controls but tab, DEL and C1 (U+0085 ends C# lines), U+2028/U+2029 (line terminators in
 * JavaScript and C#), bidi controls (they reorder what a reviewer sees: "Trojan Source"),
 * U+FFFE/U+FFFF (not XML characters) and lone surrogates (not encodable as UTF-8).
 */
const UNSAFE_BUT_LF_CR =
  '[\\0-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const UNSAFE = new RegExp(`[\\n\\r]|${UNSAFE_BUT_LF_CR}`, 'g');
const HAS_UNSAFE = new RegExp(UNSAFE.source);

/** UNSAFE but for LF and CR: JSON text may hold them as whitespace, literals have escaped them. */
const UNSAFE_LEFT = new RegExp(UNSAFE_BUT_LF_CR, 'g');
const HAS_UNSAFE_LEFT = new RegExp(UNSAFE_LEFT.source);

/**
 * A string literal or JSON text, already escaped by its language's rules (LF, CR and the other
 * C0 controls inside strings escaped), with the unsafe characters left as `\uXXXX`, an escape
 * JSON, TypeScript, Python, C#, Java and TOML strings all read: the value is the same, but the
 * source shows no bidi control, line separator or C1 control. (Never `\u000a` or `\u000d`,
 * which javac would read as line ends.)
 */
export function escapeUnsafe(literal: string): string {
  return HAS_UNSAFE_LEFT.test(literal) ? literal.replace(UNSAFE_LEFT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : literal;
}

/** Every line terminator of the targets (JavaScript, C#, Python, Java, Markdown). */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * One line of text with every unsafe character shown as "U+XXXX": a comment or doc stays one
 * line and says what was there. No backslash, quote or markup is added, so each context's own
 * escaping still applies after it. Ordinary text comes back as it is (no copy).
 */
export function visible(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, codePoint) : text;
}

/** Text split at every line terminator any target knows, each line made visible(). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK).map(visible);
}

/** After `//` in TypeScript and C# (neither reads escapes in comments). */
export function lineComment(text: string): string {
  return visible(text);
}

/**
 * After `#` in Python, and in TOML (pyproject.toml). Python reads "coding:" or "coding=" in a
 * comment on line 1 or 2 as the file's encoding (PEP 263): "coding:utf-7" would let "+AAo-"
 * decode as a newline and run what follows. A space after "coding" breaks the declaration.
 */
export function hashComment(text: string): string {
  return visible(text).replace(/(coding)([:=])/gi, '$1 $2');
}

/**
 * After `//` in Java. javac turns `\uXXXX` into its character before reading comments, so
 * `\u000a` would end the comment: doubling every backslash leaves none that starts an escape
 * (a backslash after an odd number of backslashes never does).
 */
export function javaLineComment(text: string): string {
  return visible(text).replace(/\\/g, '\\\\');
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text inside an XML (or HTML) element: entities escaped, characters XML forbids made visible. */
export function xmlText(text: string): string {
  const shown = visible(text);
  return /[&<>]/.test(shown) ? shown.replace(/[&<>]/g, (c) => XML_ENTITIES[c]!) : shown;
}

/** Inside `<!-- ... -->` in XML, HTML or Markdown: "--" may not occur in an XML comment. */
export function xmlComment(text: string): string {
  return xmlText(text).replace(/-(?=-)/g, '- ');
}

/** A TOML basic string: JSON's escapes are TOML's once visible() removed DEL and lone surrogates. */
export function tomlString(text: string): string {
  return JSON.stringify(visible(text));
}
