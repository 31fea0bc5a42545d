// Comparing two type expressions (TypeRef) of the same place: nullability, the kind, each
// constraint, array items (a tuple's position by position) and map values. Each difference is
// handed to `emit` with what it does to the accepted values; references to declarations compare
// by id (the declaration's own changes are listed where it is compared).

import type { Declaration, NumberConstraints, StringConstraints, TypeRef } from '../model/ir.js';
import type { ChangeKind, Values } from './changes.js';

export type Emit = (kind: ChangeKind, detail: string, values: Values) => void;

/** A type in a few words, for details: `string`, `Foo`, `array of integer`, `... or null`. */
export function describeType(type: TypeRef, byId: ReadonlyMap<string, Declaration>): string {
  const base = ((): string => {
    switch (type.kind) {
      case 'ref':
        return byId.get(type.id)?.schemaName ?? type.id;
      case 'const':
        return `const ${JSON.stringify(type.value)}`;
      case 'array':
        return type.tuple ? describeTuple(type.tuple, byId) : `array of ${describeType(type.items, byId)}`;
      case 'map':
        return `map of ${describeType(type.values, byId)}`;
      default:
        return type.kind;
    }
  })();
  return type.nullable && type.kind !== 'null' && type.kind !== 'any' ? `${base} or null` : base;
}

/** `tuple [string, Point, ...integer]`; a closed tuple has no rest. */
function describeTuple(tuple: Tuple, byId: ReadonlyMap<string, Declaration>): string {
  const positions = tuple.items.map((t) => describeType(t, byId));
  return `tuple [${[...positions, ...(tuple.rest === null ? [] : [`...${describeType(tuple.rest, byId)}`])].join(', ')}]`;
}

type Tuple = NonNullable<Extract<TypeRef, { kind: 'array' }>['tuple']>;

/**
 * Two tuples position by position, then what follows them. A position one side has and the other
 * does not is typed there by its rest (the items after the positions), or is none (no more items):
 * a position appearing where there were none accepts more arrays, one disappearing fewer.
 */
function compareTuples(a: Tuple, b: Tuple, emit: Emit, byOld: ReadonlyMap<string, Declaration>, byNew: ReadonlyMap<string, Declaration>, at: string): void {
  const count = Math.max(a.items.length, b.items.length);
  for (let i = 0; i <= count; i++) {
    // i === count: the rest, past every position of both.
    const where = i === count ? `${at}rest: ` : `${at}item ${i}: `;
    const before = i < a.items.length ? a.items[i]! : a.rest;
    const after = i < b.items.length ? b.items[i]! : b.rest;
    if (before !== null && after !== null) compareTypes(before, after, emit, byOld, byNew, where);
    else if (before !== after) {
      const none = (t: TypeRef | null, byId: ReadonlyMap<string, Declaration>): string => (t === null ? 'none' : describeType(t, byId));
      const wider = before === null;
      emit(wider ? 'type-widened' : 'type-narrowed', `${where}${none(before, byOld)} -> ${none(after, byNew)}`, wider ? 'wider' : 'narrower');
    }
  }
}

/** The values of a literal (a const or enum of objects and arrays): each added or removed one, as an enum's. */
function compareLiterals(a: readonly unknown[], b: readonly unknown[], say: (kind: ChangeKind, detail: string, values: Values) => void): void {
  const before = new Set(a.map((v) => JSON.stringify(v)));
  const after = new Set(b.map((v) => JSON.stringify(v)));
  for (const value of after) if (!before.has(value)) say('enum-value-added', value, 'wider');
  for (const value of before) if (!after.has(value)) say('enum-value-removed', value, 'narrower');
}

/** `at` prefixes details of nested types (`items: `), so a change inside an array says where. */
export function compareTypes(
  a: TypeRef,
  b: TypeRef,
  emit: Emit,
  byOld: ReadonlyMap<string, Declaration>,
  byNew: ReadonlyMap<string, Declaration>,
  at = '',
): void {
  const say = (kind: ChangeKind, detail: string, values: Values): void => emit(kind, `${at}${detail}`, values);
  if (a.kind === 'any' || b.kind === 'any') {
    if (a.kind !== b.kind)
      say(
        b.kind === 'any' ? 'type-widened' : 'type-narrowed',
        `${describeType(a, byOld)} -> ${describeType(b, byNew)}`,
        b.kind === 'any' ? 'wider' : 'narrower',
      );
    return;
  }
  if (a.kind !== 'null' && b.kind !== 'null' && a.nullable !== b.nullable) {
    say(b.nullable ? 'nullable-added' : 'nullable-removed', `${describeType(a, byOld)} -> ${describeType(b, byNew)}`, b.nullable ? 'wider' : 'narrower');
  }
  if (a.kind !== b.kind) {
    const values = kindRelation(a, b, byOld, byNew);
    const kind: ChangeKind = values === 'wider' ? 'type-widened' : values === 'narrower' ? 'type-narrowed' : 'type-changed';
    say(kind, `${describeType(a, byOld)} -> ${describeType(b, byNew)}`, values);
    return;
  }
  switch (a.kind) {
    case 'ref':
      if (b.kind === 'ref' && a.id !== b.id) say('type-changed', `${describeType(a, byOld)} -> ${describeType(b, byNew)}`, 'different');
      return;
    case 'const':
      if (b.kind === 'const' && a.value !== b.value) say('const-changed', `${JSON.stringify(a.value)} -> ${JSON.stringify(b.value)}`, 'different');
      return;
    case 'string':
      if (b.kind === 'string') compareStrings(a.constraints, b.constraints, say);
      return;
    case 'integer':
    case 'number':
      if (b.kind === 'integer' || b.kind === 'number') compareNumbers(a.constraints, b.constraints, say);
      return;
    case 'array':
      if (b.kind !== 'array') return;
      compareBound('minItems', a.minItems, b.minItems, 'lower', say);
      compareBound('maxItems', a.maxItems, b.maxItems, 'upper', say);
      if (a.tuple && b.tuple) compareTuples(a.tuple, b.tuple, emit, byOld, byNew, at);
      else if (a.tuple || b.tuple)
        // A tuple became a plain array or the other way: the positions' types and the items' are not one place.
        say('type-changed', `${describeType(a, byOld)} -> ${describeType(b, byNew)}`, 'different');
      else compareTypes(a.items, b.items, emit, byOld, byNew, `${at}items: `);
      return;
    case 'map':
      if (b.kind === 'map') compareTypes(a.values, b.values, emit, byOld, byNew, `${at}values: `);
      return;
    case 'literal':
      if (b.kind === 'literal') compareLiterals(a.values, b.values, say);
      return;
    default:
      return;
  }
}

