// Compiled checks: each declaration's schema as straight-line C#, `static bool CheckN(JsonElement
// x)` in the generated static class SchemaChecks (SchemaChecks.cs), the fast path of every read:
// a converter validates with its check, and only a value the check refuses goes to the
// interpreter (runtime SchemaValidation.cs), so the errors of an invalid value are always the
// interpreter's. Each keyword is a call into the runtime's SchemaKeywords, which gives it the
// interpreter's meaning (exact numbers, code points, JSON equality), or a test of JsonElement
// written out; test/csharp-checks.test.ts compares the checks with the interpreter on every golden.
// Which schemas compile, where `$ref`s lead and which member tells an anyOf's branches apart:
// ../shared/schema-reach.ts, as for the other languages. Not compiled, so left to the
// interpreter: an asserted `format`, a number no double holds exactly, and what the reach refuses;
// a pattern .NET's engine refuses when the class loads leaves its checks undecided at run time
// (SchemaUndecided), and the interpreter decides. A pattern .NET's engine could backtrack
// super-linearly on runs on the runtime's linear-time matcher instead (the `patterns` option).

import type { JsonValue, Model } from '../../model/ir.js';
import { schemaUriAt, schemaUriOf } from '../../model/validation.js';
import { linearProgramText, runsLinear, translatePattern, type PatternPolicy } from '../../regex/index.js';
import { BraceChecks, CHAIN, I, groups, indented, negate, numberText, stripStrings, type Statement } from '../shared/brace-code.js';
import { SchemaReach, registryOf, checkExactNode, checkPatternWith, has, impliedType, typesOf, type Obj, type TagIndex } from '../shared/schema-reach.js';
import { csString } from './literals.js';

export interface CompiledChecks {
  /** The body of the static class SchemaChecks (constants, then functions, indented for the class), or null when nothing compiles. */
  readonly code: string | null;
  /** Declaration id -> its check as a method group (`SchemaChecks.Check3`), for the declarations compiled. */
  readonly checks: ReadonlyMap<string, string>;
  /** A union's id -> each variant's check as a method group, or null where it did not compile. */
  readonly variants: ReadonlyMap<string, readonly (string | null)[]>;
}

/** The generated class holding the checks (identifiers.ts keeps declarations off its name). */
export const CHECKS_CLASS = 'SchemaChecks';
/** At most this many literals are compared one by one; more go in a set. */
const INLINE_LITERALS = 6;

export function compileChecks(model: Model, formatAssertion: boolean, patterns: PatternPolicy = 'linear'): CompiledChecks {
  const reach = new SchemaReach(
    registryOf(model),
    checkPatternWith((source) => translatePattern(source, 'dotnet')),
    (node) => checkExactNode(node, formatAssertion),
  );
  if (reach.namesKnownSchema()) return NO_CHECKS;
  const compiler = new CheckCompiler(reach, new Set(model.validation.patterns), patterns);
  const names = new Map<string, string>();
  const variants = new Map<string, (string | null)[]>();
  for (const d of model.declarations) {
    const name = compiler.declaration(schemaUriOf(model, d));
    if (name !== null) names.set(d.id, name);
    // A union without a discriminator chooses its variant by their schemas, tried in turn.
    if (d.kind === 'union' && d.discriminator === null)
      variants.set(
        d.id,
        d.variantPointers.map((pointer) => compiler.declaration(schemaUriAt(model, pointer))),
      );
  }
  return compiler.result(names, variants);
}

const NO_CHECKS: CompiledChecks = { code: null, checks: new Map(), variants: new Map() };

class CheckCompiler extends BraceChecks {
  constructor(
    reach: SchemaReach,
    /** The patterns the interpreter's table translates (others it compiles as written). */
    private readonly tabled: ReadonlySet<string>,
    /** The `patterns` option: which of the table's patterns run on the linear-time matcher. */
    private readonly patterns: PatternPolicy,
  ) {
    super(reach);
  }

  // ---- the syntax of C# (CheckFunctions) --------------------------------------------------------

