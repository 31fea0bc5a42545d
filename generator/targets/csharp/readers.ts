// Fast readers: for a declaration whose schema says no more than its class holds, a `TryRead`
// method on its converter reads, validates and binds a value in one pass over the
// Utf8JsonReader's tokens (the runtime's SchemaReader, tried first by SchemaConverter.Read through
// SchemaRuntime.TryFast). Without it the converter parses a JsonDocument (System.Text.Json reads
// the value twice for that: once to find its end, once to build the document), runs the compiled
// check over it, then binds from it. A fast reader takes only the values it decides at once and
// leaves every other one (false) to that path, which validates, reports and binds as before: a
// value its schema refuses, a name written twice, a number it does not read as an int or a long
// (1.0, 1e2), a string it cannot decode. So what it accepts it accepts exactly, and nothing else
// changes.
//
// What reads fast (anything else keeps the document's path alone):
// - an object declaration whose schema is `properties` and `required` (and `type: object`, or
//   `[object, null]`: whoever holds it reads the null) and nothing else, or an `allOf` of such
//   parts (a member several parts name: the same schema in each), unknown members kept (no
//   `additionalProperties`) or refused (`additionalProperties: false`), at most 64 properties,
//   each a required constant string (checked, not bound, as FromJson does) or a value below;
// - values: a string (`const`, `enum` of strings, `minLength`, `maxLength`, a `pattern` matched as
//   the checks match it: by .NET, or by the linear-time matcher), an integer held as int, long or
//   BigInteger (integral `minimum`, `maximum`, a `const` or `enum` of integers; read as
//   TryGetInt64 reads it), a double (`minimum`, `maximum` and their exclusive forms, decided only
//   away from the bound), a boolean, an array of values (`minItems`, `maxItems`), a map (`type:
//   object` with `additionalProperties` a value's schema, or none: any value), any value (`{}`), a
//   reference to (or the inline schema of) a declaration that reads fast, or to an alias of a
//   value; each also where the schema lets it be null (`anyOf` with `{"type": "null"}`, or
//   `"type": [T, "null"]`); `format` beside them where formats only annotate;
// - an enum of at most 64 strings or integers whose schema is that enum (and null, read by whoever
//   holds it);
// - the tag dispatch of a discriminated union whose own schema is a oneOf or anyOf of `$ref`s
//   (or of the variants' schemas where they stand), each requiring the tag with its own constant
//   (`const`, or an `enum` of one value; so only the variant the tag names can hold), or of a
//   shared base type (validated as the variant the tag names), every variant reading fast;
// - a union without a discriminator, as the variant that the value's kind (string, number,
//   boolean, object, array) leaves, and for objects their tags on up to four levels (inside
//   another value only when every kind its variants hold and every tag reads fast); null, where a
//   `{"type": "null"}` branch allows it, is read by whoever holds the union;
// - an alias, as the value it names (FromJsonString then reads the text itself, which must hold
//   that one value).
// A document whose own meta-schema changes what keywords mean reads nothing fast.

import type {
  AliasDeclaration,
  Declaration,
  Discriminator,
  EnumDeclaration,
  JsonValue,
  Model,
  ObjectDeclaration,
  Property,
  TypeRef,
  UnionDeclaration,
} from '../../model/ir.js';
import { schemaUriAt, schemaUriOf } from '../../model/validation.js';
import { linearProgramText, runsLinear, translatePattern, type PatternPolicy } from '../../regex/index.js';
import { lookup, orderProperties, resolveAlias, type PropertyOrder } from '../shared/common.js';
import {
  Unsupported,
  has,
  holdsAll,
  isNullSchema,
  isObject,
  objectMembers,
  objectParts,
  onlyKeys,
  registryOf,
  typesOf,
  withoutId,
  type Obj,
  type SchemaRegistry,
} from '../shared/schema-reach.js';
import { wellFormed } from './checks.js';
import { csString } from './literals.js';
import type { CsharpNames } from './names.js';
import { baseType, csType, reachesNull, type CsType, type Ctx } from './types.js';

/** At most this many properties: their presence is one ulong's bits. */
const MAX_PROPERTIES = 64;
/** A string enum of at most this many values reads fast (one comparison per value). */
const MAX_ENUM_VALUES = 64;

/**
 * How a value is read, on `reader` at its first token: the test that refuses it, then the
 * statements that set its local and may refuse it too (`$local`: the local, of C# type `local`),
 * leaving the reader at its last token.
 */
interface ValueRead {
  readonly local: string;
  readonly refuses: string;
  readonly statements: readonly string[];
  /**
   * A SchemaReader that reads the value as these do, where one exists (the runtime's for a string
   * of any value or any value, a declaration's TryRead): an array, a map or a nullable value of it
   * is then read by the runtime's TryReadList, TryReadMap or TryReadNullable, in one line.
   */
  readonly reader?: string;
}

/** The generated class holding the UTF-8 the readers compare tokens with. */
export const UTF8_CLASS = 'SchemaUtf8';

/**
 * The UTF-8 constants the readers compare tokens with (SchemaUtf8.cs): Utf8JsonReader's
 * ValueTextEquals given a string transcodes it to UTF-8 on every call (a tenth of reading a
 * batch of events); given bytes it compares them. One per text for the whole output, named by its
 * text (not by the order found), so that a schema change renames none of the others.
 */
export class Utf8Constants {
  /** Name -> text. */
  private readonly texts = new Map<string, string>();

  /** The C# a reader compares a string token with: the constant holding `text`'s UTF-8, or the string itself where no UTF-8 holds it (a lone surrogate). */
  of(text: string): string {
    if (!wellFormed(text)) return readerString(text);
    const name = utf8Name(text);
    const known = this.texts.get(name);
    if (known !== undefined && known !== text)
      throw new Error(`internal error: two texts have the UTF-8 constant name ${name}: ${JSON.stringify(known)}, ${JSON.stringify(text)}`);
    this.texts.set(name, text);
    return `${UTF8_CLASS}.${name}`;
  }

  /** The class's members (each a name and its UTF-8 bytes as C# numbers), sorted by name; empty when no reader compares with one. */
  constants(): { name: string; bytes: string }[] {
    const encoder = new TextEncoder();
    return [...this.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, text]) => ({ name, bytes: [...encoder.encode(text)].join(', ') }));
  }
}

/** A constant's name: the text itself where it is a short identifier's letters, else its letters and the hash of the whole text. */
function utf8Name(text: string): string {
  if (/^[A-Za-z0-9_]{1,48}$/.test(text)) return `U_${text}`;
  let hash = 0x811c9dc5; // FNV-1a, over UTF-16 units
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `U_${text.replace(/[^A-Za-z0-9_]+/g, '_').slice(0, 48)}_${hash.toString(16).padStart(8, '0')}`;
}

/**
 * A C# string literal in a reader's statements, its "$" escaped: the statements' placeholders
 * (`$local`, `$localKey`) are replaced by plain text, which must not reach into a literal (a
 * pattern or a constant holding "$local").
 */
function readerString(text: string): string {
  return csString(text).replace(/\$/g, '\\u0024');
}

/** Any JSON value, held as a JsonElement of its own. */
const ANY: ValueRead = {
  local: 'JsonElement',
  refuses: 'false',
  statements: ['$local = JsonElement.ParseValue(ref reader);'],
  reader: 'SchemaRuntime.TryReadElement',
};

/** The kinds of JSON value, as a union's reader switches on the first token. */
type Kind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
const KINDS: readonly Kind[] = ['string', 'number', 'boolean', 'null', 'object', 'array'];
/** The tokens a value of each kind starts with. */
const TOKENS: Readonly<Record<Kind, readonly string[]>> = {
  string: ['String'],
  number: ['Number'],
  boolean: ['True', 'False'],
  null: ['Null'],
  object: ['StartObject'],
  array: ['StartArray'],
};

/** The variants an object can be, by its member `wire`: a variant, or the variants a tag leaves told apart by another member. */
interface TagTree {
  readonly wire: string;
  readonly byTag: ReadonlyMap<string, ValueRead | TagTree>;
  /** Whether every tag (at every level) reads fast, no branch leaving the member unrestricted. */
  readonly complete: boolean;
}

/** How a union without a discriminator reads: by the kind of its value, a variant, or for objects their tags. */
interface UnionPlan {
  readonly byKind: ReadonlyMap<Kind, ValueRead | TagTree>;
  /** The kinds of value the variants' types hold that no variant's reader takes: read as the union's other values. */
  readonly others: readonly Kind[];
  /**
   * Whether the reader decides every value the variants' types hold: a variant's reader takes
   * it, or it is one of the union's other values (a kind above, a tag no variant's reader takes),
   * which TryReadOther reads as a JsonElement, checks with the union's validator and binds with
   * FromJson, as the document's path would that value alone. Only such a union reads fast inside
   * another value: a value left to FromJson's path would send the whole value there, after
   * reading it up to that point (one response.done in a megabyte of events). Null is no other
   * value: a union whose variants hold it (JSON values) is not complete.
   */
  readonly complete: boolean;
}

