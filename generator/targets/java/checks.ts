// Compiled checks: each declaration's schema as straight-line Java, `static boolean
// checkN(JsonValue x)`, the fast path of validate() on a model read from JSON, written to
// package-private classes Checks0, Checks1, ... in the models' package. They read the JsonValue
// the model was read from (no JsonNode tree is built), each keyword through the runtime's
// core.JsonChecks, which gives it exactly the interpreter's meaning on the tree Validation would
// build. The interpreter (runtime validation/) stays the reference: a check that fails (or cannot
// run) hands over to it, so the errors of an invalid value are always its own, and a check holds
// only where the interpreter holds (test/java-checks.test.ts compares the two on every golden).
// Which schemas compile, where `$ref`s lead and which member tells an anyOf's branches apart:
// ../shared/schema-reach.ts, as for TypeScript and Python. Not compiled, so left to the
// interpreter: an asserted `format`, a number no double holds exactly, and what the reach refuses.
//
// The JVM's class-file limits shape the output: a function longer than SPLIT_CHARS is cut at its
// top-level statements into parts (a method holds 64 KB of code), a class takes functions up to
// CLASS_CHARS of source (its constant pool holds 65,535 entries), an enum of more than a few
// strings is a constant read from JSON text in pieces (a string constant holds 64 KB).

import type { JsonValue, Model } from '../../model/ir.js';
import { schemaUriAt, schemaUriOf } from '../../model/validation.js';
import { linearProgramText, runsLinear, translatePattern, type PatternPolicy } from '../../regex/index.js';
import { BraceChecks, CHAIN, I, groups, indented, negate, numberText, stripStrings, type Statement } from '../shared/brace-code.js';
import { SchemaReach, registryOf, checkExactNode, checkPatternWith, has, impliedType, typesOf, type Obj, type TagIndex } from '../shared/schema-reach.js';
import { MAX_JAVA_STRING_BYTES, modifiedUtf8Length } from './limits.js';
import { planReaders } from '../shared/reader-plans.js';
import { javaReaderSyntax, type ReaderPlan } from './readers.js';
import { javaString, javaStringExpression, scalarLiteral, splitModifiedUtf8 } from './literals.js';

export interface ChecksClass {
  /** Checks0, Checks1, ... */
  readonly name: string;
  /** The class body: constants, then functions (each line indented for the class). */
  readonly code: string;
  /** The simple names of the runtime's core classes the code uses, sorted. */
  readonly core: readonly string[];
  /** The java.* classes the code uses (qualified), sorted. */
  readonly java: readonly string[];
}

export interface CompiledChecks {
  readonly classes: readonly ChecksClass[];
  /** Declaration id -> its check as a method reference (`Checks0::check3`), for the declarations compiled. */
  readonly checks: ReadonlyMap<string, string>;
  /** A union's id -> each variant's check as a call's callee (`Checks0.check3`), or null where it did not compile. */
  readonly variants: ReadonlyMap<string, readonly (string | null)[]>;
  /** A union's id -> the variants each value of a member leaves (the runtime's VariantTags), where a member tells them apart. */
  readonly variantTags: ReadonlyMap<string, TagIndex>;
  /** Declaration id -> its fast reader (readers.ts), its tests' names qualified. */
  readonly readers: ReadonlyMap<string, ReaderPlan>;
}

/** The prefix of the checks' classes: names.ts keeps declarations off `Checks<digits>`. */
export const CHECKS_CLASS_PREFIX = 'Checks';
/** At most this many literals are compared one by one; more go in a set. */
const INLINE_LITERALS = 6;
/** A function's source above this is cut into parts (about a third of it is bytecode; a method holds 64 KB). */
const SPLIT_CHARS = 20_000;
/** A class takes functions up to this much source (well below a constant pool's 65,535 entries). */
const CLASS_CHARS = 150_000;
/** An object's member statements, a tuple's item statements and a member loop's pattern tests are grouped by this many, each group a top-level statement (so a long function can be cut). */
const MEMBERS_PER_GROUP = 48;
/** A tag dispatch has at most this many cases (a switch's code is about 30 bytes per case). */
const MAX_SWITCH_CASES = 1_000;

