// Compiled checks: each declaration's schema as straight-line TypeScript, `(x: unknown) => boolean`,
// the fast path of is* and parse* (Ajv's approach, done at generation time: no `new Function`, so
// it runs where a Content-Security-Policy forbids eval). The runtime's validator (runtime/schema.ts)
// stays the reference: validate* and the errors of an invalid value are always its own, and a
// compiled check answers exactly what its isValid answers (the official suite checks both, through
// parse*). Which schemas compile, where `$ref`s lead and which member tells an anyOf's branches
// apart are the same for every language: ../shared/schema-reach.ts. An asserted `format`
// (typescript.formats=assert) calls the runtime's own test. Any other declaration keeps the
// runtime's isValid, and is as correct, only slower. An anyOf or oneOf of objects tells its
// branches apart by a tag, as the runtime's BranchTags does (one level of it): a switch on the
// member most branches restrict to strings. The tests compare checks and runtime on every golden.

import type { JsonValue, Model } from '../../model/ir.js';
import { schemaUriOf } from '../../model/validation.js';
import { CheckFunctions } from '../shared/check-functions.js';
import { SchemaReach, registryOf, Unsupported, has, impliedType, indent, typesOf, type Obj } from '../shared/schema-reach.js';
import { quote } from './literals.js';
import { linearProgramText, runsLinear, type PatternPolicy } from '../../regex/index.js';

/** What file.hbs adds to the module: the checks' code, the runtime helpers it imports, and each declaration's check (or none). */
export interface CompiledChecks {
  /** Top-level declarations (constants, then functions), one per line group; empty when nothing compiled. */
  readonly code: string;
  /** What `code` imports from the runtime's modules (imported as $<name>): module path -> names, sorted. */
  readonly imports: ReadonlyMap<string, readonly string[]>;
  /** Declaration id -> the name of its check function, for the declarations compiled. */
  readonly checks: ReadonlyMap<string, string>;
}

/** At most this many literals are compared one by one; more go in a Set. */
const INLINE_LITERALS = 6;
export function compileChecks(model: Model, formatAssertion: boolean, patterns: PatternPolicy = 'linear'): CompiledChecks {
  const reach = new SchemaReach(registryOf(model), checkPattern);
  if (reach.namesKnownSchema()) return { code: '', imports: new Map(), checks: new Map() };
  const compiler = new CheckCompiler(reach, formatAssertion, patterns);
  const checks = new Map<string, string>();
  for (const d of model.declarations) {
    const name = compiler.declaration(schemaUriOf(model, d));
    if (name !== null) checks.set(d.id, name);
  }
  return compiler.result(checks);
}

class CheckCompiler extends CheckFunctions {
  private readonly constants: string[] = [];
  private readonly bodies: string[] = [];
  /** The runtime exports the code uses, by module. */
  private readonly imports = new Map<string, Set<string>>();
  /** Each asserted format's constant (its test in the runtime's FORMATS, or undefined). */
  private readonly formats = new Map<string, string>();
  private readonly regexes = new Map<string, string>();
  constructor(
    reach: SchemaReach,
    private readonly formatAssertion: boolean,
    private readonly patterns: PatternPolicy,
  ) {
    super(reach);
  }

  // ---- the syntax of TypeScript (CheckFunctions) ------------------------------------------------

  protected readonly falseLiteral = 'false';

  protected functionName(n: number): string {
    return `$check${n}`;
  }

  /** $always or $never: the check of a boolean schema, and of a schema that asserts nothing. */
  protected constantName(valid: boolean): string {
    return valid ? '$always' : '$never';
  }

  protected conjunction(parts: readonly string[]): string {
    return parts.join(' && ');
  }

  protected onlyCall(lines: readonly string[]): string | null {
    return lines.length === 1 ? (/^if \(!\((\$check\d+)\(x\)\)\) return false;$/.exec(lines[0]!)?.[1] ?? null) : null;
  }

  protected body(lines: readonly string[]): string[] {
    return [...indent(lines), '  return true;'];
  }

  protected emit(name: string, text: string): void {
    // A body that never reads its value (allOf: [false], say) names it as unused.
    this.bodies.push(`function ${name}(${readsValue(text) ? 'x' : '_x'}: unknown): boolean {`, text, '}', '');
  }

