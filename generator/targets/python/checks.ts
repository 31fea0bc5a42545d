// Compiled checks: each declaration's schema as straight-line Python, `(value) -> bool`, the fast
// path of from_json (and validate_json), written to <package>/_checks.py. They read values as
// json.loads makes them (dict, list, str, int, float, bool, None: exact classes, no subclasses),
// so from_dict and the constructors, which take any Python value, keep the interpreter. The
// interpreter (runtime/_schema.py) stays the reference: the errors of an invalid value are always
// its own, and a compiled check answers exactly what its is_valid answers for a parsed value
// (test/python-checks.test.ts compares the two on every golden; the official suite goes through
// from_json). Which schemas compile, where `$ref`s lead and which member tells an anyOf's
// branches apart: ../shared/schema-reach.ts, as for TypeScript. Not compiled, so left to the
// interpreter: an asserted `format`, a number no double holds exactly, and what the reach refuses.

import type { JsonValue, Model } from '../../model/ir.js';
import { schemaUriOf } from '../../model/validation.js';
import { linearProgramText, runsLinear, translatePattern, type PatternPolicy } from '../../regex/index.js';
import { CheckFunctions } from '../shared/check-functions.js';
import {
  SchemaReach,
  registryOf,
  checkExactNode,
  checkPatternWith,
  exactNumbers,
  has,
  impliedType,
  indent,
  typesOf,
  type Obj,
  type TagIndex,
} from '../shared/schema-reach.js';
import { planReaders } from '../shared/reader-plans.js';
import { pyNumber, pyString } from './literals.js';
import { NO_READERS, pythonReaderSyntax, readersCode, type ReaderContext, type ReadersCode } from './readers.js';

export interface CompiledChecks {
  /** The body of _checks.py after its imports (constants, functions, then tag tables); empty when nothing compiled. */
  readonly code: string;
  /** The import lines the code needs, in order. */
  readonly imports: readonly string[];
  /** Declaration id -> the name of its check function in _checks.py, for the declarations compiled. */
  readonly checks: ReadonlyMap<string, string>;
}

/** The helpers of _checks.py a check may use; `linear` is the runtime's LinearPattern. */
type Helper = 're' | 'linear' | 'absent' | 'unique' | 'keys';

/** At most this many literals are compared one by one; more go in a frozenset. */
const INLINE_LITERALS = 6;
const I = '    ';

/**
 * The compiled checks of the model's declarations, with the fast readers (readers.ts) when
 * `readers` names their classes; `patterns` (the target's option) says which patterns run on the
 * runtime's linear-time matcher rather than on re.
 */
export function compileChecks(model: Model, formatAssertion: boolean, patterns: PatternPolicy = 'linear', readers?: ReaderContext): CompiledChecks {
  const reach = new SchemaReach(
    registryOf(model),
    checkPatternWith((source) => (runsLinear(source, patterns) ? linearProgramText(source) : translatePattern(source, 'python'))),
    (node) => checkExactNode(node, formatAssertion),
  );
  const checks = new Map<string, string>();
  if (reach.namesKnownSchema()) return { code: '', imports: [], checks };
  const compiler = new CheckCompiler(reach, patterns);
  for (const d of model.declarations) {
    const name = compiler.declaration(schemaUriOf(model, d));
    if (name !== null) checks.set(d.id, name);
  }
  if (readers === undefined) return compiler.result(checks, NO_READERS);
  const plans = planReaders(
    model,
    reach,
    new Set(checks.keys()),
    pythonReaderSyntax((node, v) => compiler.test(node, v)),
  );
  return compiler.result(checks, readersCode(model, plans, readers));
}

class CheckCompiler extends CheckFunctions {
  constructor(
    reach: SchemaReach,
    private readonly patterns: PatternPolicy,
  ) {
    super(reach);
  }

  private readonly constants: string[] = [];
  private readonly bodies: string[] = [];
  /** Tag tables (tag -> check), after every function they name. */
  private readonly tables: string[] = [];
  /** The helpers of this module the code uses (each brings its imports), and the names it imports. */
  private readonly uses = new Set<Helper>();
  private readonly typing = new Set<string>(['Any']);
  private readonly numbers = new Set<'is_multiple' | 'json_key'>();
  private fractions = false;
  /** A constant's value -> its name: a value written twice is one constant. */
  private readonly constantNames = new Map<string, string>();
  private readonly regexes = new Map<string, string>();