export function compileChecks(model: Model, formatAssertion: boolean, patterns: PatternPolicy = 'linear'): CompiledChecks {
  const reach = new SchemaReach(
    registryOf(model),
    checkPatternWith((source) => translatePattern(source, 'java')),
    (node) => checkExactNode(node, formatAssertion),
  );
  if (reach.namesKnownSchema()) return NO_CHECKS;
  const compiler = new CheckCompiler(reach, new Set(model.validation.patterns), patterns);
  const names = new Map<string, string>();
  const variants = new Map<string, (string | null)[]>();
  const variantTags = new Map<string, TagIndex>();
  for (const d of model.declarations) {
    const name = compiler.declaration(schemaUriOf(model, d));
    if (name !== null) names.set(d.id, name);
    // A union without a discriminator tries its variants' schemas in turn: only those the tag
    // leaves, where every variant compiles (the tags are then read as the checks' own switch
    // reads them).
    if (d.kind === 'union' && d.discriminator === null) {
      const uris = d.variantPointers.map((pointer) => schemaUriAt(model, pointer));
      const checks = uris.map((uri) => compiler.declaration(uri));
      variants.set(d.id, checks);
      const tags = checks.every((check) => check !== null) ? reach.tagsAt(uris) : null;
      if (tags !== null && tagsAreConstants(tags)) variantTags.set(d.id, tags);
    }
  }
  const readers = planReaders(
    model,
    reach,
    new Set(names.keys()),
    javaReaderSyntax((node, v) => compiler.test(node, v)),
  );
  return compiler.result(names, variants, variantTags, readers);
}

const NO_CHECKS: CompiledChecks = { classes: [], checks: new Map(), variants: new Map(), variantTags: new Map(), readers: new Map() };

/** Whether every tag can be a case label or an array's string constant, and there are not too many. */
function tagsAreConstants(tags: TagIndex): boolean {
  return tags.byTag.size <= MAX_SWITCH_CASES && [...tags.byTag.keys()].every((tag) => modifiedUtf8Length(tag) <= MAX_JAVA_STRING_BYTES);
}

class CheckCompiler extends BraceChecks {
  constructor(
    reach: SchemaReach,
    /** The patterns the interpreter's table translates (others it compiles as written). */
    private readonly tabled: ReadonlySet<string>,
    /** Which of them run on the linear-time matcher (the java.patterns option), as the table says too (validation.ts). */
    private readonly patterns: PatternPolicy,
  ) {
    super(reach);
  }

  // ---- the syntax of Java (CheckFunctions) ------------------------------------------------------

  protected functionName(n: number): string {
    return `check${n}`;
  }

  protected constantName(valid: boolean): string {
    return valid ? 'always' : 'never';
  }

  /** The check of a schema on the value in variable `v` (null: every value passes): a fast reader's test of a member (readers.ts). */
  test(node: JsonValue, v: string): string | null {
    return this.check(node, v);
  }

  protected onlyCall(lines: readonly string[]): string | null {
    return lines.length === 1 ? (/^if \(!(check\d+)\(x\)\) \{\n {4}return false;\n\}$/.exec(lines[0]!)?.[1] ?? null) : null;
  }

