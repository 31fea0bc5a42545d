// The view of an object declaration: a sealed class (OpenAI-DotNet's shape: one public
// constructor taking the required properties, [JsonInclude][JsonPropertyName] properties,
// [JsonExtensionData] for unknown properties) and its converter (validate, bind, write).
// Member patterns: required -> `{ get; private set; }`; a required const -> initialized to the
// const; optional -> `{ get; set; }`, null when absent; optional and nullable -> a presence flag
// so a present null is written back; optional with a scalar default -> reads the default when absent.

import type { ObjectDeclaration, Property } from '../../../model/ir.js';
import { lookup, orderProperties, resolveAlias, wrapLinesIfNullable } from '../../shared/common.js';
import type { BaseMember } from '../bases.js';
import { code, csScalar, csString, docText, summary } from '../literals.js';
import { bare } from '../identifiers.js';
import type { PropertyNames } from '../names.js';
import { baseType, checkExpression, constType, csType, optionalOf, reachesNull, type CsType } from '../types.js';
import { obsolete, terminated, topIo, type ViewCtx } from './common.js';

interface Member {
  readonly p: Property;
  readonly name: string;
  readonly names: PropertyNames;
  readonly override: BaseMember | null;
}

interface Shaped {
  readonly declaration: string;
  readonly fields: readonly string[];
  /** The constructor parameter, for required non-const properties. */
  readonly parameter: { readonly name: string; readonly type: string; readonly reader: string } | null;
  readonly read: string | null;
  readonly write: { readonly condition: string | null; readonly statement: string };
}

export function objectView(d: ObjectDeclaration, ctx: ViewCtx) {
  const n = ctx.declared.get(d.id)!;
  const names = ctx.names.properties.get(d.id)!;
  const base = ctx.names.bases.variants.get(d.id) ?? { baseClass: null, overrides: [], interfaces: [] };
  const members: Member[] = orderProperties(d.properties, ctx.order).map((p) => ({
    p,
    name: names[d.properties.indexOf(p)]!.member,
    names: names[d.properties.indexOf(p)]!,
    override: base.overrides.find((o) => o.jsonName === p.jsonName) ?? null,
  }));
  const shaped = members.map((m, i) => ({ m, s: shape(m, i, ctx) }));
  const params = shaped.flatMap(({ m, s }) => (s.parameter === null ? [] : [{ m, ...s.parameter }]));
  const heritage = [...(base.baseClass === null ? [] : [base.baseClass]), ...base.interfaces];
  const hasAdditional = d.additional.kind !== 'deny';
  return {
    kind: 'object',
    name: n.type,
    converter: n.companion,
    docComment: summary(docText(d.doc, `The ${code(d.schemaName)} object.`)),
    attributes: obsolete(d.doc),
    heritage: heritage.length === 0 ? '' : ` : ${heritage.join(', ')}`,
    constructorDoc: summary(
      [params.length === 0 ? `Creates a <see cref="${n.type}"/>.` : `Creates a <see cref="${n.type}"/> from its required properties.`],
      params.map((p) => `<param name="${bare(p.name)}">${docText(p.m.p.doc, `The ${code(p.m.p.jsonName)} property.`).join(' ')}</param>`),
    ),
    constructorParameters: params.map((p) => `${p.type} ${p.name}`).join(', '),
    constructorAssignments: params.map((p) => `this.${p.m.name} = ${p.name};`),
    fields: shaped.flatMap(({ s }) => s.fields),
    properties: shaped.map(({ m, s }) => ({
      docComment: propertyDoc(m, ctx),
      attributes: ['[JsonInclude]', `[JsonPropertyName(${csString(m.p.jsonName)})]`, ...obsolete(m.p.doc)],
      declaration: s.declaration,
    })),
    hasAdditional,
    additionalDoc: summary([
      d.additional.kind === 'typed'
        ? 'Properties the schema does not declare (each follows its additionalProperties schema): kept when read, written back after the declared ones.'
        : 'Properties the schema does not declare: kept when read, written back after the declared ones.',
    ]),
    hasToJsonString: base.baseClass === null,
    checkLines: terminated(objectCheck(d, ctx)),
    constructorArguments: params.map((p, i) => `${p.reader}(json.GetProperty(${csString(p.m.p.jsonName)}))${i < params.length - 1 ? ',' : ');'}`),
    hasLoop: hasAdditional || shaped.some(({ s }) => s.read !== null),
    cases: readCases(shaped, hasAdditional),
    writes: shaped.map(({ m, s }) => ({
      jsonName: csString(m.p.jsonName),
      hasCondition: s.write.condition !== null,
      condition: s.write.condition ?? '',
      statement: s.write.statement,
    })),
    ...topIo(n.type, reachesNull({ kind: 'ref', id: d.id, nullable: false }, ctx)),
  };
}

