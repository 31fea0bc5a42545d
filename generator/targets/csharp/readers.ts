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
// - an object declaration whose converter reads no null, whose schema is `properties` and
//   `required` (and `type: object`) and nothing else, with unknown members kept (no
//   `additionalProperties`), at most 64 properties, each one: a required constant string (checked,
//   not bound, as FromJson does), a string (with `const`, `enum` of strings, `minLength`,
//   `maxLength`), an integer held as int or long (with integral `minimum` / `maximum`), a boolean,
//   or a `$ref` to an object declaration that reads fast; never a nullable one;
// - the tag dispatch of a discriminated union whose own schema is a oneOf or anyOf of `$ref`s,
//   each requiring the tag with its own constant (so only the variant the tag names can hold), or
//   of a shared base type (validated as the variant the tag names), every variant reading fast.

import type { Discriminator, JsonValue, Model, ObjectDeclaration, Property, UnionDeclaration } from '../../model/ir.js';
import { schemaUriOf } from '../../model/validation.js';
import { lookup, orderProperties, resolveAlias, type PropertyOrder } from '../shared/common.js';
import { Unsupported, has, isObject, registryOf, type Obj, type SchemaRegistry } from '../shared/schema-reach.js';
import { csString } from './literals.js';
import type { CsharpNames } from './names.js';
import { baseType, csType, type Ctx } from './types.js';

/** At most this many properties: their presence is one ulong's bits. */
const MAX_PROPERTIES = 64;

/** How a member is read in the loop: its test, and how its local is typed and set. */
interface MemberRead {
  readonly jsonName: string;
  /** The local's C# type, or null for a required constant (checked, not bound). */
  readonly local: string | null;
  /** On `reader` (at the member's value): the test that refuses it (`$local`: its local), then the statements setting the local. */
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

  constructor(
    private readonly model: Model,
    private readonly ctx: Ctx & { readonly names: CsharpNames; readonly order: PropertyOrder },
  ) {
    this.registry = registryOf(model);
  }