  /** The classes (functions in emission order, each class up to CLASS_CHARS), every name qualified where another class holds it. */
  result(
    names: ReadonlyMap<string, string>,
    variants: ReadonlyMap<string, readonly (string | null)[]>,
    variantTags: ReadonlyMap<string, TagIndex>,
    readers: ReadonlyMap<string, ReaderPlan>,
  ): CompiledChecks {
    // The schema false is no fast path: its models go straight to the interpreter, which reports.
    const fast = [...names].filter(([, name]) => name !== this.constantName(false));
    if (fast.length === 0 && [...variants.values()].every((v) => v.every((name) => name === null)) && readers.size === 0) return NO_CHECKS;
    const all = [...this.emitted];
    for (const valid of [true, false]) if (this.constantChecks.has(valid)) all.push({ name: this.constantName(valid), text: `return ${valid};` });
    // Cut long functions into parts, then fill classes.
    const methods = all.map((f) => this.parts(f.name, f.text));
    const classOf = new Map<string, number>();
    const classes: { name: string; text: string }[][] = [[]];
    let size = 0;
    for (const group of methods) {
      const length = group.reduce((n, m) => n + m.text.length, 0);
      if (size > 0 && size + length > CLASS_CHARS) {
        classes.push([]);
        size = 0;
      }
      size += length;
      for (const m of group) {
        classes[classes.length - 1]!.push(m);
        classOf.set(m.name, classes.length - 1);
      }
    }
    // Each constant goes to the class of the first function that uses it.
    const constantClass = new Map<string, number>();
    classes.forEach((methodsOf, c) => {
      for (const m of methodsOf) for (const name of constantsIn(m.text)) if (!constantClass.has(name)) constantClass.set(name, c);
    });
    const qualify = (text: string, c: number): string =>
      replaceOutsideStrings(text, (name) => {
        const at = classOf.get(name) ?? constantClass.get(name);
        return at === undefined || at === c ? name : `${CHECKS_CLASS_PREFIX}${at}.${name}`;
      });
    const out = classes.map((methodsOf, c): ChecksClass => {
      const constants = [...constantClass].filter(([, at]) => at === c).map(([name]) => name);
      const lines: string[] = [];
      for (const name of constants) {
        const { type, init } = this.constants.get(name)!;
        lines.push(`${I}static final ${type} ${name} = ${init};`);
      }
      for (const m of methodsOf) {
        if (lines.length > 0) lines.push('');
        lines.push(`${I}static boolean ${m.name}(JsonValue x) {`, indented(qualify(m.text, c), I + I), `${I}}`);
      }
      const code = lines.join('\n');
      const bare = stripStrings(code);
      const uses = (name: string): boolean => new RegExp(`\\b${name}\\b`).test(bare);
      return {
        name: `${CHECKS_CLASS_PREFIX}${c}`,
        code,
        core: CORE_CLASSES.filter(uses),
        java: JAVA_CLASSES.filter(([name]) => uses(name)).map(([, qualified]) => qualified),
      };
    });
    const checks = new Map(fast.map(([id, name]) => [id, `${CHECKS_CLASS_PREFIX}${classOf.get(name)!}::${name}`] as const));
    const callees = new Map(
      [...variants].map(([id, list]) => [id, list.map((name) => (name === null ? null : `${CHECKS_CLASS_PREFIX}${classOf.get(name)!}.${name}`))] as const),
    );
    // A reader's tests stand outside every Checks class: each name they use is qualified.
    const outside = (text: string): string =>
      replaceOutsideStrings(text, (name) => `${CHECKS_CLASS_PREFIX}${classOf.get(name) ?? constantClass.get(name)!}.${name}`);
    const qualifiedReaders = new Map(
      [...readers].map(([id, plan]): [string, ReaderPlan] =>
        plan.kind !== 'object'
          ? [id, plan]
          : [id, { ...plan, members: new Map([...plan.members].map(([name, m]) => [name, { ...m, test: m.test === null ? null : outside(m.test) }])) }],
      ),
    );
    return { classes: out, checks, variants: callees, variantTags, readers: qualifiedReaders };
  }