  protected functionName(n: number): string {
    return `Check${n}`;
  }

  protected constantName(valid: boolean): string {
    return valid ? 'Always' : 'Never';
  }

  protected onlyCall(lines: readonly string[]): string | null {
    return lines.length === 1 ? (/^if \(!(Check\d+)\(x\)\) return false;$/.exec(lines[0]!)?.[1] ?? null) : null;
  }

  /** The class body and each declaration's and variant's method group. */
  result(names: ReadonlyMap<string, string>, variants: ReadonlyMap<string, readonly (string | null)[]>): CompiledChecks {
    // The schema false is no fast path: its models go straight to the interpreter, which reports.
    const fast = [...names].filter(([, name]) => name !== this.constantName(false));
    if (fast.length === 0 && [...variants.values()].every((v) => v.every((name) => name === null))) return NO_CHECKS;
    const functions = [...this.emitted];
    for (const valid of [true, false]) if (this.constantChecks.has(valid)) functions.push({ name: this.constantName(valid), text: `return ${valid};` });
    const lines: string[] = [];
    for (const [name, { type, init }] of this.constants) lines.push(`${I}private static readonly ${type} ${name} = ${init};`);
    for (const f of functions) {
      if (lines.length > 0) lines.push('');
      lines.push(`${I}internal static bool ${f.name}(JsonElement x)`, `${I}{`, indented(f.text, I + I), `${I}}`);
    }
    const group = (name: string): string => `${CHECKS_CLASS}.${name}`;
    return {
      code: lines.join('\n'),
      checks: new Map(fast.map(([id, name]) => [id, group(name)] as const)),
      variants: new Map([...variants].map(([id, list]) => [id, list.map((name) => (name === null ? null : group(name)))] as const)),
    };
  }

  // ---- emitting ------------------------------------------------------------------------------

  /**
   * A pattern's constant, as the interpreter compiles it (views/validation-schema.ts): on the
   * linear-time matcher where the `patterns` option says so, else .NET's translation of a pattern
   * of the table, or the source as written; both search with IsMatch.
   */
  private regex(source: string): string {
    if (this.tabled.has(source) && runsLinear(source, this.patterns))
      return this.constant('SchemaPattern?', `SchemaKeywords.LinearPattern(${csString(source)}, ${csString(linearProgramText(source))})`);
    const translated = this.tabled.has(source) ? translatePattern(source, 'dotnet') : source;
    return this.constant('SchemaPattern?', `SchemaKeywords.Pattern(${csString(source)}, ${csString(translated)})`);
  }

  /** The test that the pattern matches the member's name `k`. */
  private nameMatches(source: string): string {
    return `SchemaKeywords.Usable(${this.regex(source)}).IsMatch(k)`;
  }

  private bound(value: JsonValue): string {
    return this.constant('SchemaBound', `SchemaKeywords.Bound(${csString(numberText(value))})`);
  }

  /**
   * A name or string as JsonElement compares it: its UTF-8 (a constant), or, for text that is not
   * well-formed UTF-16 (a lone surrogate), the string itself, which the runtime compares as text.
   */
  private text(value: string): string {
    return wellFormed(value) ? this.constant('byte[]', `SchemaKeywords.Utf8(${csString(value)})`) : csString(value);
  }

