// The part of compiling a schema into checks that no language changes: where each `$ref` leads,
// which schemas a declaration reaches, and which members tell an anyOf's branches apart. Each
// target's compiler (typescript/, python/, csharp/ and java/checks.ts) emits its own code over it:
// the registry (SchemaRegistry) is made once per model, what compiles (SchemaReach) per language.
//
// `$ref`s resolve as the runtimes resolve them: their registry of documents, `$id` resources and
// anchors is rebuilt here, with the URI code of the TypeScript runtime (runtime/uri.ts; the four
// runtimes resolve alike, which the official suite checks). Only a schema read completely here is
// compiled: one that reaches no `$dynamicRef`/`$dynamicAnchor` (dynamic scope) or `unevaluated*`
// (annotations, which a boolean walk does not keep), and no `$ref` the runtime could not resolve.
// conditions(), strings() and tagIndex() mirror the runtimes' BranchTags (one level of it).

import { staticDynamicRefs } from '../../model/dynamic-scope.js';
import type { JsonValue, Model } from '../../model/ir.js';
import { resolveUri, splitFragment } from '../../../templates/typescript/runtime/uri.js';

export type Obj = { readonly [key: string]: JsonValue };

/** A schema a compiler does not compile (the declaration keeps the runtime's validator). */
export class Unsupported extends Error {}

export const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
export const has = (x: Obj, name: string): boolean => Object.prototype.hasOwnProperty.call(x, name);

