// The function table of every language's compiled checks (typescript/, python/ and java/checks.ts):
// one function per schema node that needs one, built on first use (a schema may reach itself),
// a `$ref` alone followed to its target, a leaf (no subschema) checked inline where it is used,
// a schema that is only another check being that check, and functions written alike shared. The
// language gives the syntax: its statements and leaf tests, how a function is written, its
// literals and names.

import type { JsonValue } from '../../model/ir.js';
import { BRANCHING, SchemaReach, Unsupported, has, type Obj } from './schema-reach.js';

export abstract class CheckFunctions {
  /** Node -> its check function's name (set before its body is built: a schema may reach itself). */
  private readonly functions = new Map<object, string>();
  /** Which of the constant checks (of the schemas true and false) the code uses. */
  protected readonly constantChecks = new Set<boolean>();
  /** The number of check functions so far: the next one's suffix. */
  private count = 0;
  /** A function's body -> its name: schemas written twice alike share one function. */
  private readonly byBody = new Map<string, string>();
  /** Nodes whose function is being built, and those of them reached again meanwhile (their name is in use). */
  private readonly building = new Set<object>();
  private readonly reentered = new Set<object>();
  /** `$ref`-only nodes being followed (a cycle of them is left to functions). */
  private readonly following = new Set<object>();

  constructor(protected readonly reach: SchemaReach) {}

  // ---- the language's syntax -------------------------------------------------------------------

  /** The name of the n-th check function. */
  protected abstract functionName(n: number): string;
  /** The name of the check of the schema `true` or `false`. */
  protected abstract constantName(valid: boolean): string;
  /** The expression that never holds. */
  protected abstract readonly falseLiteral: string;
  /** The statements checking `node` on variable `v`; each returns false when its keyword fails. */
  protected abstract statements(node: Obj, v: string): string[];
  /** The leaf keywords of `node` on `v`, each an expression; `required` too when `required`. */
  protected abstract leaf(node: Obj, v: string, required: boolean): string[];
  /** The leaf expressions joined into one. */
  protected abstract conjunction(parts: readonly string[]): string;
  /** The check a function's statements amount to when they only call another check on `x` (else null). */
  protected abstract onlyCall(lines: readonly string[]): string | null;
  /** A function's body: its statements, then the return of true. */
  protected abstract body(lines: readonly string[]): string[];
  /** Writes the function `name` with this body text. */
  protected abstract emit(name: string, text: string): void;

  // ---- the table ------------------------------------------------------------------------------

  /** The check function of the schema at `uri` (a declaration's), or null when it does not compile. */
  declaration(uri: string): string | null {
    let node: JsonValue;
    try {
      node = this.reach.declaration(uri);
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
    if (typeof node === 'boolean') return this.constantCheck(node);
    return this.functionOf(node as Obj);
  }

  /** The check of the schema `true` or `false` (and of a schema that asserts nothing). */
  protected constantCheck(valid: boolean): string {
    this.constantChecks.add(valid);
    return this.constantName(valid);
  }

  /** A new function's name. */
  protected nextName(): string {
    return this.functionName(this.count++);
  }

  /** The function checking `node` (built on first use). */
  protected functionOf(node: Obj): string {
    const known = this.functions.get(node);
    if (known !== undefined) {
      if (this.building.has(node)) this.reentered.add(node);
      return known;
    }
    const name = this.nextName();
    this.functions.set(node, name);
    this.building.add(node);
    const lines = this.statements(node, 'x');
    this.building.delete(node);
    if (lines.length === 0) {
      const always = this.constantCheck(true);
      this.functions.set(node, always);
      return always;
    }
    // A schema that is only another check (an anyOf, say) is that check.
    const only = this.reentered.has(node) ? null : this.onlyCall(lines);
    if (only !== null) {
      this.functions.set(node, only);
      return only;
    }
    const defined = this.define(name, this.body(lines), this.reentered.has(node));
    this.functions.set(node, defined);
    return defined;
  }

  /** Adds the function, or returns the name of one with the same body (unless its own name is already in use). */
  protected define(name: string, body: readonly string[], named: boolean): string {
    const text = body.join('\n');
    const same = named ? undefined : this.byBody.get(text);
    if (same !== undefined) return same;
    if (!named) this.byBody.set(text, name);
    this.emit(name, text);
    return name;
  }

  /**
   * An expression checking the value in variable `v` against a subschema: a leaf inline,
   * anything else through its function. null: every value passes.
   */
  protected check(node: JsonValue, v: string): string | null {
    if (node === true) return null;
    if (node === false) return this.falseLiteral;
    const o = node as Obj;
    // A `$ref` alone is its target's check (inline when that is a leaf).
    if (has(o, '$ref') && !this.following.has(o) && Object.keys(o).length === 1) {
      this.following.add(o);
      try {
        return this.check(this.reach.target(o), v);
      } finally {
        this.following.delete(o);
      }
    }
    if (Object.keys(o).some((k) => BRANCHING.has(k))) return `${this.functionOf(o)}(${v})`;
    const parts = this.leaf(o, v, true);
    return parts.length === 0 ? null : this.conjunction(parts);
  }
}
