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

import type { AST } from '@eslint-community/regexpp';
import { codePoints } from './sets.js';

export type LinearProgram = readonly (readonly number[])[];

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
export function linearProgram(ast: AST.Pattern): LinearProgram {
  const result = compile(ast);
  if (typeof result === 'string') throw new Error(`the pattern ${ast.raw} has no linear program: ${result}`);
  return result;
}

const cache = new WeakMap<AST.Pattern, LinearProgram | string>();

function compile(ast: AST.Pattern): LinearProgram | string {
  let result = cache.get(ast);
  if (result === undefined) {
    try {
      result = new Compiler().program(ast);
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