  /** The leaf keywords of `node` on variable `v`, each an expression; `required` too when `required`. */
  protected leaf(node: Obj, v: string, required: boolean): string[] {
    const parts: string[] = [];
    const types = typesOf(node);
    if (has(node, 'enum')) parts.push(this.oneOfValues(v, node['enum'] as JsonValue[]));
    if (has(node, 'const')) parts.push(this.equals(v, node['const']!));
    const implied = impliedType(node, types);
    if (types !== null && !implied) parts.push(types.length === 1 ? typeTest(v, types[0]!) : `(${types.map((t) => typeTest(v, t)).join(' || ')})`);
    // The interpreter ignores a divisor that is not positive.
    if (typeof node['multipleOf'] === 'number' && node['multipleOf'] > 0) parts.push(`SchemaKeywords.MultipleOf(${v}, ${this.bound(node['multipleOf'])})`);
    for (const k of ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'] as const) {
      if (has(node, k) && typeof node[k] === 'number') parts.push(`SchemaKeywords.${pascal(k)}(${v}, ${this.bound(node[k])})`);
    }
    for (const k of ['maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties', 'minProperties'] as const) {
      const limit = node[k];
      // The interpreter reads an integral limit (5.0 too) and ignores a negative one.
      if (has(node, k) && typeof limit === 'number' && Number.isInteger(limit) && limit >= 0)
        parts.push(`SchemaKeywords.${pascal(k)}(${v}, ${numberText(limit)}L)`);
    }
    if (has(node, 'pattern')) parts.push(`SchemaKeywords.Pattern(${v}, ${this.regex(node['pattern'] as string)})`);
    if (node['uniqueItems'] === true) parts.push(`SchemaKeywords.UniqueItems(${v})`);
    const isObject = `${v}.ValueKind != JsonValueKind.Object`;
    if (required && has(node, 'required')) {
      const names = (node['required'] as JsonValue[]).filter((n): n is string => typeof n === 'string');
      for (const group of groups(names)) parts.push(`(${isObject} || ${group.map((name) => `SchemaKeywords.Has(${v}, ${this.text(name)})`).join(' && ')})`);
    }
    if (has(node, 'dependentRequired')) {
      for (const [prop, needs] of Object.entries(node['dependentRequired'] as Obj)) {
        if (!Array.isArray(needs)) continue;
        const needed = needs.filter((n): n is string => typeof n === 'string').map((need) => `SchemaKeywords.Has(${v}, ${this.text(need)})`);
        if (needed.length > 0) parts.push(`(${isObject} || !SchemaKeywords.Has(${v}, ${this.text(prop)}) || ${needed.join(' && ')})`);
      }
    }
    return parts;
  }

  /** The statements of `node`'s function on variable `v` (always x): each returns false when its keyword fails. */
  protected statements(node: Obj, v: string): Statement[] {
    const lines: Statement[] = [];
    // A test that always holds adds nothing (C# refuses a statement it can tell is unreachable).
    const fails = (test: string): void => {
      if (test !== 'true') lines.push(test === 'false' ? 'return false;' : failsWhen(not(test)));
    };
    if (has(node, '$ref')) {
      const target = this.check(this.reach.target(node), v);
      if (target !== null) fails(target);
    }
    for (const part of this.leaf(node, v, false)) fails(part);
    // The array and object keywords apply to their type; where `type` has already returned for any other, unguarded.
    const types = typesOf(node);
    const only = types?.length === 1 ? types[0] : null;
    const arrayLines = this.arrayStatements(node, v);
    if (arrayLines.length > 0) lines.push(...(only === 'array' ? arrayLines : [block(`if (${v}.ValueKind == JsonValueKind.Array)`, arrayLines)]));
    const objectLines = this.objectStatements(node, v);
    if (objectLines.length > 0) lines.push(...(only === 'object' ? objectLines : [block(`if (${v}.ValueKind == JsonValueKind.Object)`, objectLines)]));
    for (const sub of has(node, 'allOf') ? (node['allOf'] as JsonValue[]) : []) {
      const test = this.check(sub, v);
      if (test !== null) fails(test);
    }
    for (const k of ['anyOf', 'oneOf'] as const) if (has(node, k)) fails(this.combinator(k, node[k] as JsonValue[], v));
    if (has(node, 'not')) {
      const test = this.check(node['not']!, v);
      lines.push(test === null ? 'return false;' : failsWhen(test));
    }
    if (has(node, 'if')) {
      const then = has(node, 'then') ? this.check(node['then']!, v) : null;
      const otherwise = has(node, 'else') ? this.check(node['else']!, v) : null;
      if (then !== null || otherwise !== null) fails(`(${this.check(node['if']!, v) ?? 'true'} ? ${then ?? 'true'} : ${otherwise ?? 'true'})`);
    }
    return lines.filter((line) => line !== '');
  }

