// Patterns in other engines' syntax (stages/patterns.ts): escapes of characters that need none,
// \A and \z, Java's and PCRE's property names and POSIX classes, \x{..}, a "-" beside a class
// escape: errors with the "u" flag, read everywhere else as below. Read so, with one warning per
// document at the first; --strict refuses them; a pattern that compiles, or that still does not
// compile so, is left alone. test/cases/vendor-shapes (ResourceArn, QueryName, HotelName) runs
// such patterns in all four languages.

import { describe, expect, it } from 'vitest';
import { SchemaError, modelFromText } from '../generator/index.js';
import { inEcmaSyntax } from '../generator/stages/patterns.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

describe('inEcmaSyntax', () => {
  it('drops the backslash before punctuation that is never special, and before "-" outside a class', () => {
    expect(inEcmaSyntax('^[a-zA-Z0-9\\_\\-]+$')).toBe('^[a-zA-Z0-9_\\-]+$');
    expect(inEcmaSyntax('^(http|https)\\://\\S+')).toBe('^(http|https)://\\S+');
    expect(inEcmaSyntax('^(\\-|\\_|\\s)?$')).toBe('^(-|_|\\s)?$');
    expect(inEcmaSyntax("^[\\.\\-\\!\\*\\_\\'a-z]+\\#\\@$")).toBe("^[\\.\\-!\\*_'a-z]+#@$");
  });

  it("reads other engines' anchors \\A and \\z outside a class as ^ and $ (AWS's route53-recovery-readiness, datasync)", () => {
    expect(inEcmaSyntax('\\A[a-zA-Z0-9_]+\\z')).toBe('^[a-zA-Z0-9_]+$');
    expect(inEcmaSyntax('\\A(25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}\\z')).toBe(
      '^(25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}$',
    );
    // Inside a class there is no anchor: left alone (and refused by the regex stage).
    expect(inEcmaSyntax('[\\A]')).toBeNull();
  });

  it("reads \\Z as $ (Linode's): the end of the input, as Python reads it; a final line break Java and PCRE allow before it is refused", () => {
    const after = inEcmaSyntax('\\A(\\*\\.)?([a-zA-Z0-9-_]{1,63}\\.)+([a-zA-Z]{2,3}\\.)?([a-zA-Z]{2,16}|xn--[a-zA-Z0-9]+)\\Z');
    expect(after).toBe('^(\\*\\.)?([a-zA-Z0-9-_]{1,63}\\.)+([a-zA-Z]{2,3}\\.)?([a-zA-Z]{2,16}|xn--[a-zA-Z0-9]+)$');
    const read = new RegExp(after!, 'u');
    expect(['example.com', '*.a-b.example.org', 'x.xn--p1ai'].map((t) => read.test(t))).toEqual([true, true, true]);
    expect(['example', 'example.com\n', 'a..com', 'example.com.'].map((t) => read.test(t))).toEqual([false, false, false, false]);
    expect(inEcmaSyntax('[\\Z]')).toBeNull();
  });

  it('reads a "}" that closes no "{" as the character (AWS\'s groundstation), keeping quantifiers and \\u{..}', () => {
    const before = '^([a-zA-Z0-9_\\-=/]|\\{satellite_id\\}|\\{config\\-name}|\\{s3\\-config-id}|\\{year\\}){1,900}$';
    const after = inEcmaSyntax(before);
    expect(after).toBe('^([a-zA-Z0-9_\\-=/]|\\{satellite_id\\}|\\{config-name\\}|\\{s3-config-id\\}|\\{year\\}){1,900}$');
    // As Annex B (no "u" flag) reads the original.
    for (const text of ['{config-name}/{year}', 'a_b=c', '{config-name', '{other}', '']) expect(new RegExp(after!, 'u').test(text), text).toBe(new RegExp(before).test(text));
    expect(inEcmaSyntax('^a{2}}\\u{1F600}{1,3}\\_$')).toBe('^a{2}\\}\\u{1F600}{1,3}_$');
    // A "{" that starts no quantifier is not guessed at (Annex B reads it as the character; Java refuses it).
    expect(inEcmaSyntax('[a-zA-Z]{1-70}')).toBeNull();
    expect(inEcmaSyntax('[}]\\_')).toBe('[}]_');
  });

  it("reads Java's and PCRE's property names and POSIX classes as those engines do (Amadeus, AWS)", () => {
    expect(inEcmaSyntax('^[A-Za-z \\p{Han}\\p{Katakana}\\p{Hiragana}\\p{Hangul}-]*$')).toBe(
      '^[A-Za-z \\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}\\-]*$',
    );
    expect(inEcmaSyntax('^\\p{IsLetter}+\\p{IsLatin}\\P{IsDigit}$')).toBe('^\\p{Letter}+\\p{Script=Latin}\\P{Nd}$');
    // POSIX classes are ASCII in Java (\p{Alnum}) and PCRE ([:alnum:]) by default.
    expect(inEcmaSyntax('^[\\p{Alnum}_]+\\p{Punct}\\P{Digit}$')).toBe('^[a-zA-Z0-9_]+[!-\\/:-@\\[-\\x60{-~][^0-9]$');
    expect(inEcmaSyntax('(\\[[[:alnum:]\\/\\_]+\\])?$')).toBe('(\\[[a-zA-Z0-9\\/_]+\\])?$');
    // A negated POSIX class inside a class has no ECMA-262 spelling without the "v" flag: left alone.
    expect(inEcmaSyntax('^[\\P{Alnum}x]$')).toBeNull();
    expect(inEcmaSyntax('^\\p{NoSuchThing}$')).toBeNull();
  });

  it('reads \\x{..} as \\u{..}, and a "-" beside a class escape in a class as the character (Annex B, every other engine)', () => {
    expect(inEcmaSyntax('^[$\\-._\\x{60}\\w]+$')).toBe('^[$\\-._\\u{60}\\w]+$');
    expect(inEcmaSyntax('^[\\w-\\/]+$')).toBe('^[\\w\\-\\/]+$');
    expect(inEcmaSyntax('query-[a-zA-Z\\d-_/]+$')).toBe('query-[a-zA-Z\\d\\-_/]+$');
    expect(inEcmaSyntax('^[a-\\d]$')).toBe('^[a\\-\\d]$');
    for (const [before, after] of [
      ['^[\\w-\\/]+$', '^[\\w\\-\\/]+$'],
      ['^[a-\\d]$', '^[a\\-\\d]$'],
    ] as const) {
      for (const text of ['a-/', 'a', '-', '5', 'b']) expect(new RegExp(after, 'u').test(text), `${after} on ${text}`).toBe(new RegExp(before).test(text));
    }
  });

  it('keeps the escapes that mean something: syntax characters, classes, a backslash itself', () => {
    expect(inEcmaSyntax('^\\d+\\.\\d+\\\\\\_$')).toBe('^\\d+\\.\\d+\\\\_$');
  });

  it('leaves a pattern that compiles, and one that still does not compile without them', () => {
    expect(inEcmaSyntax('^[a-z_-]+$')).toBeNull();
    expect(inEcmaSyntax('[a-zA-Z]{1-70}')).toBeNull();
    expect(inEcmaSyntax('[\\p{Print}&&[^|:/]]\\_')).toBeNull();
  });
});

