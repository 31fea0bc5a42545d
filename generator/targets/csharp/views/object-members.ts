// How each property of an object is held, read and written, as data for object.hbs (which
// prints the statements). Member patterns: required -> `{ get; private set; }`; a required const
// -> initialized to the const; optional -> `{ get; set; }`, null when absent; optional and
// nullable -> a presence flag so a present null is written back; optional with a scalar default
// -> reads the default when absent. A member that overrides a base class member keeps its type
// and setter.

import type { Property } from '../../../model/ir.js';
import { lookup, resolveAlias } from '../../shared/common.js';
import type { BaseMember } from '../bases.js';
import { csScalar } from '../literals.js';
import type { PropertyNames } from '../names.js';
import { NAMED_WRITERS, baseType, constType, csType, optionalOf, type CsType } from '../types.js';
import type { ComposedIo, ViewCtx } from './common.js';

export interface Member {
  readonly p: Property;
  readonly names: PropertyNames;
  readonly override: BaseMember | null;
}

export interface Shaped {
  /**
   * The property's declaration: printed as `{ get; set; }`, with a presence flag, or with a default.
   * `modifiers` ("override " or "") and `setter` (its access keyword and a space, or "") are
   * printed as they are: a `{{#if}}` per keyword per property made C# rendering measurably slower
   * (issue 16's bench); `field` is "" exactly when the property is a plain `{ get; set; }`.
   */
  readonly property: {
    readonly modifiers: string;
    readonly type: string;
    readonly name: string;
    readonly setter: string;
    readonly constant: string;
    readonly presence: string;
    readonly field: string;
    readonly defaultValue: string;
  };
  readonly fields: readonly { readonly type: string; readonly name: string }[];
  /** The constructor parameter, for required non-const properties. */
  readonly parameter: { readonly name: string; readonly type: string; readonly reader: string } | null;
  /** How the converter's loop reads it (`value.<member> = <reader>(property.Value)`), or null when the constructor binds it. */
  readonly reader: string | null;
  /**
   * Written always (`condition` is ""), when its presence flag is set, or when it is not null
   * (`if (...) `, then `value` is the local the pattern binds); `named`: the writer has an
   * overload that writes the member's name too (a primitive: one call instead of two).
   */
  readonly write: { readonly writer: string; readonly named: boolean; readonly condition: string; readonly value: string };
}

export function shape(m: Member, index: number, ctx: ViewCtx, io: ComposedIo): Shaped {
  const { p, override: ov, names } = m;
  const own = csType(p.type, ctx);
  const resolved = resolveAlias(p.type, ctx.byId);
  // A required non-const member's type is its own (the same text as the base's, nullable or not).
  const property = (type: string, setter: string, ownType = false) => ({
    modifiers: ov === null ? '' : 'override ',
    type: ownType ? type : (ov?.type ?? type),
    name: names.member,
    setter: spaced(ov?.setter ?? setter),
    constant: '',
    presence: '',
    field: '',
    defaultValue: '',
  });
  if (p.required) {
    const declared = ov !== null && ov.type.endsWith('?') ? optionalOf(own) : own;
    const write = written(declared, io, '', `value.${names.member}`);
    if (resolved.kind === 'const' && !own.nullable) {
      return {
        property: { ...property(constType(resolved.value), 'private'), constant: csScalar(resolved.value) },
        fields: [],
        parameter: null,
        reader: null,
        write,
      };
    }
    const parameter = { name: names.parameter, type: own.text, reader: io.reader(own) };
    return { property: property(declared.text, 'private', true), fields: [], parameter, reader: null, write };
  }
  const plain = baseType(p.type, ctx);
  const literal = defaultLiteral(p, ctx) ?? '';
  const field = names.field;
  if (own.nullable) {
    const fields = [
      { type: 'bool', name: names.presence },
      { type: own.text, name: field },
    ];
    const write = written(own, io, `if (value.${names.presence}) `, `value.${field}`);
    return {
      property: { ...property(own.text, ''), presence: names.presence, field, defaultValue: literal },
      fields,
      parameter: null,
      reader: io.reader(own),
      write,
    };
  }
  const write = written(plain, io, `if (value.${literal === '' ? names.member : field} is { } v${index}) `, `v${index}`);
  if (literal !== '') {
    const fields = [{ type: optionalOf(plain).text, name: field }];
    return { property: { ...property(plain.text, ''), field, defaultValue: literal }, fields, parameter: null, reader: io.reader(plain), write };
  }
  return { property: property(optionalOf(plain).text, ''), fields: [], parameter: null, reader: io.reader(plain), write };
}

const written = (t: CsType, io: ComposedIo, condition: string, value: string): Shaped['write'] => ({
  writer: io.writer(t),
  named: NAMED_WRITERS.has(t.writer),
  condition,
  value,
});

/** An access keyword followed by its space, or "" for none. */
const spaced = (keyword: string): string => (keyword === '' ? '' : `${keyword} `);

/** A C# literal for a scalar default of a scalar or enum property; null when there is none. */
export function defaultLiteral(p: Property, ctx: ViewCtx): string | null {
  const value = p.default?.value;
  if (value === undefined || value === null || typeof value === 'object') return null;
  const t = resolveAlias(p.type, ctx.byId);
  if (t.kind === 'ref') {
    const d = lookup(ctx.byId, t.id);
    if (d.kind !== 'enum' || !d.values.includes(value)) return null;
    const type = ctx.declared.get(d.id)!.type;
    return `global::${ctx.namespace}.${type}.${ctx.names.enums.get(d.id)!.members[d.values.indexOf(value)]!}`;
  }
  // An integer beyond 2^53 has no int or long literal (it may not fit a long at all): documented only.
  if (t.kind === 'integer' && !Number.isSafeInteger(value)) return null;
  return ['string', 'integer', 'number', 'boolean', 'const'].includes(t.kind) ? csScalar(value) : null;
}