/** At most this many members tell an object's variant (the tag, then what tells apart the variants one tag leaves, ...). */
const MAX_TAG_LEVELS = 4;
/** A value's kinds are looked for through $ref, allOf, anyOf and oneOf this deep at most. */
const MAX_KIND_DEPTH = 16;

/** How a member is read in the loop: as a value (`local` null: a required constant, checked, not bound). */
interface MemberRead {
  readonly local: string | null;
  readonly refuses: string;
  readonly statements: readonly string[];
  /** The constructor's parameter (its position) or, for an optional member, the member it sets. */
  readonly parameter: number | null;
  readonly member: string | null;
  /** Its JSON name. */
  readonly name: string;
}

/** What a reference back to a declaration being planned sees (FastReaders.planned): a plan, whose contents it does not read. */
const PENDING_OBJECT: readonly MemberRead[] = [];
const PENDING_UNION: UnionPlan = { byKind: new Map(), others: [], complete: true };

export class FastReaders {
  private readonly registry: SchemaRegistry;
  /** Declaration id -> its reader's member reads (null: it has no fast reader). */
  private readonly objects = new Map<string, readonly MemberRead[] | null>();
  /** Union id -> how it reads fast (null: it does not). */
  private readonly unions = new Map<string, UnionPlan | null>();
  // What planned() keeps: the declarations being planned, those of them a plan counted on, and
  // how to drop each plan made, in order.
  private readonly planning = new Set<string>();
  private readonly counted = new Set<string>();
  private readonly made: (() => void)[] = [];
  /** The patterns the interpreter's table translates (others it compiles as written). */
  private readonly tabled: ReadonlySet<string>;
  /** Whether no declaration reads fast (SchemaRegistry.namesKnownSchema). */
  private readonly none: boolean;
  /** The UTF-8 every reader compares tokens with, for SchemaUtf8.cs (written after every reader). */
  readonly utf8 = new Utf8Constants();

  constructor(
    private readonly model: Model,
    private readonly ctx: Ctx & { readonly names: CsharpNames; readonly order: PropertyOrder },
    /** Whether `format` asserts (else it annotates, and a value's reader ignores it). */
    private readonly formatAssertion: boolean,
    /** The `patterns` option: which of the table's patterns run on the linear-time matcher. */
    private readonly patterns: PatternPolicy = 'linear',
  ) {
    this.registry = registryOf(model);
    this.tabled = new Set(model.validation.patterns);
    // A meta-schema of the documents' own may change what keywords mean: its values keep FromJson's path.
    this.none = this.registry.namesKnownSchema();
  }