  result(checks: ReadonlyMap<string, string>): CompiledChecks {
    if (checks.size === 0) return { code: '', imports: new Map(), checks };
    const head = [
      ...(this.bodies.some((line) => line.includes('$Members'))
        ? ['/** A JSON object, as the compiled checks read it. */', 'type $Members = { readonly [key: string]: unknown };', '']
        : []),
      ...[true, false].flatMap((valid) =>
        this.constantChecks.has(valid)
          ? [`/** The check of the schema \`${valid}\`. */`, `function ${this.constantName(valid)}(_value: unknown): boolean {`, `  return ${valid};`, '}', '']
          : [],
      ),
    ];
    return {
      code: [...head, ...this.constants, ...(this.constants.length > 0 ? [''] : []), ...this.bodies].join('\n').trimEnd(),
      imports: new Map([...this.imports].sort(([a], [b]) => (a < b ? -1 : 1)).map(([module, names]) => [module, [...names].sort()])),
      checks,
    };
  }

  // ---- emitting ------------------------------------------------------------------------------

  private constant(value: string, prefix = '$value'): string {
    const name = `${prefix}${this.constants.length}`;
    this.constants.push(`const ${name} = ${value};`);
    return name;
  }

  /**
   * A pattern's constant, built once per source (verify() tried it): a RegExp (ECMA-262 with the
   * "u" flag, the runtime's), or the linear-time matcher's LinearPattern where V8 could backtrack
   * super-linearly (the `patterns` option); both search with test().
   */
  private regex(source: JsonValue): string {
    const known = this.regexes.get(source as string);
    if (known !== undefined) return known;
    const text = source as string;
    const value = runsLinear(text, this.patterns)
      ? `new ${this.helper('LinearPattern', './runtime/linear.js')}(${linearProgramText(text)})`
      : `new RegExp(${quote(text)}, 'u')`;
    const name = this.constant(value, '$pattern');
    this.regexes.set(source as string, name);
    return name;
  }

  /** A runtime/schema.ts export (or another module's), imported as $<name> (index.ts keeps its helpers private). */
  private helper(name: string, module = './runtime/schema.js'): string {
    if (!this.imports.has(module)) this.imports.set(module, new Set());
    this.imports.get(module)!.add(name);
    return `$${name}`;
  }

  /** `format` when it asserts: the runtime's test of that name, as its validator reads FORMATS (none: it passes). */
  private format(v: string, name: JsonValue): string {
    if (typeof name !== 'string') return 'true';
    let test = this.formats.get(name);
    if (test === undefined) {
      test = this.constant(`${this.helper('FORMATS', './runtime/formats.js')}[${quote(name)}]`, '$format');
      this.formats.set(name, test);
    }
    return `(${test} === undefined || ${test}(${v}))`;
  }