/** Keywords the runtimes evaluate whose meaning a boolean walk without annotations or dynamic scope cannot give. */
const REFUSED = ['$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', 'unevaluatedProperties', 'unevaluatedItems'];
/** Keywords holding one subschema, an array of them, a map of them, as the runtimes evaluate them: the walk's edges. */
const ONE_SCHEMA = ['additionalProperties', 'items', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas'];
/** The keywords the runtimes register schemas through (ONE_SCHEMA and SCHEMA_MAPS; SCHEMA_ARRAYS are the same). */
const REGISTERED_ONE = [...ONE_SCHEMA, 'unevaluatedItems', 'unevaluatedProperties'];
const REGISTERED_MAPS = ['$defs', ...SCHEMA_MAPS, 'dependencies'];
/** Keywords with a subschema: a node without them is a leaf, checked inline where it is used. */
export const BRANCHING: ReadonlySet<string> = new Set(['$ref', ...ONE_SCHEMA, ...SCHEMA_ARRAYS, ...SCHEMA_MAPS, 'dependencies']);
/** How far tag conditions follow $ref and allOf (the runtimes' MAX_CONDITION_DEPTH). */
const MAX_CONDITION_DEPTH = 64;

/**
 * The part of the analysis no language changes, made once per model and shared by the four
 * compilers: the validation documents parsed, the runtimes' registry of them, where each `$ref`
 * leads, and which member tells a union's branches apart.
 */
export class SchemaRegistry {
  private readonly located = new Map<string, JsonValue>();
  /** A branches array (a node's anyOf / oneOf) -> its tag index. */
  private readonly tagIndexes = new WeakMap<readonly JsonValue[], TagIndex | null>();
  private knownSchemaNamed: boolean | null = null;
  /** A schema with `$ref` -> the schema it names; a schema -> its subschemas (edges). Each found once for the four compilers. */
  private readonly targets = new Map<object, JsonValue>();
  private readonly subschemas = new Map<object, readonly JsonValue[]>();

  // The runtimes' registry (SchemaValidator.register): resources by base URI (documents and
  // subschemas with `$id`), each registered schema's base, anchors by "<base>#<name>".
  private readonly resources = new Map<string, JsonValue>();
  private readonly bases = new Map<object, string>();
  private readonly anchors = new Map<string, JsonValue>();

  // The `$dynamicRef`s registered, and per dynamic anchor's name the nodes that define it.
  private readonly dynamicRefs: Record<string, JsonValue>[] = [];
  private readonly dynamicAnchors = new Map<string, Record<string, JsonValue>[]>();

  /** `documents` as the validation documents hold them (parsed for the registry alone: staticDynamicRefs rewrites them). */
  constructor(private readonly documents: readonly (readonly [uri: string, document: JsonValue])[]) {
    for (const [uri, document] of documents) {
      const base = splitFragment(uri)[0];
      this.resources.set(base, document);
      this.register(document, base);
    }
    this.staticDynamicRefs();
  }

  /** As the runtime registers a document: through the keywords that hold schemas, `$id` changing the base. */
  private register(node: JsonValue, base: string): void {
    if (!isObject(node)) return;
    if (typeof node['$id'] === 'string') {
      base = splitFragment(resolveUri(base, node['$id']))[0];
      this.resources.set(base, node);
    }
    this.bases.set(node, base);
    if (typeof node['$anchor'] === 'string') this.anchors.set(`${base}#${node['$anchor']}`, node);
    if (typeof node['$dynamicAnchor'] === 'string') {
      this.anchors.set(`${base}#${node['$dynamicAnchor']}`, node);
      const defining = this.dynamicAnchors.get(node['$dynamicAnchor']) ?? [];
      this.dynamicAnchors.set(node['$dynamicAnchor'], [...defining, node as Record<string, JsonValue>]);
    }
    if (typeof node['$dynamicRef'] === 'string') this.dynamicRefs.push(node as Record<string, JsonValue>);
    for (const key of REGISTERED_ONE) this.register(node[key] ?? null, base);
    for (const key of SCHEMA_ARRAYS) if (Array.isArray(node[key])) for (const child of node[key]) this.register(child, base);
    for (const key of REGISTERED_MAPS) if (isObject(node[key])) for (const child of Object.values(node[key])) this.register(child, base);
  }

  /**
   * The `$dynamicRef`s that resolve to their static target wherever evaluation meets them
   * (model/dynamic-scope.ts) become `$ref`s in the registry's copy of the documents, and a dynamic
   * anchor no dynamic reference uses any more is dropped there: every compiler then compiles
   * them. The runtimes' documents keep them, and their validators resolve them through the scope,
   * to the same schema. A reference whose scope matters stays refused.
   */
  private staticDynamicRefs(): void {
    if (this.dynamicRefs.length === 0) return;
    const statics = staticDynamicRefs<Record<string, JsonValue>>({
      references: this.dynamicRefs,
      follow: (node, keyword) => {
        // A reference in no schema the registry holds (one a pointer names inside another keyword): its base is not known here.
        const base = this.bases.get(node);
        if (base === undefined) return undefined;
        const target = orNull(() => this.find(resolveUri(base, (node as Obj)[keyword] as string)));
        return typeof target === 'object' && target !== null ? target : null;
      },
      sameName: (anchor) => this.dynamicAnchors.get((anchor as Obj)['$dynamicAnchor'] as string) ?? [],
      resourceOf: (anchor) => {
        const root = this.resources.get(this.bases.get(anchor)!);
        return typeof root === 'object' && root !== null ? root : null;
      },
    });
    // The anchor names a reference left dynamic may resolve through (null: any, one not read).
    let dynamic: Set<string> | null = new Set<string>();
    for (const node of this.dynamicRefs) {
      if (statics.has(node) && !has(node, '$ref')) {
        node['$ref'] = node['$dynamicRef']!;
        delete node['$dynamicRef'];
        continue;
      }
      const name = orNull(() => splitFragment(resolveUri(this.bases.get(node)!, node['$dynamicRef'] as string))[1]);
      if (name === null) dynamic = null;
      else dynamic?.add(name);
    }
    if (dynamic === null) return;
    for (const [name, nodes] of this.dynamicAnchors) if (!dynamic.has(name)) for (const node of nodes) delete node['$dynamicAnchor'];
  }

  /** Whether a subschema's `$schema` names one of the documents: a meta-schema whose `$vocabulary` the runtime reads (then nothing compiles). */
  namesKnownSchema(): boolean {
    return (this.knownSchemaNamed ??= this.findKnownSchemaNamed());
  }

  private findKnownSchemaNamed(): boolean {
    const uris = new Set(this.documents.map(([uri]) => splitFragment(uri)[0]));
    const seen = new Set<object>();
    const visit = (node: JsonValue): boolean => {
      if (typeof node !== 'object' || node === null || seen.has(node)) return false;
      seen.add(node);
      if (isObject(node) && typeof node['$schema'] === 'string' && uris.has(splitFragment(node['$schema'])[0])) return true;
      return Object.values(node).some(visit);
    };
    return this.documents.some(([, document]) => visit(document));
  }

  /** An absolute URI -> its schema, as the runtime's locate() finds it; once per URI (every $ref to a declaration names it again). */
  locate(uri: string): JsonValue {
    let node = this.located.get(uri);
    if (node === undefined) this.located.set(uri, (node = this.find(uri)));
    return node;
  }

  /** A URI naming no known resource, anchor or member (which the runtime refuses when compiling) is not compiled. */
  private find(uri: string): JsonValue {
    let resource: string;
    let pointer: string;
    try {
      [resource, pointer] = splitFragment(uri); // the fragment percent-decoded, as the runtime reads it
    } catch {
      throw new Unsupported();
    }
    let node = this.resources.get(resource);
    if (node === undefined) throw new Unsupported();
    if (pointer === '') return node;
    if (!pointer.startsWith('/')) {
      const anchored = this.anchors.get(`${resource}#${pointer}`);
      if (anchored === undefined) throw new Unsupported();
      return anchored;
    }
    for (const raw of pointer.slice(1).split('/')) {
      const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token) && Number(token) < node.length) node = node[Number(token)]!;
      else if (isObject(node) && has(node, token)) node = node[token]!;
      else throw new Unsupported();
    }
    return node;
  }

  /** The schema `node`'s `$ref` names, resolved against its base. A schema the runtime never registered (none is, reached only through a keyword that holds no schema) is not compiled. */
  target(node: Obj): JsonValue {
    let found = this.targets.get(node);
    if (found === undefined) {
      const ref = node['$ref'];
      const base = this.bases.get(node);
      if (typeof ref !== 'string' || base === undefined) throw new Unsupported();
      this.targets.set(node, (found = this.locate(resolveUri(base, ref))));
    }
    return found;
  }

  /**
   * The subschemas of `node` as the runtimes evaluate them (the walk's edges: its `$ref`'s target,
   * then the keywords holding schemas); throws Unsupported for a schema no compiler compiles (a
   * keyword of dynamic scope or annotations, a keyword that holds no schema where it should, a
   * `$ref` that does not resolve).
   */
  edges(node: Obj): readonly JsonValue[] {
    let found = this.subschemas.get(node);
    if (found === undefined) {
      if (REFUSED.some((k) => has(node, k))) throw new Unsupported();
      const edges: JsonValue[] = [];
      if (has(node, '$ref')) edges.push(this.target(node));
      for (const k of ONE_SCHEMA) if (has(node, k)) edges.push(node[k]!);
      for (const k of SCHEMA_ARRAYS) if (has(node, k)) for (const sub of arrayOf(node[k]!)) edges.push(sub);
      for (const k of SCHEMA_MAPS) if (has(node, k)) for (const sub of Object.values(objectOf(node[k]!))) edges.push(sub);
      if (has(node, 'dependencies')) for (const dep of Object.values(objectOf(node['dependencies']!))) if (!Array.isArray(dep)) edges.push(dep);
      this.subschemas.set(node, (found = edges));
    }
    return found;
  }

  // ---- tags (the runtimes' conditions() and strings(), for BranchTags) ------------------------

  /** The branches of an anyOf or oneOf an object's tag leaves (null: no member tells them apart). */
  tags(branches: readonly JsonValue[]): TagIndex | null {
    let found = this.tagIndexes.get(branches);
    if (found === undefined) {
      found = this.tagsWithout(branches, NO_NAMES);
      this.tagIndexes.set(branches, found);
    }
    return found;
  }

  /**
   * The tag index of some branches by a member not in `used` (the members a finer index has
   * looked at already: C#'s fast readers tell apart the branches one tag leaves by another, as the
   * C# runtime's SchemaBranches does). Not memoized: asked once per union and level.
   */
  tagsWithout(branches: readonly JsonValue[], used: ReadonlySet<string>): TagIndex | null {
    return branches.length > 1
      ? tagIndex(
          branches.map((b) => this.conditions(b, 0)),
          used,
        )
      : null;
  }

  /** The tags of the schemas at `uris` (a union's variants, compiled or not); null when none tells them apart or one cannot be found. */
  tagsAt(uris: readonly string[]): TagIndex | null {
    try {
      return this.tags(uris.map((uri) => this.locate(uri)));
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  }

  private conditions(node: JsonValue, depth: number): Conditions {
    const found: Conditions = new Map();
    if (depth > MAX_CONDITION_DEPTH || !isObject(node)) return found;
    if (Array.isArray(node['required']))
      for (const name of node['required']) if (typeof name === 'string') found.set(name, { required: true, strings: found.get(name)?.strings ?? null });
    if (isObject(node['properties'])) {
      for (const [name, sub] of Object.entries(node['properties'])) {
        const strings = this.strings(sub, depth + 1);
        if (strings !== null) found.set(name, both(found.get(name), { required: false, strings }));
      }
    }
    const parts = Array.isArray(node['allOf']) ? [...node['allOf']] : [];
    if (typeof node['$ref'] === 'string') parts.push(this.target(node));
    for (const sub of parts) for (const [name, condition] of this.conditions(sub, depth + 1)) found.set(name, both(found.get(name), condition));
    return found;
  }

  /** Whether a schema accepts objects only (`type: "object"`, through $ref and allOf). */
  objectsOnly(node: JsonValue, depth = 0): boolean {
    if (node === false) return true;
    if (depth > MAX_CONDITION_DEPTH || !isObject(node)) return false;
    if (node['type'] === 'object' || (Array.isArray(node['type']) && node['type'].length === 1 && node['type'][0] === 'object')) return true;
    if (typeof node['$ref'] === 'string' && this.objectsOnly(this.target(node), depth + 1)) return true;
    return Array.isArray(node['allOf']) && node['allOf'].some((sub) => this.objectsOnly(sub, depth + 1));
  }

  private strings(node: JsonValue, depth: number): ReadonlySet<string> | null {
    if (node === false) return new Set();
    if (depth > MAX_CONDITION_DEPTH || !isObject(node)) return null;
    let found: ReadonlySet<string> | null = null;
    if (typeof node['const'] === 'string') found = new Set([node['const']]);
    const values = node['enum'];
    if (Array.isArray(values) && values.every((e) => typeof e === 'string')) found = meet(found, new Set(values as string[]));
    if (typeof node['$ref'] === 'string') found = meet(found, this.strings(this.target(node), depth + 1));
    if (Array.isArray(node['allOf'])) for (const sub of node['allOf']) found = meet(found, this.strings(sub, depth + 1));
    return found;
  }
}

