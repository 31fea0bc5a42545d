// Patterns whose worst case is super-linear in a backtracking engine (Python's `re`, Java, .NET
// without NonBacktracking, V8 for the TypeScript target): `^(a+)+$` takes twice as long with
// every character of "aaa...!". Two checks, each finds what the other misses:
// - scslre (built on refa, by eslint-plugin-regexp's author) finds ambiguous quantifiers whose
//   attack repeats one character, polynomial (`\s*$`, `.*a.*b`) or exponential (`(a+)+`);
// - an alternation under a repetition whose branches can begin with the same character
//   (`(a|a)*`, `(a|aa)+`) can split one input in exponentially many ways; scslre does not
//   look for that. Branches that merely share a first character are refused too (a false
//   positive costs a rewrite, a false negative a hung process), unless both begin with single
//   characters that part before either ends (AWS's `\{satellite_id\}|\{s3-config-id\}`): then at
//   most one branch can match where an iteration starts, as when their first characters differ.
// Neither is a proof of linearity (scslre's README says what it misses); the runtimes bound
// what they can besides (see the README's "Security" section).

import type { AST } from '@eslint-community/regexpp';
import type { ToCharSetElement } from 'regexp-ast-analysis';
import { regexAnalysis, type RegexAnalysis } from './deps.js';
import { children } from './parse.js';

/** Repetitions this long or unbounded can multiply an ambiguity into a hang. */
const LONG_REPEAT = 16;
const FLAGS = { unicode: true } as const;

/** Why the pattern backtracks super-linearly, or null when neither check finds a reason. */
export function superLinearReason(ast: AST.Pattern): string | null {
  const report = regexAnalysis().analyse({ source: ast.raw, flags: 'u' }, { maxReports: 1 }).reports[0];
  if (report !== undefined)
    return `${report.exponential ? 'exponential' : 'polynomial'} backtracking at ${report.type === 'Trade' ? report.startQuant.raw : report.quant.raw}`;
  const ambiguous = findAmbiguousRepeat(ast, false);
  return ambiguous === null ? null : `exponential backtracking at ${ambiguous.raw}: its branches can begin with the same character`;
}

function findAmbiguousRepeat(node: AST.Node, repeated: boolean): AST.Node | null {
  if (node.type === 'Assertion') return null;
  if (repeated && (node.type === 'Group' || node.type === 'CapturingGroup') && overlapping(node.alternatives)) return node;
  const inner = repeated || (node.type === 'Quantifier' && node.max >= LONG_REPEAT);
  for (const child of children(node)) {
    const found = findAmbiguousRepeat(child, inner);
    if (found !== null) return found;
  }
  return null;
}

function overlapping(alternatives: readonly AST.Alternative[]): boolean {
  const firsts = alternatives.map((a) => regexAnalysis().getFirstConsumedChar(a, 'ltr', FLAGS).char);
  const leads = alternatives.map(leadingCharacters);
  return firsts.some((a, i) => firsts.slice(i + 1).some((b, j) => !a.isDisjointWith(b) && !parted(leads[i]!, leads[i + 1 + j]!)));
}

type CharSet = ReturnType<RegexAnalysis['toCharSet']>;

/** The characters a branch begins with, one set per position, up to its first element that is not one character (a group, a quantifier, an assertion). */
function leadingCharacters(alternative: AST.Alternative): CharSet[] {
  const sets: CharSet[] = [];
  for (const element of alternative.elements) {
    if (element.type !== 'Character' && element.type !== 'CharacterClass' && element.type !== 'CharacterSet') break;
    // With the "u" flag (and not "v"), a class holds ranges and no strings: one character each.
    sets.push(regexAnalysis().toCharSet(element as ToCharSetElement, FLAGS));
  }
  return sets;
}

/** Two branches' leading characters differ at a position both have: no text begins both. */
function parted(a: readonly CharSet[], b: readonly CharSet[]): boolean {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k]!.isDisjointWith(b[k]!)) return true;
  return false;
}