describe('a schema with such patterns', () => {
  const text = JSON.stringify({
    $schema: DRAFT,
    $defs: {
      Arn: { type: 'string', pattern: '^arn\\:aws\\:[a-z\\_]+$' },
      Id: { type: 'object', properties: { id: { type: 'string', pattern: '^\\#[0-9]+$' } } },
    },
  });

  it('is read without the backslashes, with one warning at the first', () => {
    const warnings: string[] = [];
    const model = modelFromText(text, 's.json', 's.json', { warn: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"pattern" "^arn\\\\:aws\\\\:[a-z\\\\_]+$" is written in another engine\'s syntax');
    expect(warnings[0]).toContain('(2 patterns, the first here): read as "^arn:aws:[a-z_]+$"');
    expect(warnings[0]).toContain('s.json#/$defs/Arn/pattern');
    const arn = model.declarations.find((d) => d.id === '/$defs/Arn');
    expect(arn?.kind === 'alias' && arn.type.kind === 'string' && arn.type.constraints.pattern).toBe('^arn:aws:[a-z_]+$');
  });

  it('is refused under --strict, at the pattern', () => {
    let error: unknown;
    try {
      modelFromText(text, 's.json', 's.json', { strict: true });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).pointer).toBe('/$defs/Arn/pattern');
    expect((error as SchemaError).message).toContain('refused by --strict');
  });
});