/** The registry of a model's validation documents, made on the first compiler's call and shared by the others. */
const registries = new WeakMap<Model['validation'], SchemaRegistry>();
export function registryOf(model: Model): SchemaRegistry {
  let registry = registries.get(model.validation);
  if (registry === undefined) {
    registry = new SchemaRegistry(model.validation.documents.map((d) => [d.uri, JSON.parse(d.text) as JsonValue] as const));
    registries.set(model.validation, registry);
  }
  return registry;
}

/**
 * What one language compiles: the schemas whose whole reach compiles in it (its regex engine and
 * the keywords it writes decide), over the shared registry.
 */
export class SchemaReach {
  /** Nodes whose whole reach is known to compile. */
  private readonly supported = new WeakSet<object>();

  /**
   * `checkPattern` throws Unsupported for a pattern the target's engine cannot run (which its
   * runtime refuses when the schema is used), `checkNode` for any other schema object the target
   * does not compile: both before any code is written, so that a compiler never stops half-way
   * through a function other checks call.
   */
  constructor(
    readonly registry: SchemaRegistry,
    private readonly checkPattern: (source: JsonValue) => void,
    private readonly checkNode: (node: Obj) => void = () => {},
  ) {}

  namesKnownSchema(): boolean {
    return this.registry.namesKnownSchema();
  }