  /** A function as methods: itself, or, when long, parts of its top-level statements and itself calling them in turn. */
  private parts(name: string, text: string): { name: string; text: string }[] {
    if (text.length <= SPLIT_CHARS) return [{ name, text }];
    const statements: string[] = [];
    for (const line of text.split('\n')) {
      if (statements.length === 0 || (!line.startsWith(' ') && !line.startsWith('}'))) statements.push(line);
      else statements[statements.length - 1] += `\n${line}`;
    }
    // Only a function of statements ending in `return true;` is cut (a combinator's is one or two statements).
    if (statements[statements.length - 1] !== 'return true;' || statements.length < 3) return [{ name, text }];
    statements.pop();
    const parts: { name: string; text: string }[] = [];
    let current: string[] = [];
    let size = 0;
    const close = (): void => {
      parts.push({ name: `${name}_${parts.length}`, text: [...current, 'return true;'].join('\n') });
      current = [];
      size = 0;
    };
    for (const s of statements) {
      if (size > 0 && size + s.length > SPLIT_CHARS) close();
      current.push(s);
      size += s.length;
    }
    if (current.length > 0) close();
    const calls = parts.map((p) => `${p.name}(x)`);
    const chained = groups(calls).map((group) => block(`if (!(${group.join(' && ')})) {`, ['return false;']));
    return [...parts, { name, text: [...chained, 'return true;'].join('\n') }];
  }

  // ---- emitting ------------------------------------------------------------------------------

  /**
   * A pattern's constant: on java.util.regex (its translation), or on the linear-time matcher (its
   * program) where java.util.regex could backtrack super-linearly; both are a JsonChecks.Regex.
   */
  private regex(source: string): string {
    if (this.tabled.has(source) && runsLinear(source, this.patterns))
      return this.constant('JsonChecks.Regex', `JsonChecks.linear(${javaStringExpression(source)}, ${javaStringExpression(linearProgramText(source))})`);
    const translated = this.tabled.has(source) ? translatePattern(source, 'java') : source;
    return this.constant('JsonChecks.Regex', `JsonChecks.regex(${javaStringExpression(source)}, ${javaStringExpression(translated)})`);
  }

  /** The leaf keywords of `node` on variable `v`, each an expression; `required` too when `required`. */
  protected leaf(node: Obj, v: string, required: boolean): string[] {
    const parts: string[] = [];
    const types = typesOf(node);
    if (has(node, 'enum')) parts.push(this.oneOfValues(v, node['enum'] as JsonValue[]));
    if (has(node, 'const')) parts.push(this.equals(v, node['const']!));
    const implied = impliedType(node, types);
    if (types !== null && !implied) parts.push(types.length === 1 ? typeTest(v, types[0]!) : `(${types.map((t) => typeTest(v, t)).join(' || ')})`);
    if (has(node, 'multipleOf')) {
      const divisor = node['multipleOf']!;
      // The interpreter ignores a divisor that is not positive.
      if (typeof divisor === 'number' && divisor > 0)
        parts.push(
          Number.isSafeInteger(divisor)
            ? `JsonChecks.multipleOf(${v}, ${divisor}L)`
            : `JsonChecks.multipleOf(${v}, ${this.constant('BigDecimal', `JsonChecks.decimal(${javaStringExpression(numberText(divisor))})`)})`,
        );
    }
    for (const k of ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'] as const) {
      const bound = node[k];
      if (has(node, k) && typeof bound === 'number')
        parts.push(
          Number.isSafeInteger(bound)
            ? `JsonChecks.${k}(${v}, ${bound}L)`
            : `JsonChecks.${k}(${v}, ${scalarLiteral(bound)}, ${javaStringExpression(numberText(bound))})`,
        );
    }
    for (const k of ['maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties', 'minProperties'] as const) {
      const limit = node[k];
      // The interpreter reads an integral limit (5.0 too) and ignores a negative one.
      if (has(node, k) && typeof limit === 'number' && Number.isInteger(limit) && limit >= 0) parts.push(`JsonChecks.${k}(${v}, ${numberText(limit)}L)`);
    }
    if (has(node, 'pattern')) parts.push(`JsonChecks.pattern(${v}, ${this.regex(node['pattern'] as string)})`);
    if (node['uniqueItems'] === true) parts.push(`JsonChecks.uniqueItems(${v})`);
    const members = `((JsonObject) ${v}).values()`;
    if (required && has(node, 'required')) {
      const names = (node['required'] as JsonValue[]).filter((n): n is string => typeof n === 'string');
      for (const group of groups(names))
        parts.push(`(!(${v} instanceof JsonObject) || ${group.map((name) => `JsonChecks.has(${members}, ${javaStringExpression(name)})`).join(' && ')})`);
    }
    if (has(node, 'dependentRequired')) {
      for (const [prop, needs] of Object.entries(node['dependentRequired'] as Obj)) {
        if (!Array.isArray(needs)) continue;
        const needed = needs.filter((n): n is string => typeof n === 'string').map((need) => `JsonChecks.has(${members}, ${javaStringExpression(need)})`);
        if (needed.length > 0)
          parts.push(`(!(${v} instanceof JsonObject) || !JsonChecks.has(${members}, ${javaStringExpression(prop)}) || ${needed.join(' && ')})`);
      }
    }
    return parts;
  }

