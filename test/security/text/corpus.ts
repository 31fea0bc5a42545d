// The hostile corpus of test/security/text.test.ts: strings that end, bend or break a comment,
// docstring, literal, XML or Markdown context in some target, and the schema they are put in
// (titles, descriptions, enum and const values, property names, examples, defaults), plus file
// names carrying a payload that would run if a banner comment ended early.

/** Each string is hostile to at least one context; none has a lone surrogate (runners read UTF-8). */
export const HOSTILE: readonly string[] = [
  'new\nline', 'cr\rhere', 'crlf\r\nhere', 'ls\u2028here', 'ps\u2029here', 'nel\u0085here', 'vt\u000bff\u000chere',
  'java \\u000a escape \\u002a\\u002f', 'block */ end', '/* open', 'triple """ quotes', 'ends in quote"', 'ends in triple"""',
  'a\\"""', 'ends in backslash \\', 'nul\u0000here', 'esc\u001b[31mred', 'del\u007fhere', 'c1\u0090here',
  'html --> end', 'dash --- run-', 'cdata ]]> end', 'lt < gt > amp &amp; &', 'bidi \u202egnp.exe\u202c \u2066x\u2069 \u200f',
  'coding:utf-7 +AAo-', 'tab\there', "quote \" apos ' backtick `", '${x} `t` {@code y} @deprecated', '<!-- html comment', '#!/bin/sh',
  'noncharacter \uffff \ufffe', 'emoji 👩‍💻 and 𝄞', 'only quotes: """', 'only a backslash: \\', "only apostrophes: '''",
];

/** Docs only: links whose scheme is not http, https or mailto must not stay links. */
export const LINKS = [
  '[js](javascript:alert(1)) [mixed](JaVaScRiPt:alert(1)) [escaped](javascript\\:alert(1)) [spaced](   javascript:alert(1))',
  '![img](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(1)) [ftp](ftp://example.com/x)',
  '[angle](<javascript:alert(1)>) [entity](&#106;avascript:alert(1)) <javascript:alert(1)> <a href="javascript:alert(1)">a</a>',
  '<img src="javascript:alert(1)"> [ref][evil] [evil] [titled](javascript:alert(1) "t") [nested [x](javascript:y)](https://example.com)',
  '[ok](https://example.com/a_(b)) [mail](mailto:a@example.com) [rel](other.md#x) [anchor](#top) <https://example.com>',
  '',
  '[evil]: javascript:alert(1)',
  '[evil2]:',
  '  vbscript:msgbox(1)',
  '[fine]: https://example.com',
].join('\n');

/**
 * File names (basename of --schema) whose banner would run code or break a build if printed raw.
 * Each targets one language's comment rules; the last holds everything else. No NUL or "/"
 * (so no "*" + "/": the Java one spells it as unicode escapes).
 */
export const FILE_NAMES: readonly string[] = [
  'pets\nimport os; open("sentinel-lf", "w") #.json', // Python: LF ends the # comment
  'pets\rimport os; open("sentinel-cr", "w") #.json', // Python, TOML: CR ends it too
  'pets\u2028require("fs").writeFileSync("sentinel-ls", ""); ({}).json', // TypeScript, C#: U+2028 ends //
  'pets\u2029 \u0085 class Evil {}.json', // U+2029 (TS, C#), NEL (C#)
  'pets coding:utf-7 +AAo-import os; open("sentinel-u7", "w") #.json', // Python: PEP 263 cookie on line 1
  'pets \\u000a class Evil {} \\u002a\\u002f.json', // Java: unicode escapes are read in comments
  'all * """ \\ \u001b -- --> ]]> < & \u202e \t end-.json', // XML comments and text, bidi (no "/" in a file name)
];

/** Property names: the wire name must survive every target (identifiers come from its letters). */
export const PROPERTY_NAMES: readonly string[] = ['p new\nline', 'p cr\r', 'p ls\u2028', 'p "quote"', 'p */ end', 'p \\u000a', 'p esc\u001b', 'p bidi\u202e', 'p """'];

export const CONST_VALUE = 'const */ """ \\u000a \u2028 \u202e \u001b --> ]]> ${x} \\';

const text = (label: string): string => `${label}: ${HOSTILE.join(' ~ ')}`;

/** The schema: every hostile string in titles, descriptions, enum values, a const, names, examples and defaults. */
export function hostileSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = Object.fromEntries(PROPERTY_NAMES.map((name, i) => [name, { type: 'string', title: HOSTILE[i % HOSTILE.length], description: HOSTILE[(i * 7) % HOSTILE.length], default: HOSTILE[(i * 3) % HOSTILE.length] }]));
  properties['tag'] = { type: 'string', const: CONST_VALUE, description: text('tag') };
  properties['kind'] = { $ref: '#/$defs/HostileEnum' };
  properties['links'] = { type: 'string', description: LINKS };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: text('title'),
    description: `${text('schema')}\n\n${LINKS}`,
    $defs: {
      Hostile: {
        type: 'object',
        title: text('Hostile'),
        description: `${LINKS}\n\n${HOSTILE.join('\n')}`,
        properties,
        required: ['tag', 'kind'],
        examples: [{ tag: CONST_VALUE, kind: HOSTILE[0], 'p "quote"': HOSTILE.join('') }],
        'x-codegen': { rest: { method: 'POST', path: '/v1/a"""*/--><b>](javascript:alert(1))`x`' } },
      },
      HostileEnum: { type: 'string', enum: [...HOSTILE], description: HOSTILE.join('\n') },
      HostileAlias: { type: 'string', description: HOSTILE[13], maxLength: 10 },
      HostileEnds: { type: 'object', description: 'ends in triple quotes"""', properties: { a: { type: 'string', description: 'a\\"""' }, b: { type: 'string', description: 'b\\' } } },
    },
  };
}