  /** The schema at `uri` (a declaration's) when every schema it reaches compiles; throws Unsupported otherwise. */
  declaration(uri: string): JsonValue {
    const node = this.registry.locate(uri);
    this.verify(node);
    return node;
  }

  target(node: Obj): JsonValue {
    return this.registry.target(node);
  }

  tags(branches: readonly JsonValue[]): TagIndex | null {
    return this.registry.tags(branches);
  }

  tagsAt(uris: readonly string[]): TagIndex | null {
    return this.registry.tagsAt(uris);
  }

  objectsOnly(node: JsonValue): boolean {
    return this.registry.objectsOnly(node);
  }

  /** Throws Unsupported unless every schema `node` reaches compiles. */
  private verify(start: JsonValue): void {
    const visited: object[] = [];
    const seen = new Set<object>();
    const visit = (node: JsonValue): void => {
      if (typeof node === 'boolean') return;
      if (!isObject(node)) throw new Unsupported();
      if (this.supported.has(node) || seen.has(node)) return;
      seen.add(node);
      visited.push(node);
      const edges = this.registry.edges(node);
      this.checkNode(node);
      if (has(node, 'pattern')) this.checkPattern(node['pattern']!);
      if (has(node, 'patternProperties')) for (const key of Object.keys(objectOf(node['patternProperties']!))) this.checkPattern(key);
      for (const edge of edges) visit(edge);
    };
    visit(start);
    for (const node of visited) this.supported.add(node);
  }
}

