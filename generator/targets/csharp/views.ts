// The views of enums, unions, aliases and the shared base types. A discriminated union is an
// interface with a converter that switches on the tag; any other union is a sealed class holding
// one `Value` (one constructor per distinct variant type); an alias is a static class with
// FromJsonString / ToJsonString, since C# has no type aliases; an enum is a C# enum whose
// converter maps members to wire values and back.

import type { AliasDeclaration, EnumDeclaration, UnionDeclaration } from '../../model/ir.js';
import type { SharedType } from './bases.js';
import { obsolete, terminated, topIo, typesOf, usesDeprecated, type ViewCtx } from './context.js';
import { wrapIfNullable, wrapLinesIfNullable } from '../shared/common.js';
import { code, csScalar, csString, docText, summary } from './literals.js';
import { enumMemberNames } from './names.js';
import { baseType, checkExpression, csType, reachesNull } from './types.js';

function common(d: EnumDeclaration | UnionDeclaration | AliasDeclaration, ctx: ViewCtx, fallback: string) {
  const n = ctx.names.get(d.id)!;
  return {
    name: n.type,
    converter: n.companion,
    docComment: summary(docText(d.doc, fallback)),
    attributes: obsolete(d.doc),
    suppressObsolete: usesDeprecated(d, typesOf(d), ctx),
  };
}

export function enumView(d: EnumDeclaration, ctx: ViewCtx) {
  const base = common(d, ctx, `The ${code(d.schemaName)} values.`);
  const members = enumMemberNames(d, base.name);
  const io = d.valueType === 'string' ? 'String' : d.valueType === 'boolean' ? 'Boolean' : 'Double';
  const table =
    d.values.length > MAX_BRANCHED_ENUM
      ? { name: `${base.name}Table`, wireType: io === 'String' ? 'string' : io === 'Boolean' ? 'bool' : 'double', writer: `SchemaRuntime.Write${io}` }
      : null;
  return {
    kind: 'enum',
    ...base,
    members: members.map((name, i) => ({
      docComment: summary([`The wire value ${code(JSON.stringify(d.values[i]))}.`]),
      name,
      initializer: d.values.every(isInt32) ? ` = ${String(d.values[i])}` : '',
      separator: i < members.length - 1 ? ',' : '',
    })),
    checkLines: [
      `${wrapIfNullable(d.nullable, 'SchemaChecks.Nullable', `SchemaChecks.Enum(${table === null ? d.values.map(csScalar).join(', ') : `${table.name}.Wire`})`)};`,
    ],
    table,
    readValue: `SchemaRuntime.Read${io}(json)`,
    cases: members.map((name, i) => ({
      literal: csScalar(d.values[i]!),
      member: `global::${ctx.namespace}.${base.name}.${name}`,
      writer: `SchemaRuntime.Write${io}`,
    })),
    typeName: csString(base.name),
    ...topIo(base.name, d.nullable, true),
  };
}

/**
 * Above this many values an enum's converter looks values up in arrays instead of one branch per
 * value: Roslyn needs minutes and gigabytes for a 10,000-case switch (100,000 values compile in
 * about a minute as arrays). Smaller enums keep the branches, which read better.
 */
export const MAX_BRANCHED_ENUM = 1_000;

/** Integer wire values that all fit an int are the members' values too, so casts mean what they say. */
const isInt32 = (value: string | number | boolean): boolean => typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;

export function unionView(d: UnionDeclaration, ctx: ViewCtx) {
  return d.discriminator === null ? plainUnionView(d, ctx) : interfaceView(d, ctx);
}

