// Helpers every target shares: looking up declarations, the x-codegen name override, property
// order, nullability through references, and doc text as lines. Language-neutral.

import { OptionsError, SchemaError, joinPointer } from '../../errors.js';
import type { Declaration, Doc, Model, Property, TypeRef } from '../../model/ir.js';
import { isPlainIdentifier, type NamedThing } from '../../model/naming.js';
import { splitLines } from './text.js';

export type PropertyOrder = 'schema' | 'required-first-alphabetical';
export const PROPERTY_ORDERS: readonly PropertyOrder[] = ['schema', 'required-first-alphabetical'];

export function declarationsById(model: Model): ReadonlyMap<string, Declaration> {
  return new Map(model.declarations.map((d) => [d.id, d]));
}

export function lookup(byId: ReadonlyMap<string, Declaration>, id: string): Declaration {
  const d = byId.get(id);
  if (d === undefined) throw new Error(`internal: no declaration ${id}`);
  return d;
}

/** The name the schema chose for this target through "x-codegen", or null. */
export function overrideName(thing: { codegen: Declaration['codegen'] }, target: string, pointer: string): string | null {
  const name = thing.codegen[target]?.['name'];
  if (name === undefined) return null;
  if (typeof name !== 'string' || !isPlainIdentifier(name)) {
    throw new SchemaError(
      `"x-codegen/${target}/name" must be an identifier, found ${JSON.stringify(name)}`,
      joinPointer(pointer, 'x-codegen', target, 'name'),
      'use letters, digits and "_", not starting with a digit',
    );
  }
  return name;
}

/** Why a name cannot be used as written (e.g. "a Java keyword"), or null when it can. */
export type NameCheck = (name: string) => string | null;

/**
 * The x-codegen name, checked against what the language reserves and what the generated code
 * declares for itself. Derived names are escaped; an explicit one is the user's word, used as
 * written, so a name that cannot stand is refused rather than silently renamed.
 */
export function explicitName(thing: { codegen: Declaration['codegen'] }, target: string, pointer: string, check: NameCheck): string | null {
  const name = overrideName(thing, target, pointer);
  const why = name === null ? null : check(name);
  if (why === null) return name;
  throw new SchemaError(
    `"x-codegen/${target}/name" ${JSON.stringify(name)} is ${why}`,
    joinPointer(pointer, 'x-codegen', target, 'name'),
    'choose another name: an explicit name is used as written, never escaped',
  );
}

/** Whether JSON null is accepted where this type stands (through a reference too). */
export function acceptsNull(type: TypeRef, byId: ReadonlyMap<string, Declaration>): boolean {
  if (type.nullable) return true;
  if (type.kind !== 'ref') return false;
  const d = lookup(byId, type.id);
  return d.kind === 'alias' ? acceptsNull(d.type, byId) : d.nullable;
}

/** Follows aliases: the type a reference to an alias stands for, nullable when any step is. */
export function resolveAlias(type: TypeRef, byId: ReadonlyMap<string, Declaration>, seen: readonly string[] = []): TypeRef {
  if (type.kind !== 'ref') return type;
  const d = lookup(byId, type.id);
  if (d.kind !== 'alias') return type;
  if (seen.includes(d.id)) throw new Error(`internal: alias cycle at ${d.id}, which refs and the targets' checks refuse first`);
  return resolveAlias({ ...d.type, nullable: d.type.nullable || type.nullable } as TypeRef, byId, [...seen, d.id]);
}

export function orderProperties(properties: readonly Property[], order: PropertyOrder): Property[] {
  if (order === 'schema') return [...properties];
  const byName = (a: Property, b: Property): number => (a.jsonName < b.jsonName ? -1 : a.jsonName > b.jsonName ? 1 : 0);
  return [...properties.filter((p) => p.required).sort(byName), ...properties.filter((p) => !p.required).sort(byName)];
}

export function checkPropertyOrder(value: unknown): PropertyOrder {
  if (!PROPERTY_ORDERS.includes(value as PropertyOrder))
    throw new OptionsError(
      `propertyOrder must be one of ${PROPERTY_ORDERS.join(', ')}, found ${JSON.stringify(value)}`,
      'set the option to "schema" or "required-first-alphabetical"',
    );
  return value as PropertyOrder;
}

/**
 * `derive` computed once per doc: targets ask for the same doc text several times each (getter,
 * setter, builder...), and escaping it line by line every time shows in large schemas' run times.
 */
export function perDoc<T>(derive: (doc: Doc) => T): (doc: Doc) => T {
  const cache = new WeakMap<Doc, T>();
  return (doc) => {
    const cached = cache.get(doc);
    if (cached !== undefined || cache.has(doc)) return cached as T;
    const value = derive(doc);
    cache.set(doc, value);
    return value;
  };
}

/**
 * Title and description as plain lines (no comment syntax), blank line between paragraphs. Split
 * at every target's line terminators, controls shown as "U+XXXX" (text.ts), so no line can end
 * a comment early or hide a character; each target then escapes for its comment syntax.
 */
export const docLines = perDoc((doc: Doc): readonly string[] => {
  const parts = [doc.title, doc.description].filter((p): p is string => p !== null && p.trim() !== '');
  return Object.freeze(parts.length === 0 ? [] : splitLines(parts.join('\n\n')).map((l) => l.trimEnd()));
});

/**
 * Whether a type admitting null (`nullable`) needs the null wrapper: `null` and `any` hold null
 * already, and so does `literal`, held as the JSON value type (TypeScript spells its null itself).
 */
export function addsNull(type: TypeRef, nullable: boolean = type.nullable): boolean {
  return nullable && type.kind !== 'null' && type.kind !== 'any' && type.kind !== 'literal';
}

/** `wrapper(inner)` when nullable, else `inner`: every target's nullable check or schema. */
export function wrapIfNullable(nullable: boolean, wrapper: string, inner: string): string {
  return nullable ? `${wrapper}(${inner})` : inner;
}

/**
 * `format(key, value)` of each entry that is not null, in order: the named arguments, keyword
 * arguments, option members or builder calls a target writes for a type's constraints.
 */
export function namedArguments<V>(entries: Readonly<Record<string, V | null>>, format: (key: string, value: V) => string): string[] {
  return Object.entries(entries).flatMap(([k, v]) => (v === null ? [] : [format(k, v)]));
}

/**
 * Refuses "x-codegen": {"<target>": {"name"}} on a property, for targets that print wire names
 * (TypeScript interface keys, the docs): a name there would be silently ignored. `why` ends the message.
 */
export function refusePropertyName(p: Property, target: string, why: string): void {
  if (p.codegen[target]?.['name'] !== undefined) {
    throw new SchemaError(`"x-codegen/${target}/name" does not apply to properties: ${why}`, joinPointer(p.pointer, 'x-codegen', target, 'name'), 'remove it');
  }
}

/**
 * A name to check with assertUnique whose label is built only when a collision is reported: a
 * label quotes schema text (JSON.stringify, then escapeUnsafe), which for every property of a
 * large schema was a measurable part of a target's name table (issue 16's bench). A class, not
 * an object literal with a getter: V8 builds those on a slow path, one per name.
 */
class LazyNamed implements NamedThing {
  constructor(
    readonly name: string,
    readonly pointer: string,
    private readonly describe: () => string,
  ) {}

  get label(): string {
    return this.describe();
  }
}

export const lazyNamed = (name: string, pointer: string, label: () => string): NamedThing => new LazyNamed(name, pointer, label);
