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
// - an object declaration whose schema is `properties` and `required` (and `type: object`) and
//   nothing else, unknown members kept (no `additionalProperties`), at most 64 properties, each
//   a required constant string (checked, not bound, as FromJson does) or a value below;
// - values: a string (`const`, `enum` of strings, `minLength`, `maxLength`), an integer held as
//   int, long or BigInteger (integral `minimum`, `maximum`; read as TryGetInt64 reads it), a
//   double (`type: number` alone), a boolean, an array of values (`minItems`, `maxItems`), or a
//   reference to (or the inline schema of) a declaration that reads fast; each also where the
//   schema lets it be null (`anyOf` with `{"type": "null"}`, or `"type": [T, "null"]`);
// - a string enum of at most 64 values whose schema is that enum;
// - the tag dispatch of a discriminated union whose own schema is a oneOf or anyOf of `$ref`s,
//   each requiring the tag with its own constant (so only the variant the tag names can hold), or
//   of a shared base type (validated as the variant the tag names), every variant reading fast;
// - a union without a discriminator, for an object whose tag leaves one variant that reads fast
//   (inside another value only when every tag does);
// - an alias, as the value it names (FromJsonString then reads the text itself, which must hold
//   that one value).

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
import { lookup, orderProperties, resolveAlias, type PropertyOrder } from '../shared/common.js';
import { Unsupported, has, isObject, registryOf, type Obj, type SchemaRegistry } from '../shared/schema-reach.js';
import { wellFormed } from './checks.js';
import { csString } from './literals.js';
import type { CsharpNames } from './names.js';
import { baseType, csType, type CsType, type Ctx } from './types.js';

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
}

/** A union's tag member, and each tag that leaves one variant read fast -> that variant's id. */
interface UnionTags {
  readonly wire: string;
  readonly byTag: ReadonlyMap<string, string>;
  /**
   * Whether every tag reads fast. Only such a union reads fast inside another value: a tag left to
   * FromJson's path would send the whole value there, after reading it up to that point (one
   * response.done in a megabyte of events).
   */
  readonly complete: boolean;
}

/** How a member is read in the loop: as a value (`local` null: a required constant, checked, not bound). */
interface MemberRead {
  readonly local: string | null;
  readonly refuses: string;
  readonly statements: readonly string[];
  /** The constructor's parameter (its position) or, for an optional member, the member it sets. */
  readonly parameter: number | null;
  readonly member: string | null;
}

export class FastReaders {
  private readonly registry: SchemaRegistry;
  /** Declaration id -> its reader's member reads (null: it has no fast reader); a declaration being planned counts as none. */
  private readonly planned = new Map<string, readonly MemberRead[] | null>();
  /** Union id -> its tags read fast (null: none); a union being planned counts as none. */
  private readonly tagged = new Map<string, UnionTags | null>();

  constructor(
    private readonly model: Model,
    private readonly ctx: Ctx & { readonly names: CsharpNames; readonly order: PropertyOrder },
  ) {
    this.registry = registryOf(model);
  }