  /** The TryRead method of an object declaration's converter (lines, indented for the class body), or null; `additionalField`: the field unknown members go to. */
  objectReader(d: ObjectDeclaration, additionalField: string): string[] | null {
    const reads = this.objectReads(d);
    if (reads === null) return null;
    const closed = d.additional.kind === 'deny';
    // The converter has SchemaNames where FromJson passes over members (views/object.ts): an open
    // object, or one with a member it binds; else (closed, constants only) the names are compared.
    const hasNames = !closed || reads.some((r) => r.local !== null);
    const type = this.ctx.declared.get(d.id)!.type;
    const bits = reads.map((_, i) => `0x${(2n ** BigInt(i)).toString(16).toUpperCase()}UL`);
    const required = reads.reduce((mask, r, i) => (r.parameter !== null || r.local === null ? mask | (1n << BigInt(i)) : mask), 0n);
    const locals = reads.flatMap((r, i) => (r.local === null ? [] : [`${r.local} m${i} = default;`]));
    // Each member once (Names.Next, or the names compared here, set its bit in `seen`; a name
    // written twice is FromJson's path: the last one counts there); a member read in one statement
    // on one line.
    const cases = reads.flatMap((r, i) => {
      const local = (s: string): string => s.replace(/\$local/g, `m${i}`);
      const lines = [...(r.refuses === 'false' ? [] : [`if (${local(r.refuses)}) return false;`]), ...r.statements.map(local)];
      if (lines.length <= 2) return [`                case ${i}: ${[...lines, 'break;'].join(' ')}`];
      return [`                case ${i}:`, ...lines.map((l) => `                    ${l}`), '                    break;'];
    });
    const parameters = reads
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.parameter !== null)
      .sort((a, b) => a.r.parameter! - b.r.parameter!)
      .map(({ r, i }) => held(r, `m${i}`));
    const optional = reads.flatMap((r, i) => (r.member === null ? [] : [`        if ((seen & ${bits[i]}) != 0) read.${r.member} = ${held(r, `m${i}`)};`]));
    return [
      `    /// <summary>Reads a valid <see cref="${type}"/> straight from the reader, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
      '    {',
      '        value = default!;',
      '        if (reader.TokenType != JsonTokenType.StartObject) return false;',
      ...locals.map((l) => `        ${l}`),
      ...(closed ? [] : ['        Dictionary<string, JsonElement>? additional = null;']),
      '        var seen = 0UL;',
      ...(hasNames ? ['        var hint = 0;'] : []),
      // Only the object's end ends the loop (a comment, where the options keep them, does not).
      '        while (true)',
      '        {',
      ...(hasNames
        ? [
            `            var index = Names.Next(ref reader, ref hint, ref seen, out ${closed ? '_' : 'var unknown'});`,
            '            if (index == SchemaNames.End) break;',
          ]
        : [
            '            if (!reader.Read()) return false;',
            '            if (reader.TokenType == JsonTokenType.EndObject) break;',
            '            if (reader.TokenType != JsonTokenType.PropertyName) return false;',
            `            var index = ${[...reads.map((r, i) => `reader.ValueTextEquals(${this.utf8.of(r.name)}) ? ${i} : `), '-1'].join('')};`,
            '            if (!reader.Read() || index >= 0 && !SchemaRuntime.Once(ref seen, 1UL << index)) return false;',
          ]),
      '            switch (index)',
      '            {',
      ...cases,
      // A closed object (`additionalProperties: false`) has no member for an unknown name: the schema refuses it.
      ...(closed ? [] : ['                case SchemaNames.Unknown: if (!SchemaRuntime.Keep(ref additional, unknown!, ref reader)) return false; break;']),
      '                default: return false;',
      '            }',
      '        }',
      ...(required === 0n
        ? []
        : [`        if ((seen & 0x${required.toString(16).toUpperCase()}UL) != 0x${required.toString(16).toUpperCase()}UL) return false;`]),
      `        var read = new ${type}(${parameters.join(', ')});`,
      ...optional,
      ...(closed ? [] : [`        if (additional != null) read.${additionalField} = additional;`]),
      '        value = read;',
      '        return true;',
      '    }',
    ];
  }

  /** The TryRead method of a tag dispatch's converter (a discriminated union's, with `union`; a shared base type's without), or null. */
  dispatchReader(type: string, discriminator: Discriminator, union: UnionDeclaration | null): string[] | null {
    if (union !== null && !this.unionDispatches(union)) return null;
    if (union === null && !discriminator.mapping.every((m) => this.dispatchable(m.id))) return null;
    const cases = discriminator.mapping.map(
      (m) => [m.value, [`{ var read = ${this.ctx.declared.get(m.id)!.companion}.TryRead(ref reader, out var v); value = v!; return read; }`]] as const,
    );
    return tagReader(this.utf8, type, 'as the class its tag names', discriminator.propertyName, cases, 'return false;');
  }

  /**
   * The TryRead method (and its helpers) of a union without a discriminator (`type`: its class),
   * or null. FromJson binds the first variant a valid value matches (the runtime's
   * SchemaVariants); the reader reads as that variant only where no earlier variant can match:
   * - by the kind of the value (string, number, boolean, object, array): the only variant whose
   *   schema allows that kind, or, in an anyOf, the first when its schema is that type alone
   *   (a plain `string` before an enum of strings);
   * - for an object several variants allow, by its tag: the member that tells the variants apart
   *   (SchemaRegistry.tags, as the runtime's SchemaBranches finds it), and where a tag leaves
   *   several, another member that tells those apart (OpenAI's messages: "type", then "role").
   * The union's schema is then that variant's (no other branch can hold the value), so the
   * variant's reader validates it.
   */
  unionReader(d: UnionDeclaration, type: string): string[] | null {
    const plan = this.unionPlan(d);
    if (plan === null) return null;
    const helpers: string[][] = [];
    // Whether a value no variant's reader takes is read as one of the union's other values (otherReader).
    let others = plan.others.length > 0;
    const other = (): string => {
      others = true;
      return 'return TryReadOther(ref reader, out value);';
    };
    // A variant's read, or the call of the helper that reads by the next tag (written to `helpers`).
    const readAs = (read: ValueRead | TagTree): string[] => {
      if (!('wire' in read)) return variantLines(read, type);
      const name = `TryReadTag${helpers.length}`;
      helpers.push([]); // its place, filled once its own helpers have theirs
      const at = helpers.length - 1;
      helpers[at] = [
        '',
        ...tagReader(this.utf8, type, 'as the variant its tags leave', read.wire, tagCases(read), read.complete ? 'return false;' : other(), name),
      ];
      return [`return ${name}(ref reader, out value);`];
    };
    const tagCases = (tree: TagTree): TagCase[] => [...tree.byTag].map(([tag, r]) => [tag, readAs(r)] as const);
    const [only] = plan.byKind;
    if (plan.byKind.size === 1 && plan.others.length === 0 && only![0] === 'object' && 'wire' in only![1]) {
      // Objects only, told apart by their tags: the union's reader is the first tag's.
      const cases = tagCases(only![1]);
      const reader = tagReader(this.utf8, type, 'as the variant its tags leave', only![1].wire, cases, only![1].complete ? 'return false;' : other());
      return [...reader, ...helpers.flat(), ...(others ? otherReader(type) : [])];
    }
    const sections = [
      ...[...plan.byKind].flatMap(([kind, read]) => [
        ...TOKENS[kind].map((token) => `            case JsonTokenType.${token}:`),
        ...readAs(read).map((l) => `                ${l}`),
      ]),
      ...(plan.others.length === 0
        ? []
        : [...plan.others.flatMap((kind) => TOKENS[kind].map((token) => `            case JsonTokenType.${token}:`)), `                ${other()}`]),
    ];
    return [
      `    /// <summary>Reads a valid <see cref="${type}"/> straight from the reader as the variant its kind (and tags) leave, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
      '    {',
      '        value = default!;',
      '        switch (reader.TokenType)',
      '        {',
      ...sections,
      '        }',
      '        return false;',
      '    }',
      ...helpers.flat(),
      ...(others ? otherReader(type) : []),
    ];
  }

  private unionPlan(d: UnionDeclaration): UnionPlan | null {
    return this.planned(d.id, this.unions, () => this.planUnion(d), PENDING_UNION);
  }

  /**
   * A declaration's plan, made once. A reference back to a declaration being planned (a tree:
   * filters holding filters) counts on it reading fast (`pending`): its reader will exist if its
   * plan does. Where the plan then fails, the plans made since counted on it wrongly, and are
   * dropped, to be made again when asked (with it known not to read fast).
   */
  private planned<T>(id: string, plans: Map<string, T | null>, make: () => T | null, pending: T): T | null {
    const known = plans.get(id);
    if (known !== undefined) return known;
    if (plans.has(id)) return null;
    if (this.planning.has(id)) {
      this.counted.add(id);
      return pending;
    }
    const mark = this.made.length;
    this.planning.add(id);
    const plan = make();
    this.planning.delete(id);
    if (plan === null && this.counted.has(id)) for (const drop of this.made.splice(mark)) drop();
    this.counted.delete(id);
    plans.set(id, plan);
    this.made.push(() => plans.delete(id));
    return plan;
  }

  private planUnion(d: UnionDeclaration): UnionPlan | null {
    // A union that allows null itself (a `{"type": "null"}` branch) reads its other values, and
    // whoever holds it reads the null (nullDeclared); a variant that reaches null would bind it.
    if (d.discriminator !== null || d.variants.some((v) => reachesNull(v, this.ctx))) return null;
    const node = this.schemaOf(d.id);
    if (node === null || !onlyKeys(node, ['type', 'oneOf', 'anyOf', 'discriminator'])) return null;
    const written = branchesOf(node);
    if (written === null) return null;
    const { mode } = written;
    const branches = written.branches.filter((b) => !isNullSchema(b));
    if (branches.length !== d.variants.length || written.branches.length - branches.length !== (d.nullable ? 1 : 0)) return null;
    // Each variant's schema where the converter looks for it (SchemaVariants validates it there).
    if (!branches.every((b, i) => this.locate(schemaUriAt(this.model, d.variantPointers[i]!)) === b)) return null;
    const allowed = has(node, 'type') ? this.kinds({ type: node['type']! }) : new Set(KINDS);
    const kinds = branches.map((b) => this.kinds(b));
    // The kinds the variants' C# types hold: what the union is expected to read.
    const expected = new Set(d.variants.flatMap((v) => [...this.typeKinds(v, [])]));
    const byKind = new Map<Kind, ValueRead | TagTree>();
    const others: Kind[] = [];
    for (const kind of KINDS) {
      const candidates = kinds.flatMap((k, i) => (k.has(kind) && allowed.has(kind) ? [i] : []));
      if (kind === 'null' || !expected.has(kind) || candidates.length === 0) continue;
      const read = this.kindRead(d, mode, branches, kind, candidates);
      if (read === null) others.push(kind);
      else byKind.set(kind, read);
    }
    return byKind.size === 0 && others.length === 0 ? null : { byKind, others, complete: !expected.has('null') };
  }

  /** How a union reads a value of `kind` that the variants `candidates` (ascending) allow, or null. */
  private kindRead(d: UnionDeclaration, mode: Mode, branches: readonly JsonValue[], kind: Kind, candidates: readonly number[]): ValueRead | TagTree | null {
    const first = candidates[0]!;
    if (candidates.length === 1 || (mode === 'anyOf' && this.holdsEvery(branches[first]!, kind))) return this.variantRead(d, branches, first);
    return kind === 'object' ? this.tagTree(d, branches, candidates, new Set()) : null;
  }

  /** The variants `candidates` (ascending) an object can be, told apart by a member not in `used`, or null. */
  private tagTree(d: UnionDeclaration, branches: readonly JsonValue[], candidates: readonly number[], used: ReadonlySet<string>): TagTree | null {
    if (used.size >= MAX_TAG_LEVELS) return null;
    const index = orNull(() =>
      this.registry.tagsWithout(
        candidates.map((i) => branches[i]!),
        used,
      ),
    );
    if (index === null) return null;
    const byTag = new Map<string, ValueRead | TagTree>();
    let complete = index.other.length === 0;
    for (const [tag, left] of index.byTag) {
      const variants = left.map((j) => candidates[j]!);
      const read = !wellFormed(tag)
        ? null
        : variants.length === 1
          ? this.variantRead(d, branches, variants[0]!)
          : this.tagTree(d, branches, variants, new Set([...used, index.wire]));
      if (read === null || ('wire' in read && !read.complete)) complete = false;
      if (read !== null) byTag.set(tag, read);
    }
    return byTag.size === 0 ? null : { wire: index.wire, byTag, complete };
  }

  /** Variant `i` of a union read as FromJson binds it (its type without null), or null. */
  private variantRead(d: UnionDeclaration, branches: readonly JsonValue[], i: number): ValueRead | null {
    return this.value(branches[i]!, d.variants[i]!, baseType(d.variants[i]!, this.ctx));
  }

  /**
   * The kinds of value a schema can accept, at most (a keyword the search does not follow only
   * narrows what the schema accepts). A `$ref` counts alone, its siblings not: before draft
   * 2019-09 they are ignored.
   */
  private kinds(node: JsonValue, depth = 0): Set<Kind> {
    const found = new Set<Kind>(KINDS);
    if (!isObject(node) || depth > MAX_KIND_DEPTH) return found;
    const keep = (allowed: Iterable<Kind>): void => {
      const kept = new Set(allowed);
      for (const k of [...found]) if (!kept.has(k)) found.delete(k);
    };
    if (typeof node['$ref'] === 'string') {
      const target = this.targetOf(node);
      return target === null ? found : this.kinds(target, depth + 1);
    }
    const types = typeof node['type'] === 'string' ? [node['type']] : Array.isArray(node['type']) ? node['type'] : null;
    // A type name no draft defines (draft 3's "any") restricts nothing here: the validator decides it.
    const known = types !== null && types.every((t) => t === 'integer' || KINDS.includes(t as Kind));
    if (known) keep(types.map((t) => (t === 'integer' ? 'number' : (t as Kind))));
    const values = has(node, 'const') ? [node['const']!] : Array.isArray(node['enum']) ? node['enum'] : null;
    if (values !== null) keep(values.map(kindOf));
    if (Array.isArray(node['allOf'])) for (const b of node['allOf']) keep(this.kinds(b, depth + 1));
    for (const k of ['anyOf', 'oneOf'] as const) {
      const branches = node[k];
      if (Array.isArray(branches)) keep(branches.flatMap((b) => [...this.kinds(b, depth + 1)]));
    }
    return found;
  }

  /**
   * Whether a schema accepts every value of a kind: its `type` alone (through `$ref`s), an
   * annotation `format` beside it, or an `anyOf` one of whose branches does (OpenAI's model ids:
   * any string, or one of these).
   */
  private holdsEvery(node: JsonValue, kind: Kind, depth = 0): boolean {
    if (!isObject(node) || depth > MAX_KIND_DEPTH) return false;
    if (onlyKeys(node, ['$ref'])) {
      const target = this.targetOf(node);
      return target !== null && this.holdsEvery(target, kind, depth + 1);
    }
    const leaf = this.leaf(node);
    const branches = leaf['anyOf'];
    if (Array.isArray(branches) && onlyKeys(leaf, ['type', 'anyOf']) && (!has(leaf, 'type') || leaf['type'] === kind)) {
      return branches.some((b) => this.holdsEvery(b, kind, depth + 1));
    }
    return onlyKeys(leaf, ['type']) && node['type'] === kind;
  }

  /** The kinds of value a variant's C# type holds (a declaration's, through references). */
  private typeKinds(type: TypeRef, seen: readonly string[]): Set<Kind> {
    const t = resolveAlias(type, this.ctx.byId);
    const kinds = new Set<Kind>(t.nullable ? ['null'] : []);
    const add = (...more: Kind[]): Set<Kind> => {
      for (const k of more) kinds.add(k);
      return kinds;
    };
    switch (t.kind) {
      case 'string':
        return add('string');
      case 'integer':
      case 'number':
        return add('number');
      case 'boolean':
        return add('boolean');
      case 'null':
        return add('null');
      case 'const':
        return add(kindOf(t.value));
      case 'array':
        return add('array');
      case 'map':
        return add('object');
      case 'ref': {
        const d = lookup(this.ctx.byId, t.id); // not an alias: resolveAlias looked through those
        if (d.kind === 'alias') return add(...KINDS);
        if (d.nullable) kinds.add('null');
        if (d.kind === 'enum') return add(...d.values.map(kindOf));
        if (d.kind === 'union' && d.discriminator === null) {
          if (seen.includes(d.id)) return kinds;
          return add(...d.variants.flatMap((v) => [...this.typeKinds(v, [...seen, d.id])]));
        }
        return add('object');
      }
      default:
        return add(...KINDS);
    }
  }

  /** A variant a dispatch reads fast: an object declaration with a fast reader whose schema requires the tag. */
  private dispatchable(id: string): boolean {
    const d = lookup(this.ctx.byId, id);
    return d.kind === 'object' && this.objectReads(d) !== null;
  }

  /**
   * Whether a discriminated union's own schema is exactly "the variant its tag names": a oneOf or
   * anyOf of `$ref`s to its variants, each requiring the tag with the constant the mapping gives
   * it (a `const`, or an `enum` of that one value as OpenAI writes it), the constants distinct (so
   * no other branch can hold), every variant reading fast.
   */
  private unionDispatches(d: UnionDeclaration): boolean {
    const discriminator = d.discriminator;
    if (discriminator === null || d.nullable) return false;
    const node = this.schemaOf(d.id);
    if (node === null || !onlyKeys(node, ['type', 'oneOf', 'anyOf', 'discriminator'])) return false;
    if (has(node, 'type') && node['type'] !== 'object') return false;
    const branches = branchesOf(node)?.branches;
    if (branches === undefined) return false;
    if (branches.length !== discriminator.mapping.length || new Set(discriminator.mapping.map((m) => m.value)).size !== branches.length) return false;
    return discriminator.mapping.every((m, i) => {
      const branch = branches[i];
      if (!isObject(branch) || !this.dispatchable(m.id)) return false;
      // A reference to the variant, or the variant's schema where it stands (hoisted).
      const target = onlyKeys(branch, ['$ref']) ? this.targetOf(branch) : branch;
      const variant = this.schemaOf(m.id);
      if (target === null || target !== variant || variant === null) return false;
      const tag = isObject(variant['properties']) ? variant['properties'][discriminator.propertyName] : undefined;
      const required = Array.isArray(variant['required']) && variant['required'].includes(discriminator.propertyName);
      return required && isObject(tag) && namesOnly(tag, m.value);
    });
  }

  private objectReads(d: ObjectDeclaration): readonly MemberRead[] | null {
    return this.planned(d.id, this.objects, () => this.planObject(d), PENDING_OBJECT);
  }

  private planObject(d: ObjectDeclaration): MemberRead[] | null {
    if ((d.additional.kind !== 'allow' && d.additional.kind !== 'deny') || d.properties.length > MAX_PROPERTIES) return null;
    const schema = this.schemaOf(d.id);
    const closed = d.additional.kind === 'deny';
    if (schema === null) return null;
    // An object that may be null (`type: [object, null]`) reads as the object; who reads it reads null (nullDeclared).
    // Its `$id` (a resource of its own: OpenAPI's recursive trees) changes only what its `$ref`s name, which the registry resolved.
    const node = withoutId(d.nullable ? withoutNull(schema, 'object') : schema);
    if (node === null) return null;
    // `additionalProperties: false` sees only its own schema's properties: no allOf beside it.
    if (closed && (!onlyKeys(node, ['type', 'properties', 'required', 'additionalProperties']) || node['additionalProperties'] !== false)) return null;
    const { additionalProperties: _closed, ...open } = node;
    const parts = objectParts(closed ? open : node, (ref) => this.targetOf(ref), MAX_KIND_DEPTH);
    if (parts === null) return null;
    // The parts' properties (each member's schemas: one per part naming it; a member several parts
    // name must satisfy each, memberRead) and required names.
    const members = objectMembers(parts, closed);
    if (members === null) return null;
    const { properties, required } = members;
    // The class's properties are the schema's, in the converter's order (names: SchemaNames).
    const ordered = orderProperties(d.properties, this.ctx.order);
    if (ordered.length !== properties.size || !ordered.every((p) => properties.has(p.jsonName))) return null;
    if (!required.every((name) => ordered.some((p) => p.jsonName === name && p.required))) return null;
    if (ordered.some((p) => p.required && !required.includes(p.jsonName))) return null;
    const names = this.ctx.names.properties.get(d.id)!;
    const reads: MemberRead[] = [];
    let parameter = 0;
    for (const p of ordered) {
      const read = this.memberRead(p, properties.get(p.jsonName)!, names[d.properties.indexOf(p)]!.member, parameter);
      if (read === null) return null;
      if (read.parameter !== null) parameter++;
      reads.push(read);
    }
    return reads;
  }

  /**
   * How member `p` is read when `schemas` (one per part naming it) each hold for it: by the first
   * that reads fast (one may be the declaration the class names) where each other one says the
   * same, says less (OpenAI's `top_logprobs`: an integer from 0 to 20, and an integer from 0 to 20
   * or null), or is a test of the value's token alone, made first (OpenAI's statuses: a string of
   * these, and a string of those); null otherwise.
   */
  private memberRead(p: Property, schemas: readonly JsonValue[], member: string, parameter: number): MemberRead | null {
    for (const schema of schemas) {
      const read = this.member(p, schema, member, parameter);
      if (read === null) continue;
      const tests: string[] = [];
      const holds = schemas.every((other) => {
        if (other === schema || this.sameSchema(schema, other) || this.implies(schema, other, 0)) return true;
        const test = this.tokenRefusal(other, `$localHolds${tests.length}`);
        if (test !== null) tests.push(`(${test})`);
        return test !== null;
      });
      if (holds) return tests.length === 0 ? read : { ...read, refuses: [...tests, ...(read.refuses === 'false' ? [] : [read.refuses])].join(' || ') };
    }
    return null;
  }

  /**
   * Whether every value schema `a` accepts, schema `b` accepts too, as far as their leaf keywords
   * show it (a type, values, bounds; `b` may be an anyOf with such a branch); false when unsure.
   */
  private implies(a: JsonValue, b: JsonValue, depth: number): boolean {
    const [x, y] = [this.followed(a), this.followed(b)];
    if (holdsAll(y)) return true;
    if (!isObject(x) || !isObject(y) || depth > MAX_KIND_DEPTH) return false;
    if (onlyKeys(y, ['anyOf']) && Array.isArray(y['anyOf'])) return y['anyOf'].some((branch) => this.implies(x, branch, depth + 1));
    if (!onlyKeys(y, LEAF_KEYWORDS) || hasCoreKeyword(x)) return false;
    const xTypes = typesOf(x);
    const yTypes = typesOf(y);
    if (yTypes !== null && (xTypes === null || !xTypes.every((t) => yTypes.includes(t) || (t === 'integer' && yTypes.includes('number'))))) return false;
    const values = (node: Obj): JsonValue[] | null => (has(node, 'const') ? [node['const']!] : Array.isArray(node['enum']) ? node['enum'] : null);
    const [xValues, yValues] = [values(x), values(y)];
    if (yValues !== null && (xValues === null || !xValues.every((v) => yValues.some((w) => sameJson(v, w))))) return false;
    // Each bound `b` sets, `a` sets as tight or tighter.
    const atLeast = (k: string): boolean => !has(y, k) || (typeof x[k] === 'number' && typeof y[k] === 'number' && x[k] >= y[k]);
    const atMost = (k: string): boolean => !has(y, k) || (typeof x[k] === 'number' && typeof y[k] === 'number' && x[k] <= y[k]);
    return ['minimum', 'exclusiveMinimum', 'minLength'].every(atLeast) && ['maximum', 'exclusiveMaximum', 'maxLength'].every(atMost);
  }

  /**
   * A test refusing the value's token unless schema `node` accepts it, that reads nothing: a string
   * among values, an integer within bounds (`local` names the integer it reads), or null when the
   * schema says more than such a test tells.
   */
  private tokenRefusal(node: JsonValue, local: string): string | null {
    const y = this.followed(node);
    if (!isObject(y)) return null;
    // What string() and integer() test before they read the value, where that is the whole schema.
    if (has(y, 'enum') || has(y, 'const')) {
      const read = onlyKeys(y, ['type', 'enum', 'const']) ? string(this.utf8, y, () => null) : null;
      return read === null ? null : read.refuses;
    }
    const read = onlyKeys(y, ['type', 'minimum', 'maximum']) && y['type'] === 'integer' ? integer(y, 'big') : null;
    return read === null ? null : read.refuses.replace(/\$localLong/g, () => local);
  }

  /** How member `p` (schema `node`) is read, or null when it does not read fast. */
  private member(p: Property, node: JsonValue, member: string, parameter: number): MemberRead | null {
    if (!isObject(node)) return null;
    const resolved = resolveAlias(p.type, this.ctx.byId);
    // A required constant the class holds already (FromJson does not read it): checked only. Its
    // schema may be a declaration's, through a `$ref` (OpenAI's one-value enums: `"30m"`).
    if (p.required && resolved.kind === 'const') {
      const value = resolved.value;
      node = this.followed(node);
      if (!isObject(node)) return null;
      const fixed = has(node, 'const')
        ? node['const'] === value && !has(node, 'enum')
        : Array.isArray(node['enum']) && node['enum'].length === 1 && node['enum'][0] === value;
      if (typeof value !== 'string' || !onlyKeys(node, ['type', 'const', 'enum']) || !fixed || !wellFormed(value)) return null;
      if (has(node, 'type') && node['type'] !== 'string') return null;
      const refuses = `reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(${this.utf8.of(value)})`;
      return { local: null, refuses, statements: [], parameter: null, member: null, name: p.jsonName };
    }
    // As FromJson reads it (views/object-members.ts): a required member, or an optional one that
    // may be null (its presence then set by the member's setter), by its own type; any other
    // optional one by its type without null.
    const own = csType(p.type, this.ctx);
    const read = this.value(node, p.type, p.required || own.nullable ? own : baseType(p.type, this.ctx));
    if (read === null) return null;
    return { ...read, parameter: p.required ? parameter : null, member: p.required ? null : member, name: p.jsonName };
  }

  /** How a value of `type` (C# `cs`, schema `node`) is read, or null when it does not read fast. */
  private value(node: JsonValue, type: TypeRef, cs: CsType): ValueRead | null {
    if (!isObject(node)) return null;
    // Any JSON (`{}`): the element as ReadElement keeps it.
    if (cs.holdsNull) return resolveAlias(type, this.ctx.byId).kind === 'any' && Object.keys(node).length === 0 ? ANY : null;
    if (type.kind === 'ref') {
      // A reference to an alias: the value it names, as the alias's schema says.
      const alias = lookup(this.ctx.byId, type.id);
      if (alias.kind === 'alias') {
        const target = onlyKeys(node, ['$ref']) ? this.targetOf(node) : node;
        if (target === null || target !== this.schemaOf(alias.id)) return null;
        return this.value(target, { ...alias.type, nullable: alias.type.nullable || type.nullable } as TypeRef, cs);
      }
    }
    const resolved = resolveAlias(type, this.ctx.byId);
    if (cs.nullable) return this.nullable(node, resolved);
    if (cs.reader === 'SchemaRuntime.ReadString') return string(this.utf8, this.leaf(node), (source) => this.pattern(source));
    const integral = INTEGERS.get(cs.reader);
    if (integral !== undefined) return integer(this.leaf(node), integral);
    if (cs.reader === 'SchemaRuntime.ReadDouble') return number(this.leaf(node));
    if (cs.reader === 'SchemaRuntime.ReadBoolean') {
      if (!onlyKeys(this.leaf(node), ['type']) || node['type'] !== 'boolean') return null;
      return {
        local: 'bool',
        refuses: 'reader.TokenType != JsonTokenType.True && reader.TokenType != JsonTokenType.False',
        statements: ['$local = reader.TokenType == JsonTokenType.True;'],
      };
    }
    if (resolved.kind === 'ref') {
      const target = lookup(this.ctx.byId, resolved.id);
      const names = this.ctx.declared.get(target.id)!;
      // The declaration's schema where it stands (an inline object hoisted), or a reference to it.
      const schema = this.schemaOf(target.id);
      if (cs.reader !== `${names.companion}.FromJson` || (node !== schema && (!onlyKeys(node, ['$ref']) || this.targetOf(node) !== schema))) return null;
      if (!this.readsFast(target)) return null;
      const local = target.kind === 'enum' ? names.type : `${names.type}?`;
      return { local, refuses: `!${names.companion}.TryRead(ref reader, out $local)`, statements: [], reader: `${names.companion}.TryRead` };
    }
    if (resolved.kind === 'array') {
      if (!onlyKeys(node, ['type', 'items', 'minItems', 'maxItems']) || node['type'] !== 'array' || !has(node, 'items')) return null;
      const itemType = csType(resolved.items, this.ctx);
      const item = this.value(node['items']!, resolved.items, itemType);
      const min = node['minItems'] ?? 0;
      const max = node['maxItems'];
      if (item === null || !isCount(min) || (max !== undefined && !isCount(max))) return null;
      if (item.reader !== undefined && cs.text === `IReadOnlyList<${itemType.text}>`) {
        const read = `SchemaRuntime.TryReadList<${itemType.text}>(ref reader, ${item.reader}, ${longBounds(min, max)}, out $local)`;
        return { local: `${cs.text}?`, refuses: `!${read}`, statements: [] };
      }
      const counted = [...(min === 0 ? [] : [`$localList.Count < ${min}`]), ...(max === undefined ? [] : [`$localList.Count > ${max}`])];
      return {
        local: `${cs.text}?`,
        refuses: 'reader.TokenType != JsonTokenType.StartArray',
        statements: [
          `var $localList = new List<${itemType.text}>();`,
          'while (true)',
          '{',
          '    if (!reader.Read()) return false;',
          '    if (reader.TokenType == JsonTokenType.EndArray) break;',
          ...readInto(item, '$localItem').map((line) => `    ${line}`),
          `    $localList.Add(${held(item, '$localItem')});`,
          '}',
          ...(counted.length === 0 ? [] : [`if (${counted.join(' || ')}) return false;`]),
          '$local = $localList;',
        ],
      };
    }
    if (resolved.kind === 'map') return this.map(node, resolved.values, cs);
    return null;
  }

  /**
   * A map (`type: object` and `additionalProperties`, the values' schema, or none: any value),
   * read as ReadMap reads it into a Dictionary; a name written twice is FromJson's path (the last
   * one counts there).
   */
  private map(node: Obj, values: TypeRef, cs: CsType): ValueRead | null {
    const leaf = this.leaf(node);
    if (!onlyKeys(leaf, ['type', 'additionalProperties', 'propertyNames', 'minProperties', 'maxProperties']) || leaf['type'] !== 'object') return null;
    const min = leaf['minProperties'] ?? 0;
    const max = leaf['maxProperties'];
    const key = has(leaf, 'propertyNames') ? keyChecks(this.utf8, leaf['propertyNames']!, (source) => this.pattern(source)) : [];
    if (key === null || !isCount(min) || (max !== undefined && !isCount(max))) return null;
    const counted = [...(min === 0 ? [] : [`$localMap.Count < ${min}`]), ...(max === undefined ? [] : [`$localMap.Count > ${max}`])];
    const schema = leaf['additionalProperties'];
    const valueType = csType(values, this.ctx);
    const any = schema === undefined || schema === true;
    const item: ValueRead | null = any
      ? valueType.base === 'JsonElement' && resolveAlias(values, this.ctx.byId).kind === 'any'
        ? ANY
        : null
      : this.value(schema, values, valueType);
    if (item === null) return null;
    if (item.reader !== undefined && key.length === 0 && cs.text === `IReadOnlyDictionary<string, ${valueType.text}>`) {
      const read = `SchemaRuntime.TryReadMap<${valueType.text}>(ref reader, ${item.reader}, ${longBounds(min, max)}, out $local)`;
      return { local: `${cs.text}?`, refuses: `!${read}`, statements: [] };
    }
    return {
      local: `${cs.text}?`,
      refuses: 'reader.TokenType != JsonTokenType.StartObject',
      statements: [
        `var $localMap = new Dictionary<string, ${valueType.text}>();`,
        'while (true)',
        '{',
        '    if (!reader.Read()) return false;',
        '    if (reader.TokenType == JsonTokenType.EndObject) break;',
        '    if (reader.TokenType != JsonTokenType.PropertyName) return false;',
        '    var $localKey = reader.GetString()!;',
        ...key.map((line) => `    ${line}`),
        '    if (!reader.Read()) return false;',
        ...readInto(item, '$localItem').map((line) => `    ${line}`),
        `    if (!$localMap.TryAdd($localKey, ${held(item, '$localItem')})) return false;`,
        '}',
        ...(counted.length === 0 ? [] : [`if (${counted.join(' || ')}) return false;`]),
        '$local = $localMap;',
      ],
    };
  }

  /**
   * The test that `$local!` matches a `pattern`, as the compiled checks match it (checks.ts): on
   * the linear-time matcher where the `patterns` option says so, else by .NET, with the
   * translation of a pattern the interpreter's table translates, or the source as written; null
   * when it does not translate (the interpreter decides it).
   */
  private pattern(source: JsonValue): string | null {
    if (typeof source !== 'string') return null;
    let translated: string;
    try {
      translated = translatePattern(source, 'dotnet');
    } catch {
      return null;
    }
    if (this.tabled.has(source) && runsLinear(source, this.patterns)) return `SchemaRuntime.MatchesLinear($local!, ${readerString(linearProgramText(source))})`;
    return `SchemaRuntime.Matches($local!, ${readerString(this.tabled.has(source) ? translated : source)})`;
  }

  /** A leaf schema without what only annotates it here: `format`, unless formats assert. */
  private leaf(node: Obj): Obj {
    if (this.formatAssertion || typeof node['format'] !== 'string') return node;
    const { format: _format, ...rest } = node;
    return rest;
  }

  /** The TryRead method of an alias (`type`: the aliased C# type), read as the value it aliases, or null. */
  aliasReader(d: AliasDeclaration, type: string): string[] | null {
    const cs = csType(d.type, this.ctx);
    const node = this.schemaOf(d.id);
    const read = node === null ? null : this.value(node, d.type, cs);
    if (read === null) return null;
    return [
      `    /// <summary>Reads a valid value straight from the reader, or false to leave it to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
      '    {',
      '        value = default!;',
      ...readInto(read, 'm0').map((line) => `        ${line}`),
      `        value = ${held(read, 'm0')};`,
      '        return true;',
      '    }',
    ];
  }

  /** Whether a declaration reads fast inside another value (its converter has a TryRead that leaves nothing it holds to FromJson's path by design). */
  private readsFast(d: Declaration): boolean {
    if (d.kind === 'object') return this.objectReads(d) !== null;
    if (d.kind === 'enum') return this.enumReads(d);
    if (d.kind === 'union') return d.discriminator === null ? this.unionPlan(d)?.complete === true : this.unionDispatches(d);
    return false;
  }

  /**
   * A value that may be null: its schema `anyOf` [the value's, `{"type": "null"}`] (either order)
   * or `"type": [T, "null"]` with the value's keywords beside it (no `enum` or `const`, which
   * would name null too), or a reference to a declaration that allows null itself
   * (nullDeclared); null reads as null, anything else as the value. The local is null until
   * read, as FromJson's ReadNullable gives for JSON null.
   */
  private nullable(node: Obj, type: TypeRef): ValueRead | null {
    if (type.kind === 'null' || type.kind === 'any') return null;
    const inner = { ...type, nullable: false } as TypeRef;
    const cs = baseType(inner, this.ctx);
    // Null reached another way: a declaration that allows it itself (nullDeclared), or an alias or a union's variant (not read fast).
    const innerRead = (at: JsonValue): ValueRead | null =>
      !csType(inner, this.ctx).nullable ? this.value(at, inner, cs) : inner.kind === 'ref' ? this.nullDeclared(at, inner.id) : null;
    if (!type.nullable) return type.kind === 'ref' ? orNullRead(this.nullDeclared(node, type.id), cs) : null;
    let innerNode: JsonValue | undefined;
    const branches = node['anyOf'];
    if (onlyKeys(node, ['anyOf']) && Array.isArray(branches) && branches.length === 2) {
      if (isNullSchema(branches[1])) innerNode = branches[0];
      else if (isNullSchema(branches[0])) innerNode = branches[1];
    } else if (Array.isArray(node['type']) && node['type'].length === 2 && node['type'].includes('null') && !has(node, 'enum') && !has(node, 'const')) {
      innerNode = { ...node, type: node['type'].find((t) => t !== 'null')! };
    }
    return orNullRead(innerNode === undefined ? null : innerRead(innerNode), cs);
  }

  /**
   * A value (schema `node`: the declaration's own, or a `$ref` to it) of a declaration that allows
   * null itself (`type: [object, null]`, an enum with null, a union with a null branch), read by
   * its TryRead when it is not null; null when it does not read fast.
   */
  private nullDeclared(node: JsonValue, id: string): ValueRead | null {
    const d = lookup(this.ctx.byId, id);
    if ((d.kind !== 'object' && d.kind !== 'enum' && d.kind !== 'union') || !d.nullable || !isObject(node)) return null;
    const schema = this.schemaOf(d.id);
    if (schema === null || (node !== schema && (!onlyKeys(node, ['$ref']) || this.targetOf(node) !== schema)) || !this.readsFast(d)) return null;
    const names = this.ctx.declared.get(d.id)!;
    const local = d.kind === 'enum' ? names.type : `${names.type}?`;
    return { local, refuses: `!${names.companion}.TryRead(ref reader, out $local)`, statements: [] };
  }

  /**
   * Whether an enum reads fast: its schema is the enum of its values (and their `type`), a few
   * values, each a string or an integer a long holds (read as TryGetInt64 reads it: 1.0 is
   * FromJson's).
   */
  private enumReads(d: EnumDeclaration): boolean {
    if (d.values.length > MAX_ENUM_VALUES) return false;
    const strings = d.valueType === 'string';
    if (!strings && d.valueType !== 'integer' && d.valueType !== 'number') return false;
    const schema = this.schemaOf(d.id);
    // An enum that may be null (`type: [string, null]`, null among its values) reads its values; who reads it reads null (nullDeclared).
    const node = schema === null ? null : d.nullable ? withoutNull(schema, strings ? 'string' : d.valueType) : schema;
    if (node === null || !onlyKeys(this.leaf(node), ['type', 'enum'])) return false;
    if (has(node, 'type') && !(strings ? node['type'] === 'string' : node['type'] === 'integer' || node['type'] === 'number')) return false;
    const values = node['enum'];
    const fits = (v: JsonValue): boolean => (strings ? typeof v === 'string' && wellFormed(v) : typeof v === 'number' && Number.isSafeInteger(v));
    return Array.isArray(values) && values.length === d.values.length && values.every((v, i) => v === d.values[i] && fits(v));
  }

  /** The TryRead method of an enum's converter (`members`: each value's member, qualified), or null. */
  enumReader(d: EnumDeclaration, members: readonly string[]): string[] | null {
    if (!this.enumReads(d)) return null;
    const type = this.ctx.declared.get(d.id)!.type;
    const strings = d.valueType === 'string';
    const test = (v: string | number | boolean): string => (strings ? `reader.ValueTextEquals(${this.utf8.of(v as string)})` : `wire == ${v}L`);
    return [
      `    /// <summary>Reads a <see cref="${type}"/> straight from the reader, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, out ${type} value)`,
      '    {',
      '        value = default;',
      strings
        ? '        if (reader.TokenType != JsonTokenType.String) return false;'
        : '        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var wire)) return false;',
      ...d.values.map((v, i) => `        ${i === 0 ? '' : 'else '}if (${test(v)}) value = ${members[i]!};`),
      '        else return false;',
      '        return true;',
      '    }',
    ];
  }

  /**
   * Whether two schemas say the same, their `$ref`-only nodes followed: the same node, or the same
   * JSON with no reference inside (which could resolve elsewhere from elsewhere).
   */
  private sameSchema(a: JsonValue, b: JsonValue): boolean {
    const [x, y] = [this.followed(a), this.followed(b)];
    return x === y || (sameJson(x, y) && !hasCoreKeyword(x));
  }

  /** A schema with its `$ref`-only nodes followed to what they name (as far as the registry finds them). */
  private followed(node: JsonValue, depth = 0): JsonValue {
    if (!isObject(node) || !onlyKeys(node, ['$ref']) || depth > MAX_KIND_DEPTH) return node;
    const target = this.targetOf(node);
    return target === null ? node : this.followed(target, depth + 1);
  }

  /** A declaration's schema as the validation documents hold it, or null. */
  private schemaOf(id: string): Obj | null {
    if (this.none) return null;
    const node = orNull(() => this.registry.locate(schemaUriOf(this.model, lookup(this.ctx.byId, id))));
    return isObject(node) ? node : null;
  }

  private locate(uri: string): JsonValue | null {
    return orNull(() => this.registry.locate(uri));
  }

  private targetOf(node: Obj): JsonValue | null {
    return orNull(() => this.registry.target(node));
  }
}