/** Two different kinds: integer within number, a const within its JSON type or an enum holding it; else unrelated. */
function kindRelation(a: TypeRef, b: TypeRef, byOld: ReadonlyMap<string, Declaration>, byNew: ReadonlyMap<string, Declaration>): Values {
  const holds = (ref: TypeRef, value: TypeRef, byId: ReadonlyMap<string, Declaration>): boolean => {
    const d = ref.kind === 'ref' ? byId.get(ref.id) : undefined;
    return d?.kind === 'enum' && value.kind === 'const' && d.values.includes(value.value) && (!value.nullable || d.nullable || ref.nullable);
  };
  if (holds(a, b, byOld)) return 'narrower'; // an enum became one of its values
  if (holds(b, a, byNew)) return 'wider';
  const within = (inner: TypeRef, outer: TypeRef): boolean =>
    (inner.kind === 'integer' && outer.kind === 'number') ||
    (inner.kind === 'null' && outer.nullable) ||
    (inner.kind === 'const' &&
      ((typeof inner.value === 'string' && outer.kind === 'string') ||
        (typeof inner.value === 'boolean' && outer.kind === 'boolean') ||
        (typeof inner.value === 'number' && (outer.kind === 'number' || (outer.kind === 'integer' && Number.isInteger(inner.value))))));
  if (within(a, b)) return 'wider';
  if (within(b, a)) return 'narrower';
  return 'different';
}

function compareStrings(a: StringConstraints, b: StringConstraints, say: Emit): void {
  compareBound('minLength', a.minLength, b.minLength, 'lower', say);
  compareBound('maxLength', a.maxLength, b.maxLength, 'upper', say);
  if (a.pattern !== b.pattern) {
    const detail = `pattern ${JSON.stringify(a.pattern)} -> ${JSON.stringify(b.pattern)}`;
    // A pattern added only rejects; one removed only accepts; one replaced by another may do both.
    if (a.pattern === null) say('constraint-tightened', detail, 'narrower');
    else if (b.pattern === null) say('constraint-loosened', detail, 'wider');
    else say('constraint-tightened', detail, 'different');
  }
  compareFormat(a.format, b.format, say);
}

/** A format asserts under `formats=assert` and picks a native view: read as a pattern is. */
function compareFormat(a: string | null, b: string | null, say: Emit): void {
  if (a === b) return;
  const detail = `format ${JSON.stringify(a)} -> ${JSON.stringify(b)}`;
  if (a === null) say('constraint-tightened', detail, 'narrower');
  else if (b === null) say('constraint-loosened', detail, 'wider');
  else say('constraint-tightened', detail, 'different');
}

function compareNumbers(a: NumberConstraints, b: NumberConstraints, say: Emit): void {
  compareBound('minimum', a.minimum, b.minimum, 'lower', say);
  compareBound('exclusiveMinimum', a.exclusiveMinimum, b.exclusiveMinimum, 'lower', say);
  compareBound('maximum', a.maximum, b.maximum, 'upper', say);
  compareBound('exclusiveMaximum', a.exclusiveMaximum, b.exclusiveMaximum, 'upper', say);
  compareFormat(a.format, b.format, say);
}

/** A lower bound rising, or an upper one falling (or either appearing), rejects values it accepted. */
function compareBound(name: string, a: number | null, b: number | null, side: 'lower' | 'upper', say: Emit): void {
  if (a === b) return;
  const tighter = a === null || (b !== null && (side === 'lower' ? b > a : b < a));
  say(tighter ? 'constraint-tightened' : 'constraint-loosened', `${name} ${a ?? 'none'} -> ${b ?? 'none'}`, tighter ? 'narrower' : 'wider');
}
