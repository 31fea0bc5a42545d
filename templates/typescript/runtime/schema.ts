// A JSON Schema draft 2020-12 validator: the schema itself (with the documents it references) is
// compiled once into closures, one per keyword, in a fixed order; validating runs them. Two
// modes: `isValid` stops at the first failure and builds no text; `validate` reports every error
// with its instance location, keyword location and message (the same set, in the same order, as
// the Python, C# and Java runtimes report: see the error contract in ARCHITECTURE.md). The
// module's compiled checks (index.ts, from generator/targets/typescript/checks.ts) import its
// exported helpers (jsonEqual, allUnique, codePoints, isMultipleOf), so that both read JSON alike.

import { resolveUri, splitFragment } from './uri.js';
import { FORMATS } from './formats.js';
import { LinearPattern, type LinearProgram } from './linear.js';

export interface SchemaError {
  readonly instanceLocation: string;
  readonly keywordLocation: string;
  readonly message: string;
}

export interface SchemaSetup {
  /** Documents `$ref` may name, by absolute URI (their own `$id`s are found too). */
  readonly documents?: Readonly<Record<string, unknown>>;
  /** Patterns as this engine writes them, by their ECMA-262 source (null: refused); absent: the source. */
  readonly patterns?: Readonly<Record<string, string | null>>;
  /** Patterns the linear-time matcher runs (./linear.ts), by their ECMA-262 source: their programs (V8 could backtrack super-linearly on them). */
  readonly linearPatterns?: Readonly<Record<string, LinearProgram>>;
  /** Whether `format` asserts (default: an annotation, as 2020-12 says). */
  readonly formatAssertion?: boolean;
}

type Obj = { readonly [key: string]: unknown };
type Errors = SchemaError[] | null;

/** What a passing schema evaluated of an object or array, for unevaluated*: names / indexes, or all. */
interface Seen {
  props: Set<string> | true | null;
  items: Set<number> | true | null;
}

/** The dynamic scope: the schema resources evaluation has entered, innermost first. */
interface Scope {
  readonly base: string;
  readonly parent: Scope | null;
}

type Check = (x: unknown, iloc: string, kloc: string, scope: Scope, seen: Seen | null, errors: Errors) => boolean;

interface Compiled {
  base: string;
  checks: Check[];
  /** Whether annotations must be collected below this node (it has unevaluated*). */
  collects: boolean;
}

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const escapeToken = (token: string): string => (token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token);
const fail = (errors: Errors, iloc: string, kloc: string, message: string): false => {
  if (errors !== null) errors.push({ instanceLocation: iloc, keywordLocation: kloc, message });
  return false;
};

export class SchemaValidator {
  private readonly resources = new Map<string, unknown>();
  private readonly anchors = new Map<string, unknown>();
  private readonly dynamicAnchors = new Set<string>();
  private readonly bases = new Map<object, string>();
  /** The vocabularies a schema's meta-schema declares (`$vocabulary`), where it declares any. */
  private readonly vocabularies = new Map<object, ReadonlySet<string>>();
  private readonly compiled = new Map<object, Compiled>();
  private readonly patterns: Readonly<Record<string, string | null>>;
  private readonly linearPatterns: ReadonlyMap<string, LinearProgram>;
  private readonly formatAssertion: boolean;
  private readonly TRUE: Compiled = { base: '', checks: [], collects: false };
  private readonly FALSE: Compiled = {
    base: '',
    checks: [(_x, iloc, kloc, _s, _seen, errors) => fail(errors, iloc, kloc, 'boolean schema is false')],
    collects: false,
  };

  constructor(setup: SchemaSetup = {}) {
    this.patterns = setup.patterns ?? {};
    this.linearPatterns = new Map(Object.entries(setup.linearPatterns ?? {}));
    this.formatAssertion = setup.formatAssertion ?? false;
    for (const [uri, document] of Object.entries(setup.documents ?? {})) this.addDocument(uri, document);
  }

  /** Makes `document` known by `uri` (and by its own `$id`s). */
  addDocument(uri: string, document: unknown): void {
    const base = splitFragment(uri)[0];
    this.resources.set(base, document);
    this.register(document, base);
  }

  /** The validator of the schema at `uri` (a document's URI, with a JSON pointer or anchor fragment). Throws when it cannot be compiled. */
  schema(uri: string): { isValid(x: unknown): boolean; validate(x: unknown): SchemaError[] } {
    const [node, base] = this.locate(uri);
    const c = this.compile(node, base);
    const scope: Scope = { base: c.base, parent: null };
    return {
      isValid: (x) => this.run(c, x, '', '', scope, null, null),
      validate: (x) => {
        const errors: SchemaError[] = [];
        this.run(c, x, '', '', scope, null, errors);
        return errors;
      },
    };
  }

  // ---- documents: resources, anchors, bases --------------------------------------------------