  // ---- the syntax of Python (CheckFunctions) ----------------------------------------------------

  protected readonly falseLiteral = 'False';

  protected functionName(n: number): string {
    return `check_${n}`;
  }

  protected constantName(valid: boolean): string {
    return valid ? 'check_always' : 'check_never';
  }

  protected conjunction(parts: readonly string[]): string {
    return parts.length === 1 ? parts[0]! : parts.map(grouped).join(' and ');
  }

  /** The check of a schema on the value in variable `v` (null: every value passes): a fast reader's test of a member (readers.ts). */
  test(node: JsonValue, v: string): string | null {
    return this.check(node, v);
  }

  protected onlyCall(lines: readonly string[]): string | null {
    return lines.length === 2 && lines[1] === `${I}return False` ? (/^if not (check_\d+)\(x\):$/.exec(lines[0]!)?.[1] ?? null) : null;
  }

  protected body(lines: readonly string[]): string[] {
    return [...indent(lines, I), `${I}return True`];
  }

  protected emit(name: string, text: string): void {
    // The variables a body reuses, declared Any: inferring a variable assigned many times, pyright
    // strict gives up (Unknown) past a few dozen assignments.
    const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    const declared = ['k', 'p', 'e'].filter((variable) => new RegExp(`\\b${variable}\\b`).test(code)).map((variable) => `${I}${variable}: Any`);
    this.bodies.push('', '', `def ${name}(x: Any) -> bool:`, ...declared, text);
  }

  /** The module's code and imports: the checks of `checks`, then `readers` (readers.ts: the fast readers and what they import, or nothing). */
  result(checks: ReadonlyMap<string, string>, readers: ReadersCode): CompiledChecks {
    if (checks.size === 0) return { code: '', imports: [], checks };
    for (const name of readers.typing) this.typing.add(name);
    const helpers: string[] = [];
    if (this.uses.has('absent')) helpers.push('# A member json.loads did not give (None is JSON null).', '_ABSENT = object()', '');
    if (this.uses.has('re'))
      helpers.push(
        '',
        'def _regex(source: str) -> Callable[[str], Optional[re.Match[str]]]:',
        `${I}"""A pattern's search, compiled as the interpreter compiles it; one re cannot compile fails where it is used, as there."""`,
        `${I}try:`,
        `${I}${I}with warnings.catch_warnings():  # re's FutureWarnings (nested sets) are no errors`,
        `${I}${I}${I}warnings.simplefilter("ignore")`,
        `${I}${I}${I}return re.compile(source).search`,
        `${I}except re.error as error:`,
        `${I}${I}message = f"pattern {source!r}: {error}"`,
        '',
        `${I}${I}def refused(text: str) -> Optional[re.Match[str]]:`,
        `${I}${I}${I}raise SchemaCompileError(message)`,
        '',
        `${I}${I}return refused`,
        '',
      );
    if (this.uses.has('unique'))
      helpers.push('', 'def _unique(items: List[Any]) -> bool:', `${I}return len(items) < 2 or len({json_key(item) for item in items}) == len(items)`, '');
    if (this.uses.has('keys'))
      helpers.push(
        '',
        'def _keys(text: str) -> FrozenSet[Hashable]:',
        `${I}"""The JSON equality keys of the literals in a JSON array's text."""`,
        `${I}return frozenset(json_key(item) for item in json.loads(text))`,
        '',
      );
    for (const valid of [true, false])
      if (this.constantChecks.has(valid)) helpers.push('', `def ${this.constantName(valid)}(x: Any) -> bool:`, `${I}return ${valid ? 'True' : 'False'}`, '');
    const typing = [...this.typing].sort();
    const numbers = [...this.numbers].sort();
    const imports = [
      'from __future__ import annotations',
      '',
      ...(this.uses.has('keys') ? ['import json'] : []),
      ...(this.uses.has('re') ? ['import re', 'import warnings'] : []),
      ...(this.fractions ? ['from fractions import Fraction'] : []),
      `from typing import ${typing.join(', ')}`,
      ...(numbers.length > 0 || this.uses.has('re') || this.uses.has('linear') || readers.imports.length > 0 ? [''] : []),
      ...readers.imports,
      ...(this.uses.has('linear') ? ['from ._linear import LinearPattern'] : []),
      ...(this.uses.has('re') ? ['from ._schema_index import SchemaCompileError'] : []),
      ...(numbers.length > 0 ? [`from ._schema_numbers import ${numbers.join(', ')}`] : []),
    ];
    const code = [
      ...helpers,
      ...(this.constants.length > 0 ? ['', ...this.constants, ''] : []),
      ...this.bodies,
      ...(this.tables.length > 0 ? ['', '# The branches each tag leaves, after the functions they name.', ...this.tables] : []),
      ...readers.lines,
    ];
    // Blank lines between the parts as they come: the render's normalize stage keeps at most two in a row.
    return { code: code.join('\n').trim(), imports, checks };
  }