  /**
   * The leaf keywords of `node` on variable `v` (after type, the others skip their type test);
   * `required` too when `required` (a function checks it among the members, statements()).
   */
  protected leaf(node: Obj, v: string, required: boolean): string[] {
    const parts: string[] = [];
    const types = typesOf(node);
    // enum and const first: compared before the type test narrows `v`, a literal of another type still type-checks.
    if (has(node, 'enum')) parts.push(this.oneOfValues(v, node['enum'] as JsonValue[]));
    if (has(node, 'const')) parts.push(this.equals(v, node['const']!));
    // A scalar type every allowed literal has is implied by them: no test (and no narrowing after it).
    const implied = impliedType(node, types);
    const known = types?.length === 1 && !implied ? types[0]! : null;
    if (types !== null && !implied) parts.push(types.length === 1 ? typeTest(v, types[0]!) : `(${types.map((t) => typeTest(v, t)).join(' || ')})`);
    const is = (type: 'string' | 'number' | 'array' | 'object', test: string): string => {
      const sure = known === type || (type === 'number' && known === 'integer');
      return sure ? test : `(${notType(v, type)} || ${test})`;
    };
    if (has(node, 'multipleOf')) parts.push(is('number', `${this.helper('isMultipleOf')}(${v} as number, ${number(node['multipleOf']!)})`));
    for (const [k, op] of [
      ['maximum', '<='],
      ['exclusiveMaximum', '<'],
      ['minimum', '>='],
      ['exclusiveMinimum', '>'],
    ] as const)
      if (has(node, k)) parts.push(is('number', `(${v} as number) ${op} ${number(node[k]!)}`));
    if (has(node, 'maxLength')) {
      const n = number(node['maxLength']!);
      parts.push(is('string', `((${v} as string).length <= ${n} || ${this.helper('codePoints')}(${v} as string) <= ${n})`));
    }
    if (has(node, 'minLength')) {
      const n = node['minLength'] as number;
      // A string of 2n code units has at least n code points: only shorter ones are counted.
      if (n > 0) parts.push(is('string', `((${v} as string).length >= ${number(2 * n)} || ${this.helper('codePoints')}(${v} as string) >= ${number(n)})`));
    }
    if (has(node, 'pattern')) parts.push(is('string', `${this.regex(node['pattern']!)}.test(${v} as string)`));
    if (has(node, 'format') && this.formatAssertion) parts.push(this.format(v, node['format']!));
    if (has(node, 'maxItems')) parts.push(is('array', `(${v} as unknown[]).length <= ${number(node['maxItems']!)}`));
    if (has(node, 'minItems')) parts.push(is('array', `(${v} as unknown[]).length >= ${number(node['minItems']!)}`));
    if (node['uniqueItems'] === true) parts.push(is('array', `${this.helper('allUnique')}(${v} as unknown[])`));
    if (has(node, 'maxProperties')) parts.push(is('object', `Object.keys(${v} as object).length <= ${number(node['maxProperties']!)}`));
    if (has(node, 'minProperties')) parts.push(is('object', `Object.keys(${v} as object).length >= ${number(node['minProperties']!)}`));
    if (required && has(node, 'required')) {
      const names = node['required'] as string[];
      if (names.length > 0) parts.push(is('object', names.map((name) => this.present(v, name)).join(' && ')));
    }
    if (has(node, 'dependentRequired')) {
      for (const [prop, needs] of Object.entries(node['dependentRequired'] as Obj)) {
        const needed = (needs as string[]).map((need) => hasOwn(v, need));
        if (needed.length > 0) parts.push(is('object', `(!${hasOwn(v, prop)} || (${needed.join(' && ')}))`));
      }
    }
    return parts;
  }

  /** The statements of `node`'s function on variable `v`: each returns false when its keyword fails. */
  protected statements(node: Obj, v: string): string[] {
    const lines: string[] = [];
    const fails = (test: string): void => void lines.push(`if (!(${test})) return false;`);
    if (has(node, '$ref')) {
      const target = this.check(this.reach.target(node), v);
      if (target !== null) fails(target);
    }
    for (const part of this.leaf(node, v, false)) fails(part);
    const types = has(node, 'type') ? (Array.isArray(node['type']) ? node['type'] : [node['type']]) : [];
    const knownArray = types.length === 1 && types[0] === 'array';
    const knownObject = types.length === 1 && types[0] === 'object';
    const arrayLines = this.arrayStatements(node, v);
    if (arrayLines.length > 0) lines.push(...(knownArray ? arrayLines : [`if (Array.isArray(${unknown(v)})) {`, ...indent(arrayLines), '}']));
    const objectLines = this.objectStatements(node, 'o');
    if (objectLines.length > 0) {
      const body = [`const o = ${v} as $Members;`, ...objectLines];
      lines.push(...(knownObject ? body : [`if (${typeTest(v, 'object')}) {`, ...indent(body), '}']));
    }
    for (const sub of has(node, 'allOf') ? (node['allOf'] as JsonValue[]) : []) {
      const test = this.check(sub, v);
      if (test !== null) fails(test);
    }
    for (const k of ['anyOf', 'oneOf'] as const) if (has(node, k)) fails(this.combinator(k, node[k] as JsonValue[], v));
    if (has(node, 'not')) {
      const test = this.check(node['not']!, v);
      lines.push(test === null ? 'return false;' : `if (${test}) return false;`);
    }
    if (has(node, 'if')) {
      const then = has(node, 'then') ? this.check(node['then']!, v) : null;
      const otherwise = has(node, 'else') ? this.check(node['else']!, v) : null;
      // Without then or else, `if` decides nothing: its code is not emitted (nothing would read it).
      if (then !== null || otherwise !== null) fails(`${this.check(node['if']!, v) ?? 'true'} ? ${then ?? 'true'} : ${otherwise ?? 'true'}`);
    }
    return lines;
  }

