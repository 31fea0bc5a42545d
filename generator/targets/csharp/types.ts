// C# type mapping: TypeRef -> the C# type, and the expressions that read it from a JsonElement
// (Func<JsonElement, T>) and write it (Action<Utf8JsonWriter, T>); the runtime's validator has
// checked the value before any reader runs. Aliases are transparent: C# has no type aliases, so a
// reference to one stands for the aliased type (a recursive alias is therefore an error).

import { SchemaError, quoted } from '../../errors.js';
import type { Declaration, NumberConstraints, TypeRef } from '../../model/ir.js';
import { lookup, resolveAlias } from '../shared/common.js';
import { foldType, type TypeCases } from '../../model/fold.js';
import type { DeclarationNames } from './identifiers.js';

export interface Ctx {
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly declared: DeclarationNames;
}

export interface CsType {
  /** The type as written, with "?" when JSON null maps to C# null. */
  readonly text: string;
  /** The type without the top-level "?". */
  readonly base: string;
  readonly valueType: boolean;
  readonly nullable: boolean;
  /** JsonElement: JSON null is one of its values, so it never needs "?". */
  readonly holdsNull: boolean;
  readonly reader: string;
  readonly writer: string;
}

const INT32 = 2 ** 31;
const INT64 = 2 ** 63;
/** Fully qualified: a declaration named System must not capture it, and no file needs a using. */
const BIG_INTEGER = 'global::System.Numerics.BigInteger';

/**
 * `int` when the bounds fit Int32, `long` when they fit Int64, else BigInteger: an integer the
 * bounds leave unlimited can be any integral JSON number (1e52), and must come back as written.
 */
export function integerType(c: NumberConstraints): 'int' | 'long' | typeof BIG_INTEGER {
  const low = (limit: number): boolean => (c.minimum !== null && c.minimum >= -limit) || (c.exclusiveMinimum !== null && c.exclusiveMinimum >= -limit - 1);
  const high = (limit: number): boolean => (c.maximum !== null && c.maximum <= limit - 1) || (c.exclusiveMaximum !== null && c.exclusiveMaximum <= limit);
  if (low(INT32) && high(INT32)) return 'int';
  // 2^63 - 1 is 2^63 as a double, so a maximum of 2^63 must not count as fitting: `< INT64`.
  const highLong = (c.maximum !== null && c.maximum < INT64) || (c.exclusiveMaximum !== null && c.exclusiveMaximum <= INT64);
  return low(INT64) && highLong ? 'long' : BIG_INTEGER;
}

export function constType(value: string | number | boolean): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (!Number.isSafeInteger(value)) return 'double'; // csNumber writes those as doubles
  return value >= -INT32 && value < INT32 ? 'int' : 'long';
}

const PRIMITIVE_IO: Readonly<Record<string, string>> = {
  string: 'String',
  int: 'Int32',
  long: 'Int64',
  double: 'Double',
  bool: 'Boolean',
  [BIG_INTEGER]: 'BigInteger',
  JsonElement: 'Element',
};

/** The runtime's writers with an overload that writes the member's name before the value. */
export const NAMED_WRITERS: ReadonlySet<string> = new Set(Object.values(PRIMITIVE_IO).map((io) => `SchemaRuntime.Write${io}`));

function primitive(base: string): CsType {
  const io = PRIMITIVE_IO[base]!;
  return {
    text: base,
    base,
    valueType: base !== 'string',
    nullable: false,
    holdsNull: base === 'JsonElement',
    reader: `SchemaRuntime.Read${io}`,
    writer: `SchemaRuntime.Write${io}`,
  };
}

/** Refuses an alias that contains itself through aliases, arrays and maps only: C# has no type for it. */
export function checkAliasCycles(ctx: Ctx): void {
  const visit = (type: TypeRef, path: readonly string[]): void => {
    if (type.kind === 'array') return visit(type.items, path);
    if (type.kind === 'map') return visit(type.values, path);
    if (type.kind !== 'ref') return;
    const d = lookup(ctx.byId, type.id);
    if (d.kind !== 'alias') return;
    if (path.includes(d.id)) {
      throw new SchemaError(
        `${quoted(d.schemaName)} contains itself through aliases, arrays and maps only, which C# cannot express`,
        d.id,
        'wrap the recursion in an object schema',
      );
    }
    visit(d.type, [...path, d.id]);
  };
  for (const d of ctx.byId.values()) if (d.kind === 'alias') visit(d.type, [d.id]);
}