  // ---- emitting ------------------------------------------------------------------------------

  /** A helper of this module, and what it imports. */
  private use(helper: Helper): void {
    this.uses.add(helper);
    if (helper === 're') this.typing.add('Callable').add('Optional');
    if (helper === 'unique') this.typing.add('List');
    if (helper === 'unique' || helper === 'keys') this.numbers.add('json_key');
    if (helper === 'keys') this.typing.add('FrozenSet').add('Hashable');
  }

  private constant(value: string, prefix: string): string {
    const known = this.constantNames.get(value);
    if (known !== undefined) return known;
    const name = `_${prefix}${this.constants.length}`;
    this.constants.push(`${name} = ${value}`);
    this.constantNames.set(value, name);
    return name;
  }

  /**
   * A pattern's search, a constant built once per source: re's, or the linear-time matcher's
   * where re could backtrack super-linearly (the `patterns` option); both answer None for no match.
   */
  private regex(source: JsonValue): string {
    const text = source as string;
    const known = this.regexes.get(text);
    if (known !== undefined) return known;
    const linear = runsLinear(text, this.patterns);
    this.use(linear ? 'linear' : 're');
    const value = linear ? `LinearPattern(${pyString(linearProgramText(text))}).search` : `_regex(${pyString(translatePattern(text, 'python'))})`;
    const name = this.constant(value, 'pattern');
    this.regexes.set(text, name);
    return name;
  }