  private register(node: unknown, base: string, vocabularies: ReadonlySet<string> | null = null): void {
    if (!isObject(node)) return;
    if (typeof node['$id'] === 'string') {
      base = splitFragment(resolveUri(base, node['$id']))[0];
      this.resources.set(base, node);
    }
    this.bases.set(node, base);
    if (typeof node['$schema'] === 'string') vocabularies = this.declaredVocabularies(node['$schema']) ?? vocabularies;
    if (vocabularies !== null) this.vocabularies.set(node, vocabularies);
    if (typeof node['$anchor'] === 'string') this.anchors.set(`${base}#${node['$anchor']}`, node);
    if (typeof node['$dynamicAnchor'] === 'string') {
      this.anchors.set(`${base}#${node['$dynamicAnchor']}`, node);
      this.dynamicAnchors.add(`${base}#${node['$dynamicAnchor']}`);
    }
    for (const key of ONE_SCHEMA) this.register(node[key], base, vocabularies);
    for (const key of SCHEMA_ARRAYS) if (Array.isArray(node[key])) for (const child of node[key] as unknown[]) this.register(child, base, vocabularies);
    for (const key of SCHEMA_MAPS) if (isObject(node[key])) for (const child of Object.values(node[key] as Obj)) this.register(child, base, vocabularies);
  }

  /** The `$vocabulary` keys of a known meta-schema, or null (unknown, or it declares none: everything applies). */
  private declaredVocabularies(metaSchema: string): ReadonlySet<string> | null {
    const meta = this.resources.get(splitFragment(metaSchema)[0]);
    return isObject(meta) && isObject(meta['$vocabulary']) ? new Set(Object.keys(meta['$vocabulary'])) : null;
  }

