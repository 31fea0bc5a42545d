// The pattern x input table of test/security/patterns.test.ts: where ECMA-262 ("u" flag, as Ajv
// runs it) and Python's re, java.util.regex and .NET read the same text differently, and every
// construct the generator accepts (so that each one is compiled and loaded in Java and C#).

export const SEMANTICS: readonly (readonly [pattern: string, inputs: readonly string[]])[] = [
  ['^\\s$', [' ', '\t', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u0085', '\u180e', '\u200b', '\u3000', 'x']],
  ['^.$', ['\u0085', '\u2028', '\u2029', '\n', '\r', '😀', 'a', 'é', '']],
  ['^.{2}$', ['😀😀', '😀', 'ab', 'a😀']],
  ['\\bé', ['é', 'aé', ' é']],
  ['a\\b', ['a', 'aé', 'ab', 'a ']],
  ['\\Bé', ['é', 'aé']],
  ['^\\w+$', ['abc_1', 'é', 'ß', 'Ａ', 'K']],
  ['^\\d+$', ['123', '٣', '１', '߀']],
  ['^\\D\\W\\S$', ['٣éx', '1éx', '٣ax', '٣é\u2028', '٣é😀']],
  ['^\\cJ\\cj$', ['\n\n', 'Jj', '\\cJ\\cj']],
  ['^[^]$', ['\n', '😀', '', 'ab', '\u0085']],
  ['^[^]*$', ['', 'anything\nat all 😀']],
  ['[]', ['a', '']],
  ['^[😀]$', ['😀', 'a', '😀😀']],
  ['^[😀-😂]+$', ['😁😂', '😃', '😀a']],
  ['^[^😀]$', ['😀', '😁', 'a']],
  ['^[^a]$', ['😀', 'a', 'b']],
  ['^[\\u{1F600}-\\u{1F64F}a-c]{2}$', ['😀b', 'd😀', '😀']],
  ['^\\u{1F600}\\uD83D\\uDE00$', ['😀😀', '😀']],
  ['a$', ['a\n', 'a', 'ba', 'a\r\n']],
  ['^a$', ['a\n', '\na', 'a']],
  ['^$', ['', '\n']],
  ['^\\p{L}+$', ['abcé', '日本', '1', '𝒜']],
  ['^\\P{L}$', ['1', 'a', '😀']],
  ['^\\p{Script=Greek}+$', ['αβγ', 'abc']],
  ['^\\p{Lu}\\p{Nd}$', ['A1', 'a1', '𝐀٣']],
  ['^[\\p{L}\\d]+$', ['a1é', 'a 1']],
  ['^(a)b\\1$', ['aba', 'abb']],
  ['^(?<x>[a-z])-\\k<x>$', ['q-q', 'q-r']],
  ['^(?=.*\\d)[a-z0-9]{3}$', ['ab1', 'abc']],
  ['^(?!ab)..$', ['ab', 'ac']],
  ['(?<=a)b', ['ab', 'cb']],
  ['(?<!a)b', ['ab', 'cb', 'b']],
  ['(?<=[a-z]{2})1', ['ab1', 'a1']],
  ['^a{2,3}?$', ['aa', 'aaa', 'aaaa']],
  ['^(?:ab|cd)+$', ['abcd', 'abc']],
  ['^[\\w-]+$', ['a-b', 'a b']],
  ['^[.$^]+$', ['.$^', 'a']],
  ['^[a&&b|~]$', ['&', 'a', '|', '~', 'c']],
  ['^[\\[\\]\\\\/]+$', ['[]\\/', 'x']],
  ['^\\x41\\u0042\\0$', ['AB\u0000', 'AB']],
  ['^a|b$', ['xb', 'ax', 'x']],
  ['^\\t\\n\\v\\f\\r$', ['\t\n\u000b\f\r', 'x']],
  ['^[\\b]$', ['\b', 'b']],
  ['^a{0,2147483647}$', ['aaa', 'b']],
  ['^(?:)+x?$', ['', 'x']],
  ['^[^\\d\\s]$', ['a', '1', '\u2028', '😀']],
  ['(?<=\\ba)-', ['a-', 'ba-', ' a-']],
  ['^\\p{Emoji_Presentation}$', ['😀', 'a']],
  ['^\\u{10FFFF}$', ['\u{10FFFF}', '\u{10FFFE}']],
  ['^(?:\\d{3}|[a-z]{2})$', ['123', 'ab', '12']],
  ['^a+?b$', ['aab', 'b']],
  ['^[^\\S\\n]+$', [' \t', ' \n', '\u2028']],
  ['^[^\\P{Lu}]$', ['A', 'a', 'Ω']],
  ['^[a\\-z]$', ['-', 'a', 'z', 'y']],
  // Published patterns after stages/patterns.ts read them (AWS groundstation, Linode): braces as characters, a "-" after a range
  // (groundstation's {1,900} made {1,90}, which the linear-time matcher's limits take too, as always-linear runs the table).
  ['^([a-zA-Z0-9_\\-=/]|\\{satellite_id\\}|\\{config-name\\}|\\{year\\}){1,90}$', ['{year}/a-b=c', '{config-name}', '{other}', '{year', '']],
  // Lookaheads at the start (AWS's), which the linear-time matcher runs as programs that must all match and none of which may.
  ['(?!^.*--)(?!^[0-9]+$)(?!^-)(?!.*-$)^[A-Za-z0-9-]+$', ['a-b', 'a--b', '123', '12a', '-ab', 'ab-', 'ab', '']],
  ['^(?=.{3,100}$).+@.+[.].+$', ['a@b.c', 'a@b', '@b.c', 'a@.c', `${'a'.repeat(95)}@b.cd`, `${'a'.repeat(97)}@b.cd`, 'ab@c.d\n']],
  ['(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)', ['my-bucket.a1', 'ab', '1.2.3', '1.2.a', '-ab', 'a..b', `${'a'.repeat(64)}`]],
  ['(?=a)^(?!ab)a.(?=c|d)', ['axc', 'abc', 'axd', 'axe', 'xa']],
  ['^(\\*\\.)?([a-zA-Z0-9-_]{1,63}\\.)+([a-zA-Z]{2,3}\\.)?([a-zA-Z]{2,16}|xn--[a-zA-Z0-9]+)$', ['example.com', '*.a-b_c.example.org', 'x.xn--p1ai', 'example', 'example.com\n', 'a..com']],
];

/** Inputs with lone surrogates, which in "u" mode are code points of their own. */
export const LONE_SURROGATES: readonly (readonly [pattern: string, inputs: readonly string[]])[] = [
  ['^.$', ['\ud800', '\udc00', '😀', '\ud800\ud800']],
  ['^[^a]$', ['\udc00', '\ud83d', '😀']],
  ['\\ude00', ['😀', 'a\ude00', '\ude00']],
  ['\\ud83d', ['😀', '\ud83dx']],
  ['^[\\ud800-\\udbff]$', ['\ud800', '😀']],
  ['[\\udc00-\\udfff]', ['😀', 'x\udc00', '\udc00\ud800']],
  ['^[^]{2}$', ['\ud800\ud800', '😀', '\udc00\ud800', '😀😀']],
  ['^\\S\\P{L}$', ['\ud800\udfff', '\udfff\ud800', 'a\ud800']],
  ['^[😀-😂]$', ['\ud83d', '\ude00', '😁']],
  ['^\\p{Cs}+$', ['\ud800\udc00', '\udc00\ud800']],
  ['(?<=a)[^b]', ['a\udc00', 'a😀', 'ab']],
  ['^(.)\\1$', ['\ud800\ud800', '😀😀', '\ud83d\ud83d\ude00']],
];

/** Classic shapes of exponential backtracking, and an input that makes each one work hard. */
export const PROBES: readonly (readonly [pattern: string, attack: (n: number) => string])[] = [
  ['^(a+)+$', (n) => `${'a'.repeat(n)}!`],
  ['^(a|a)*$', (n) => `${'a'.repeat(n)}!`],
  ['^(a|aa)+$', (n) => `${'a'.repeat(n)}!`],
  ['^(\\w+\\s?)*$', (n) => `${'a'.repeat(n)}!`],
  ['^(\\d+)*$', (n) => `${'1'.repeat(n)}!`],
];

/** Name of the $defs entry for row i. */
export const defName = (i: number): string => `P${i}`;

export function schemaOf(patterns: readonly string[]): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: Object.fromEntries(patterns.map((pattern, i) => [defName(i), { type: 'string', pattern }])),
  };
}