  /** The leaf keywords of `node` on variable `v`, each an expression; `required` too when `required`. */
  protected leaf(node: Obj, v: string, required: boolean): string[] {
    const parts: string[] = [];
    const types = typesOf(node);
    if (has(node, 'enum')) parts.push(this.oneOfValues(v, node['enum'] as JsonValue[]));
    if (has(node, 'const')) parts.push(this.equals(v, node['const']!));
    const implied = impliedType(node, types);
    const known = types?.length === 1 && !implied ? types[0]! : null;
    if (types !== null && !implied) parts.push(types.length === 1 ? typeTest(v, types[0]!) : `(${types.map((t) => typeTest(v, t)).join(' or ')})`);
    // A keyword of one kind holds for values of the others.
    const is = (type: 'string' | 'number' | 'array' | 'object', test: string): string => {
      const sure = known === type || (type === 'number' && known === 'integer');
      return sure ? test : `(not ${typeTest(v, type)} or ${test})`;
    };
    if (has(node, 'multipleOf')) {
      const divisor = node['multipleOf']!;
      // The interpreter ignores a divisor that is not positive.
      if (typeof divisor === 'number' && divisor > 0) {
        // The exact rational of the number as written (the interpreter's exact()): a float's shortest digits.
        this.numbers.add('is_multiple');
        this.fractions = true;
        const exact = Number.isInteger(divisor) ? number(divisor) : pyString(number(divisor));
        parts.push(is('number', `is_multiple(${v}, ${this.constant(`Fraction(${exact})`, 'divisor')})`));
      }
    }
    for (const [k, op] of [
      ['maximum', '<='],
      ['exclusiveMaximum', '<'],
      ['minimum', '>='],
      ['exclusiveMinimum', '>'],
    ] as const)
      if (has(node, k) && typeof node[k] === 'number') parts.push(is('number', `${v} ${op} ${number(node[k])}`));
    for (const [k, kind, op] of [
      ['maxLength', 'string', '<='],
      ['minLength', 'string', '>='],
      ['maxItems', 'array', '<='],
      ['minItems', 'array', '>='],
      ['maxProperties', 'object', '<='],
      ['minProperties', 'object', '>='],
    ] as const) {
      const limit = node[k];
      // The interpreter reads an integral limit (5.0 too) and ignores any other value.
      if (has(node, k) && typeof limit === 'number' && Number.isInteger(limit)) parts.push(is(kind, `len(${v}) ${op} ${number(limit)}`));
    }
    if (has(node, 'pattern')) parts.push(is('string', `${this.regex(node['pattern']!)}(${v}) is not None`));
    if (node['uniqueItems'] === true) {
      this.use('unique');
      parts.push(is('array', `_unique(${v})`));
    }
    if (required && has(node, 'required')) {
      const names = (node['required'] as JsonValue[]).filter((n): n is string => typeof n === 'string');
      if (names.length > 0) parts.push(is('object', names.map((name) => `${pyString(name)} in ${v}`).join(' and ')));
    }
    if (has(node, 'dependentRequired')) {
      for (const [prop, needs] of Object.entries(node['dependentRequired'] as Obj)) {
        if (!Array.isArray(needs)) continue;
        const needed = needs.filter((n): n is string => typeof n === 'string').map((need) => `${pyString(need)} in ${v}`);
        if (needed.length > 0) parts.push(is('object', `(${pyString(prop)} not in ${v} or (${needed.join(' and ')}))`));
      }
    }
    return parts;
  }

  /** The statements of `node`'s function on variable `v`: each returns False when its keyword fails. */
  protected statements(node: Obj, v: string): string[] {
    const lines: string[] = [];
    const fails = (test: string): void => void lines.push(`if ${negate(test)}:`, `${I}return False`);
    if (has(node, '$ref')) {
      const target = this.check(this.reach.target(node), v);
      if (target !== null) fails(target);
    }
    for (const part of this.leaf(node, v, false)) fails(part);
    const types = typesOf(node) ?? [];
    const knownArray = types.length === 1 && types[0] === 'array';
    const knownObject = types.length === 1 && types[0] === 'object';
    const arrayLines = this.arrayStatements(node, v);
    if (arrayLines.length > 0) lines.push(...(knownArray ? arrayLines : [`if ${typeTest(v, 'array')}:`, ...indent(arrayLines, I)]));
    const objectLines = this.objectStatements(node, v);
    if (objectLines.length > 0) lines.push(...(knownObject ? objectLines : [`if ${typeTest(v, 'object')}:`, ...indent(objectLines, I)]));
    for (const sub of has(node, 'allOf') ? (node['allOf'] as JsonValue[]) : []) {
      const test = this.check(sub, v);
      if (test !== null) fails(test);
    }
    for (const k of ['anyOf', 'oneOf'] as const) if (has(node, k)) fails(this.combinator(k, node[k] as JsonValue[], v));
    if (has(node, 'not')) {
      const test = this.check(node['not']!, v);
      lines.push(...(test === null ? ['return False'] : [`if ${test}:`, `${I}return False`]));
    }
    if (has(node, 'if')) {
      const then = has(node, 'then') ? this.check(node['then']!, v) : null;
      const otherwise = has(node, 'else') ? this.check(node['else']!, v) : null;
      if (then !== null || otherwise !== null) fails(`(${then ?? 'True'} if ${this.check(node['if']!, v) ?? 'True'} else ${otherwise ?? 'True'})`);
    }
    return lines;
  }

