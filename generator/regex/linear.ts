// A pattern's syntax tree -> the program of the linear-time matcher every runtime carries
// (TypeScript runtime/linear.ts, Python _linear.py, C# SchemaLinearPattern.cs, Java
// validation/LinearPattern.java).
// A backtracking engine (V8, Python's `re`, java.util.regex, .NET) can take time exponential or
// polynomial in the input on patterns such as `^(a+)+$` or `^\S+@\S+\.\S+$`; the matcher runs
// the pattern's Thompson NFA over the input once, keeping the set of states it can be in, so a
// search costs at most (input length) x (program length) steps whatever the pattern. It answers
// only "does the pattern match somewhere in the text" (ECMA-262's RegExp.test with the "u" flag,
// as JSON Schema searches), which needs neither captures nor backtracking. What it cannot run
// (backreferences, lookaheads, lookbehinds) stays with the engines, or is refused (index.ts).
//
// The program, the same JSON array in every language: instruction 0 is where the search starts;
// each instruction is an array whose first number is its operation:
//   [0, next, lo1, hi1, lo2, hi2, ...]  consume one code point within one of the inclusive
//                                       ranges (sorted, disjoint), then go to `next`;
//   [1, t1, t2, ...]                    go on at each of the targets without consuming (a
//                                       branch, a loop, or a jump when there is one target);
//   [2, kind, next]                     an assertion at the current position, then `next`: kind
//                                       0 the text's start (`^`), 1 its end (`$`), 2 a word
//                                       boundary (`\b`: ASCII word characters on one side only),
//                                       3 not a word boundary (`\B`);
//   [3]                                 a match.
// Code points: the text's, as the "u" flag reads it (a UTF-16 pair is one code point, a lone
// surrogate is itself).
//
// Lookaheads at the text's start (`^(?=.{3,100}$).+@.+$`, or before the `^`: AWS's
// `(?!^.*--)(?!^-)^[a-z-]+$`) need no instruction: a pattern that can match only at the start, once
// past them, matches exactly when the rest does and each lookahead's body does (or, negated, does
// not) at the start. Such a pattern is the object {"all": [programs], "none": [programs]}: the
// rest's program (with its `^`) and each positive lookahead's (`^(?:body)`) in "all", each negative
// one's in "none"; the runtimes test them in turn.

import type { AST } from '@eslint-community/regexpp';
import { children, parsePattern } from './parse.js';
import { codePoints } from './sets.js';

export type LinearProgram = readonly (readonly number[])[];
/** What a runtime's matcher runs: one program, or programs that must all match and none of which may (the lookaheads at the start). */
export type LinearMatcher = LinearProgram | { readonly all: readonly LinearProgram[]; readonly none: readonly LinearProgram[] };

export const CONSUME = 0;
export const FORK = 1;
export const ASSERT = 2;
export const MATCH = 3;

/** Counted repetitions are written out, one copy each: a program longer than this is refused (time per character grows with it). */
export const MAX_LINEAR_INSTRUCTIONS = 10_000;
/** Nor may it hold more numbers than this (each copy writes its classes' ranges out again: `\p{L}` has hundreds), which the generated code carries. */
export const MAX_LINEAR_NUMBERS = 100_000;

/** Why the matcher cannot run the pattern (a construct it has no instruction for, or a program too long), or null when it can. */
export function linearRefusal(ast: AST.Pattern): string | null {
  const result = compile(ast);
  return typeof result === 'string' ? result : null;
}

/** The pattern's program; throws when linearRefusal says why not. */
export function linearProgram(ast: AST.Pattern): LinearMatcher {
  const result = compile(ast);
  if (typeof result === 'string') throw new Error(`the pattern ${ast.raw} has no linear program: ${result}`);
  return result;
}

const cache = new WeakMap<AST.Pattern, LinearMatcher | string>();

function compile(ast: AST.Pattern): LinearMatcher | string {
  let result = cache.get(ast);
  if (result === undefined) {
    try {
      const split = startLookaheads(ast);
      if (split === null) result = new Compiler().program(ast);
      else {
        const program = (source: string): LinearProgram => new Compiler().program(parsePattern(source, ''));
        result = { all: [split.rest, ...split.all].map(program), none: split.none.map(program) };
        const size = [...result.all, ...result.none].reduce((n, p) => n + p.length, 0);
        if (size > MAX_LINEAR_INSTRUCTIONS)
          throw new Unsupported(`its lookaheads' and its own programs have more than ${MAX_LINEAR_INSTRUCTIONS} instructions`);
      }
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      result = error.message;
    }
    cache.set(ast, result);
  }
  return result;
}

class Unsupported extends Error {}