  /** The array keywords, on the array `v`: one pass over the items for prefixItems and items (`e` each item, `i` its index). */
  private arrayStatements(node: Obj, v: string): Statement[] {
    const lines: Statement[] = [];
    const prefix = has(node, 'prefixItems') ? (node['prefixItems'] as JsonValue[]) : [];
    const itemTests = prefix.map((sub) => this.check(sub, 'e'));
    const rest = has(node, 'items') ? this.check(node['items']!, 'e') : null;
    const onItem = (test: string | null): Statement | null => (test === null ? null : test === 'false' ? 'return false;' : failsWhen(not(test)));
    if (itemTests.some((test) => test !== null)) {
      // A switch on the index: an item is reached once, where x[i] would walk the array from its start.
      const cases = itemTests.flatMap((test, i) => {
        const statement = onItem(test);
        return statement === null ? [] : [section(`case ${i}:`, statement)];
      });
      cases.push(section('default:', onItem(rest)));
      lines.push(block('', ['var i = 0;', block(`foreach (var e in ${v}.EnumerateArray())`, [block('switch (i++)', cases)])]));
    } else if (rest !== null) {
      const statement = onItem(rest)!;
      lines.push(
        prefix.length === 0 && statement !== 'return false;'
          ? block(`foreach (var e in ${v}.EnumerateArray())`, [statement])
          : statement === 'return false;'
            ? failsWhen(`${v}.GetArrayLength() > ${prefix.length}`)
            : block('', ['var i = 0;', block(`foreach (var e in ${v}.EnumerateArray())`, [block(`if (i++ >= ${prefix.length})`, [statement])])]),
      );
    }
    if (has(node, 'contains')) {
      const min = typeof node['minContains'] === 'number' ? node['minContains'] : 1;
      const max = typeof node['maxContains'] === 'number' ? node['maxContains'] : null;
      const test = this.check(node['contains']!, 'e');
      const limits = (count: string): Statement => failsWhen(`${count} < ${numberText(min)}L${max === null ? '' : ` || ${count} > ${numberText(max)}L`}`);
      // No item can match: only a minimum above 0 fails (the last statement, so nothing after it is unreachable).
      if (test === 'false') {
        if (min > 0) lines.push('return false;');
      } else if (test === null) lines.push(limits(`${v}.GetArrayLength()`));
      else lines.push(block('', ['var matched = 0L;', block(`foreach (var e in ${v}.EnumerateArray())`, [`if (${test}) matched++;`]), limits('matched')]));
    }
    return lines;
  }