  /** The schema a URI names, and its base URI. */
  private locate(uri: string): [unknown, string] {
    const [resource, fragment] = splitFragment(uri);
    if (!this.resources.has(resource)) throw new Error(`cannot resolve ${JSON.stringify(uri)}: no document ${JSON.stringify(resource)}`);
    let node = this.resources.get(resource);
    let base = resource;
    if (fragment === '') return [node, base];
    if (!fragment.startsWith('/')) {
      if (!this.anchors.has(`${resource}#${fragment}`)) throw new Error(`cannot resolve ${JSON.stringify(uri)}: no anchor ${JSON.stringify(fragment)}`);
      node = this.anchors.get(`${resource}#${fragment}`);
      return [node, this.bases.get(node as object) ?? base];
    }
    for (const raw of fragment.slice(1).split('/')) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token) && Number(token) < node.length) node = node[Number(token)];
      else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
      else throw new Error(`cannot resolve ${JSON.stringify(uri)}: no ${JSON.stringify(token)} there`);
      if (isObject(node)) base = this.bases.get(node) ?? base;
    }
    return [node, base];
  }

  // ---- compiling -----------------------------------------------------------------------------

  private compile(node: unknown, base: string): Compiled {
    if (node === true) return this.TRUE;
    if (node === false) return this.FALSE;
    if (!isObject(node)) throw new Error(`not a schema: ${JSON.stringify(node)}`);
    const done = this.compiled.get(node);
    if (done !== undefined) return done;
    const own = this.bases.get(node) ?? base;
    const c: Compiled = { base: own, checks: [], collects: 'unevaluatedProperties' in node || 'unevaluatedItems' in node };
    this.compiled.set(node, c); // before the children: a schema may reach itself through $ref
    const vocabularies = this.vocabularies.get(node);
    for (const keyword of KEYWORDS) {
      if (!(keyword in node)) continue;
      if (vocabularies !== undefined && VALIDATION_KEYWORDS.has(keyword) && !vocabularies.has(`${VOCABULARY}validation`)) continue;
      const check = this.keyword(keyword, node, own, this.formatAssertion || (vocabularies?.has(`${VOCABULARY}format-assertion`) ?? false));
      if (check !== null) c.checks.push(check);
    }
    return c;
  }

  private sub(node: Obj, base: string, ...path: (string | number)[]): Compiled {
    let child: unknown = node;
    for (const p of path) child = (child as Obj)[p as string];
    return this.compile(child, base);
  }

  /** Evaluates one compiled schema; `seen` (when given) receives what it evaluated, if it passes. */
  run(c: Compiled, x: unknown, iloc: string, kloc: string, scope: Scope, seen: Seen | null, errors: Errors): boolean {
    if (c.base !== '' && c.base !== scope.base) scope = { base: c.base, parent: scope };
    const own: Seen | null = seen !== null || c.collects ? { props: null, items: null } : null;
    let valid = true;
    for (const check of c.checks) {
      if (!check(x, iloc, kloc, scope, own, errors)) {
        valid = false;
        if (errors === null) return false;
      }
    }
    if (valid && seen !== null && own !== null) mergeSeen(seen, own);
    return valid;
  }

  // eslint-disable-next-line max-lines-per-function -- one case per keyword reads best as one table
  private keyword(k: string, s: Obj, base: string, formatAssertion: boolean): Check | null {
    const v = s[k];
    const num = (n: unknown): string => String(n);
    switch (k) {
      case '$ref':
      case '$dynamicRef': {
        const uri = resolveUri(base, v as string);
        const [node, nodeBase] = this.locate(uri);
        const target = this.compile(node, nodeBase);
        const fragment = splitFragment(uri)[1];
        const dynamic = k === '$dynamicRef' && this.dynamicAnchors.has(`${splitFragment(uri)[0]}#${fragment}`);
        return (x, iloc, kloc, scope, seen, errors) => {
          const to = dynamic ? this.dynamicTarget(scope, fragment, target) : target;
          return this.run(to, x, iloc, errors === null ? '' : `${kloc}/${k}`, scope, seen, errors);
        };
      }
      case 'type': {
        const types = Array.isArray(v) ? (v as string[]) : [v as string];
        const message = `must be ${types.join(',')}`;
        const only = types.length === 1 ? types[0]! : null; // the usual case, without a closure per call
        if (only !== null) return (x, iloc, kloc, _s, _seen, errors) => hasType(x, only) || fail(errors, iloc, `${kloc}/type`, message);
        return (x, iloc, kloc, _s, _seen, errors) => types.some((t) => hasType(x, t)) || fail(errors, iloc, `${kloc}/type`, message);
      }
      case 'enum': {
        // Strings, numbers, booleans and null are JSON-equal exactly when === (a Set's lookup); arrays and objects are compared deeply.
        const values = v as unknown[];
        const scalars = new Set(values.filter((e) => typeof e !== 'object' || e === null));
        const compounds = values.filter((e) => typeof e === 'object' && e !== null);
        return (x, iloc, kloc, _s, _seen, errors) =>
          (typeof x !== 'object' || x === null ? scalars.has(x) : compounds.some((e) => jsonEqual(e, x))) ||
          fail(errors, iloc, `${kloc}/enum`, 'must be equal to one of the allowed values');
      }
      case 'const':
        return (x, iloc, kloc, _s, _seen, errors) => jsonEqual(v, x) || fail(errors, iloc, `${kloc}/const`, 'must be equal to constant');
      case 'multipleOf': {
        const message = `must be multiple of ${num(v)}`;
        return (x, iloc, kloc, _s, _seen, errors) => typeof x !== 'number' || isMultipleOf(x, v as number) || fail(errors, iloc, `${kloc}/multipleOf`, message);
      }
      case 'maximum':
      case 'exclusiveMaximum':
      case 'minimum':
      case 'exclusiveMinimum': {
        const bound = v as number;
        const [test, op] = BOUNDS[k]!;
        const message = `must be ${op} ${num(bound)}`;
        return (x, iloc, kloc, _s, _seen, errors) => typeof x !== 'number' || test(x, bound) || fail(errors, iloc, `${kloc}/${k}`, message);
      }
      case 'maxLength':
      case 'minLength': {
        const n = v as number;
        const max = k === 'maxLength';
        const message = `must NOT have ${max ? 'more' : 'fewer'} than ${num(n)} characters`;
        return (x, iloc, kloc, _s, _seen, errors) =>
          typeof x !== 'string' || (max ? codePoints(x) <= n : codePoints(x) >= n) || fail(errors, iloc, `${kloc}/${k}`, message);
      }
      case 'pattern': {
        const re = this.regex(v as string);
        const message = `must match pattern "${v as string}"`;
        return (x, iloc, kloc, _s, _seen, errors) => typeof x !== 'string' || re.test(x) || fail(errors, iloc, `${kloc}/pattern`, message);
      }
      case 'format': {
        const test = formatAssertion ? FORMATS[v as string] : undefined;
        if (test === undefined) return null;
        const message = `must match format "${v as string}"`;
        return (x, iloc, kloc, _s, _seen, errors) => test(x) || fail(errors, iloc, `${kloc}/format`, message);
      }
      case 'maxItems':
      case 'minItems': {
        const n = v as number;
        const max = k === 'maxItems';
        const message = `must NOT have ${max ? 'more' : 'fewer'} than ${num(n)} items`;
        return (x, iloc, kloc, _s, _seen, errors) => !Array.isArray(x) || (max ? x.length <= n : x.length >= n) || fail(errors, iloc, `${kloc}/${k}`, message);
      }
      case 'uniqueItems':
        if (v !== true) return null;
        return (x, iloc, kloc, _s, _seen, errors) =>
          !Array.isArray(x) || allUnique(x) || fail(errors, iloc, `${kloc}/uniqueItems`, 'must NOT have duplicate items');
      case 'prefixItems':
        return this.prefixItems(s, base);
      case 'items':
        return this.items(s, base);
      case 'contains':
        return this.contains(s, base);
      case 'maxProperties':
      case 'minProperties': {
        const n = v as number;
        const max = k === 'maxProperties';
        const message = `must NOT have ${max ? 'more' : 'fewer'} than ${num(n)} properties`;
        return (x, iloc, kloc, _s, _seen, errors) => {
          if (!isObject(x)) return true;
          const count = Object.keys(x).length;
          return (max ? count <= n : count >= n) || fail(errors, iloc, `${kloc}/${k}`, message);
        };
      }
      case 'required': {
        const names = (v as string[]).map((name) => ({ name, inherited: name in Object.prototype }));
        return (x, iloc, kloc, _s, _seen, errors) => {
          if (!isObject(x)) return true;
          let ok = true;
          for (const { name, inherited } of names) {
            if (present(x, name, inherited)) continue;
            ok = fail(errors, iloc, `${kloc}/required`, `must have required property '${name}'`);
            if (errors === null) return false;
          }
          return ok;
        };
      }
      case 'dependentRequired': {
        const deps = Object.entries(v as Record<string, string[]>);
        return (x, iloc, kloc, _s, _seen, errors) => {
          if (!isObject(x)) return true;
          let ok = true;
          for (const [prop, needs] of deps) {
            if (!has(x, prop)) continue;
            for (const need of needs) {
              if (has(x, need)) continue;
              ok = fail(errors, iloc, `${kloc}/dependentRequired`, `must have property ${need} when property ${prop} is present`);
              if (errors === null) return false;
            }
          }
          return ok;
        };
      }
      case 'properties':
      case 'patternProperties':
      case 'additionalProperties':
        return this.properties(k, s, base);
      case 'propertyNames': {
        const names = this.sub(s, base, 'propertyNames');
        return (x, iloc, kloc, scope, _seen, errors) => {
          if (!isObject(x)) return true;
          for (const name of Object.keys(x)) {
            if (!this.run(names, name, iloc, `${kloc}/propertyNames`, scope, null, null))
              return fail(errors, iloc, `${kloc}/propertyNames`, `property name '${name}' is invalid`);
          }
          return true;
        };
      }
      case 'dependencies':
        return this.dependencies(s, base);
      case 'dependentSchemas': {
        const deps = Object.keys(v as Obj).map((prop) => [prop, this.sub(s, base, 'dependentSchemas', prop)] as const);
        return (x, iloc, kloc, scope, seen, errors) => {
          if (!isObject(x)) return true;
          let ok = true;
          for (const [prop, schema] of deps) {
            if (!has(x, prop)) continue;
            if (!this.run(schema, x, iloc, `${kloc}/dependentSchemas/${escapeToken(prop)}`, scope, seen, errors)) {
              ok = false;
              if (errors === null) return false;
            }
          }
          return ok;
        };
      }
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        return this.combinator(k, s, base);
      case 'not': {
        const not = this.sub(s, base, 'not');
        return (x, iloc, kloc, scope, _seen, errors) =>
          !this.run(not, x, iloc, `${kloc}/not`, scope, null, null) || fail(errors, iloc, `${kloc}/not`, 'must NOT be valid');
      }
      case 'if':
        return this.conditional(s, base);
      case 'unevaluatedItems':
      case 'unevaluatedProperties':
        return this.unevaluated(k, s, base);
      default:
        return null;
    }
  }

  /** `dependencies` (draft 7, still read by 2020-12 validators for compatibility): arrays require, schemas apply. */
  private dependencies(s: Obj, base: string): Check {
    const deps = Object.entries(s['dependencies'] as Obj).map(([prop, dep]) =>
      Array.isArray(dep) ? ([prop, dep as string[], null] as const) : ([prop, null, this.sub(s, base, 'dependencies', prop)] as const),
    );
    return (x, iloc, kloc, scope, seen, errors) => {
      if (!isObject(x)) return true;
      let ok = true;
      for (const [prop, needs, schema] of deps) {
        if (!has(x, prop)) continue;
        const at = `${kloc}/dependencies/${escapeToken(prop)}`;
        // The array form fails as dependentRequired does, at the keyword; the schema form's errors are the subschema's.
        for (const need of needs ?? []) if (!has(x, need)) ok = fail(errors, iloc, `${kloc}/dependencies`, `must have property ${need} when property ${prop} is present`);
        if (schema !== null && !this.run(schema, x, iloc, at, scope, seen, errors)) ok = false;
        if (!ok && errors === null) return false;
      }
      return ok;
    };
  }

  private dynamicTarget(scope: Scope, anchor: string, fallback: Compiled): Compiled {
    const outerFirst: string[] = [];
    for (let s: Scope | null = scope; s !== null; s = s.parent) outerFirst.unshift(s.base);
    for (const base of outerFirst) {
      const key = `${base}#${anchor}`;
      if (this.dynamicAnchors.has(key)) {
        const node = this.anchors.get(key);
        return this.compile(node, this.bases.get(node as object) ?? base);
      }
    }
    return fallback;
  }

  private regex(source: string): { test(text: string): boolean } {
    const program = this.linearPatterns.get(source);
    if (program !== undefined) return new LinearPattern(program);
    const translated = source in this.patterns ? this.patterns[source] : source;
    if (translated === null || translated === undefined) throw new Error(`pattern ${JSON.stringify(source)} is refused`);
    return new RegExp(translated, 'u');
  }

  private prefixItems(s: Obj, base: string): Check {
    const schemas = (s['prefixItems'] as unknown[]).map((_, i) => this.sub(s, base, 'prefixItems', i));
    return (x, iloc, kloc, scope, seen, errors) => {
      if (!Array.isArray(x)) return true;
      let ok = true;
      const n = Math.min(schemas.length, x.length);
      for (let i = 0; i < n; i++) {
        if (!this.run(schemas[i]!, x[i], errors === null ? '' : `${iloc}/${i}`, errors === null ? '' : `${kloc}/prefixItems/${i}`, scope, null, errors)) {
          ok = false;
          if (errors === null) return false;
        }
      }
      if (ok && seen !== null) markItems(seen, n);
      return ok;
    };
  }

  private items(s: Obj, base: string): Check {
    const schema = this.sub(s, base, 'items');
    const start = Array.isArray(s['prefixItems']) ? (s['prefixItems'] as unknown[]).length : 0;
    return (x, iloc, kloc, scope, seen, errors) => {
      if (!Array.isArray(x)) return true;
      let ok = true;
      for (let i = start; i < x.length; i++) {
        if (!this.run(schema, x[i], errors === null ? '' : `${iloc}/${i}`, errors === null ? '' : `${kloc}/items`, scope, null, errors)) {
          ok = false;
          if (errors === null) return false;
        }
      }
      if (ok && seen !== null) seen.items = true;
      return ok;
    };
  }

  private contains(s: Obj, base: string): Check {
    const schema = this.sub(s, base, 'contains');
    const min = typeof s['minContains'] === 'number' ? (s['minContains'] as number) : 1;
    const max = typeof s['maxContains'] === 'number' ? (s['maxContains'] as number) : Infinity;
    const minKeyword = 'minContains' in s ? 'minContains' : 'contains';
    return (x, iloc, kloc, scope, seen, errors) => {
      if (!Array.isArray(x)) return true;
      const matched: number[] = [];
      for (let i = 0; i < x.length; i++) if (this.run(schema, x[i], '', '', scope, null, null)) matched.push(i);
      if (matched.length < min) return fail(errors, iloc, `${kloc}/${minKeyword}`, `must contain at least ${String(min)} valid item(s)`);
      if (matched.length > max) return fail(errors, iloc, `${kloc}/maxContains`, `must contain at most ${String(max)} valid item(s)`);
      if (seen !== null && seen.items !== true) {
        seen.items ??= new Set();
        for (const i of matched) seen.items.add(i);
      }
      return true;
    };
  }

  /**
   * `properties`, in the schema's order, as Ajv checks it: the errors then come in one order in
   * every language, whatever order the value's members were written in (or a model writes them).
   */
  private namedProperties(s: Obj, base: string): Check {
    const named = Object.keys(s['properties'] as Obj).map((name) => ({
      name,
      inherited: name in Object.prototype,
      schema: this.sub(s, base, 'properties', name),
      token: escapeToken(name),
    }));
    return (x, iloc, kloc, scope, seen, errors) => {
      if (!isObject(x)) return true;
      let ok = true;
      const evaluated: string[] | null = seen === null ? null : [];
      for (const { name, inherited, schema, token } of named) {
        if (!present(x, name, inherited)) continue;
        evaluated?.push(name);
        // Locations are built only for the errors: isValid (errors === null) never reads them.
        if (!this.run(schema, x[name], errors === null ? '' : `${iloc}/${token}`, errors === null ? '' : `${kloc}/properties/${token}`, scope, null, errors)) {
          ok = false;
          if (errors === null) return false;
        }
      }
      if (ok && seen !== null && evaluated !== null && seen.props !== true) {
        seen.props ??= new Set();
        for (const name of evaluated) seen.props.add(name);
      }
      return ok;
    };
  }

  private properties(k: string, s: Obj, base: string): Check {
    if (k === 'properties') return this.namedProperties(s, base);
    const patterns =
      k === 'patternProperties'
        ? Object.keys(s['patternProperties'] as Obj).map((p) => [this.regex(p), this.sub(s, base, 'patternProperties', p), escapeToken(p)] as const)
        : [];
    const additional = k === 'additionalProperties' ? this.sub(s, base, 'additionalProperties') : null;
    const declared = isObject(s['properties']) ? new Set(Object.keys(s['properties'])) : new Set<string>();
    const declaredPatterns = isObject(s['patternProperties']) ? Object.keys(s['patternProperties']).map((p) => this.regex(p)) : [];
    return (x, iloc, kloc, scope, seen, errors) => {
      if (!isObject(x)) return true;
      let ok = true;
      const evaluated: string[] | null = seen === null ? null : [];
      for (const name of Object.keys(x)) {
        // Locations are built only for the errors: isValid (errors === null) never reads them.
        const at = errors === null ? '' : `${iloc}/${escapeToken(name)}`;
        if (k === 'patternProperties') {
          for (const [re, schema, token] of patterns) {
            if (!re.test(name)) continue;
            evaluated?.push(name);
            if (!this.run(schema, x[name], at, errors === null ? '' : `${kloc}/patternProperties/${token}`, scope, null, errors)) ok = false;
            if (!ok && errors === null) return false;
          }
        } else {
          if (declared.has(name) || declaredPatterns.some((re) => re.test(name))) continue;
          evaluated?.push(name);
          if (!this.run(additional!, x[name], at, errors === null ? '' : `${kloc}/additionalProperties`, scope, null, errors)) ok = false;
        }
        if (!ok && errors === null) return false;
      }
      if (ok && seen !== null && evaluated !== null && seen.props !== true) {
        seen.props ??= new Set();
        for (const name of evaluated) seen.props.add(name);
      }
      return ok;
    };
  }

  private combinator(k: 'allOf' | 'anyOf' | 'oneOf', s: Obj, base: string): Check {
    const schemas = (s[k] as unknown[]).map((_, i) => this.sub(s, base, k, i));
    if (k === 'allOf') {
      return (x, iloc, kloc, scope, seen, errors) => {
        let ok = true;
        for (let i = 0; i < schemas.length; i++) {
          if (!this.run(schemas[i]!, x, iloc, errors === null ? '' : `${kloc}/allOf/${i}`, scope, seen, errors)) {
            ok = false;
            if (errors === null) return false;
          }
        }
        return ok;
      };
    }
    const discriminator = this.discriminator(k, s, base);
    const every = schemas.map((_, i) => i);
    const variants = s[k] as unknown[];
    const tags = schemas.length > 1 ? BranchTags.of(variants.map((v) => this.conditions(v, base, 0)), every, new Set()) : null;
    return (x, iloc, kloc, scope, seen, errors) => {
      // Annotations of the passing branches count only when the keyword itself passes (a failing
      // keyword annotates nothing), so they are gathered apart and merged at the end.
      const gathered: Seen | null = seen === null ? null : { props: null, items: null };
      let passed = 0;
      // Only the branches an object's tag leaves can pass (BranchTags): the others are not tried.
      for (const i of tags !== null && isObject(x) ? tags.candidates(x) : every) {
        const branch: Seen | null = gathered === null ? null : { props: null, items: null };
        if (!this.run(schemas[i]!, x, iloc, '', scope, branch, null)) continue;
        passed++;
        if (branch !== null && gathered !== null) mergeSeen(gathered, branch);
        if (k === 'anyOf' && gathered === null) break; // no annotations wanted: the first match decides
        if (k === 'oneOf' && passed > 1) break;
      }
      const ok = k === 'anyOf' ? passed > 0 : passed === 1;
      if (ok && gathered !== null && seen !== null) mergeSeen(seen, gathered);
      if (!ok && errors !== null && discriminator !== null && isObject(x)) {
        const chosen = discriminator(x, iloc, kloc, errors);
        if (chosen === null) return false;
        // The chosen variant failing reports exactly its errors; passing, several matched: the usual error.
        if (!this.run(schemas[chosen]!, x, iloc, `${kloc}/${k}/${chosen}`, scope, null, errors)) return false;
      }
      return ok || fail(errors, iloc, `${kloc}/${k}`, k === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf');
    };
  }

  /**
   * OpenAPI's `discriminator` beside a oneOf/anyOf (the rule in ARCHITECTURE.md): it never changes
   * validity, only which errors a failing keyword reports. Returns, for an object instance, the
   * index of the variant its tag chooses, or null after reporting the one discriminator error.
   */
  private discriminator(k: 'anyOf' | 'oneOf', s: Obj, base: string): ((x: Obj, iloc: string, kloc: string, errors: SchemaError[]) => number | null) | null {
    const d = s['discriminator'];
    if (!isObject(d) || typeof d['propertyName'] !== 'string') return null;
    const name = d['propertyName'];
    const mapping = isObject(d['mapping']) ? d['mapping'] : {};
    const variants = s[k] as unknown[];
    // Per variant: its $ref resolved, and the tags its schema (through its $refs) names as const or enum.
    const refs = variants.map((v) => (isObject(v) && typeof v['$ref'] === 'string' ? resolveUri(this.bases.get(v) ?? base, v['$ref']) : null));
    const tags = variants.map((v) => this.tagValues(v, base, name));
    return (x, iloc, kloc, errors) => {
      const tag = x[name];
      if (typeof tag !== 'string') {
        fail(errors, iloc, `${kloc}/discriminator`, `tag "${name}" must be string`);
        return null;
      }
      const mapped = has(mapping, tag) && typeof mapping[tag] === 'string' ? resolveUri(base, mapping[tag]) : null;
      let chosen = mapped === null ? -1 : refs.indexOf(mapped);
      if (chosen < 0) chosen = tags.findIndex((values) => values.some((value) => jsonEqual(value, tag)));
      if (chosen >= 0) return chosen;
      fail(errors, iloc, `${kloc}/discriminator`, `value of tag "${name}" must be in ${k}`);
      return null;
    };
  }

  /** The `const` and `enum` values of `properties/<name>` in a variant, following its `$ref`s. */
  private tagValues(variant: unknown, base: string, name: string): unknown[] {
    const values: unknown[] = [];
    const visited = new Set<unknown>();
    for (let node = variant; isObject(node) && !visited.has(node); ) {
      visited.add(node);
      const own = this.bases.get(node) ?? base;
      const properties = node['properties'];
      const property = isObject(properties) && has(properties, name) ? properties[name] : undefined;
      if (isObject(property)) {
        if (has(property, 'const')) values.push(property['const']);
        if (Array.isArray(property['enum'])) values.push(...(property['enum'] as unknown[]));
      }
      if (typeof node['$ref'] !== 'string') break;
      [node, base] = this.locate(resolveUri(own, node['$ref']));
    }
    return values;
  }

  /**
   * What a schema holds of every object it accepts (BranchTags: which branches an object's tag
   * leaves), per member: required, and the strings its value must be among (a const, an enum of
   * strings), through $ref and allOf. Only keywords that assert count (the dialect's); a schema
   * this cannot read says nothing, which only leaves more branches to try.
   */
  private conditions(node: unknown, base: string, depth: number): Conditions {
    const found: Conditions = new Map();
    if (depth > MAX_CONDITION_DEPTH || !isObject(node)) return found;
    const own = this.bases.get(node) ?? base;
    const asserts = this.asserts(node);
    if (asserts && Array.isArray(node['required'])) {
      for (const name of node['required'] as unknown[]) if (typeof name === 'string') found.set(name, { required: true, strings: found.get(name)?.strings ?? null });
    }
    if (isObject(node['properties'])) {
      for (const [name, sub] of Object.entries(node['properties'])) {
        const strings = this.strings(sub, own, depth + 1);
        if (strings !== null) found.set(name, both(found.get(name), { required: false, strings }));
      }
    }
    // What every object it accepts also meets: its allOf branches and its $ref's target, each with its base.
    const parts: [unknown, string][] = Array.isArray(node['allOf']) ? (node['allOf'] as unknown[]).map((sub) => [sub, own]) : [];
    const target = this.target(node, own);
    if (target !== null) parts.push(target);
    for (const [sub, subBase] of parts) {
      for (const [name, condition] of this.conditions(sub, subBase, depth + 1)) found.set(name, both(found.get(name), condition));
    }
    return found;
  }

  /** The strings a valid value must be one of (const, an enum of strings, through $ref and allOf), or null: not only strings. */
  private strings(node: unknown, base: string, depth: number): ReadonlySet<string> | null {
    if (node === false) return new Set();
    if (depth > MAX_CONDITION_DEPTH || !isObject(node)) return null;
    const own = this.bases.get(node) ?? base;
    let found: ReadonlySet<string> | null = null;
    if (this.asserts(node)) {
      if (typeof node['const'] === 'string') found = new Set([node['const']]);
      const values = node['enum'];
      if (Array.isArray(values) && values.every((v) => typeof v === 'string')) found = meet(found, new Set(values as string[]));
    }
    const target = this.target(node, own);
    if (target !== null) found = meet(found, this.strings(target[0], target[1], depth + 1));
    if (Array.isArray(node['allOf'])) for (const sub of node['allOf'] as unknown[]) found = meet(found, this.strings(sub, own, depth + 1));
    return found;
  }

  /** Whether a schema's validation keywords assert: its meta-schema's vocabularies include validation, or it names none. */
  private asserts(node: Obj): boolean {
    const vocabularies = this.vocabularies.get(node);
    return vocabularies === undefined || vocabularies.has(`${VOCABULARY}validation`);
  }

  /** A schema's `$ref` target and its base, or null (none, or one that does not resolve: compiling it reports that). */
  private target(node: Obj, base: string): [unknown, string] | null {
    if (typeof node['$ref'] !== 'string') return null;
    try {
      return this.locate(resolveUri(base, node['$ref']));
    } catch {
      return null;
    }
  }

  private conditional(s: Obj, base: string): Check {
    const condition = this.sub(s, base, 'if');
    const then = 'then' in s ? this.sub(s, base, 'then') : null;
    const otherwise = 'else' in s ? this.sub(s, base, 'else') : null;
    return (x, iloc, kloc, scope, seen, errors) => {
      const branchSeen: Seen | null = seen === null ? null : { props: null, items: null };
      if (this.run(condition, x, '', '', scope, branchSeen, null)) {
        if (branchSeen !== null && seen !== null) mergeSeen(seen, branchSeen);
        return then === null || this.run(then, x, iloc, `${kloc}/then`, scope, seen, errors);
      }
      return otherwise === null || this.run(otherwise, x, iloc, `${kloc}/else`, scope, seen, errors);
    };
  }

  private unevaluated(k: 'unevaluatedItems' | 'unevaluatedProperties', s: Obj, base: string): Check {
    const schema = this.sub(s, base, k);
    return (x, iloc, kloc, scope, seen, errors) => {
      // `seen` here is this schema's own record (run() gives every node with unevaluated* one),
      // filled by the keywords before this one: what they evaluated is not "unevaluated".
      const record = seen!;
      let ok = true;
      if (k === 'unevaluatedItems' && Array.isArray(x)) {
        if (record.items === true) return true;
        for (let i = 0; i < x.length; i++) {
          if (record.items !== null && record.items.has(i)) continue;
          if (!this.run(schema, x[i], `${iloc}/${i}`, `${kloc}/unevaluatedItems`, scope, null, errors)) {
            ok = false;
            if (errors === null) return false;
          }
        }
        if (ok) record.items = true;
      } else if (k === 'unevaluatedProperties' && isObject(x)) {
        if (record.props === true) return true;
        for (const name of Object.keys(x)) {
          if (record.props !== null && record.props.has(name)) continue;
          if (!this.run(schema, x[name], `${iloc}/${escapeToken(name)}`, `${kloc}/unevaluatedProperties`, scope, null, errors)) {
            ok = false;
            if (errors === null) return false;
          }
        }
        if (ok) record.props = true;
      }
      return ok;
    };
  }
}