function shape(m: Member, index: number, ctx: ViewCtx): Shaped {
  const { p, override: ov } = m;
  const own = csType(p.type, ctx);
  const resolved = resolveAlias(p.type, ctx.byId);
  const head = `public ${ov === null ? '' : 'override '}`;
  const setter = (fallback: string): string => (ov === null ? fallback : `${ov.setter} `);
  const statement = (t: CsType, value: string): string => `${t.writer}(writer, ${value});`;
  if (p.required) {
    const declared = ov !== null && ov.type.endsWith('?') ? optionalOf(own) : own;
    const always = { condition: null, statement: statement(declared, `value.${m.name}`) };
    if (resolved.kind === 'const' && !own.nullable) {
      return {
        declaration: `${head}${ov?.type ?? constType(resolved.value)} ${m.name} { get; ${setter('private ')}set; } = ${csScalar(resolved.value)};`,
        fields: [],
        parameter: null,
        read: null,
        write: always,
      };
    }
    const parameter = { name: m.names.parameter, type: own.text, reader: own.reader };
    return { declaration: `${head}${declared.text} ${m.name} { get; ${setter('private ')}set; }`, fields: [], parameter, read: null, write: always };
  }
  const plain = baseType(p.type, ctx);
  const local = `v${index}`;
  const field = m.names.field;
  const literal = defaultLiteral(p, ctx);
  if (own.nullable) {
    const has = m.names.presence;
    const get = literal === null ? field : `${has} ? ${field} : ${literal}`;
    return {
      declaration: `${head}${ov?.type ?? own.text} ${m.name} { get => ${get}; ${setter('')}set { ${field} = value; ${has} = true; } }`,
      fields: [`internal bool ${has};`, `internal ${own.text} ${field};`],
      parameter: null,
      read: `value.${m.name} = ${own.reader}(property.Value);`,
      write: { condition: `value.${has}`, statement: statement(own, `value.${field}`) },
    };
  }
  const read = `value.${m.name} = ${plain.reader}(property.Value);`;
  const write = { condition: `value.${literal === null ? m.name : field} is { } ${local}`, statement: statement(plain, local) };
  if (literal !== null) {
    const declaration = `${head}${ov?.type ?? plain.text} ${m.name} { get => ${field} ?? ${literal}; ${setter('')}set => ${field} = value; }`;
    return { declaration, fields: [`internal ${optionalOf(plain).text} ${field};`], parameter: null, read, write };
  }
  return { declaration: `${head}${ov?.type ?? optionalOf(plain).text} ${m.name} { get; ${setter('')}set; }`, fields: [], parameter: null, read, write };
}

/** A C# literal for a scalar default of a scalar or enum property; null when there is none. */
function defaultLiteral(p: Property, ctx: ViewCtx): string | null {
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

function propertyDoc(m: Member, ctx: ViewCtx): string[] {
  const lines = docText(m.p.doc, `The ${code(m.p.jsonName)} property.`);
  const value = m.p.default?.value;
  if (value === undefined) return summary(lines);
  const literal = defaultLiteral(m.p, ctx) !== null;
  const remark = literal
    ? `Reads as ${code(JSON.stringify(value))} when absent; written only when set.`
    : `The schema's default is ${code(JSON.stringify(value))}.`;
  return summary(lines, [`<remarks>${remark}</remarks>`]);
}

function objectCheck(d: ObjectDeclaration, ctx: ViewCtx): string[] {
  const additional =
    d.additional.kind === 'allow'
      ? 'SchemaChecks.Any'
      : d.additional.kind === 'deny'
        ? 'null'
        : checkExpression(d.additional.type, ctx, `${d.id}/additionalProperties`);
  const properties = d.properties.map((p) => `SchemaChecks.Property(${csString(p.jsonName)}, ${p.required}, ${checkExpression(p.type, ctx, p.pointer)})`);
  const items = [additional, ...properties];
  return wrapLinesIfNullable(d.nullable, 'SchemaChecks.Nullable', [
    'SchemaChecks.Object(',
    ...items.map((item, i) => `    ${item}${i < items.length - 1 ? ',' : ')'}`),
  ]);
}

function readCases(shaped: readonly { m: Member; s: Shaped }[], hasAdditional: boolean) {
  const bound = shaped.filter(({ s }) => s.read === null).map(({ m }) => `case ${csString(m.p.jsonName)}:`);
  const reads = shaped.flatMap(({ m, s }) => (s.read === null ? [] : [{ labels: [`case ${csString(m.p.jsonName)}:`], statements: [s.read, 'break;'] }]));
  const skip = hasAdditional && bound.length > 0 ? [{ labels: bound, statements: ['break;'] }] : [];
  const rest = hasAdditional ? [{ labels: ['default:'], statements: ['value.AdditionalProperties[property.Name] = property.Value.Clone();', 'break;'] }] : [];
  return [...skip, ...reads, ...rest];
}