interface Condition {
  readonly required: boolean;
  readonly strings: ReadonlySet<string> | null;
}
type Conditions = Map<string, Condition>;

/** Which branches an object can match, by the value of its member `wire`. */
export interface TagIndex {
  readonly wire: string;
  /** A string tag -> the branches it leaves (those naming it, and those restricting nothing), ascending. */
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  /** The branches an object without the member can match. */
  readonly absent: readonly number[];
  /** The branches an object whose member is another value (not a string, or a string no branch names) can match. */
  readonly other: readonly number[];
}

/** The runtime's BranchTags.of, one level: the member most branches restrict to strings, and the branches each of its values leaves. */
const NO_NAMES: ReadonlySet<string> = new Set();

function tagIndex(conditions: readonly Conditions[], used: ReadonlySet<string>): TagIndex | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const c of conditions) {
    for (const [wire, { strings }] of c) {
      if (strings === null || used.has(wire)) continue;
      counts.set(wire, (counts.get(wire) ?? 0) + 1);
      if (best === null || counts.get(wire)! > counts.get(best)!) best = wire;
    }
  }
  if (best === null) return null;
  const wire = best;
  const indices = conditions.map((_, i) => i);
  const other = indices.filter((j) => (conditions[j]!.get(wire)?.strings ?? null) === null);
  // A tag leaves the branches naming it and those that restrict nothing (`other`), in order:
  // linear in the branches, not branches x tags (a 1000-variant union has 1000 tags).
  const naming = new Map<string, number[]>();
  for (const j of indices) {
    for (const tag of conditions[j]!.get(wire)?.strings ?? []) {
      if (!naming.has(tag)) naming.set(tag, []);
      naming.get(tag)!.push(j);
    }
  }
  const byTag = new Map([...naming].map(([tag, named]) => [tag, mergeSorted(named, other)] as const));
  return { wire, byTag, absent: indices.filter((j) => conditions[j]!.get(wire)?.required !== true), other };
}

/** Two ascending lists of distinct indices as one. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return merged;
}

function meet(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((e) => b.has(e)));
}

function both(a: Condition | undefined, b: Condition): Condition {
  return a === undefined ? b : { required: a.required || b.required, strings: meet(a.strings, b.strings) };
}

/** `f()`, or null when it throws. */
function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

// ---- reading schema values ---------------------------------------------------------------------

const SCALAR_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/** A literal's JSON type, as the runtimes read it (for the scalar types). */
function hasType(value: JsonValue, type: string): boolean {
  if (type === 'null') return value === null;
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value);
  return typeof value === type;
}

/** The `type` keyword's names (null: no type keyword). */
export function typesOf(node: Obj): string[] | null {
  return has(node, 'type') ? (Array.isArray(node['type']) ? (node['type'] as string[]) : [node['type'] as string]) : null;
}

/** Whether a single scalar type is implied by the node's const or enum (every allowed literal has it): its test is not needed. */
export function impliedType(node: Obj, types: readonly string[] | null): boolean {
  const values = has(node, 'const') ? [node['const']!] : has(node, 'enum') ? (node['enum'] as JsonValue[]) : null;
  return types?.length === 1 && SCALAR_TYPES.has(types[0]!) && values !== null && values.every((e) => hasType(e, types[0]!));
}

export function arrayOf(value: JsonValue): JsonValue[] {
  if (!Array.isArray(value)) throw new Unsupported();
  return value;
}

export function objectOf(value: JsonValue): Obj {
  if (!isObject(value)) throw new Unsupported();
  return value;
}

export function indent(lines: readonly string[], by = '  '): string[] {
  return lines.map((l) => (l === '' ? l : `${by}${l}`));
}

// ---- what a target refuses before writing code (SchemaReach's checkPattern and checkNode) --------

/** A pattern that `translate` (the target's regex translation) refuses stays the interpreter's (which refuses it when used). */
export function checkPatternWith(translate: (source: string) => unknown): (source: JsonValue) => void {
  return (source) => {
    if (typeof source !== 'string') throw new Unsupported();
    try {
      translate(source);
    } catch {
      throw new Unsupported();
    }
  };
}

/** Keywords whose value the checks write as a number. */
const NUMBER_KEYWORDS = [
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'minContains',
  'maxContains',
  'enum',
  'const',
];

/**
 * What a runtime reading numbers exactly (Python's json.loads, Java's BigDecimal) leaves to its
 * interpreter, refused before any code is written: an asserted `format`, and a number no double
 * holds as written (the generator reads the schema as JavaScript numbers).
 */