/** Per member of an object: whether a schema requires it, and the strings its value must be among (null: any value). */
interface Condition {
  readonly required: boolean;
  readonly strings: ReadonlySet<string> | null;
}
type Conditions = Map<string, Condition>;

/** How far conditions() and strings() follow $ref and allOf (a cycle stops here). */
const MAX_CONDITION_DEPTH = 64;

/** The strings both allow; null is "any value". */
function meet(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((v) => b.has(v)));
}

function both(a: Condition | undefined, b: Condition): Condition {
  return a === undefined ? b : { required: a.required || b.required, strings: meet(a.strings, b.strings) };
}

/**
 * Which branches of an anyOf or oneOf an object can match, told apart by a member whose value
 * several branches restrict to strings (OpenAI's "type"), then, among those one tag leaves, by
 * another ("role"). A branch left out cannot match, so which branches match, and with them
 * validity, annotations and errors, are as when every branch is tried. The same index as the
 * Python (BranchTags), C# (SchemaBranches) and Java runtimes build.
 */
class BranchTags {
  private constructor(
    private readonly wire: string,
    private readonly byTag: ReadonlyMap<string, readonly number[]>,
    private readonly within: ReadonlyMap<string, BranchTags>,
    private readonly absent: readonly number[],
    private readonly other: readonly number[],
  ) {}