  /** The keywords about members, on the object `v`. */
  private objectStatements(node: Obj, v: string): Statement[] {
    const lines: Statement[] = [];
    const patterns = has(node, 'patternProperties') ? Object.entries(node['patternProperties'] as Obj) : [];
    const additional = has(node, 'additionalProperties') ? this.check(node['additionalProperties']!, 'w') : null;
    // Without patterns, additionalProperties is checked in the pass over the declared names (its default case).
    const merged = patterns.length === 0 && additional !== null;
    lines.push(...this.declaredPass(node, v, merged ? additional : null));
    /** A loop over the members: `k` the name (read only when used), `w` the value. */
    const memberLoop = (body: readonly Statement[]): Statement => {
      const code = stripStrings(body.join('\n'));
      return block(`foreach (var member in ${v}.EnumerateObject())`, [
        ...(/\bk\b/.test(code) ? ['var k = member.Name;'] : []),
        ...(/\bw\b/.test(code) ? ['var w = member.Value;'] : []),
        ...body,
      ]);
    };
    if (patterns.length > 0) {
      const body: Statement[] = [];
      for (const [pattern, sub] of patterns) {
        const test = this.check(sub, 'w');
        if (test === 'false') body.push(failsWhen(this.nameMatches(pattern)));
        else if (test !== null) body.push(failsWhen(`${this.nameMatches(pattern)} && ${not(test)}`));
      }
      if (body.length > 0) lines.push(memberLoop(body));
      if (additional !== null) {
        const declared = has(node, 'properties') ? Object.keys(node['properties'] as Obj) : [];
        const skip = [...(declared.length > 0 ? [this.declaredName(declared)] : []), ...patterns.map(([pattern]) => this.nameMatches(pattern))];
        lines.push(
          memberLoop([
            ...groups(skip).map((group) => `if (${group.join(' || ')}) continue;`),
            additional === 'false' ? 'return false;' : failsWhen(not(additional)),
          ]),
        );
      }
    }
    if (has(node, 'propertyNames')) {
      const test = this.check(node['propertyNames']!, 'n');
      if (test === 'false') lines.push(failsWhen(`SchemaKeywords.Size(${v}) > 0`));
      else if (test !== null) lines.push(memberLoop(['var n = SchemaKeywords.Name(k);', failsWhen(not(test))]));
    }
    const dependent: [string, JsonValue][] = [
      ...Object.entries(has(node, 'dependentSchemas') ? (node['dependentSchemas'] as Obj) : {}),
      ...Object.entries(has(node, 'dependencies') ? (node['dependencies'] as Obj) : {}),
    ];
    for (const [prop, dep] of dependent) {
      const test = Array.isArray(dep)
        ? dep
            .filter((n): n is string => typeof n === 'string')
            .map((need) => `SchemaKeywords.Has(${v}, ${this.text(need)})`)
            .join(' && ') || null
        : this.check(dep, v);
      if (test !== null) lines.push(failsWhen(`SchemaKeywords.Has(${v}, ${this.text(prop)}) && ${not(test)}`));
    }
    return lines;
  }

  /**
   * `properties` and `required` (and additionalProperties, `additional`, when given) in one pass
   * over the members, as the interpreter's IsValid reads them: each member's name looked up among
   * the declared ones (SchemaNames, in UTF-8, trying the name after the last found first), its
   * value checked by that name's test, and the required names' presence kept as bits. Of a name
   * written twice only the last counts (SchemaNames.Later), as TryGetProperty finds it.
   */
  private declaredPass(node: Obj, v: string, additional: string | null): Statement[] {
    const properties = has(node, 'properties') ? Object.entries(node['properties'] as Obj).map(([name, sub]) => [name, this.check(sub, 'w')] as const) : [];
    const required = new Set(has(node, 'required') ? (node['required'] as JsonValue[]).filter((n): n is string => typeof n === 'string') : []);
    // The names looked up: every declared one when the default case is additionalProperties, else those with a test or required.
    const names = properties.filter(([name, test]) => additional !== null || test !== null || required.has(name)).map(([name]) => name);
    const position = new Map(names.map((name, i) => [name, i]));
    for (const name of required) if (!position.has(name)) position.set(name, names.push(name) - 1);
    if (names.length === 0 && additional === null) return [];
    const lines: Statement[] = [];
    // A presence bit for each of the first 64 names that is required; a required name further on is looked up.
    const bit = (name: string): number | null => (required.has(name) && position.get(name)! < 64 ? position.get(name)! : null);
    const looked = [...required].filter((name) => bit(name) === null);
    for (const group of groups(looked)) lines.push(failsWhen(group.map((name) => `!${v}.TryGetProperty(${this.text(name)}, out _)`).join(' || ')));
    const index = this.constant('SchemaNames', `new SchemaNames(${names.map(csString).join(', ')})`);
    const tests = new Map(properties);
    const cases = names.flatMap((name, i): Statement[] => {
      const set = bit(name) === null ? [] : [`seen |= ${mask([i])};`];
      // A required name that is not declared is an additional property, each of whose members is checked.
      const declared = tests.has(name);
      const test = declared ? tests.get(name)! : additional;
      const later = declared ? ` && !${index}.Later(members, ${i})` : '';
      const check = test === null ? null : test === 'false' ? 'return false;' : failsWhen(`${not(test)}${later}`);
      if (set.length === 0 && check === null && additional === null) return [];
      return [section(`case ${i}:`, [...set, ...(check === null ? [] : [check])].join('\n') || null)];
    });
    if (additional !== null) cases.push(section('default:', additional === 'false' ? 'return false;' : failsWhen(not(additional))));
    const bits = [...required].map(bit).filter((b): b is number => b !== null);
    const body = cases.join('\n');
    lines.push(
      ...(bits.length > 0 ? ['var seen = 0UL;'] : []),
      'var hint = 0;',
      `var members = ${v}.EnumerateObject();`,
      block('while (members.MoveNext())', [
        'var member = members.Current;',
        ...(/\bw\b/.test(stripStrings(body)) ? ['var w = member.Value;'] : []),
        block(`switch (${index}.IndexOf(member, ref hint))`, cases),
      ]),
      ...(bits.length > 0 ? [failsWhen(`(seen & ${mask(bits)}) != ${mask(bits)}`)] : []),
    );
    return lines;
  }