  private arrayStatements(node: Obj, v: string): string[] {
    const lines: string[] = [];
    const prefix = has(node, 'prefixItems') ? (node['prefixItems'] as JsonValue[]) : [];
    prefix.forEach((sub, i) => {
      const test = this.check(sub, 'e');
      if (test === 'false') lines.push(`if ((${v} as unknown[]).length > ${i}) return false;`);
      else if (test !== null)
        lines.push(`if ((${v} as unknown[]).length > ${i}) {`, `  const e = (${v} as unknown[])[${i}];`, `  if (!(${test})) return false;`, '}');
    });
    if (has(node, 'items')) {
      const test = this.check(node['items']!, 'e');
      if (test === 'false') lines.push(`if ((${v} as unknown[]).length > ${prefix.length}) return false;`);
      else if (test !== null && prefix.length === 0) lines.push(`for (const e of ${v} as unknown[]) if (!(${test})) return false;`);
      else if (test !== null)
        lines.push(
          `for (let i = ${prefix.length}; i < (${v} as unknown[]).length; i++) {`,
          `  const e = (${v} as unknown[])[i];`,
          `  if (!(${test})) return false;`,
          '}',
        );
    }
    if (has(node, 'contains')) {
      const min = typeof node['minContains'] === 'number' ? node['minContains'] : 1;
      const max = typeof node['maxContains'] === 'number' ? node['maxContains'] : null;
      const test = this.check(node['contains']!, 'e');
      const count = test === null ? `(${v} as unknown[]).length` : test === 'false' ? '0' : 'matched';
      lines.push(
        '{',
        ...(count === 'matched' ? ['  let matched = 0;', `  for (const e of ${v} as unknown[]) if (${test}) matched++;`] : []),
        `  if (${count} < ${number(min)}${max === null ? '' : ` || ${count} > ${number(max)}`}) return false;`,
        '}',
      );
    }
    return lines;
  }

