// A character, class or escape of the syntax tree -> the code points it matches, with ECMA-262's
// meaning in "u" mode (see charset.ts for the sets themselves).

import type { AST } from '@eslint-community/regexpp';
import { DIGIT, DOT, SPACE, WORD, complement, propertySet, single, union, type CodePointSet } from './charset.js';

/** The code points one class or escape matches, with ECMA's meaning. */
export function codePoints(e: AST.Character | AST.CharacterClass | AST.CharacterSet | AST.CharacterClassRange): CodePointSet {
  switch (e.type) {
    case 'Character':
      return single(e.value);
    case 'CharacterClassRange':
      return [[e.min.value, e.max.value]];
    case 'CharacterClass': {
      const members = union(...e.elements.map((m) => codePoints(m as AST.Character | AST.CharacterClassRange | AST.CharacterSet)));
      return e.negate ? complement(members) : members;
    }
    case 'CharacterSet':
      return characterSet(e);
  }
}

function characterSet(e: AST.CharacterSet): CodePointSet {
  if (e.kind === 'any') return DOT;
  const base = e.kind === 'digit' ? DIGIT : e.kind === 'word' ? WORD : e.kind === 'space' ? SPACE : propertySet(`\\p${e.raw.slice(2)}`);
  return e.negate ? complement(base) : base;
}