  /** The index of the branches `indices` by the member most of them restrict to strings, not `used` already; null when none does. */
  static of(conditions: readonly Conditions[], indices: readonly number[], used: ReadonlySet<string>): BranchTags | null {
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (const i of indices) {
      for (const [wire, { strings }] of conditions[i]!) {
        if (strings === null || used.has(wire)) continue;
        counts.set(wire, (counts.get(wire) ?? 0) + 1);
        if (best === null || counts.get(wire)! > counts.get(best)!) best = wire;
      }
    }
    if (best === null) return null;
    const wire = best;
    const allows = (i: number, tag: string): boolean => {
      const strings = conditions[i]!.get(wire)?.strings ?? null;
      return strings === null || strings.has(tag);
    };
    const byTag = new Map<string, number[]>();
    const within = new Map<string, BranchTags>();
    for (const i of indices) {
      for (const tag of conditions[i]!.get(wire)?.strings ?? []) {
        if (byTag.has(tag)) continue;
        const left = indices.filter((j) => allows(j, tag));
        byTag.set(tag, left);
        if (left.length > 1 && used.size < 3) {
          const deeper = BranchTags.of(conditions, left, new Set([...used, wire]));
          if (deeper !== null) within.set(tag, deeper);
        }
      }
    }
    const absent = indices.filter((j) => conditions[j]!.get(wire)?.required !== true);
    const other = indices.filter((j) => (conditions[j]!.get(wire)?.strings ?? null) === null);
    return new BranchTags(wire, byTag, within, absent, other);
  }