  /** The test that the loop's member has one of the declared names (without reading the name as a string). */
  private declaredName(names: readonly string[]): string {
    if (names.length <= INLINE_LITERALS) return names.map((name) => `member.NameEquals(${this.text(name)})`).join(' || ');
    return `SchemaKeywords.Declared(member, ${this.constant('SchemaNames', `new SchemaNames(${names.map(csString).join(', ')})`)})`;
  }

  /**
   * anyOf / oneOf on `v`: the branches an object's tag leaves (SchemaReach.tags), each list
   * counted as the keyword counts; with a tag, a switch from each tag to the check of what it
   * leaves (one string switch, however many branches).
   */
  private combinator(k: 'anyOf' | 'oneOf', branches: readonly JsonValue[], v: string): string {
    if (branches.length === 1) return this.check(branches[0]!, v) ?? 'true';
    const built: (string | undefined)[] = [];
    const test = (i: number): string => (built[i] ??= this.check(branches[i]!, 'x') ?? 'true');
    const counted = (indices: readonly number[]): Statement => {
      // A branch that never passes counts for nothing, one that always does decides an anyOf
      // (C# refuses a condition it can tell is constant where that leaves code unreachable).
      const live = indices.filter((i) => test(i) !== 'false');
      if (k === 'anyOf' && live.some((i) => test(i) === 'true')) return 'return true;';
      if (live.length > CHAIN && k === 'anyOf')
        return [...groups(live).map((group) => `if (${group.map(test).join(' || ')}) return true;`), 'return false;'].join('\n');
      if (k === 'anyOf' || live.length <= 1) return `return ${live.length === 0 ? 'false' : live.map(test).join(' || ')};`;
      return block('', ['var passed = false;', ...live.map((i) => block(`if (${test(i)})`, [failsWhen('passed'), 'passed = true;'])), 'return passed;']);
    };
    const tags = this.reach.tags(branches);
    const name = this.nextName();
    const body: Statement[] = [];
    if (tags !== null) {
      body.push(
        block('if (x.ValueKind == JsonValueKind.Object)', [
          block(`if (!x.TryGetProperty(${this.text(tags.wire)}, out var t))`, [counted(tags.absent)]),
          block('if (t.ValueKind == JsonValueKind.String)', [this.tagSwitch(tags, counted)]),
          counted(tags.other),
        ]),
      );
    }
    body.push(tags !== null && branches.every((b) => this.reach.objectsOnly(b)) ? 'return false;' : counted(branches.map((_, i) => i)));
    return `${this.define(name, body, false)}(${v})`;
  }

  /** A switch from each tag to the check of the branches it leaves: a branch's own check when it leaves one. */
  private tagSwitch(tags: TagIndex, counted: (indices: readonly number[]) => Statement): Statement {
    const cases = [...tags.byTag].map(([tag, indices]) => {
      const statement = counted(indices);
      const single = /^return ((?:Check\d+|Always|Never)\(x\));$/.exec(statement);
      if (single !== null) return `case ${csString(tag)}:\n${I}return ${single[1]};`;
      return `case ${csString(tag)}:\n${I}return ${this.define(this.nextName(), [statement], false)}(x);`;
    });
    return block('switch (t.GetString())', [...cases, `default:\n${I}break;`]);
  }