  /** The keywords about members, on `o` (the object, typed $Members). */
  private objectStatements(node: Obj, o: string): string[] {
    const lines: string[] = [];
    const required = has(node, 'required') ? (node['required'] as string[]) : [];
    if (required.length > 0)
      lines.push(
        `if (${required.map((name) => `${o}[${quote(name)}] === undefined${name in Object.prototype ? ` || !${hasOwn(o, name)}` : ''}`).join(' || ')}) return false;`,
      );
    if (has(node, 'properties')) {
      for (const [name, sub] of Object.entries(node['properties'] as Obj)) {
        const test = this.check(sub, 'p');
        if (test === null) continue;
        const inherited = name in Object.prototype;
        lines.push(`{ const p = ${o}[${quote(name)}]; if (p !== undefined${inherited ? ` && ${hasOwn(o, name)}` : ''} && !(${test})) return false; }`);
      }
    }
    // Each pattern's RegExp constant is made where a line uses it (a `true` subschema needs none).
    const patterns = has(node, 'patternProperties') ? Object.entries(node['patternProperties'] as Obj) : [];
    const memberLoop = (body: string[]): void => void lines.push(`for (const k of Object.keys(${o})) {`, ...indent(body), '}');
    if (patterns.length > 0) {
      const body: string[] = [];
      for (const [pattern, sub] of patterns) {
        const test = this.check(sub, 'p');
        if (test === 'false') body.push(`if (${this.regex(pattern)}.test(k)) return false;`);
        else if (test !== null) body.push(`if (${this.regex(pattern)}.test(k) && !(${test})) return false;`);
      }
      // The member's value is read once, when a test reads it.
      if (body.length > 0) memberLoop([...(body.some((line) => line.includes('&& !(')) ? [`const p = ${o}[k];`] : []), ...body]);
    }
    if (has(node, 'additionalProperties')) {
      const sub = node['additionalProperties']!;
      const test = this.check(sub, 'p');
      if (test !== null) {
        const declared = has(node, 'properties') ? Object.keys(node['properties'] as Obj) : [];
        const skip = [...(declared.length > 0 ? [this.oneOfValues('k', declared)] : []), ...patterns.map(([pattern]) => `${this.regex(pattern)}.test(k)`)];
        if (test === 'false' && skip.length === 0) lines.push(`if (Object.keys(${o}).length > 0) return false;`);
        else {
          const body = [...(skip.length > 0 ? [`if (${skip.join(' || ')}) continue;`] : [])];
          body.push(test === 'false' ? 'return false;' : `const p = ${o}[k];`, ...(test === 'false' ? [] : [`if (!(${test})) return false;`]));
          memberLoop(body);
        }
      }
    }
    if (has(node, 'propertyNames')) {
      // The name as an unknown: the subschema's casts then type-check whatever it asserts.
      const test = this.check(node['propertyNames']!, 'name');
      if (test === 'false') lines.push(`if (Object.keys(${o}).length > 0) return false;`);
      else if (test !== null) memberLoop(['const name: unknown = k;', `if (!(${test})) return false;`]);
    }
    const dependent: [string, JsonValue][] = [
      ...Object.entries(has(node, 'dependentSchemas') ? (node['dependentSchemas'] as Obj) : {}),
      ...Object.entries(has(node, 'dependencies') ? (node['dependencies'] as Obj) : {}),
    ];
    for (const [prop, dep] of dependent) {
      const test = Array.isArray(dep) ? (dep.length === 0 ? null : (dep as string[]).map((need) => hasOwn(o, need)).join(' && ')) : this.check(dep, 'x');
      if (test !== null) lines.push(`if (${hasOwn(o, prop)} && !(${test})) return false;`);
    }
    return lines;
  }

  /**
   * anyOf / oneOf on `v`: the branches an object's tag leaves (SchemaReach.tags), each list counted as
   * the keyword counts; a function of its own when there is a tag to switch on.
   */
  private combinator(k: 'anyOf' | 'oneOf', branches: readonly JsonValue[], v: string): string {
    // One branch is that branch's check, whichever the keyword.
    if (branches.length === 1) return this.check(branches[0]!, v) ?? 'true';
    // A branch's check is built where a list uses it: one the tag leaves out everywhere emits nothing.
    const built: (string | undefined)[] = [];
    const test = (i: number): string => (built[i] ??= this.check(branches[i]!, 'x') ?? 'true');
    const all = branches.map((_, i) => i);
    const counted = (indices: readonly number[]): string[] => {
      if (k === 'anyOf') return [`return ${indices.length === 0 ? 'false' : indices.map(test).join(' || ')};`];
      if (indices.length <= 1) return [`return ${indices.length === 0 ? 'false' : test(indices[0]!)};`];
      return ['{', '  let passed = 0;', ...indices.map((i) => `  if (${test(i)} && ++passed > 1) return false;`), '  return passed === 1;', '}'];
    };
    const tags = this.reach.tags(branches);
    const name = this.nextName();
    const body: string[] = [];
    if (tags !== null) {
      const cases = [...tags.byTag].flatMap(([tag, indices]) => [`case ${quote(tag)}:`, ...indent(counted(indices))]);
      // A member read as undefined, or not the object's own, is absent (the runtime's BranchTags.candidates).
      // `members`, not a narrowed x: a branch may compare x with a string.
      body.push(
        "const members = typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as $Members) : null;",
        'if (members !== null) {',
        `  const t = members[${quote(tags.wire)}];`,
        `  if (t === undefined || !${hasOwn('x', tags.wire)}) {`,
        ...indent(indent(counted(tags.absent))),
        '  }',
        "  if (typeof t === 'string') {",
        '    switch (t) {',
        ...indent(indent(indent(cases))),
        '    }',
        '  }',
        ...indent(counted(tags.other)),
        '}',
      );
    }
    // Without a tag, every branch; after the tag's switch, a value that is not an object: every branch, unless none takes one.
    body.push(...counted(tags !== null && branches.every((b) => this.reach.objectsOnly(b)) ? [] : all));
    return `${this.define(name, indent(body), false)}(${v})`;
  }