  /** Whether the declaration's converter has a TryRead. */
  has(id: string): boolean {
    const d = lookup(this.ctx.byId, id);
    if (d.kind === 'object') return this.objectReads(d) !== null;
    if (d.kind === 'union') return this.unionDispatches(d);
    return false;
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
        `                    if (!SchemaRuntime.Once(ref seen, ${bits[i]}) || ${local(r.refuses)}) return false;`,
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
      '        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)',
      '        {',
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
      (m) =>
        `                case ${csString(m.value)}: { var read = ${this.ctx.declared.get(m.id)!.companion}.TryRead(ref reader, out var v); value = v!; return read; }`,
    );
    return [
      `    /// <summary>Reads a valid <see cref="${type}"/> straight from the reader as the class its tag names, or false to leave the value to FromJson's path (csharp/readers.ts).</summary>`,
      `    internal static bool TryRead(ref Utf8JsonReader reader, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ${type} value)`,
      '    {',
      '        value = default!;',
      '        if (reader.TokenType != JsonTokenType.StartObject) return false;',
      "        // The first member of the tag's name: the variant's reader refuses a value that names it again.",
      '        var probe = reader;',
      '        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)',
      '        {',
      `            var isTag = probe.ValueTextEquals(${csString(discriminator.propertyName)});`,
      '            if (!probe.Read()) return false;',
      '            if (!isTag)',
      '            {',
      '                if (!probe.TrySkip()) return false;',
      '                continue;',
      '            }',
      '            if (probe.TokenType != JsonTokenType.String) return false;',
      '            switch (probe.GetString())',
      '            {',
      ...cases,
      '            }',
      '            return false;',
      '        }',
      '        return false;',
      '    }',
    ];
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
    // As FromJson reads it (views/object-members.ts): a required member by its own type, an
    // optional one by its type without null.
    const own = csType(p.type, this.ctx);
    if (own.nullable) return null;
    const read = p.required ? own : baseType(p.type, this.ctx);
    const resolved = resolveAlias(p.type, this.ctx.byId);
    const bound = (local: string, refuses: string, statements: string[] = []): MemberRead => ({
      jsonName: p.jsonName,
      local,
      refuses,
      statements,
      parameter: p.required ? nextParameter() : null,
      member: p.required ? null : member,
    });
    // A required constant the class holds already (FromJson does not read it): checked only.
    if (p.required && resolved.kind === 'const') {
      if (typeof resolved.value !== 'string' || !onlyKeys(node, ['type', 'const']) || node['const'] !== resolved.value || !wellFormed(resolved.value))
        return null;
      if (has(node, 'type') && node['type'] !== 'string') return null;
      return {
        jsonName: p.jsonName,
        local: null,
        refuses: `reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(${csString(resolved.value)})`,
        statements: [],
        parameter: null,
        member: null,
      };
    }
    if (read.reader === 'SchemaRuntime.ReadString') return this.string(node, bound);
    if (read.reader === 'SchemaRuntime.ReadInt32' || read.reader === 'SchemaRuntime.ReadInt64')
      return integer(node, read.reader === 'SchemaRuntime.ReadInt32' ? 'int' : 'long', bound);
    if (read.reader === 'SchemaRuntime.ReadBoolean') {
      if (!onlyKeys(node, ['type']) || node['type'] !== 'boolean') return null;
      return bound('bool', 'reader.TokenType != JsonTokenType.True && reader.TokenType != JsonTokenType.False', [
        '$local = reader.TokenType == JsonTokenType.True;',
      ]);
    }
    if (resolved.kind === 'ref' && onlyKeys(node, ['$ref'])) {
      const target = lookup(this.ctx.byId, resolved.id);
      const names = this.ctx.declared.get(target.id)!;
      if (
        target.kind !== 'object' ||
        read.reader !== `${names.companion}.FromJson` ||
        this.targetOf(node) !== this.schemaOf(target.id) ||
        this.objectReads(target) === null
      )
        return null;
      return bound(`${names.type}?`, `!${names.companion}.TryRead(ref reader, out var $localRead)`, ['$local = $localRead;']);
    }
    return null;
  }

  private string(node: Obj, bound: Bound): MemberRead | null {
    if (!onlyKeys(node, ['type', 'const', 'enum', 'minLength', 'maxLength'])) return null;
    if (has(node, 'type') && node['type'] !== 'string') return null;
    const values = has(node, 'const') ? [node['const']] : has(node, 'enum') ? node['enum'] : null;
    if (has(node, 'const') && has(node, 'enum')) return null;
    if (values !== null && (!Array.isArray(values) || !values.every((v) => typeof v === 'string' && wellFormed(v)))) return null;
    if (!has(node, 'type') && values === null) return null;
    const min = node['minLength'] ?? 0;
    const max = node['maxLength'];
    if (!isCount(min) || (max !== undefined && !isCount(max))) return null;
    const among = values === null ? '' : ` || !(${(values as string[]).map((v) => `reader.ValueTextEquals(${csString(v)})`).join(' || ') || 'false'})`;
    const statements = ['$local = reader.GetString();'];
    if (min !== 0 || max !== undefined)
      statements.push(`if (!SchemaRuntime.LengthWithin($local!, ${min}L, ${max === undefined ? 'long.MaxValue' : `${max}L`})) return false;`);
    return bound('string?', `reader.TokenType != JsonTokenType.String${among}`, statements);
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

  private targetOf(node: Obj): JsonValue | null {
    try {
      return this.registry.target(node);
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  }
}

/** How a member is bound: its local's type, the test refusing its value, the statements setting the local. */
type Bound = (local: string, refuses: string, statements?: string[]) => MemberRead;

function integer(node: Obj, type: 'int' | 'long', bound: Bound): MemberRead | null {
  if (!onlyKeys(node, ['type', 'minimum', 'maximum']) || node['type'] !== 'integer') return null;
  const tests = [`reader.TokenType != JsonTokenType.Number || !reader.TryGetInt${type === 'int' ? '32' : '64'}(out $local)`];
  for (const [keyword, op] of [
    ['minimum', '<'],
    ['maximum', '>'],
  ] as const) {
    const limit = node[keyword];
    if (limit === undefined) continue;
    if (typeof limit !== 'number' || !Number.isSafeInteger(limit)) return null;
    // A bound the type holds already (an int's maximum of 2147483647) is no test.
    const [least, most] = type === 'int' ? [-(2 ** 31), 2 ** 31 - 1] : [-Infinity, Infinity];
    if (keyword === 'minimum' ? limit > least : limit < most) tests.push(`$local ${op} ${limit}L`);
  }
  return bound(type, tests.join(' || '));
}

/** Whether the schema object has no keyword but these. */
function onlyKeys(node: Obj, keys: readonly string[]): boolean {
  return Object.keys(node).every((k) => keys.includes(k));
}

/** A length bound a long holds. */
const isCount = (n: JsonValue | undefined): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** A string with no lone surrogate (which ValueTextEquals could not encode). */
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