function plainUnionView(d: UnionDeclaration, ctx: ViewCtx) {
  const base = common(d, ctx, `One of several shapes (${d.mode}).`);
  const variants = d.variants.map((v, i) => ({
    ...baseType(v, ctx),
    owner: base.name,
    field: `Variant${i}`,
    check: checkExpression(v, ctx, `${d.id}/${d.mode}/${i}`),
    local: `v${i}`,
  }));
  const types = [...new Set(variants.map((v) => v.base))];
  return {
    kind: 'union',
    ...base,
    constructors: types.map((type) => ({
      owner: base.name,
      docComment: summary([`Holds a ${code(type)}.`], ['<param name="value">The value.</param>']),
      type,
    })),
    valueDoc: summary([`The value held, one of: ${types.map(code).join(', ')}.`]),
    variants,
    checkLines: [
      `${wrapIfNullable(d.nullable, 'SchemaChecks.Nullable', `SchemaChecks.${d.mode === 'oneOf' ? 'OneOf' : 'AnyOf'}(${variants.map((v) => v.field).join(', ')})`)};`,
    ],
    typeName: csString(base.name),
    ...topIo(base.name, reachesNull({ kind: 'ref', id: d.id, nullable: false }, ctx)),
  };
}

function interfaceView(d: UnionDeclaration, ctx: ViewCtx) {
  const base = common(d, ctx, `One of several objects, told apart by ${code(d.discriminator!.propertyName)}.`);
  const plan = ctx.bases.unions.get(d.id)!;
  return {
    kind: 'interface',
    ...base,
    heritage: plan.extends === null ? '' : ` : ${plan.extends}`,
    members: plan.members.map((m) => ({ docComment: summary(m.doc), declaration: `${m.type} ${m.name} { get; }` })),
    hasToJsonString: plan.extends === null,
    ...dispatchView(base.name, d.discriminator!, d.nullable, ctx),
  };
}

/** The converter of an interface or base class that reads the class a tag names. */
function dispatchView(name: string, discriminator: NonNullable<SharedType['dispatch']>, nullable: boolean, ctx: ViewCtx) {
  const variants = discriminator.mapping.map((m, i) => ({
    tag: csString(m.value),
    type: ctx.names.get(m.id)!.type,
    companion: ctx.names.get(m.id)!.companion,
    local: `v${i}`,
  }));
  const tags = variants.map((m, i) => `    SchemaChecks.Tag(${m.tag}, ${m.companion}.Validate)${i < variants.length - 1 ? ',' : ')'}`);
  return {
    converter: `${name.replace(/^@/, '')}Converter`,
    checkLines: terminated(
      wrapLinesIfNullable(nullable, 'SchemaChecks.Nullable', ['SchemaChecks.Discriminated(', `    ${csString(discriminator.propertyName)},`, ...tags]),
    ),
    tag: csString(discriminator.propertyName),
    variants,
    ...topIo(name, nullable),
  };
}

export function aliasView(d: AliasDeclaration, ctx: ViewCtx) {
  const base = common(d, ctx, `The ${code(d.schemaName)} type.`);
  const t = csType(d.type, ctx);
  return { kind: 'alias', ...base, type: t.text, checkLines: [`${checkExpression(d.type, ctx, d.id)};`], reader: t.reader, writer: t.writer };
}

function sharedDoc(s: SharedType, what: string): string[] {
  return summary([`${what} every variant of ${s.unions.map((u) => `<see cref="${u}"/>`).join(', ')} has.`]);
}

export function baseInterfaceView(s: SharedType, ctx: ViewCtx) {
  return {
    kind: 'baseInterface',
    name: s.name,
    docComment: sharedDoc(s, 'What'),
    members: s.members.map((m) => ({ docComment: summary(m.doc), declaration: `${m.type} ${m.name} { get; }` })),
    ...sharedDispatch(s, ctx),
  };
}

export function baseClassView(s: SharedType, ctx: ViewCtx) {
  return {
    kind: 'baseClass',
    name: s.name,
    docComment: sharedDoc(s, 'The members'),
    heritage: s.implements === null ? '' : ` : ${s.implements}`,
    members: s.members.map((m) => ({ docComment: summary(m.doc), declaration: `public abstract ${m.type} ${m.name} { get; ${m.setter} set; }` })),
    ...sharedDispatch(s, ctx),
  };
}

function sharedDispatch(s: SharedType, ctx: ViewCtx) {
  if (s.dispatch === null) return { hasConverter: false, converter: '', checkLines: [], tag: '', variants: [], topReader: '', topWriter: '' };
  return { hasConverter: true, ...dispatchView(s.name, s.dispatch, false, ctx) };
}