  /** The statements of `node`'s function on variable `v` (always x): each returns false when its keyword fails. */
  protected statements(node: Obj, v: string): Statement[] {
    const lines: Statement[] = [];
    const fails = (test: string): void => void lines.push(failsWhen(negate(test)));
    if (has(node, '$ref')) {
      const target = this.check(this.reach.target(node), v);
      if (target !== null) fails(target);
    }
    for (const part of this.leaf(node, v, false)) fails(part);
    // Grouped, each group a top-level statement, so that a long tuple or object can be cut into parts.
    const arrayLines = this.arrayStatements(node);
    for (let i = 0; i < arrayLines.length; i += MEMBERS_PER_GROUP)
      lines.push(
        block(`if (${v} instanceof JsonArray) {`, [`List<JsonValue> a = ((JsonArray) ${v}).values();`, ...arrayLines.slice(i, i + MEMBERS_PER_GROUP)]),
      );
    const objectLines = this.objectStatements(node, v);
    for (let i = 0; i < objectLines.length; i += MEMBERS_PER_GROUP) lines.push(objectGroup(v, objectLines.slice(i, i + MEMBERS_PER_GROUP)));
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
    return lines;
  }

  /** The array keywords, on `a` (the items). */
  private arrayStatements(node: Obj): Statement[] {
    const lines: Statement[] = [];
    const prefix = has(node, 'prefixItems') ? (node['prefixItems'] as JsonValue[]) : [];
    prefix.forEach((sub, i) => {
      const test = this.check(sub, 'e');
      if (test === 'false') lines.push(failsWhen(`a.size() > ${i}`));
      else if (test !== null) lines.push(block(`if (a.size() > ${i}) {`, [`JsonValue e = a.get(${i});`, failsWhen(negate(test))]));
    });
    if (has(node, 'items')) {
      const test = this.check(node['items']!, 'e');
      if (test === 'false') lines.push(failsWhen(`a.size() > ${prefix.length}`));
      else if (test !== null)
        lines.push(
          prefix.length === 0
            ? block('for (JsonValue e : a) {', [failsWhen(negate(test))])
            : block(`for (int i = ${prefix.length}; i < a.size(); i++) {`, ['JsonValue e = a.get(i);', failsWhen(negate(test))]),
        );
    }
    if (has(node, 'contains')) {
      const min = typeof node['minContains'] === 'number' ? node['minContains'] : 1;
      const max = typeof node['maxContains'] === 'number' ? node['maxContains'] : null;
      const test = this.check(node['contains']!, 'e');
      const count = test === null ? 'a.size()' : test === 'false' ? '0' : 'matched';
      const limits = failsWhen(`${count} < ${numberText(min)}L${max === null ? '' : ` || ${count} > ${numberText(max)}L`}`);
      if (count === 'matched')
        lines.push(block('{', ['int matched = 0;', block('for (JsonValue e : a) {', [block(`if (${test}) {`, ['matched++;'])]), limits]));
      else lines.push(limits);
    }
    return lines;
  }