  /** `v` equals one of `values`, by JSON equality: the interpreter's enum. */
  private oneOfValues(v: string, values: readonly JsonValue[]): string {
    if (values.every((e) => typeof e === 'string')) {
      const strings = values as string[];
      if (strings.length === 0) return 'false';
      if (strings.length <= INLINE_LITERALS || !strings.every(wellFormed)) return strings.map((e) => `SchemaKeywords.Is(${v}, ${this.text(e)})`).join(' || ');
      return `SchemaKeywords.In(${v}, ${this.constant('HashSet<string>', `SchemaKeywords.Strings(${strings.map(csString).join(', ')})`)})`;
    }
    return `SchemaKeywords.In(${v}, ${this.literals(values)})`;
  }

  /** The constant of JSON literals, compared by JSON equality (the interpreter's). */
  private literals(values: readonly JsonValue[]): string {
    return this.constant('JsonElement[]', `SchemaKeywords.Literals(${csString(JSON.stringify(values))})`);
  }

  private equals(v: string, value: JsonValue): string {
    if (typeof value === 'string') return `SchemaKeywords.Is(${v}, ${this.text(value)})`;
    if (value === null) return `${v}.ValueKind == JsonValueKind.Null`;
    if (typeof value === 'boolean') return `SchemaKeywords.Is(${v}, ${value})`;
    return `SchemaKeywords.In(${v}, ${this.literals([value])})`;
  }
}

// ---- small pieces of code --------------------------------------------------------------------

/** The test that `v` has a JSON type, as the interpreter's HasType reads it. */
function typeTest(v: string, type: string): string {
  switch (type) {
    case 'null':
      return `${v}.ValueKind == JsonValueKind.Null`;
    case 'boolean':
      return `SchemaKeywords.IsBoolean(${v})`;
    case 'object':
      return `${v}.ValueKind == JsonValueKind.Object`;
    case 'array':
      return `${v}.ValueKind == JsonValueKind.Array`;
    case 'string':
      return `${v}.ValueKind == JsonValueKind.String`;
    case 'number':
      return `${v}.ValueKind == JsonValueKind.Number`;
    case 'integer':
      return `SchemaKeywords.IsInteger(${v})`;
    default:
      return 'false';
  }
}

/** A block, its braces on lines of their own as C# lays them out: its opening line (none for a bare block), its statements indented. */
function block(open: string, statements: readonly Statement[]): Statement {
  const body = statements.filter((s) => s !== '');
  return [...(open === '' ? [] : [open]), '{', ...body.map((s) => indented(s, I)), '}'].join('\n');
}

/** `if (condition) return false;`; nothing for a condition that never holds (C# refuses code it can tell is unreachable). */
function failsWhen(condition: string): Statement {
  if (condition === 'false') return '';
  return condition === 'true' ? 'return false;' : `if (${condition}) return false;`;
}

/** `!test`; `a != b` for a test `a == b`. */
function not(test: string): string {
  const comparison = /^([\w.]+) == ([\w.]+)$/.exec(test);
  return comparison === null ? negate(test) : `${comparison[1]} != ${comparison[2]}`;
}

/** A switch section: its label, then the statement (none: nothing to do) and the break a statement that returns does not need. */
function section(label: string, statement: Statement | null): Statement {
  const statements =
    statement === null ? ['break;'] : statement.endsWith('\nreturn false;') || statement === 'return false;' ? [statement] : [statement, 'break;'];
  return [label, ...statements.map((s) => indented(s, I))].join('\n');
}

/** The bits of these indices, as a C# ulong literal. */
function mask(indices: readonly number[]): string {
  return `0x${indices
    .reduce((m, i) => m | (1n << BigInt(i)), 0n)
    .toString(16)
    .toUpperCase()}UL`;
}

/** maxLength -> MaxLength. */
function pascal(keyword: string): string {
  return keyword[0]!.toUpperCase() + keyword.slice(1);
}

/** Whether the text is well-formed UTF-16 (no lone surrogate), so that it has a UTF-8 form. */
export function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