  private arrayStatements(node: Obj, v: string): string[] {
    const lines: string[] = [];
    const prefix = has(node, 'prefixItems') ? (node['prefixItems'] as JsonValue[]) : [];
    prefix.forEach((sub, i) => {
      const test = this.check(sub, 'e');
      if (test === 'False') lines.push(`if len(${v}) > ${i}:`, `${I}return False`);
      else if (test !== null) lines.push(`if len(${v}) > ${i}:`, `${I}e = ${v}[${i}]`, `${I}if ${negate(test)}:`, `${I}${I}return False`);
    });
    if (has(node, 'items')) {
      const test = this.check(node['items']!, 'e');
      if (test === 'False') lines.push(`if len(${v}) > ${prefix.length}:`, `${I}return False`);
      else if (test !== null) lines.push(`for e in ${prefix.length === 0 ? v : `${v}[${prefix.length}:]`}:`, `${I}if ${negate(test)}:`, `${I}${I}return False`);
    }
    if (has(node, 'contains')) {
      const min = typeof node['minContains'] === 'number' ? node['minContains'] : 1;
      const max = typeof node['maxContains'] === 'number' ? node['maxContains'] : null;
      const test = this.check(node['contains']!, 'e');
      const count = test === null ? `len(${v})` : test === 'False' ? '0' : 'matched';
      if (count === 'matched') lines.push('matched = 0', `for e in ${v}:`, `${I}if ${test}:`, `${I}${I}matched += 1`);
      lines.push(`if ${count} < ${number(min)}${max === null ? '' : ` or ${count} > ${number(max)}`}:`, `${I}return False`);
    }
    return lines;
  }