/**
 * A pattern that is lookaheads and a `^` (in any order; or a positive lookahead that begins with
 * its own `^`), then the rest: the sources that must all match (the rest from its `^`, each
 * positive lookahead's body at the start) and those none of which may (each negative
 * lookahead's). Null when the pattern is not so, or has a backreference (which could name a group
 * of another part): then the plain program is compiled, which refuses both.
 */
function startLookaheads(ast: AST.Pattern): { rest: string; all: string[]; none: string[] } | null {
  if (ast.alternatives.length !== 1 || hasBackreference(ast)) return null;
  const elements = ast.alternatives[0]!.elements;
  let at = 0;
  let anchored = false;
  const all: string[] = [];
  const none: string[] = [];
  for (; at < elements.length; at++) {
    const e = elements[at]!;
    if (e.type !== 'Assertion') break;
    if (e.kind === 'start') anchored = true;
    else if (e.kind === 'lookahead') {
      (e.negate ? none : all).push(`^(?:${e.alternatives.map((a) => a.raw).join('|')})`);
      // A positive lookahead each of whose branches begins with `^` (AWS's `(?=^.{3,63}$)`) holds only at the start too.
      anchored ||= !e.negate && e.alternatives.every((a) => a.elements[0]?.type === 'Assertion' && a.elements[0].kind === 'start');
    } else break;
  }
  if (!anchored || all.length + none.length === 0) return null;
  const rest = elements.slice(at).map((e) => e.raw);
  return { rest: `^${rest.join('')}`, all, none };
}

function hasBackreference(node: AST.Node): boolean {
  return node.type === 'Backreference' || children(node).some(hasBackreference);
}

/**
 * Thompson's construction, from the end: each node is compiled with the instruction its match
 * goes on to (`next`) and returns the instruction it starts at, so no jump needs patching except
 * a loop's own fork.
 */
class Compiler {
  private readonly code: number[][] = [[FORK, 0]]; // instruction 0: the start, set at the end
  private numbers = 2;

  program(ast: AST.Pattern): LinearProgram {
    const match = this.add([MATCH]);
    this.code[0] = [FORK, this.alternatives(ast.alternatives, match)];
    return this.code;
  }

  private add(instruction: number[]): number {
    if (this.code.length >= MAX_LINEAR_INSTRUCTIONS)
      throw new Unsupported(`its counted repetitions write out to more than ${MAX_LINEAR_INSTRUCTIONS} instructions`);
    this.numbers += instruction.length;
    if (this.numbers > MAX_LINEAR_NUMBERS)
      throw new Unsupported(`its program would hold more than ${MAX_LINEAR_NUMBERS} numbers (each repetition writes its character classes out again)`);
    this.code.push(instruction);
    return this.code.length - 1;
  }

  private alternatives(alts: readonly AST.Alternative[], next: number): number {
    const starts = alts.map((a) => this.sequence(a.elements, next));
    return starts.length === 1 ? starts[0]! : this.add([FORK, ...starts]);
  }

  private sequence(elements: readonly AST.Element[], next: number): number {
    let at = next;
    for (let i = elements.length - 1; i >= 0; i--) at = this.element(elements[i]!, at);
    return at;
  }

  private element(e: AST.Element, next: number): number {
    switch (e.type) {
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet':
        return this.add([CONSUME, next, ...codePoints(e).flat()]);
      case 'Group':
      case 'CapturingGroup':
        return this.alternatives(e.alternatives, next);
      case 'Quantifier':
        return this.quantifier(e, next);
      case 'Assertion':
        return this.assertion(e, next);
      case 'Backreference':
        throw new Unsupported(`it has a backreference (${e.raw})`);
      default:
        throw new Unsupported(`it has ${e.raw}, which the matcher does not know`);
    }
  }

  /** `x{min,max}`: min copies of x, then max - min optional ones (or, unbounded, a loop). */
  private quantifier(q: AST.Quantifier, next: number): number {
    let at = next;
    if (q.max === Infinity) {
      const loop = this.add([FORK]);
      this.code[loop] = [FORK, this.element(q.element, loop), next];
      at = loop;
    } else {
      for (let i = q.min; i < q.max; i++) at = this.add([FORK, this.element(q.element, at), next]);
    }
    for (let i = 0; i < q.min; i++) at = this.element(q.element, at);
    return at;
  }

  private assertion(a: AST.Assertion, next: number): number {
    switch (a.kind) {
      case 'start':
        return this.add([ASSERT, 0, next]);
      case 'end':
        return this.add([ASSERT, 1, next]);
      case 'word':
        return this.add([ASSERT, a.negate ? 3 : 2, next]);
      default:
        throw new Unsupported(`it has a ${a.kind} (${a.raw})`);
    }
  }
}