  /** The branches, in order, that the object can match (a member holding undefined is absent, as `required` reads it). */
  candidates(x: Obj): readonly number[] {
    const tag = x[this.wire];
    if (tag === undefined || !has(x, this.wire)) return this.absent;
    if (typeof tag !== 'string') return this.other;
    const found = this.byTag.get(tag);
    if (found === undefined) return this.other;
    return this.within.get(tag)?.candidates(x) ?? found;
  }
}

const VOCABULARY = 'https://json-schema.org/draft/2020-12/vocab/';
/** The keywords of the validation vocabulary: a meta-schema whose `$vocabulary` lacks it turns them off. */
const VALIDATION_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
]);

/** Keywords whose value is one schema, an array of schemas, a map of schemas (where $id counts). */
const ONE_SCHEMA = ['additionalProperties', 'items', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties'];
const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAPS = ['$defs', 'properties', 'patternProperties', 'dependentSchemas', 'dependencies'];

/** Evaluation order: the error contract's (see the header). */
const KEYWORDS = [
  '$ref',
  '$dynamicRef',
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'maxItems',
  'minItems',
  'uniqueItems',
  'prefixItems',
  'items',
  'contains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
  'properties',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
  'dependentSchemas',
  'dependencies',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'unevaluatedItems',
  'unevaluatedProperties',
];

const BOUNDS: Readonly<Record<string, readonly [(x: number, b: number) => boolean, string]>> = {
  maximum: [(x, b) => x <= b, '<='],
  exclusiveMaximum: [(x, b) => x < b, '<'],
  minimum: [(x, b) => x >= b, '>='],
  exclusiveMinimum: [(x, b) => x > b, '>'],
};

function has(x: Obj, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(x, name);
}

/**
 * Whether an object has a member, as `has`, without its call for most names: a JSON value holds no
 * undefined, so a member read as undefined is absent; only a name Object.prototype also has
 * (`inherited`, known when the schema is compiled: "toString", "__proto__") can read as something
 * while absent.
 */
function present(x: Obj, name: string, inherited: boolean): boolean {
  return x[name] !== undefined && (!inherited || has(x, name));
}

function markItems(seen: Seen, count: number): void {
  if (seen.items === true) return;
  seen.items ??= new Set();
  for (let i = 0; i < count; i++) seen.items.add(i);
}

function mergeSeen(into: Seen, from: Seen): void {
  if (from.props === true) into.props = true;
  else if (from.props !== null && into.props !== true) {
    into.props ??= new Set();
    for (const p of from.props) into.props.add(p);
  }
  if (from.items === true) into.items = true;
  else if (from.items !== null && into.items !== true) {
    into.items ??= new Set();
    for (const i of from.items) into.items.add(i);
  }
}

function hasType(x: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return x === null;
    case 'boolean':
      return typeof x === 'boolean';
    case 'string':
      return typeof x === 'string';
    case 'number':
      return typeof x === 'number';
    case 'integer':
      return typeof x === 'number' && Number.isInteger(x);
    case 'array':
      return Array.isArray(x);
    case 'object':
      return isObject(x);
    default:
      return false;
  }
}

/** JSON equality: numbers by value (1 equals 1.0), objects regardless of key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => has(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

export function allUnique(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (jsonEqual(items[i], items[j])) return false;
  return true;
}

export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** A number's exact decimal value as digits × 10^exponent (from its shortest round-trip text). */
function decimal(n: number): [bigint, number] {
  const [mantissa, exp] = Math.abs(n).toExponential().split('e') as [string, string];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string?];
  return [BigInt(whole + fraction) * (n < 0 ? -1n : 1n), Number(exp) - fraction.length];
}

/** Whether x is an integer multiple of m, exactly for the decimals the two numbers were written as. */
export function isMultipleOf(x: number, m: number): boolean {
  if (!Number.isFinite(x)) return false;
  if (x === 0) return true;
  const [xd, xe] = decimal(x);
  const [md, me] = decimal(m);
  const e = Math.min(xe, me);
  return (xd * 10n ** BigInt(xe - e)) % (md * 10n ** BigInt(me - e)) === 0n;
}