  /** The keywords about members, on `m` (the members); `v` is the object itself. */
  private objectStatements(node: Obj, v: string): Statement[] {
    const lines: Statement[] = [];
    const required = has(node, 'required') ? (node['required'] as JsonValue[]).filter((n): n is string => typeof n === 'string') : [];
    const tests = has(node, 'properties') ? Object.entries(node['properties'] as Obj).map(([name, sub]) => [name, this.check(sub, 'p')] as const) : [];
    // A required property with a test is looked up once, by its test: a lookup scans the members.
    const tested = new Set(tests.filter(([, test]) => test !== null && test !== 'false').map(([name]) => name));
    const untested = required.filter((name) => !tested.has(name));
    for (const group of groups(untested)) lines.push(failsWhen(group.map((name) => `!JsonChecks.has(m, ${javaStringExpression(name)})`).join(' || ')));
    const isRequired = new Set(required);
    for (const [name, test] of tests) {
      if (test === null) continue;
      const key = javaStringExpression(name);
      if (test === 'false') lines.push(failsWhen(`JsonChecks.has(m, ${key})`));
      else if (isRequired.has(name)) lines.push(failsWhen(`(p = JsonChecks.member(m, ${key})) == null || ${negate(test)}`));
      else lines.push(failsWhen(`(p = JsonChecks.member(m, ${key})) != null && ${negate(test)}`));
    }
    const patterns = has(node, 'patternProperties') ? Object.entries(node['patternProperties'] as Obj) : [];
    /** A loop over the members (a JsonMissing one is absent): `k` the name, `w` the value. */
    const memberLoop = (body: readonly Statement[]): Statement => {
      const code = stripStrings(body.join('\n'));
      return block('for (Map.Entry<String, JsonValue> member : m.entrySet()) {', [
        ...(/\bk\b/.test(code) ? ['String k = member.getKey();'] : []),
        'JsonValue w = member.getValue();',
        block('if (w instanceof JsonMissing) {', ['continue;']),
        ...body,
      ]);
    };
    if (patterns.length > 0) {
      const body: Statement[] = [];
      for (const [pattern, sub] of patterns) {
        const test = this.check(sub, 'w');
        if (test === 'false') body.push(failsWhen(`${this.regex(pattern)}.find(k)`));
        else if (test !== null) body.push(failsWhen(`${this.regex(pattern)}.find(k) && ${negate(test)}`));
      }
      // A loop per group of patterns: each loop's body stays small enough to cut the function between them.
      for (let i = 0; i < body.length; i += MEMBERS_PER_GROUP) lines.push(memberLoop(body.slice(i, i + MEMBERS_PER_GROUP)));
    }
    if (has(node, 'additionalProperties')) {
      const test = this.check(node['additionalProperties']!, 'w');
      if (test !== null) {
        const declared = has(node, 'properties') ? Object.keys(node['properties'] as Obj) : [];
        const skip = [...(declared.length > 0 ? [this.oneOfStrings('k', declared)] : []), ...patterns.map(([pattern]) => `${this.regex(pattern)}.find(k)`)];
        if (test === 'false' && skip.length === 0) lines.push(failsWhen('JsonChecks.size(m) > 0'));
        else
          lines.push(
            memberLoop([
              ...groups(skip).map((group) => block(`if (${group.join(' || ')}) {`, ['continue;'])),
              test === 'false' ? 'return false;' : failsWhen(negate(test)),
            ]),
          );
      }
    }
    if (has(node, 'propertyNames')) {
      const test = this.check(node['propertyNames']!, 'n');
      if (test === 'false') lines.push(failsWhen('JsonChecks.size(m) > 0'));
      else if (test !== null) lines.push(memberLoop(['JsonValue n = JsonString.of(k);', failsWhen(negate(test))]));
    }
    const dependent: [string, JsonValue][] = [
      ...Object.entries(has(node, 'dependentSchemas') ? (node['dependentSchemas'] as Obj) : {}),
      ...Object.entries(has(node, 'dependencies') ? (node['dependencies'] as Obj) : {}),
    ];
    for (const [prop, dep] of dependent) {
      const test = Array.isArray(dep)
        ? dep
            .filter((n): n is string => typeof n === 'string')
            .map((need) => `JsonChecks.has(m, ${javaStringExpression(need)})`)
            .join(' && ') || null
        : this.check(dep, v);
      if (test !== null) lines.push(failsWhen(`JsonChecks.has(m, ${javaStringExpression(prop)}) && ${negate(test)}`));
    }
    return lines;
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
      if (indices.length > CHAIN && k === 'anyOf')
        return [...groups(indices).map((group) => block(`if (${group.map(test).join(' || ')}) {`, ['return true;'])), 'return false;'].join('\n');
      if (k === 'anyOf' || indices.length <= 1) return `return ${indices.length === 0 ? 'false' : indices.map(test).join(' || ')};`;
      return block('{', [
        'boolean passed = false;',
        ...indices.map((i) => block(`if (${test(i)}) {`, [block('if (passed) {', ['return false;']), 'passed = true;'])),
        'return passed;',
      ]);
    };
    const tags = this.reach.tags(branches);
    const name = this.nextName();
    const body: Statement[] = [];
    const switchable = tags !== null && tagsAreConstants(tags);
    if (tags !== null && switchable) {
      body.push(
        block('if (x instanceof JsonObject) {', [
          `JsonValue t = JsonChecks.member(((JsonObject) x).values(), ${javaStringExpression(tags.wire)});`,
          block('if (t == null) {', [counted(tags.absent)]),
          'String tag = JsonChecks.text(t);',
          block('if (tag != null) {', [this.tagSwitch(tags, counted)]),
          counted(tags.other),
        ]),
      );
    }
    body.push(tags !== null && switchable && branches.every((b) => this.reach.objectsOnly(b)) ? 'return false;' : counted(branches.map((_, i) => i)));
    return `${this.define(name, body, false)}(${v})`;
  }

  /** A switch from each tag to the check of the branches it leaves: a branch's own check when it leaves one. */
  private tagSwitch(tags: TagIndex, counted: (indices: readonly number[]) => Statement): Statement {
    const cases = [...tags.byTag].map(([tag, indices]) => {
      const statement = counted(indices);
      const single = /^return ((?:check\d+|always|never)\(x\));$/.exec(statement);
      // A case label is a string constant (the switch is written only when every tag fits one).
      if (single !== null) return `case ${javaString(tag)}:\n${I}return ${single[1]};`;
      return `case ${javaString(tag)}:\n${I}return ${this.define(this.nextName(), [statement], false)}(x);`;
    });
    return block('switch (tag) {', [...cases, `default:\n${I}break;`]);
  }

  /** `v` (a JSON value) equals one of `values`, by JSON equality: the interpreter's enum. */
  private oneOfValues(v: string, values: readonly JsonValue[]): string {
    if (values.every((e) => typeof e === 'string')) return this.oneOfStrings(v, values as string[], true);
    return `JsonChecks.in(${v}, ${this.literals(values)})`;
  }

  /** The constant of JSON literals, compared by JSON equality (the interpreter's). */
  private literals(values: readonly JsonValue[]): string {
    return this.constant('JsonChecks.Literals', `JsonChecks.literals(${pieces(JSON.stringify(values))})`);
  }

  /** `v` is one of the strings: `v` a JsonValue (`json`), else a String. */
  private oneOfStrings(v: string, values: readonly string[], json = false): string {
    if (values.length === 0) return 'false';
    if (values.length <= INLINE_LITERALS)
      return values.map((e) => (json ? `JsonChecks.textIs(${v}, ${javaStringExpression(e)})` : `${javaStringExpression(e)}.equals(${v})`)).join(' || ');
    const set = this.constant('JsonChecks.Strings', `JsonChecks.strings(${pieces(JSON.stringify(values))})`);
    return json ? `JsonChecks.in(${v}, ${set})` : `${set}.contains(${v})`;
  }

  private equals(v: string, value: JsonValue): string {
    if (typeof value === 'string') return `JsonChecks.textIs(${v}, ${javaStringExpression(value)})`;
    if (value === null) return `${v} instanceof JsonNull`;
    if (typeof value === 'boolean') return `JsonChecks.isBoolean(${v}, ${value})`;
    return `JsonChecks.in(${v}, ${this.literals([value])})`;
  }
}