export function checkExactNode(node: Obj, formatAssertion: boolean): void {
  if (formatAssertion && typeof node['format'] === 'string') throw new Unsupported();
  for (const k of NUMBER_KEYWORDS) if (has(node, k) && !exactNumbers(node[k]!)) throw new Unsupported();
}

/** Whether every number in a value is one a double holds exactly as the schema wrote it (so not a big integer JSON.parse rounded). */
export function exactNumbers(value: JsonValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
  if (Array.isArray(value)) return value.every(exactNumbers);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(exactNumbers);
  return true;
}

/** Whether the schema object has no keyword but these. */
export function onlyKeys(node: Obj, keys: readonly string[]): boolean {
  return Object.keys(node).every((k) => keys.includes(k));
}

/** Whether every value satisfies a schema: `true`, `{}`, or an `anyOf` with such a branch. */
export function holdsAll(node: JsonValue): boolean {
  if (node === true) return true;
  if (!isObject(node)) return false;
  const branches = node['anyOf'];
  return Object.keys(node).length === 0 || (onlyKeys(node, ['anyOf']) && Array.isArray(branches) && branches.some(holdsAll));
}

/**
 * An object's schema as the parts every valid value must satisfy, each `properties`, `required`
 * and `type: object` only: the schema itself, and through `allOf` and `$ref`s (`target` follows
 * one, null where it cannot) the schemas it composes (OpenAI's "a base object, and these members
 * too"), less a part every value satisfies (`anyOf: [{}, {"type": "null"}]`, as converters write
 * OpenAPI 3.0's `nullable` beside a `$ref`); null when any part says more, or the parts nest more
 * than `maxDepth` deep. The fast readers' planners (csharp/ and java/readers.ts) read objects so.
 */
export function objectParts(node: Obj, target: (ref: Obj) => JsonValue | null, maxDepth: number, depth = 0): Obj[] | null {
  if (depth > maxDepth) return null;
  if (onlyKeys(node, ['$ref']) && has(node, '$ref')) {
    const referenced = target(node);
    return isObject(referenced) ? objectParts(referenced, target, maxDepth, depth + 1) : null;
  }
  const { allOf, ...own } = node;
  if (!onlyKeys(own, ['type', 'properties', 'required']) || (has(own, 'type') && own['type'] !== 'object')) return null;
  if (allOf === undefined) return [own];
  if (!Array.isArray(allOf)) return null;
  const parts = [own];
  for (const branch of allOf) {
    if (holdsAll(branch)) continue;
    const more = isObject(branch) ? objectParts(branch, target, maxDepth, depth + 1) : null;
    if (more === null) return null;
    parts.push(...more);
  }
  return parts;
}

/**
 * An object's parts (objectParts) merged: each member's schemas, one per part naming it (a Map:
 * member names are the schema's, "constructor" too), and the names the parts require, once each;
 * a name required without a schema is any JSON (`{}`: the class holds it as such). Null when a
 * part's `properties` or `required` is malformed, or, where unknown members are refused
 * (`closed`), a required name has no schema (no value is valid, which the slow path reports).
 */
export function objectMembers(parts: readonly Obj[], closed: boolean): { properties: Map<string, JsonValue[]>; required: string[] } | null {
  const properties = new Map<string, JsonValue[]>();
  const required: string[] = [];
  for (const part of parts) {
    const own = part['properties'] ?? {};
    const needs = part['required'] ?? [];
    if (!isObject(own) || !Array.isArray(needs)) return null;
    for (const [name, schema] of Object.entries(own)) properties.set(name, [...(properties.get(name) ?? []), schema]);
    for (const name of needs) {
      if (typeof name !== 'string') return null;
      if (!required.includes(name)) required.push(name);
    }
  }
  for (const name of required) {
    if (properties.has(name)) continue;
    if (closed) return null;
    properties.set(name, [{}]);
  }
  return { properties, required };
}

/** Whether a schema is `{"type": "null"}`. */
export function isNullSchema(node: JsonValue | undefined): boolean {
  return isObject(node) && onlyKeys(node, ['type']) && node['type'] === 'null';
}

/** The schema without its `$id` (a resource of its own changes only what its `$ref`s name, which the registry resolved). */
export function withoutId(node: Obj | null): Obj | null {
  if (node === null || !has(node, '$id')) return node;
  const { $id: _id, ...rest } = node;
  return rest;
}
