// The syntax tree of an ECMA-262 pattern -> the same pattern for Python's `re`, java.util.regex or
// .NET, built only from constructs the three read alike: groups, alternation, quantifiers,
// lookarounds, numbered backreferences, and character sets written out code point by code point
// (see charset.ts). ECMA's `$` (the very end), `\b` (ASCII word characters), `.`, `\s` and
// named groups are spelled out so that no engine applies its own reading.

import type { AST } from '@eslint-community/regexpp';
import { WORD } from './charset.js';
import { DIALECTS, type Dialect } from './dialects.js';
import { capturingIndex } from './parse.js';
import { codePoints } from './sets.js';

export type DialectName = keyof typeof DIALECTS;

export function emitPattern(ast: AST.Pattern, dialect: DialectName): string {
  return alternatives(ast.alternatives, DIALECTS[dialect]);
}

function alternatives(alts: readonly AST.Alternative[], d: Dialect): string {
  return alts.map((a) => a.elements.map((e) => element(e, d)).join('')).join('|');
}

function element(e: AST.Element, d: Dialect): string {
  switch (e.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return d.set(codePoints(e));
    case 'Group':
      return `(?:${alternatives(e.alternatives, d)})`;
    case 'CapturingGroup':
      return `(${alternatives(e.alternatives, d)})`; // named groups become numbered: same numbers
    case 'Quantifier':
      return `${atom(element(e.element, d))}${quantifier(e)}`;
    case 'Backreference':
      return `(?:\\${capturingIndex(e.resolved as AST.CapturingGroup)})`;
    case 'Assertion':
      return assertion(e, d);
    default:
      throw new Error(`pattern construct ${e.type} is not translated`);
  }
}

/** A quantifier applies to the whole emitted element (a UTF-16 pair is two units in .NET). */
function atom(text: string): string {
  return /^(?:\\(?:U[0-9a-f]{8}|u[0-9a-fA-F]{4}|x[0-9a-f]{2}|x\{[0-9a-f]+\})|\[(?:\\.|[^\]\\])*\])$/.test(text) ? text : `(?:${text})`;
}

function quantifier(q: AST.Quantifier): string {
  const lazy = q.greedy ? '' : '?';
  if (q.max === Infinity) return (q.min === 0 ? '*' : q.min === 1 ? '+' : `{${q.min},}`) + lazy;
  if (q.min === 0 && q.max === 1) return `?${lazy}`;
  return (q.min === q.max ? `{${q.min}}` : `{${q.min},${q.max}}`) + lazy;
}

function assertion(a: AST.Assertion, d: Dialect): string {
  switch (a.kind) {
    case 'start':
      return '^'; // no multiline flag: the start of input in all three
    case 'end':
      return d.end;
    case 'word': {
      // ECMA's \b looks at ASCII word characters only; lookarounds of one character say so.
      const w = d.set(WORD);
      return a.negate ? `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))` : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
    }
    case 'lookahead':
      return `(?${a.negate ? '!' : '='}${alternatives(a.alternatives, d)})`;
    case 'lookbehind':
      return `(?<${a.negate ? '!' : '='}${alternatives(a.alternatives, d)})`;
  }
}