  /** The TryRead method of an object declaration's converter (lines, indented for the class body), or null; `additionalField`: the field unknown members go to. */
  objectReader(d: ObjectDeclaration, additionalField: string): string[] | null {
    const reads = this.objectReads(d);
    if (reads === null) return null;
    const type = this.ctx.declared.get(d.id)!.type;
    const bits = reads.map((_, i) => `0x${(2n ** BigInt(i)).toString(16).toUpperCase()}UL`);
    const required = reads.reduce((mask, r, i) => (r.parameter !== null || r.local === null ? mask | (1n << BigInt(i)) : mask), 0n);
    const locals = reads.flatMap((r, i) => (r.local === null ? [] : [`${r.local} m${i} = default;`]));
    // Each member once (a name written twice is FromJson's path: the last one counts there).
    const cases = reads.flatMap((r, i) => {
      const local = (s: string): string => s.replace(/\$local/g, `m${i}`);
      return [
        `                case ${i}:`,
        `                    if (!SchemaRuntime.Once(ref seen, ${bits[i]})${r.refuses === 'false' ? '' : ` || ${local(r.refuses)}`}) return false;`,
        ...r.statements.map((s) => `                    ${local(s)}`),
        '                    break;',
      ];
    });
    const parameters = reads
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.parameter !== null)
      .sort((a, b) => a.r.parameter! - b.r.parameter!)
      .map(({ r, i }) => `m${i}${r.local!.endsWith('?') ? '!' : ''}`);
    const optional = reads.flatMap((r, i) =>
      r.member === null ? [] : [`        if ((seen & ${bits[i]}) != 0) read.${r.member} = m${i}${r.local!.endsWith('?') ? '!' : ''};`],
    );
    return [
      `    /// <summary>Reads a valid <see cref="${type}"/> straight from the reader, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
      '    {',
      '        value = default!;',
      '        if (reader.TokenType != JsonTokenType.StartObject) return false;',
      ...locals.map((l) => `        ${l}`),
      '        Dictionary<string, JsonElement>? additional = null;',
      '        var seen = 0UL;',
      '        var hint = 0;',
      // Only the object's end ends the loop (a comment, where the options keep them, does not).
      '        while (true)',
      '        {',
      '            if (!reader.Read()) return false;',
      '            if (reader.TokenType == JsonTokenType.EndObject) break;',
      '            if (reader.TokenType != JsonTokenType.PropertyName) return false;',
      '            var index = Names.IndexOf(ref reader, ref hint);',
      '            var unknown = index < 0 ? reader.GetString()! : null;',
      '            if (!reader.Read()) return false;',
      '            switch (index)',
      '            {',
      ...cases,
      '                default:',
      '                    if (!(additional ??= new Dictionary<string, JsonElement>()).TryAdd(unknown!, JsonElement.ParseValue(ref reader))) return false;',
      '                    break;',
      '            }',
      '        }',
      `        if ((seen & 0x${required.toString(16).toUpperCase()}UL) != 0x${required.toString(16).toUpperCase()}UL) return false;`,
      `        var read = new ${type}(${parameters.join(', ')});`,
      ...optional,
      `        if (additional != null) read.${additionalField} = additional;`,
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
      (m) => `case ${csString(m.value)}: { var read = ${this.ctx.declared.get(m.id)!.companion}.TryRead(ref reader, out var v); value = v!; return read; }`,
    );
    return tagReader(type, 'as the class its tag names', discriminator.propertyName, cases);
  }

  /**
   * The TryRead method of a union without a discriminator (`type`: its class), or null: for an
   * object whose tag leaves one variant (SchemaReach.tags, as the runtime's SchemaBranches finds
   * it), that variant read fast; the union's schema is then that variant's (no other branch can
   * hold an object with that tag), and FromJson would bind that variant too.
   */
  unionReader(d: UnionDeclaration, type: string): string[] | null {
    const alone = this.unionTags(d);
    if (alone === null) return null;
    const cases = [...alone.byTag].map(
      ([tag, id]) =>
        `case ${csString(tag)}: { if (!${this.ctx.declared.get(id)!.companion}.TryRead(ref reader, out var v)) return false; value = new ${type}(v); return true; }`,
    );
    return tagReader(type, 'as the variant its tag leaves', alone.wire, cases);
  }

  /** Of a union without a discriminator: its tag member, and each tag that leaves one variant, read fast -> that variant's id; null when none does. */
  private unionTags(d: UnionDeclaration): UnionTags | null {
    if (this.tagged.has(d.id)) return this.tagged.get(d.id)!;
    this.tagged.set(d.id, null); // a reference back to it while planning reads through FromJson
    const tags = this.planUnion(d);
    this.tagged.set(d.id, tags);
    return tags;
  }

  private planUnion(d: UnionDeclaration): UnionTags | null {
    if (d.discriminator !== null || csType({ kind: 'ref', id: d.id, nullable: false }, this.ctx).nullable) return null;
    const node = this.schemaOf(d.id);
    if (node === null || !onlyKeys(node, ['type', 'oneOf', 'anyOf', 'discriminator'])) return null;
    if (has(node, 'type') && node['type'] !== 'object') return null;
    const branches = node[d.mode];
    if (!Array.isArray(branches) || has(node, d.mode === 'oneOf' ? 'anyOf' : 'oneOf') || branches.length !== d.variants.length) return null;
    // Each branch a reference, and the variant's schema where the converter looks for it.
    const aligned = branches.every((b, i) => isObject(b) && onlyKeys(b, ['$ref']) && this.locate(schemaUriAt(this.model, d.variantPointers[i]!)) === b);
    const tags = aligned ? this.registry.tags(branches) : null;
    if (tags === null) return null;
    const byTag = new Map<string, string>();
    for (const [tag, left] of tags.byTag) {
      if (left.length !== 1 || !wellFormed(tag)) continue;
      const variant = resolveAlias(d.variants[left[0]!]!, this.ctx.byId);
      if (variant.kind !== 'ref') continue;
      const target = lookup(this.ctx.byId, variant.id);
      if (target.kind !== 'object' || this.objectReads(target) === null || this.targetOf(branches[left[0]!] as Obj) !== this.schemaOf(target.id)) continue;
      byTag.set(tag, target.id);
    }
    return byTag.size === 0 ? null : { wire: tags.wire, byTag, complete: byTag.size === tags.byTag.size && tags.other.length === 0 };
  }

  /** A variant a dispatch reads fast: an object declaration with a fast reader whose schema requires the tag. */
  private dispatchable(id: string): boolean {
    const d = lookup(this.ctx.byId, id);
    return d.kind === 'object' && this.objectReads(d) !== null;
  }

  /**
   * Whether a discriminated union's own schema is exactly "the variant its tag names": a oneOf or
   * anyOf of `$ref`s to its variants, each requiring the tag with the constant the mapping gives
   * it, the constants distinct (so no other branch can hold), every variant reading fast.
   */
  private unionDispatches(d: UnionDeclaration): boolean {
    const discriminator = d.discriminator;
    if (discriminator === null || d.nullable) return false;
    const node = this.schemaOf(d.id);
    if (node === null || !onlyKeys(node, ['type', 'oneOf', 'anyOf', 'discriminator'])) return false;
    if (has(node, 'type') && node['type'] !== 'object') return false;
    const branches = node[d.mode];
    if (!Array.isArray(branches) || has(node, d.mode === 'oneOf' ? 'anyOf' : 'oneOf')) return false;
    if (branches.length !== discriminator.mapping.length || new Set(discriminator.mapping.map((m) => m.value)).size !== branches.length) return false;
    return discriminator.mapping.every((m, i) => {
      const branch = branches[i];
      if (!isObject(branch) || !onlyKeys(branch, ['$ref']) || !this.dispatchable(m.id)) return false;
      const target = this.targetOf(branch);
      const variant = this.schemaOf(m.id);
      if (target === null || target !== variant || variant === null) return false;
      const tag = isObject(variant['properties']) ? variant['properties'][discriminator.propertyName] : undefined;
      const required = Array.isArray(variant['required']) && variant['required'].includes(discriminator.propertyName);
      return required && isObject(tag) && tag['const'] === m.value;
    });
  }

  private objectReads(d: ObjectDeclaration): readonly MemberRead[] | null {
    if (this.planned.has(d.id)) return this.planned.get(d.id)!;
    this.planned.set(d.id, null); // a reference back to it while planning reads through FromJson
    const reads = this.planObject(d);
    this.planned.set(d.id, reads);
    return reads;
  }

  private planObject(d: ObjectDeclaration): MemberRead[] | null {
    if (d.nullable || d.additional.kind !== 'allow' || d.properties.length > MAX_PROPERTIES) return null;
    const node = this.schemaOf(d.id);
    if (node === null || !onlyKeys(node, ['type', 'properties', 'required'])) return null;
    if (has(node, 'type') && node['type'] !== 'object') return null;
    const properties = node['properties'] ?? {};
    const required = node['required'] ?? [];
    if (!isObject(properties) || !Array.isArray(required)) return null;
    const declared = Object.keys(properties);
    // The class's properties are the schema's, in the converter's order (names: SchemaNames).
    const ordered = orderProperties(d.properties, this.ctx.order);
    if (ordered.length !== declared.length || !ordered.every((p) => has(properties, p.jsonName))) return null;
    if (!required.every((name) => typeof name === 'string' && ordered.some((p) => p.jsonName === name && p.required))) return null;
    if (ordered.some((p) => p.required && !required.includes(p.jsonName))) return null;
    const names = this.ctx.names.properties.get(d.id)!;
    const reads: MemberRead[] = [];
    let parameter = 0;
    for (const p of ordered) {
      const read = this.member(p, properties[p.jsonName]!, names[d.properties.indexOf(p)]!.member, () => parameter++);
      if (read === null) return null;
      reads.push(read);
    }
    return reads;
  }

  /** How member `p` (schema `node`) is read, or null when it does not read fast. */
  private member(p: Property, node: JsonValue, member: string, nextParameter: () => number): MemberRead | null {
    if (!isObject(node)) return null;
    const resolved = resolveAlias(p.type, this.ctx.byId);
    // A required constant the class holds already (FromJson does not read it): checked only.
    if (p.required && resolved.kind === 'const') {
      const value = resolved.value;
      const fixed = has(node, 'const')
        ? node['const'] === value && !has(node, 'enum')
        : Array.isArray(node['enum']) && node['enum'].length === 1 && node['enum'][0] === value;
      if (typeof value !== 'string' || !onlyKeys(node, ['type', 'const', 'enum']) || !fixed || !wellFormed(value)) return null;
      if (has(node, 'type') && node['type'] !== 'string') return null;
      const refuses = `reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(${csString(value)})`;
      return { local: null, refuses, statements: [], parameter: null, member: null };
    }
    // As FromJson reads it (views/object-members.ts): a required member, or an optional one that
    // may be null (its presence then set by the member's setter), by its own type; any other
    // optional one by its type without null.
    const own = csType(p.type, this.ctx);
    const read = this.value(node, p.type, p.required || own.nullable ? own : baseType(p.type, this.ctx));
    if (read === null) return null;
    return { ...read, parameter: p.required ? nextParameter() : null, member: p.required ? null : member };
  }

  /** How a value of `type` (C# `cs`, schema `node`) is read, or null when it does not read fast. */
  private value(node: JsonValue, type: TypeRef, cs: CsType): ValueRead | null {
    if (!isObject(node) || cs.holdsNull) return null;
    const resolved = resolveAlias(type, this.ctx.byId);
    if (cs.nullable) return this.nullable(node, resolved);
    if (cs.reader === 'SchemaRuntime.ReadString') return string(node);
    const held = INTEGERS.get(cs.reader);
    if (held !== undefined) return integer(node, held);
    if (cs.reader === 'SchemaRuntime.ReadDouble') {
      // A number a double holds (TryGetDouble refuses one beyond its range, as GetDouble does).
      if (!onlyKeys(node, ['type']) || node['type'] !== 'number') return null;
      return { local: 'double', refuses: 'reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out $local)', statements: [] };
    }
    if (cs.reader === 'SchemaRuntime.ReadBoolean') {
      if (!onlyKeys(node, ['type']) || node['type'] !== 'boolean') return null;
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
      return { local, refuses: `!${names.companion}.TryRead(ref reader, out var $localRead)`, statements: ['$local = $localRead;'] };
    }
    if (resolved.kind === 'array') {
      if (!onlyKeys(node, ['type', 'items', 'minItems', 'maxItems']) || node['type'] !== 'array' || !has(node, 'items')) return null;
      const itemType = csType(resolved.items, this.ctx);
      const item = this.value(node['items']!, resolved.items, itemType);
      const min = node['minItems'] ?? 0;
      const max = node['maxItems'];
      if (item === null || !isCount(min) || (max !== undefined && !isCount(max))) return null;
      const counted = [...(min === 0 ? [] : [`$localList.Count < ${min}`]), ...(max === undefined ? [] : [`$localList.Count > ${max}`])];
      const inner = (text: string): string => text.replace(/\$local/g, '$localItem');
      return {
        local: `${cs.text}?`,
        refuses: 'reader.TokenType != JsonTokenType.StartArray',
        statements: [
          `var $localList = new List<${itemType.text}>();`,
          'while (true)',
          '{',
          '    if (!reader.Read()) return false;',
          '    if (reader.TokenType == JsonTokenType.EndArray) break;',
          `    ${item.local} $localItem = default;`,
          ...refusal(inner(item.refuses), '    '),
          ...item.statements.map((line) => `    ${inner(line)}`),
          `    $localList.Add($localItem${item.local.endsWith('?') ? '!' : ''});`,
          '}',
          ...(counted.length === 0 ? [] : [`if (${counted.join(' || ')}) return false;`]),
          '$local = $localList;',
        ],
      };
    }
    return null;
  }

  /** The TryRead method of an alias (`type`: the aliased C# type), read as the value it aliases, or null. */
  aliasReader(d: AliasDeclaration, type: string): string[] | null {
    const cs = csType(d.type, this.ctx);
    const node = this.schemaOf(d.id);
    const read = node === null ? null : this.value(node, d.type, cs);
    if (read === null) return null;
    const local = (s: string): string => s.replace(/\$local/g, 'm0');
    return [
      `    /// <summary>Reads a valid value straight from the reader, or false to leave it to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
      '    {',
      '        value = default!;',
      `        ${read.local} m0 = default;`,
      ...refusal(local(read.refuses), '        '),
      ...read.statements.map((s) => `        ${local(s)}`),
      `        value = m0${read.local.endsWith('?') ? '!' : ''};`,
      '        return true;',
      '    }',
    ];
  }

  /** Whether a declaration reads fast inside another value (its converter has a TryRead that leaves nothing it holds to FromJson's path by design). */
  private readsFast(d: Declaration): boolean {
    if (d.kind === 'object') return this.objectReads(d) !== null;
    if (d.kind === 'enum') return this.enumReads(d);
    if (d.kind === 'union') return d.discriminator === null ? this.unionTags(d)?.complete === true : this.unionDispatches(d);
    return false;
  }

  /**
   * A value that may be null: its schema `anyOf` [the value's, `{"type": "null"}`] (either order)
   * or `"type": [T, "null"]` with the value's keywords beside it (no `enum` or `const`, which
   * would name null too); null reads as null, anything else as the value. The local is null
   * until read, as FromJson's ReadNullable gives for JSON null.
   */
  private nullable(node: Obj, type: TypeRef): ValueRead | null {
    if (!type.nullable || type.kind === 'null' || type.kind === 'any') return null;
    const inner = { ...type, nullable: false } as TypeRef;
    const cs = baseType(inner, this.ctx);
    if (csType(inner, this.ctx).nullable) return null; // null reached another way (an alias, a union's variant)
    let innerNode: JsonValue | undefined;
    const isNull = (b: JsonValue | undefined): boolean => isObject(b) && onlyKeys(b, ['type']) && b['type'] === 'null';
    const branches = node['anyOf'];
    if (onlyKeys(node, ['anyOf']) && Array.isArray(branches) && branches.length === 2) {
      if (isNull(branches[1])) innerNode = branches[0];
      else if (isNull(branches[0])) innerNode = branches[1];
    } else if (Array.isArray(node['type']) && node['type'].length === 2 && node['type'].includes('null') && !has(node, 'enum') && !has(node, 'const')) {
      innerNode = { ...node, type: node['type'].find((t) => t !== 'null')! };
    }
    const read = innerNode === undefined ? null : this.value(innerNode, inner, cs);
    if (read === null) return null;
    const within = (text: string): string => text.replace(/\$local/g, '$localValue');
    return {
      local: cs.valueType ? `${cs.base}?` : `${cs.text}?`,
      refuses: 'false',
      statements: [
        'if (reader.TokenType != JsonTokenType.Null)',
        '{',
        `    ${read.local} $localValue = default;`,
        ...refusal(within(read.refuses), '    '),
        ...read.statements.map((line) => `    ${within(line)}`),
        `    $local = $localValue;`,
        '}',
      ],
    };
  }

  /** Whether a string enum reads fast: its schema is the enum of its values (and `type: string`), a few branches. */
  private enumReads(d: EnumDeclaration): boolean {
    if (d.valueType !== 'string' || d.nullable || d.values.length > MAX_ENUM_VALUES) return false;
    const node = this.schemaOf(d.id);
    if (node === null || !onlyKeys(node, ['type', 'enum']) || (has(node, 'type') && node['type'] !== 'string')) return false;
    const values = node['enum'];
    return Array.isArray(values) && values.length === d.values.length && values.every((v, i) => v === d.values[i] && typeof v === 'string' && wellFormed(v));
  }

  /** The TryRead method of an enum's converter (`members`: each value's member, qualified), or null. */
  enumReader(d: EnumDeclaration, members: readonly string[]): string[] | null {
    if (!this.enumReads(d)) return null;
    const type = this.ctx.declared.get(d.id)!.type;
    return [
      `    /// <summary>Reads a <see cref="${type}"/> straight from the reader, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, out ${type} value)`,
      '    {',
      '        value = default;',
      '        if (reader.TokenType != JsonTokenType.String) return false;',
      ...d.values.map((v, i) => `        ${i === 0 ? '' : 'else '}if (reader.ValueTextEquals(${csString(v as string)})) value = ${members[i]!};`),
      '        else return false;',
      '        return true;',
      '    }',
    ];
  }

  /** A declaration's schema as the validation documents hold it, or null. */
  private schemaOf(id: string): Obj | null {
    try {
      const node = this.registry.locate(schemaUriOf(this.model, lookup(this.ctx.byId, id)));
      return isObject(node) ? node : null;
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  }

  private locate(uri: string): JsonValue | null {
    try {
      return this.registry.locate(uri);
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  }

  private targetOf(node: Obj): JsonValue | null {
    try {
      return this.registry.target(node);
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  }
}

/**
 * A TryRead that looks ahead for the first member named `wire` (the variant's own reader refuses
 * a value that names it again) and, when it is a string, reads the value by `cases` (a switch on
 * it, each case setting `value` and returning); anything else is left to FromJson's path.
 */
function tagReader(type: string, how: string, wire: string, cases: readonly string[]): string[] {
  return [
    `    /// <summary>Reads a valid <see cref="${type}"/> straight from the reader ${how}, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
    `    internal static bool TryRead(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
    '    {',
    '        value = default!;',
    '        if (reader.TokenType != JsonTokenType.StartObject) return false;',
    '        var probe = reader;',
    '        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)',
    '        {',
    `            var isTag = probe.ValueTextEquals(${csString(wire)});`,
    '            if (!probe.Read()) return false;',
    '            if (!isTag)',
    '            {',
    '                if (!probe.TrySkip()) return false;',
    '                continue;',
    '            }',
    '            if (probe.TokenType != JsonTokenType.String) return false;',
    '            switch (probe.GetString())',
    '            {',
    ...cases.map((c) => `                ${c}`),
    '            }',
    '            return false;',
    '        }',
    '        return false;',
    '    }',
  ];
}

/** A string (with `const`, `enum` of strings, `minLength`, `maxLength`). */
function string(node: Obj): ValueRead | null {
  if (!onlyKeys(node, ['type', 'const', 'enum', 'minLength', 'maxLength'])) return null;
  if (has(node, 'type') && node['type'] !== 'string') return null;
  if (has(node, 'const') && has(node, 'enum')) return null;
  const values = has(node, 'const') ? [node['const']] : has(node, 'enum') ? node['enum'] : null;
  if (values !== null && (!Array.isArray(values) || !values.every((v) => typeof v === 'string' && wellFormed(v)))) return null;
  if (!has(node, 'type') && values === null) return null;
  const min = node['minLength'] ?? 0;
  const max = node['maxLength'];
  if (!isCount(min) || (max !== undefined && !isCount(max))) return null;
  const among = values === null ? '' : ` || !(${(values as string[]).map((v) => `reader.ValueTextEquals(${csString(v)})`).join(' || ') || 'false'})`;
  const statements = ['$local = reader.GetString();'];
  if (min !== 0 || max !== undefined)
    statements.push(`if (!SchemaRuntime.LengthWithin($local!, ${min}L, ${max === undefined ? 'long.MaxValue' : `${max}L`})) return false;`);
  return { local: 'string?', refuses: `reader.TokenType != JsonTokenType.String${among}`, statements };
}

/** The integers' readers -> how they are held. */
const INTEGERS: ReadonlyMap<string, 'int' | 'long' | 'big'> = new Map([
  ['SchemaRuntime.ReadInt32', 'int'],
  ['SchemaRuntime.ReadInt64', 'long'],
  ['SchemaRuntime.ReadBigInteger', 'big'],
] as const);

/**
 * An integer held as int, long or BigInteger (with integral `minimum`, `maximum`): read as
 * TryGetInt32 or TryGetInt64 read it (so not 1.0 or 1e2); a BigInteger beyond a long's range is
 * FromJson's.
 */
function integer(node: Obj, type: 'int' | 'long' | 'big'): ValueRead | null {
  if (!onlyKeys(node, ['type', 'minimum', 'maximum']) || node['type'] !== 'integer') return null;
  const read = type === 'big' ? '$localLong' : '$local';
  const tests = [`reader.TokenType != JsonTokenType.Number || !reader.TryGetInt${type === 'int' ? '32' : '64'}(out ${type === 'big' ? 'var ' : ''}${read})`];
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

/** The statement refusing a value by its test, if it has one (a value that may be null has none: its statements decide). */
function refusal(refuses: string, indent: string): string[] {
  return refuses === 'false' ? [] : [`${indent}if (${refuses}) return false;`];
}

/** Whether the schema object has no keyword but these. */
function onlyKeys(node: Obj, keys: readonly string[]): boolean {
  return Object.keys(node).every((k) => keys.includes(k));
}

/** A length bound a long holds. */
const isCount = (n: JsonValue | undefined): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