  /** `v` equals one of `values` (JSON equality: literals by ===, objects and arrays deeply). */
  private oneOfValues(v: string, values: readonly JsonValue[]): string {
    const scalars = values.filter((e) => typeof e !== 'object' || e === null);
    const compounds = values.filter((e) => typeof e === 'object' && e !== null);
    const scalarTest =
      scalars.length === 0
        ? 'false'
        : scalars.length <= INLINE_LITERALS
          ? `(${scalars.map((e) => `${unknown(v)} === ${scalarLiteral(e)}`).join(' || ')})`
          : `${this.constant(`new Set<unknown>([${scalars.map(scalarLiteral).join(', ')}])`, '$values')}.has(${v})`;
    if (compounds.length === 0) return scalarTest;
    const compoundTest = compounds
      .map((e) => `${this.helper('jsonEqual')}(${v}, ${this.constant(`JSON.parse(${quote(JSON.stringify(e))}) as unknown`)})`)
      .join(' || ');
    return `(typeof ${unknown(v)} === 'object' && ${unknown(v)} !== null ? ${compoundTest} : ${scalarTest})`;
  }

  private equals(v: string, value: JsonValue): string {
    if (typeof value !== 'object' || value === null) return `${unknown(v)} === ${scalarLiteral(value)}`;
    return `${this.helper('jsonEqual')}(${v}, ${this.constant(`JSON.parse(${quote(JSON.stringify(value))}) as unknown`)})`;
  }

  /** `required`'s presence: a member read as undefined is absent (the runtime's `present`). */
  private present(v: string, name: string): string {
    const read = `(${v} as $Members)[${quote(name)}] !== undefined`;
    return name in Object.prototype ? `(${read} && ${hasOwn(v, name)})` : read;
  }
}

// ---- small pieces of code --------------------------------------------------------------------

/**
 * `v` as a value no test narrows: every test reads `(v as unknown)` and every typed use casts, so
 * a schema whose keywords contradict its type (`"type": "integer", "maxLength": 5`), or branches
 * joined by `||`, still type-check (a narrowed `never` has no `.length`).
 */
function unknown(v: string): string {
  return `(${v} as unknown)`;
}

function typeTest(variable: string, type: string): string {
  const v = unknown(variable);
  switch (type) {
    case 'null':
      return `${v} === null`;
    case 'integer':
      return `(typeof ${v} === 'number' && Number.isInteger(${v}))`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'object':
      return `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`;
    case 'boolean':
    case 'string':
    case 'number':
      return `typeof ${v} === '${type}'`;
    default:
      return 'false';
  }
}

/** The test that `v` is not of a type (a keyword of that type passes then). */
function notType(variable: string, type: 'string' | 'number' | 'array' | 'object'): string {
  const v = unknown(variable);
  if (type === 'array') return `!Array.isArray(${v})`;
  if (type === 'object') return `typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`;
  return `typeof ${v} !== '${type}'`;
}

/** Whether generated code reads the variable x (outside its string literals). */
function readsValue(code: string): boolean {
  return /\bx\b/.test(code.replace(/'(?:[^'\\]|\\.)*'/g, "''"));
}

function hasOwn(v: string, name: string): string {
  return `Object.prototype.hasOwnProperty.call(${v}, ${quote(name)})`;
}

function scalarLiteral(value: JsonValue): string {
  return typeof value === 'string' ? quote(value) : number(value as number | boolean | null);
}

/** A number (or true, false, null) as JavaScript reads it back: the double JSON.parse gave. */
function number(value: JsonValue): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Unsupported();
  return Object.is(value, -0) ? '0' : String(value);
}

/** A pattern the engine cannot compile stays the runtime's (which refuses it when the schema is used). */
function checkPattern(source: JsonValue): void {
  if (typeof source !== 'string') throw new Unsupported();
  try {
    new RegExp(source, 'u'); // eslint-disable-line no-new -- only whether it compiles
  } catch {
    throw new Unsupported();
  }
}