  /** The keywords about members, on `o` (a dict). */
  private objectStatements(node: Obj, o: string): string[] {
    const lines: string[] = [];
    const required = new Set(has(node, 'required') ? (node['required'] as JsonValue[]).filter((n): n is string => typeof n === 'string') : []);
    if (required.size > 0) lines.push(`if ${[...required].map((name) => `${pyString(name)} not in ${o}`).join(' or ')}:`, `${I}return False`);
    if (has(node, 'properties')) {
      for (const [name, sub] of Object.entries(node['properties'] as Obj)) {
        const test = this.check(sub, 'p');
        if (test === null) continue;
        // A required member is there (checked above): read without testing.
        if (test === 'False') lines.push(...(required.has(name) ? ['return False'] : [`if ${pyString(name)} in ${o}:`, `${I}return False`]));
        else if (required.has(name)) lines.push(`p = ${o}[${pyString(name)}]`, `if ${negate(test)}:`, `${I}return False`);
        else lines.push(`if ${pyString(name)} in ${o}:`, `${I}p = ${o}[${pyString(name)}]`, `${I}if ${negate(test)}:`, `${I}${I}return False`);
      }
    }
    const patterns = has(node, 'patternProperties') ? Object.entries(node['patternProperties'] as Obj) : [];
    const memberLoop = (body: readonly string[]): void => {
      const code = body.join('\n').replace(/"(?:[^"\\]|\\.)*"/g, '""');
      const [key, value] = [/\bk\b/.test(code), /\bp\b/.test(code)];
      lines.push(`for ${key && value ? `k, p in ${o}.items()` : value ? `p in ${o}.values()` : `k in ${o}`}:`, ...indent(body, I));
    };
    if (patterns.length > 0) {
      const body: string[] = [];
      for (const [pattern, sub] of patterns) {
        const test = this.check(sub, 'p');
        if (test === 'False') body.push(`if ${this.regex(pattern)}(k) is not None:`, `${I}return False`);
        else if (test !== null) body.push(`if ${this.regex(pattern)}(k) is not None and ${negate(test)}:`, `${I}return False`);
      }
      if (body.length > 0) memberLoop(body);
    }
    if (has(node, 'additionalProperties')) {
      const test = this.check(node['additionalProperties']!, 'p');
      if (test !== null) {
        const declared = has(node, 'properties') ? Object.keys(node['properties'] as Obj) : [];
        const skip = [
          ...(declared.length > 0 ? [this.oneOfStrings('k', declared)] : []),
          ...patterns.map(([pattern]) => `${this.regex(pattern)}(k) is not None`),
        ];
        if (test === 'False' && skip.length === 0) lines.push(`if ${o}:`, `${I}return False`);
        else
          memberLoop([
            ...(skip.length > 0 ? [`if ${skip.join(' or ')}:`, `${I}continue`] : []),
            ...(test === 'False' ? ['return False'] : [`if ${negate(test)}:`, `${I}return False`]),
          ]);
      }
    }
    if (has(node, 'propertyNames')) {
      const test = this.check(node['propertyNames']!, 'k');
      if (test === 'False') lines.push(`if ${o}:`, `${I}return False`);
      else if (test !== null) memberLoop([`if ${negate(test)}:`, `${I}return False`]);
    }
    const dependent: [string, JsonValue][] = [
      ...Object.entries(has(node, 'dependentSchemas') ? (node['dependentSchemas'] as Obj) : {}),
      ...Object.entries(has(node, 'dependencies') ? (node['dependencies'] as Obj) : {}),
    ];
    for (const [prop, dep] of dependent) {
      const test = Array.isArray(dep)
        ? dep.length === 0
          ? null
          : dep
              .filter((n): n is string => typeof n === 'string')
              .map((need) => `${pyString(need)} in ${o}`)
              .join(' and ') || null
        : this.check(dep, o);
      if (test !== null) lines.push(`if ${pyString(prop)} in ${o} and ${negate(test)}:`, `${I}return False`);
    }
    return lines;
  }

  /**
   * anyOf / oneOf on `v`: the branches an object's tag leaves (SchemaReach.tags), each list
   * counted as the keyword counts; with a tag, a table from each tag to the check of what it
   * leaves (one dict lookup, however many branches).
   */
  private combinator(k: 'anyOf' | 'oneOf', branches: readonly JsonValue[], v: string): string {
    if (branches.length === 1) return this.check(branches[0]!, v) ?? 'True';
    const built: (string | undefined)[] = [];
    const test = (i: number): string => (built[i] ??= this.check(branches[i]!, 'x') ?? 'True');
    const counted = (indices: readonly number[]): string[] => {
      if (k === 'anyOf' || indices.length <= 1) return [`return ${indices.length === 0 ? 'False' : indices.map(test).join(' or ')}`];
      return ['passed = 0', ...indices.flatMap((i) => [`if ${test(i)}:`, `${I}if passed:`, `${I}${I}return False`, `${I}passed = 1`]), 'return passed == 1'];
    };
    const tags = this.reach.tags(branches);
    const name = this.nextName();
    const body: string[] = [];
    if (tags !== null) {
      this.use('absent');
      body.push(
        `if ${typeTest('x', 'object')}:`,
        `${I}t = x.get(${pyString(tags.wire)}, _ABSENT)`,
        `${I}if t is _ABSENT:`,
        ...indent(counted(tags.absent), I + I),
        `${I}if t.__class__ is str:`,
        `${I}${I}case = ${this.tagTable(tags, counted)}.get(t)`,
        `${I}${I}if case is not None:`,
        `${I}${I}${I}return case(x)`,
        ...indent(counted(tags.other), I),
      );
    }
    body.push(...(tags !== null && branches.every((b) => this.reach.objectsOnly(b)) ? ['return False'] : counted(branches.map((_, i) => i))));
    return `${this.define(name, indent(body, I), false)}(${v})`;
  }

  /** The table from each tag to the check of the branches it leaves: a branch's own check when it leaves one. */
  private tagTable(tags: TagIndex, counted: (indices: readonly number[]) => string[]): string {
    const entries = [...tags.byTag].map(([tag, indices]) => {
      const lines = counted(indices);
      const single = lines.length === 1 ? /^return (check_\w+)\(x\)$/.exec(lines[0]!) : null;
      if (single !== null) return `${I}${pyString(tag)}: ${single[1]},`;
      const name = this.define(this.nextName(), indent(lines, I), false);
      return `${I}${pyString(tag)}: ${name},`;
    });
    const table = `_tags${this.tables.length}`;
    this.tables.push(`${table}: Dict[str, Callable[[Any], bool]] = {`, ...entries, '}', '');
    this.typing.add('Callable').add('Dict');
    return table;
  }

  /** `v` (a JSON value) equals one of `values`, by JSON equality: the interpreter's enum. */
  private oneOfValues(v: string, values: readonly JsonValue[]): string {
    if (values.every((e) => typeof e === 'string')) return this.oneOfStrings(v, values as string[]);
    this.use('keys');
    return `json_key(${v}) in ${this.constant(`_keys(${pyString(JSON.stringify(values))})`, 'values')}`;
  }

  /**
   * `v` is one of the strings (`v` is a JSON value: == with a str holds for a str only). The
   * literal first, as in every comparison here: pyright narrows Any on `v == "a"`, not on `"a" == v`.
   */
  private oneOfStrings(v: string, values: readonly string[]): string {
    if (values.length === 0) return 'False';
    if (values.length <= INLINE_LITERALS) return values.map((e) => `${pyString(e)} == ${v}`).join(' or ');
    // A list, not a tuple, inside: pyright infers a tuple literal's every element (minutes for a 10,000-value enum).
    return `(${v}.__class__ is str and ${v} in ${this.constant(`frozenset([${values.map(pyString).join(', ')}])`, 'names')})`;
  }

  private equals(v: string, value: JsonValue): string {
    if (typeof value === 'string') return `${pyString(value)} == ${v}`;
    if (value === null) return `None is ${v}`;
    if (typeof value === 'boolean') return `${value ? 'True' : 'False'} is ${v}`;
    if (typeof value === 'number') return `(${typeTest(v, 'number')} and ${number(value)} == ${v})`;
    this.use('keys');
    return `json_key(${v}) in ${this.constant(`_keys(${pyString(JSON.stringify([value]))})`, 'values')}`;
  }
}

