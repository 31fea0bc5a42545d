// Docs type rendering: TypeRef -> what a reader sees. Labels ("array of string", "map of
// integer", a link to a nested declaration), allowed values (const and enum), and constraints
// ("Maximum length: 512"). Returns Markdown strings that are safe in a table cell.

import type { Declaration, JsonValue, NumberConstraints, TypeRef } from '../../model/ir.js';
import { foldType } from '../../model/fold.js';
import { acceptsNull, addsNull, lookup } from '../shared/common.js';
import { codeSpan, literal, type Context } from './markdown.js';

export interface TypeContext {
  readonly byId: ReadonlyMap<string, Declaration>;
  /** The name shown for a declaration. */
  name(id: string): string;
  /** The link target of a declaration from the page being written ("x.md", "#anchor", "x.md#anchor"). */
  href(id: string): string;
}

/** The type as Markdown, nested declarations linked. */
export function typeLabel(type: TypeRef, ctx: TypeContext): string {
  return label(type, ctx, (id) => `[${literal(ctx.name(id))}](${ctx.href(id)})`);
}

/** The type as plain text (for the REST body skeleton). */
export function plainTypeLabel(type: TypeRef, ctx: TypeContext): string {
  return label(type, ctx, (id) => ctx.name(id));
}

function label(type: TypeRef, ctx: TypeContext, ref: (id: string) => string): string {
  const base = baseLabel(type, ctx, ref);
  return addsNull(type, acceptsNull(type, ctx.byId)) ? `${base} or null` : base;
}

function baseLabel(type: TypeRef, ctx: TypeContext, ref: (id: string) => string): string {
  const inner = (t: TypeRef): string => {
    const text = label(t, ctx, ref);
    return text.includes(' or ') ? `(${text})` : text;
  };
  const kindName = (t: TypeRef): string => t.kind;
  return foldType<string>(type, {
    ref: (t) => ref(t.id),
    const: (t) => jsonType(t.value),
    array: (t) => `array of ${inner(t.items)}`,
    map: (t) => `map of ${inner(t.values)}`,
    string: kindName,
    integer: kindName,
    number: kindName,
    boolean: kindName,
    null: kindName,
    any: kindName,
    literal: (t) => [...new Set(t.values.map(jsonType))].join(' or '),
  });
}

export function jsonType(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

type Scalar = string | number | boolean | null;

/** The values a const or enum allows (through references and aliases), or null. */
export function allowedValues(type: TypeRef, byId: ReadonlyMap<string, Declaration>): Scalar[] | null {
  const withNull = (values: Scalar[]): Scalar[] => (acceptsNull(type, byId) && !values.includes(null) ? [...values, null] : values);
  if (type.kind === 'const') return withNull([type.value]);
  if (type.kind !== 'ref') return null;
  const d = lookup(byId, type.id);
  if (d.kind === 'enum') return withNull([...d.values]);
  if (d.kind === 'alias') {
    const inner = allowedValues(d.type, byId);
    return inner === null ? null : withNull(inner);
  }
  return null;
}

/** Allowed values as code spans, strings unquoted (as the reference docs show them). */
export function valuesText(values: readonly Scalar[], context: Context): string {
  return values.map((v) => codeSpan(typeof v === 'string' ? v : JSON.stringify(v), context)).join(', ');
}

export interface Constraint {
  readonly label: string;
  /** Markdown, block context. */
  readonly value: string;
}

/** Constraints of a type: lengths, ranges, pattern, format, item counts; item/value constraints prefixed. */
export function constraints(type: TypeRef, prefix = ''): Constraint[] {
  const c = (label: string, value: number | string | null, code = false): Constraint[] =>
    value === null ? [] : [{ label: capitalize(`${prefix}${label}`), value: code ? codeSpan(String(value), 'block') : String(value) }];
  const numbers = (t: { readonly constraints: NumberConstraints }): Constraint[] => {
    const n = t.constraints;
    return [
      ...c('minimum', n.minimum),
      ...c('maximum', n.maximum),
      ...c('exclusive minimum', n.exclusiveMinimum),
      ...c('exclusive maximum', n.exclusiveMaximum),
      ...c('format', n.format, true),
    ];
  };
  const none = (): Constraint[] => [];
  return foldType<Constraint[]>(type, {
    string: ({ constraints: s }) => [
      ...c('minimum length', s.minLength),
      ...c('maximum length', s.maxLength),
      ...c('pattern', s.pattern, true),
      ...c('format', s.format, true),
    ],
    integer: numbers,
    number: numbers,
    array: (t) => [...c('minimum items', t.minItems), ...c('maximum items', t.maxItems), ...constraints(t.items, `${prefix}item `)],
    map: (t) => constraints(t.values, `${prefix}value `),
    ref: none,
    boolean: none,
    null: none,
    any: none,
    literal: none,
    const: none,
  });
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "**Maximum length**: 512" */
export const constraintLine = (c: Constraint): string => `**${c.label}**: ${c.value}`;