/** A tag's value, and the statements (a block, or one statement) reading the value it leaves; they return. */
type TagCase = readonly [tag: string, body: readonly string[]];

/** At most this many tags are compared one by one; more are looked up (the runtime's SchemaTags). Neither makes a string. */
const COMPARED_TAGS = 8;

/**
 * A TryRead that looks ahead for the first member named `wire` (the variant's own reader refuses
 * a value that names it again) and, when it is a string, reads the value by the case of that tag
 * (each returning); anything else (no such member, another value, another tag) is `otherwise`
 * (left to FromJson's path, or read as one of a union's other values).
 */
function tagReader(utf8: Utf8Constants, type: string, how: string, wire: string, cases: readonly TagCase[], otherwise: string, name = 'TryRead'): string[] {
  const indent = (lines: readonly string[], by: string): string[] => lines.map((l) => `${by}${l}`);
  // Under an `if`, a block stands at the `if`'s indent and one statement deeper.
  const dispatch =
    cases.length <= COMPARED_TAGS
      ? cases.flatMap(([tag, lines]) => [
          `            if (probe.ValueTextEquals(${utf8.of(tag)}))`,
          ...indent(lines, lines[0]!.startsWith('{') ? '            ' : '                '),
        ])
      : [
          `            switch (${name}Tags.IndexOf(ref probe))`,
          '            {',
          ...cases.flatMap(([, lines], i) => [`                case ${i}:`, ...indent(lines, '                    ')]),
          '            }',
        ];
  return [
    ...(cases.length <= COMPARED_TAGS
      ? []
      : [`    private static readonly SchemaTags ${name}Tags = new SchemaTags(${cases.map(([tag]) => csString(tag)).join(', ')});`, '']),
    `    /// <summary>Reads a valid <see cref="${type}"/> straight from the reader ${how}, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
    `    ${name === 'TryRead' ? 'internal' : 'private'} static bool ${name}(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
    '    {',
    '        value = default!;',
    '        if (reader.TokenType != JsonTokenType.StartObject) return false;',
    '        var probe = reader;',
    '        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)',
    '        {',
    `            var isTag = probe.ValueTextEquals(${utf8.of(wire)});`,
    '            if (!probe.Read()) return false;',
    '            if (!isTag)',
    '            {',
    '                if (!probe.TrySkip()) return false;',
    '                continue;',
    '            }',
    `            if (probe.TokenType != JsonTokenType.String) ${otherwise}`,
    ...dispatch,
    `            ${otherwise}`,
    '        }',
    `        ${otherwise}`,
    '    }',
  ];
}

/**
 * A union's reader of the values no variant's reader takes (UnionPlan.complete): the value as a
 * JsonElement, checked by the union's validator and bound by FromJson, as the document's path
 * reads it, without sending the whole value that holds it there.
 */
function otherReader(type: string): string[] {
  return [
    '',
    `    /// <summary>Reads a value of <see cref="${type}"/> no variant's reader takes: as a JsonElement, checked by the validator and bound by FromJson.</summary>`,
    `    private static bool TryReadOther(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
    '    {',
    '        value = default!;',
    '        var element = JsonElement.ParseValue(ref reader);',
    '        if (!validator.IsValid(element)) return false;',
    '        value = FromJson(element)!;',
    '        return true;',
    '    }',
  ];
}

/** A string (with `const`, `enum` of strings, `minLength`, `maxLength`, `pattern`: `matches` gives the test that `$local!` matches it, or null). */
function string(utf8: Utf8Constants, node: Obj, matches: (source: JsonValue) => string | null): ValueRead | null {
  if (!onlyKeys(node, ['type', 'const', 'enum', 'minLength', 'maxLength', 'pattern'])) return null;
  const pattern = has(node, 'pattern') ? matches(node['pattern']!) : null;
  if (has(node, 'pattern') && pattern === null) return null;
  if (has(node, 'type') && node['type'] !== 'string') return null;
  if (has(node, 'const') && has(node, 'enum')) return null;
  const values = has(node, 'const') ? [node['const']] : has(node, 'enum') ? node['enum'] : null;
  if (values !== null && (!Array.isArray(values) || !values.every((v) => typeof v === 'string' && wellFormed(v)))) return null;
  if (!has(node, 'type') && values === null) return null;
  const min = node['minLength'] ?? 0;
  const max = node['maxLength'];
  if (!isCount(min) || (max !== undefined && !isCount(max))) return null;
  const among = values === null ? '' : ` || !(${(values as string[]).map((v) => `reader.ValueTextEquals(${utf8.of(v)})`).join(' || ') || 'false'})`;
  // A constant is its literal (the token matched it): no string made for it.
  const statements = [values !== null && values.length === 1 ? `$local = ${readerString(values[0] as string)};` : '$local = reader.GetString();'];
  if (values === null && min === 0 && max === undefined && pattern === null)
    return { local: 'string?', refuses: 'reader.TokenType != JsonTokenType.String', statements, reader: 'SchemaRuntime.TryReadString' };
  if (min !== 0 || max !== undefined) statements.push(`if (!SchemaRuntime.LengthWithin($local!, ${longBounds(min, max)})) return false;`);
  if (pattern !== null) statements.push(`if (!${pattern}) return false;`);
  return { local: 'string?', refuses: `reader.TokenType != JsonTokenType.String${among}`, statements };
}

/**
 * A map's `propertyNames` as checks of its key (`$localKey`, a string): a string's length and
 * pattern, as string() reads a value's; null when it says more.
 */
function keyChecks(utf8: Utf8Constants, node: JsonValue, matches: (source: JsonValue) => string | null): string[] | null {
  if (node === true) return [];
  if (!isObject(node) || !onlyKeys(node, ['type', 'minLength', 'maxLength', 'pattern']) || (has(node, 'type') && node['type'] !== 'string')) return null;
  // A value's checks after its read (its first statement), on the key.
  const read = string(utf8, { ...node, type: 'string' }, matches);
  return read === null ? null : read.statements.slice(1).map((line) => line.replace(/\$local!/g, () => '$localKey'));
}

/** The integers' readers -> how they are held. */
const INTEGERS: ReadonlyMap<string, 'int' | 'long' | 'big'> = new Map([
  ['SchemaRuntime.ReadInt32', 'int'],
  ['SchemaRuntime.ReadInt64', 'long'],
  ['SchemaRuntime.ReadBigInteger', 'big'],
] as const);

/**
 * An integer held as int, long or BigInteger (with integral `minimum`, `maximum`, or a `const` or
 * `enum` of integers): read as TryGetInt32 or TryGetInt64 read it (so not 1.0 or 1e2); a
 * BigInteger beyond a long's range is FromJson's.
 */
function integer(node: Obj, type: 'int' | 'long' | 'big'): ValueRead | null {
  if (!onlyKeys(node, ['type', 'minimum', 'maximum', 'const', 'enum']) || (has(node, 'const') && has(node, 'enum'))) return null;
  const values = has(node, 'const') ? [node['const']] : has(node, 'enum') ? node['enum'] : null;
  if (values !== null && (!Array.isArray(values) || !values.every((v) => typeof v === 'number' && Number.isSafeInteger(v)))) return null;
  if (node['type'] !== 'integer' && !(has(node, 'type') === false && values !== null)) return null;
  const read = type === 'big' ? '$localLong' : '$local';
  const tests = [`reader.TokenType != JsonTokenType.Number || !reader.TryGetInt${type === 'int' ? '32' : '64'}(out ${type === 'big' ? 'var ' : ''}${read})`];
  if (values !== null) tests.push(`!(${(values as number[]).map((v) => `${read} == ${v}L`).join(' || ') || 'false'})`);
  for (const [keyword, op] of [
    ['minimum', '<'],
    ['maximum', '>'],
  ] as const) {
    const limit = node[keyword];
    if (limit === undefined) continue;
    if (typeof limit !== 'number' || !Number.isSafeInteger(limit)) return null;
    // A bound the type holds already (an int's maximum of 2147483647) is no test.
    const [least, most] = type === 'int' ? [-(2 ** 31), 2 ** 31 - 1] : [-Infinity, Infinity];
    if (keyword === 'minimum' ? limit > least : limit < most) tests.push(`${read} ${op} ${limit}L`);
  }
  if (type === 'big') return { local: 'global::System.Numerics.BigInteger', refuses: tests.join(' || '), statements: ['$local = $localLong;'] };
  return { local: type, refuses: tests.join(' || '), statements: [] };
}

/**
 * A number a double holds (TryGetDouble refuses one beyond its range, as GetDouble does), with
 * `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`. The validator compares the number
 * as written, exactly; the double read is that number rounded, and rounding keeps order, so a
 * double below the one under the bound's double is a number below the bound (whichever of the
 * two doubles around the bound is nearest): the reader decides only there, and leaves a value
 * at the bound's doubles to FromJson's path.
 */
function number(node: Obj): ValueRead | null {
  if (!onlyKeys(node, ['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) || node['type'] !== 'number') return null;
  const tests = ['reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out $local)'];
  for (const keyword of ['minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum'] as const) {
    const bound = node[keyword];
    if (bound === undefined) continue;
    if (typeof bound !== 'number' || !Number.isFinite(bound)) return null;
    const below = keyword.endsWith('aximum');
    const edge = nextDouble(bound, below ? -1 : 1);
    if (!Number.isFinite(edge)) return null;
    // A double from the bound's neighbour on is too close to tell (the text may be just past
    // it): decided by the exact value where a decimal holds it and the bound (1 against a maximum
    // of 1, as OpenAI's top_p often is), else left to FromJson's path.
    const exact = decimalLiteral(bound);
    const holds = keyword.startsWith('exclusive') ? (below ? '<' : '>') : below ? '<=' : '>=';
    const near = `$local ${below ? '>=' : '<='} ${csDouble(edge)}`;
    tests.push(
      exact === null
        ? near
        : `(${near} && !(SchemaRuntime.ExactDecimal(ref reader, out var $localExact${tests.length}) && $localExact${tests.length} ${holds} ${exact}))`,
    );
  }
  return { local: 'double', refuses: tests.join(' || '), statements: [] };
}

/** A bound as a C# decimal literal, where a decimal holds it exactly as JavaScript prints it; else null. */
function decimalLiteral(x: number): string | null {
  const text = String(x);
  if (x !== 0 && (Math.abs(x) < 1e-20 || Math.abs(x) > 1e20)) return null;
  if (!/^-?\d+(\.\d+)?$/.test(text) || text.replace(/[-.]/g, '').length > 28) return null;
  return x < 0 ? `(${text}m)` : `${text}m`;
}

/** The double next to `x` downwards (-1) or upwards (1). */
function nextDouble(x: number, direction: -1 | 1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] = bits[0]! + (x > 0 === direction > 0 ? 1n : -1n);
  return new Float64Array(bits.buffer)[0]!;
}

/** A double as a C# literal that reads back as the same double (JavaScript's shortest round trip). */
function csDouble(x: number): string {
  const text = String(x);
  const literal = /[.e]/.test(text) ? text : `${text}.0`;
  return x < 0 ? `(${literal})` : literal;
}

/** A count's bounds as two C# longs (no maximum: long.MaxValue). */
function longBounds(min: number, max: number | undefined): string {
  return `${min}L, ${max === undefined ? 'long.MaxValue' : `${max}L`}`;
}

/** The statement refusing a value by its test, if it has one (a value that may be null has none: its statements decide). */
function refusal(refuses: string, indent: string): string[] {
  return refuses === 'false' ? [] : [`${indent}if (${refuses}) return false;`];
}

/** The statements reading a value into the local `name` (declared here): its declaration, the test refusing it, then its statements. */
function readInto(read: ValueRead, name: string): string[] {
  const named = (text: string): string => text.replace(/\$local/g, name);
  return [`${read.local} ${name} = default;`, ...refusal(named(read.refuses), ''), ...read.statements.map(named)];
}

/** The local `name` holding a value read, as its C# type without "?" where the read has set it. */
function held(read: { readonly local: string | null }, name: string): string {
  return `${name}${read.local?.endsWith('?') ? '!' : ''}`;
}

/**
 * How a value that may be null reads (`cs`: its type without null): null leaves the local null,
 * as FromJson's ReadNullable gives it; anything else is read as `read` reads it.
 */
function orNullRead(read: ValueRead | null, cs: CsType): ValueRead | null {
  if (read === null) return null;
  if (read.reader !== undefined && !cs.valueType)
    return { local: `${cs.text}?`, refuses: `!SchemaRuntime.TryReadNullable<${cs.text}>(ref reader, ${read.reader}, out $local)`, statements: [] };
  return {
    local: cs.valueType ? `${cs.base}?` : `${cs.text}?`,
    refuses: 'false',
    statements: [
      'if (reader.TokenType != JsonTokenType.Null)',
      '{',
      ...readInto(read, '$localValue').map((line) => `    ${line}`),
      `    $local = $localValue;`,
      '}',
    ],
  };
}

/**
 * A declaration's schema that allows null beside one type (`type: [T, "null"]`, null in its
 * `enum` too where it has one) as the schema of its other values (`type: T`, the enum without
 * null), or null when it allows null another way.
 */
function withoutNull(node: Obj, type: string): Obj | null {
  const types = node['type'];
  if (!Array.isArray(types) || types.length !== 2 || !types.includes('null') || !types.includes(type) || has(node, 'const')) return null;
  const values = node['enum'];
  if (values === undefined) return { ...node, type };
  if (!Array.isArray(values) || !values.includes(null)) return null;
  return { ...node, type, enum: values.filter((v) => v !== null) };
}

type Mode = 'oneOf' | 'anyOf';

/**
 * A union's branches as its schema writes them: its `oneOf` or its `anyOf` (not both). The
 * model's mode may differ (a oneOf whose branches exclude each other is an anyOf there); what
 * the reader may assume is the schema's.
 */
function branchesOf(node: Obj): { readonly mode: Mode; readonly branches: readonly JsonValue[] } | null {
  const mode: Mode = has(node, 'oneOf') ? 'oneOf' : 'anyOf';
  const branches = node[mode];
  return Array.isArray(branches) && !has(node, mode === 'oneOf' ? 'anyOf' : 'oneOf') ? { mode, branches } : null;
}

/** Whether a member's schema allows only `value` (its `const`, or an `enum` of it alone). */
function namesOnly(node: Obj, value: string): boolean {
  const values = node['enum'];
  return has(node, 'const')
    ? node['const'] === value && (!Array.isArray(values) || values.includes(value))
    : Array.isArray(values) && values.length === 1 && values[0] === value;
}

/** Whether two JSON values are the same (members in any order). */
function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]!));
  if (!isObject(a) || !isObject(b) || Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => has(b, k) && sameJson(a[k]!, b[k]!));
}

/** Whether a schema has a `$` keyword anywhere inside (`$ref`, `$id`, `$anchor`, ...): where it stands changes what it means. */
function hasCoreKeyword(node: JsonValue): boolean {
  if (Array.isArray(node)) return node.some(hasCoreKeyword);
  return isObject(node) && Object.entries(node).some(([k, v]) => k.startsWith('$') || hasCoreKeyword(v));
}

/** The keywords implies() compares. */
const LEAF_KEYWORDS = ['type', 'enum', 'const', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'minLength', 'maxLength'];

/** A length bound a long holds. */
const isCount = (n: JsonValue | undefined): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** A JSON value's kind. */
function kindOf(value: JsonValue): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value as 'string' | 'number' | 'boolean';
}

/** The statements reading a union's variant as `read` says and returning it as the union (`type`), in a block of their own. */
function variantLines(read: ValueRead, type: string): string[] {
  return ['{', ...readInto(read, 'v').map((line) => `    ${line}`), `    value = new ${type}(${held(read, 'v')});`, '    return true;', '}'];
}

/** What `find` gives, or null where the registry cannot follow the schema (Unsupported): that value keeps FromJson's path. */
function orNull<T>(find: () => T): T | null {
  try {
    return find();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