// ---- small pieces of code --------------------------------------------------------------------

/**
 * The test that `v` (a value json.loads made) is of a JSON type; bool is its own class, never an
 * int here. `__class__`, not type() or isinstance, and `None is v`: pyright narrows Any on those
 * (to dict[Unknown, Unknown], to Any | None), which strict mode then refuses to read; the value
 * stays Any this way.
 */
function typeTest(v: string, type: string): string {
  switch (type) {
    case 'null':
      return `None is ${v}`;
    case 'integer':
      return `(${v}.__class__ is int or (${v}.__class__ is float and ${v}.is_integer()))`;
    case 'number':
      return `(${v}.__class__ is int or ${v}.__class__ is float)`;
    case 'array':
      return `${v}.__class__ is list`;
    case 'object':
      return `${v}.__class__ is dict`;
    case 'boolean':
      return `${v}.__class__ is bool`;
    case 'string':
      return `${v}.__class__ is str`;
    default:
      return 'False';
  }
}

/** An expression safe after `not` and between `and`s: parenthesized when a boolean operator or a conditional is at its top level. */
function grouped(test: string): string {
  return topLevel(test) ? `(${test})` : test;
}

/** `not test`, written as Python reads best: `is not`, `!=`, `not in` for one comparison. */
function negate(test: string): string {
  if (!topLevel(test)) {
    const comparison = /^([\w.]+|"(?:[^"\\]|\\.)*") (is|==|in) ([\w.]+|"(?:[^"\\]|\\.)*")$/.exec(test);
    if (comparison !== null) return `${comparison[1]} ${comparison[2] === 'is' ? 'is not' : comparison[2] === '==' ? '!=' : 'not in'} ${comparison[3]}`;
  }
  return `not ${grouped(test)}`;
}

/** Whether `and`, `or`, `not` or a conditional stands at the expression's top level (outside parentheses and strings). */
function topLevel(code: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && (i === 0 || c === ' ') && /^ ?(?:and|or|not|if|else) /.test(code.slice(i, i + 6))) return true;
  }
  return false;
}

/** A number as Python reads it back exactly: an integral double as its int, others shortest (checkExactNode let only those through). */
function number(value: JsonValue): string {
  if (typeof value !== 'number' || !exactNumbers(value)) throw new Error(`not a number the Python checks write: ${JSON.stringify(value)}`);
  return pyNumber(Object.is(value, -0) ? 0 : value);
}