/** Whether JSON null can reach this type (through references and union variants). */
export function reachesNull(type: TypeRef, ctx: Ctx, seen: readonly string[] = []): boolean {
  const t = resolveAlias(type, ctx.byId);
  if (t.nullable) return true;
  if (t.kind !== 'ref' || seen.includes(t.id)) return false;
  const d = lookup(ctx.byId, t.id);
  if (d.kind === 'alias') return false;
  if (d.nullable) return true;
  return d.kind === 'union' && d.variants.some((v) => !holdsNull(v, ctx) && reachesNull(v, ctx, [...seen, t.id]));
}

/** `any`, `literal` and `null` map to JsonElement, which holds JSON null itself. */
export function holdsNull(type: TypeRef, ctx: Ctx): boolean {
  const kind = resolveAlias(type, ctx.byId).kind;
  return kind === 'any' || kind === 'literal' || kind === 'null';
}

export function csType(type: TypeRef, ctx: Ctx): CsType {
  const t = resolveAlias(type, ctx.byId);
  const base = baseType(t, ctx);
  return reachesNull(t, ctx) ? nullableOf(base) : base;
}

/** The same type with "?" (for a member whose declared type must accept null). */
export function nullableOf(t: CsType): CsType {
  if (t.nullable || t.holdsNull) return t;
  const wrap = t.valueType ? 'NullableValue' : 'Nullable';
  return {
    ...t,
    text: `${t.base}?`,
    nullable: true,
    reader: `SchemaRuntime.Read${wrap}<${t.base}>(${t.reader})`,
    writer: `SchemaRuntime.Write${wrap}<${t.base}>(${t.writer})`,
  };
}

/** The type of a member that may be absent: C# null stands for "absent" (JsonElement too). */
export function optionalOf(t: CsType): CsType {
  if (!t.holdsNull) return nullableOf(t);
  return { ...t, text: `${t.base}?`, nullable: true, writer: `SchemaRuntime.WriteNullableValue<${t.base}>(${t.writer})` };
}

/** Ids of the declarations a type names in C# (aliases are looked through). */
export function referencedIds(type: TypeRef, ctx: Ctx): string[] {
  const t = resolveAlias(type, ctx.byId);
  if (t.kind === 'ref') return [t.id];
  if (t.kind === 'array') return referencedIds(t.items, ctx);
  if (t.kind === 'map') return referencedIds(t.values, ctx);
  return [];
}

/** The type without null, e.g. for a union variant or a property whose absence is its null. */
export function baseType(type: TypeRef, ctx: Ctx): CsType {
  return foldType(resolveAlias(type, ctx.byId), BASE_TYPES, ctx);
}

// Called for every property, several times: the cases are built once (see model/fold.ts).
const BASE_TYPES: TypeCases<CsType, Ctx> = {
  string: () => primitive('string'),
  integer: (t) => primitive(integerType(t.constraints)),
  number: () => primitive('double'),
  boolean: () => primitive('bool'),
  const: (t) => primitive(constType(t.value)),
  null: () => primitive('JsonElement'),
  any: () => primitive('JsonElement'),
  literal: () => primitive('JsonElement'),
  array: (t, ctx) => collection((item) => `IReadOnlyList<${item}>`, 'Array', csType(t.items, ctx)),
  map: (t, ctx) => collection((value) => `IReadOnlyDictionary<string, ${value}>`, 'Map', csType(t.values, ctx)),
  ref: (t, ctx) => {
    const d = lookup(ctx.byId, t.id);
    const n = ctx.declared.get(d.id)!;
    const io = { reader: `${n.companion}.FromJson`, writer: `${n.companion}.WriteJson` };
    return { text: n.type, base: n.type, valueType: d.kind === 'enum', nullable: false, holdsNull: false, ...io };
  },
};

/** IReadOnlyList<T> or IReadOnlyDictionary<string, T>, read and written by the runtime's ReadArray / ReadMap. */
function collection(generic: (item: string) => string, io: 'Array' | 'Map', item: CsType): CsType {
  const text = generic(item.text);
  const reader = `SchemaRuntime.Read${io}<${item.text}>(${item.reader})`;
  return { text, base: text, valueType: false, nullable: false, holdsNull: false, reader, writer: `SchemaRuntime.Write${io}<${item.text}>(${item.writer})` };
}
