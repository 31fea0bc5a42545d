// The linear-time matcher of patterns that a backtracking engine could take exponential or
// polynomial time on (`^(a+)+$`, `^\S+@\S+\.\S+$`): the generator compiles each such pattern
// into the program of its Thompson NFA (generator/regex/linear.ts says the format), and a search
// keeps the set of states the NFA can be in while it reads the text once, so it costs at most
// (text length) x (program length) steps whatever the pattern and the text. `test` answers what
// RegExp.prototype.test with the "u" flag answers: whether the pattern matches somewhere in the
// text, reading it by code points (a UTF-16 pair is one, a lone surrogate is itself). A pattern
// with lookaheads at the text's start is several programs (see LinearMatcher).

/** The program: instruction 0 starts; [0, next, lo, hi, ...] consumes, [1, ...targets] forks, [2, kind, next] asserts, [3] matches. */
export type LinearProgram = readonly (readonly number[])[];
/** A pattern with lookaheads at the text's start: the programs that must all match, and those none of which may. */
export type LinearMatcher = LinearProgram | { readonly all: readonly LinearProgram[]; readonly none: readonly LinearProgram[] };

const CONSUME = 0;
const FORK = 1;
const ASSERT = 2;
const MATCH = 3;

/** ECMA-262's \w without the "i" flag, which `\b` looks at: [A-Za-z0-9_]. */
const isWord = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

export class LinearPattern {
  /** The lookaheads' matchers (and the rest's), for a pattern with lookaheads at its start; else null. */
  private readonly parts: { readonly all: readonly LinearPattern[]; readonly none: readonly LinearPattern[] } | null;
  private readonly code: LinearProgram;
  /** The states after the last code point consumed (the search goes on from each). */
  private readonly carried: Int32Array;
  /** The consuming states reached at the position, which the next code point may move on. */
  private readonly waiting: Int32Array;
  private waitingSize = 0;
  /** `seen[pc] === step`: state pc is reached at this step already (a state is followed once per step). */
  private readonly seen: Int32Array;
  private readonly stack: Int32Array;

  constructor(matcher: LinearMatcher) {
    const program = Array.isArray(matcher) ? (matcher as LinearProgram) : [];
    const parts = Array.isArray(matcher) ? null : (matcher as Exclude<LinearMatcher, LinearProgram>);
    this.parts = parts === null ? null : { all: parts.all.map((p) => new LinearPattern(p)), none: parts.none.map((p) => new LinearPattern(p)) };
    this.code = program;
    const n = program.length;
    this.carried = new Int32Array(n);
    this.waiting = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.stack = new Int32Array(n);
  }

  /** Whether the pattern matches somewhere in `text`. */
  test(text: string): boolean {
    if (this.parts !== null) return this.parts.all.every((p) => p.test(text)) && !this.parts.none.some((p) => p.test(text));
    const code = this.code;
    this.seen.fill(-1);
    let carried = 0;
    let prev = -1; // the code point before the position (-1: the text's start)
    for (let i = 0, step = 0; ; step++) {
      const c = i < text.length ? text.codePointAt(i)! : -1; // the code point at the position (-1: the end)
      // Every state reachable here without consuming, from the states carried over and from a
      // new start (a search may begin anywhere).
      this.waitingSize = 0;
      for (let s = 0; s < carried; s++) if (this.follow(this.carried[s]!, step, prev, c)) return true;
      if (this.follow(0, step, prev, c)) return true;
      if (c < 0) return false;
      // The code point read: the waiting states whose ranges hold it go on to their next instruction.
      carried = 0;
      for (let s = 0; s < this.waitingSize; s++) {
        const op = code[this.waiting[s]!]!;
        if (inRanges(op, c)) this.carried[carried++] = op[1]!;
      }
      prev = c;
      i += c > 0xffff ? 2 : 1;
    }
  }

  /** Follows the instructions that consume nothing from `pc`, adding the consuming ones to `waiting`; true at a match. */
  private follow(pc: number, step: number, prev: number, c: number): boolean {
    const { code, seen, stack, waiting } = this;
    if (seen[pc] === step) return false;
    seen[pc] = step;
    let top = 0;
    stack[top++] = pc;
    while (top > 0) {
      const at = stack[--top]!;
      const op = code[at]!;
      let from = 1;
      let to = op.length;
      switch (op[0]) {
        case CONSUME:
          waiting[this.waitingSize++] = at;
          continue;
        case MATCH:
          return true;
        case FORK:
          break;
        case ASSERT:
          if (!holds(op[1]!, prev, c)) continue;
          from = 2;
          to = 3;
          break;
      }
      for (let t = from; t < to; t++) {
        const target = op[t]!;
        if (seen[target] !== step) {
          seen[target] = step;
          stack[top++] = target;
        }
      }
    }
    return false;
  }
}

/** Whether an assertion holds between code points `prev` and `c` (-1: the text's start or end). */
function holds(kind: number, prev: number, c: number): boolean {
  switch (kind) {
    case 0:
      return prev < 0;
    case 1:
      return c < 0;
    default: {
      const boundary = (prev >= 0 && isWord(prev)) !== (c >= 0 && isWord(c));
      return kind === 2 ? boundary : !boundary;
    }
  }
}

/** Whether `c` lies in one of a consuming instruction's ranges (from index 2, sorted): a binary search. */
function inRanges(op: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = (op.length - 2) / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < op[2 + 2 * mid]!) hi = mid - 1;
    else if (c > op[3 + 2 * mid]!) lo = mid + 1;
    else return true;
  }
  return false;
}
