// Parses a JSON Schema `pattern` (ECMA-262 with the "u" flag) once, with regexpp (the parser
// ESLint uses), and refuses the few constructs whose meaning no translation can keep in Python's
// `re`, java.util.regex and .NET: every pattern accepted here is translated from its syntax tree,
// so each target's engine only ever sees constructs the translator knows it accepts.

import type { AST, RegExpParser } from '@eslint-community/regexpp';
import { SchemaError } from '../errors.js';
import { MAX_CODE_POINT, SURROGATES, intersect, type CodePointSet } from './charset.js';
import { regexParser } from './deps.js';
import { codePoints } from './sets.js';

/** Repetition counts are 32-bit signed integers in java.util.regex and .NET. */
export const MAX_REPEAT = 2147483647;
/** Python's `re` numbers backreferences up to 99. */
const MAX_BACKREFERENCE = 99;

let parser: RegExpParser | undefined;
const cache = new Map<string, AST.Pattern>();

export function parsePattern(source: string, pointer: string): AST.Pattern {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  let ast: AST.Pattern;
  try {
    parser ??= new (regexParser())({ ecmaVersion: 2022 });
    ast = parser.parsePattern(source, 0, source.length, { unicode: true });
    new RegExp(source, 'u'); // and the engine Ajv and the TypeScript target use agrees
  } catch (error) {
    throw new SchemaError(
      `"pattern" is not a valid regular expression: ${(error as Error).message}`,
      pointer,
      'use ECMA-262 syntax that compiles with the "u" flag',
    );
  }
  checkPortable(ast, pointer);
  cache.set(source, ast);
  return ast;
}

function checkPortable(ast: AST.Pattern, pointer: string): void {
  const refuse = (what: string, hint: string): never => {
    throw new SchemaError(`the pattern ${JSON.stringify(ast.raw)} ${what}`, pointer, hint);
  };
  const visit = (node: AST.Node): void => {
    if (node.type === 'Quantifier' && Math.max(node.min, node.max === Infinity ? 0 : node.max) > MAX_REPEAT) {
      refuse(`repeats ${node.raw} more than ${MAX_REPEAT} times, which Java and .NET cannot count`, `use a count of at most ${MAX_REPEAT}`);
    }
    if (node.type === 'Assertion' && node.kind === 'lookbehind' && fixedWidth(node.alternatives) === null) {
      refuse(
        `has a lookbehind ${node.raw} whose length varies; Python's re only takes lookbehinds of one fixed length`,
        'make every branch of the lookbehind match the same number of characters, e.g. (?<=ab|cd)',
      );
    }
    if (node.type === 'Assertion' && node.kind === 'lookbehind' && beyondBmp(node)) {
      refuse(
        `has a lookbehind ${node.raw} that can match a character beyond U+FFFF or a surrogate; java.util.regex steps back over those wrongly`,
        'keep lookbehinds to characters up to U+FFFF, e.g. (?<=[a-z]) rather than (?<=.) or (?<=\\S)',
      );
    }
    if (node.type === 'Backreference') checkBackreference(node, refuse);
    for (const child of children(node)) visit(child);
  };
  visit(ast);
}

/** True when some character of the lookbehind can be a surrogate or an astral code point. */
function beyondBmp(node: AST.Node): boolean {
  if (node.type === 'Character' || node.type === 'CharacterClass' || node.type === 'CharacterSet') {
    return intersectsAbove(codePoints(node));
  }
  return children(node).some(beyondBmp);
}

const intersectsAbove = (set: CodePointSet): boolean =>
  intersect(set, SURROGATES[0], SURROGATES[1]).length > 0 || intersect(set, 0x10000, MAX_CODE_POINT).length > 0;

type Refuse = (what: string, hint: string) => never;

/**
 * ECMA-262 lets a backreference match the empty string when its group has not matched (yet, or
 * in this iteration, or in this branch); Python, Java and .NET fail instead. Accepted only where
 * the group has always matched when the reference is reached, so every engine agrees: the group
 * comes first, in the same sequence, not under a quantifier, a lookaround or a branch.
 */
function checkBackreference(ref: AST.Backreference, refuse: Refuse): void {
  const hint = 'refer only to a group that always matches before the reference, in the same branch and outside any quantifier or lookaround, e.g. (a)b\\1';
  if (ref.ambiguous) refuse(`refers to a group name used twice (${ref.raw})`, hint);
  const group = ref.resolved as AST.CapturingGroup;
  const index = capturingIndex(group);
  if (index > MAX_BACKREFERENCE)
    refuse(
      `refers to group ${index}; Python's re numbers backreferences up to ${MAX_BACKREFERENCE}`,
      'use fewer capturing groups before it, or (?:...) for groups that are not referred to',
    );
  if (group.end > ref.start) refuse(`refers to a group (${ref.raw}) before that group has matched`, hint);
  for (let n: AST.Node | null = ref.parent; n !== null; n = n.parent) {
    if (n.type === 'Assertion' && n.kind === 'lookbehind') refuse(`refers to a group from inside a lookbehind (${ref.raw})`, hint);
  }
  let n: AST.Node = group.parent;
  for (; !contains(n, ref); n = n.parent!) {
    const branching = (n.type === 'Group' || n.type === 'CapturingGroup') && n.alternatives.length > 1;
    if (branching || n.type === 'Quantifier' || n.type === 'Assertion')
      refuse(`refers to a group (${ref.raw}) that may not have matched when the reference is reached`, hint);
  }
  // The innermost node holding both is their sequence, not a choice between them.
  if (n.type !== 'Alternative') refuse(`refers to a group (${ref.raw}) in another branch`, hint);
}

const contains = (outer: AST.Node, inner: AST.Node): boolean => outer.start <= inner.start && inner.end <= outer.end;

export function capturingIndex(group: AST.CapturingGroup): number {
  let root: AST.Node = group;
  while (root.parent !== null) root = root.parent;
  let index = 0;
  const count = (node: AST.Node): boolean => {
    if (node.type === 'CapturingGroup') index++;
    return node === group || children(node).some(count);
  };
  count(root);
  return index;
}

/** The number of code points every match has, or null when it varies (or is unknown). */
export function fixedWidth(alternatives: readonly AST.Alternative[]): number | null {
  const widths = alternatives.map((a) => a.elements.reduce<number | null>((sum, e) => (sum === null ? null : add(sum, elementWidth(e))), 0));
  return widths.every((w) => w !== null && w === widths[0]) ? (widths[0] ?? 0) : null;
}

const add = (a: number, b: number | null): number | null => (b === null ? null : a + b);

function elementWidth(e: AST.Element): number | null {
  switch (e.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      return 1;
    case 'Assertion':
      return 0;
    case 'Group':
    case 'CapturingGroup':
      return fixedWidth(e.alternatives);
    case 'Quantifier': {
      const inner = elementWidth(e.element);
      return inner === null ? null : inner === 0 ? 0 : e.min === e.max ? inner * e.min : null;
    }
    default:
      return null; // backreferences: the length of whatever the group matched
  }
}

export function children(node: AST.Node): AST.Node[] {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives;
    case 'Assertion':
      return node.kind === 'lookahead' || node.kind === 'lookbehind' ? node.alternatives : [];
    case 'Alternative':
      return node.elements;
    case 'Quantifier':
      return [node.element];
    default:
      return [];
  }
}