// ---- small pieces of code --------------------------------------------------------------------

/** The runtime's core classes the checks may name, and the java.* ones. */
const CORE_CLASSES = ['JsonArray', 'JsonBoolean', 'JsonChecks', 'JsonMissing', 'JsonNull', 'JsonObject', 'JsonString', 'JsonValue'];
const JAVA_CLASSES: readonly (readonly [string, string])[] = [
  ['BigDecimal', 'java.math.BigDecimal'],
  ['List', 'java.util.List'],
  ['Map', 'java.util.Map'],
];

/** The test that `v` has a JSON type, as the validator's tree has it. */
function typeTest(v: string, type: string): string {
  switch (type) {
    case 'null':
      return `${v} instanceof JsonNull`;
    case 'boolean':
      return `${v} instanceof JsonBoolean`;
    case 'object':
      return `${v} instanceof JsonObject`;
    case 'array':
      return `${v} instanceof JsonArray`;
    case 'string':
      return `JsonChecks.isString(${v})`;
    case 'number':
      return `JsonChecks.isNumber(${v})`;
    case 'integer':
      return `JsonChecks.isInteger(${v})`;
    default:
      return 'false';
  }
}

/** Statements about an object's members, on `m` (its members); `p` holds each property read (`(p = ...) != null`). */
function objectGroup(v: string, statements: readonly Statement[]): Statement {
  const reads = statements.some((statement) => statement.startsWith('if ((p = '));
  return block(`if (${v} instanceof JsonObject) {`, [
    `Map<String, JsonValue> m = ((JsonObject) ${v}).values();`,
    ...(reads ? ['JsonValue p;'] : []),
    ...statements,
  ]);
}

/** `if (condition) { return false; }` */
function failsWhen(condition: string): Statement {
  return block(`if (${condition}) {`, ['return false;']);
}

/** A block: its opening line, its statements indented, its closing brace. */
function block(open: string, statements: readonly Statement[]): Statement {
  return [open, ...statements.map((s) => indented(s, I)), '}'].join('\n');
}

/** The constants (c0, c1, ...) the code names outside string literals. */
function constantsIn(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/"(?:[^"\\]|\\.)*"|\bc(\d+)\b/g)) if (m[1] !== undefined) names.push(`c${m[1]}`);
  return names;
}

/** The code with each function or constant name outside string literals replaced as `name` says. */
function replaceOutsideStrings(code: string, name: (identifier: string) => string): string {
  return code.replace(/"(?:[^"\\]|\\.)*"|\b(?:check\d+(?:_\d+)?|always|never|c\d+)\b/g, (m) => (m.startsWith('"') ? m : name(m)));
}

/** A JSON text as string constants, in pieces a class constant holds (the runtime joins them). */
function pieces(text: string): string {
  return splitModifiedUtf8(text, MAX_JAVA_STRING_BYTES).map(javaString).join(', ');
}
