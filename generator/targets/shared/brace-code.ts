// What the compiled checks of the languages of braces (java/ and csharp/checks.ts) write alike:
// a statement is its lines, indented from 0 (each language lays out its own blocks); a test is
// one expression, negated, joined and grouped the same way in both; the functions are kept in the
// order they are written, and the constants they name (c0, c1, ...) in one table.

import type { JsonValue } from '../../model/ir.js';
import { CheckFunctions } from './check-functions.js';
import { exactNumbers } from './schema-reach.js';

/** A statement: its lines, indented from 0. */
export type Statement = string;

/** At most this many operands in one `||` or `&&` chain: javac recurses once per operand (thousands overflow its stack), and so does Roslyn. */
export const CHAIN = 32;

/** One level of indentation. */
export const I = '    ';

/** The items in groups of at most CHAIN. */
export function groups<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHAIN) out.push(items.slice(i, i + CHAIN));
  return out;
}

/** The text with each line that is not empty indented (one string: no array of lines). */
export function indented(text: string, by: string): string {
  return text.replace(/^(?=[^\n])/gm, by);
}

/** `!test`, parenthesized unless the test is one call, name or parenthesized test. */
export function negate(test: string): string {
  if (test === 'true') return 'false';
  if (test === 'false') return 'true';
  // One call, name or parenthesized test (no space outside parentheses and strings) takes `!` as it is.
  return topLevel(test, ' ') ? `!(${test})` : `!${test}`;
}

/** Whether `token` stands at the expression's top level (outside parentheses and strings). */
export function topLevel(code: string, token: string): boolean {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      for (i++; i < code.length && code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && code.startsWith(token, i)) return true;
  }
  return false;
}

/** The code with every string literal emptied (to look for names in it). */
export function stripStrings(code: string): string {
  return code.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

/** A number's exact text, as the validation document writes it (checkExactNode let only those through). */
export function numberText(value: JsonValue): string {
  if (typeof value !== 'number' || !exactNumbers(value)) throw new Error(`not a number the compiled checks write: ${JSON.stringify(value)}`);
  return JSON.stringify(Object.is(value, -0) ? 0 : value);
}

/** The parts joined by `&&`, each parenthesized where an `||` or `?:` stands at its top level. */
export function conjunction(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : parts.map((p) => (topLevel(p, '||') || topLevel(p, '?') ? `(${p})` : p)).join(' && ');
}

/** The part of a brace language's check compiler that Java's and C#'s share: its functions as written, its constants, `false`, `&&`, a body. */
export abstract class BraceChecks extends CheckFunctions {
  /** Functions as emitted (a function before every function that calls it, but for recursion). */
  protected readonly emitted: { name: string; text: string }[] = [];
  /** Constant name -> its declaration (type and initializer). */
  protected readonly constants = new Map<string, { type: string; init: string }>();
  /** A constant's initializer -> its name: a value written twice is one constant. */
  private readonly constantNames = new Map<string, string>();

  protected readonly falseLiteral = 'false';

  protected conjunction(parts: readonly string[]): string {
    return conjunction(parts);
  }

  protected body(lines: readonly string[]): string[] {
    // A statement that always returns false is the whole function (no statement after it is reachable).
    if (lines.includes('return false;')) return ['return false;'];
    return [...lines, 'return true;'];
  }

  protected emit(name: string, text: string): void {
    this.emitted.push({ name, text });
  }

  /** The constant of this type and initializer (c0, c1, ...), declared once however often it is named. */
  protected constant(type: string, init: string): string {
    const key = `${type} ${init}`;
    const known = this.constantNames.get(key);
    if (known !== undefined) return known;
    const name = `c${this.constants.size}`;
    this.constants.set(name, { type, init });
    this.constantNames.set(key, name);
    return name;
  }
}
