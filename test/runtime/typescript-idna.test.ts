// The TypeScript runtime's host names (templates/typescript/runtime/idna.ts), on the cases where it
// differed from the Python, C# and Java runtimes: a ZERO WIDTH NON-JOINER (U+200C) between two
// Arabic joining letters is allowed by RFC 5892 A.1, and its Bidi class is BN, which RFC 5893's
// rule for a right-to-left label allows. It was classed 'L', so every such label was refused.

import { describe, expect, it } from 'vitest';
import { isHostname, isIdnHostname } from '../../templates/typescript/runtime/idna.js';

const BEH = '\u0628';
const YEH = '\u064a';
const ZWNJ = '\u200c';

describe('hostname / idn-hostname: ZWNJ in a right-to-left label', () => {
  it('between joining Arabic letters: valid as a U-label and as its A-label', () => {
    expect(isIdnHostname(`${BEH}${YEH}${ZWNJ}${BEH}${YEH}`)).toBe(true);
    expect(isIdnHostname(`${BEH}${YEH}${ZWNJ}${BEH}${YEH}.example`)).toBe(true);
    expect(isHostname('xn--ngba5hb2804a')).toBe(true);
  });

  it('still refused where the contextual rule fails: at an edge, or after a non-joining letter', () => {
    expect(isIdnHostname(`${ZWNJ}${BEH}${YEH}`)).toBe(false);
    expect(isIdnHostname(`${BEH}${YEH}${ZWNJ}`)).toBe(false);
    expect(isIdnHostname(`a${ZWNJ}b`)).toBe(false);
  });

  it('a right-to-left label with a left-to-right letter is still refused (the Bidi rule)', () => {
    expect(isIdnHostname(`${BEH}a${YEH}`)).toBe(false);
  });
});
