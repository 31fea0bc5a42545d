// The view of an object declaration: a sealed class (OpenAI-DotNet's shape: one public
// constructor taking the required properties, [JsonInclude][JsonPropertyName] properties,
// [JsonExtensionData] for unknown properties) and its converter (validate, bind, write). How
// each property is held, read and written: object-members.ts; a formatted one's native view:
// format-views.ts. The statements are object.hbs's.

import type { ObjectDeclaration } from '../../../model/ir.js';
import { orderProperties } from '../../shared/common.js';
import { bare } from '../identifiers.js';
import { code, csString, docText, summary } from '../literals.js';
import { reachesNull } from '../types.js';
import { ComposedIo, converterIo, listed, type ViewCtx } from './common.js';
import { formatView } from './format-views.js';
import { defaultLiteral, shape, type Member } from './object-members.js';
import { validatorAt } from './validation-schema.js';

/**
 * The field behind AdditionalProperties. Member fields are `_` and a parameter's name, and no
 * member is named AdditionalProperties (names.ts reserves it), so none is named this.
 */
const ADDITIONAL_FIELD = '_additionalProperties';

export function objectView(d: ObjectDeclaration, ctx: ViewCtx) {
  const n = ctx.declared.get(d.id)!;
  const names = ctx.names.properties.get(d.id)!;
  const base = ctx.names.bases.variants.get(d.id) ?? { baseClass: null, overrides: [], interfaces: [] };
  const members: Member[] = orderProperties(d.properties, ctx.order).map((p) => ({
    p,
    names: names[d.properties.indexOf(p)]!,
    override: base.overrides.find((o) => o.jsonName === p.jsonName) ?? null,
  }));
  const io = new ComposedIo();
  const shaped = members.map((m, i) => ({ m, s: shape(m, i, ctx, io) }));
  const params = shaped.flatMap(({ m, s }) => (s.parameter === null ? [] : [{ m, ...s.parameter }]));
  const reads = shaped.flatMap(({ m, s }) => (s.reader === null ? [] : [{ m, reader: s.reader }]));
  const hasAdditional = d.additional.kind !== 'deny';
  // FromJson finds the members in one pass (SchemaNames.Members), each at the index of its name
  // among every declared name in the schema's order (members in that order are found at the first
  // try; one nothing reads, a const, is not kept as an unknown one): m[<index>].
  const indexOf = new Map(shaped.map(({ m }, index) => [m, index]));
  const local = (m: Member): string => `m[${indexOf.get(m)!}]`;
  const found = params.length > 0 || reads.length > 0;
  return {
    kind: 'object',
    name: n.type,
    converter: n.companion,
    docComment: summary(docText(d.doc, `The ${code(d.schemaName)} object.`)),
    deprecated: d.doc.deprecated,
    heritage: listed([...(base.baseClass === null ? [] : [base.baseClass]), ...base.interfaces]),
    constructorDoc: summary(
      [params.length === 0 ? `Creates a <see cref="${n.type}"/>.` : `Creates a <see cref="${n.type}"/> from its required properties.`],
      params.map((p) => `<param name="${bare(p.name)}">${docText(p.m.p.doc, `The ${code(p.m.p.jsonName)} property.`).join(' ')}</param>`),
    ),
    parameters: params.map((p, i) => ({
      type: p.type,
      name: p.name,
      member: p.m.names.member,
      reader: p.reader,
      local: local(p.m),
      last: i === params.length - 1,
    })),
    // The unknown members' dictionary is made on first use (AdditionalProperties): most objects
    // read carry none, and a dictionary apiece was a tenth of binding them.
    fields: [...shaped.flatMap(({ s }) => s.fields), ...(hasAdditional ? [{ type: 'Dictionary<string, JsonElement>?', name: ADDITIONAL_FIELD }] : [])],
    properties: shaped.map(({ m, s }) => ({
      docComment: propertyDoc(m, ctx),
      jsonName: csString(m.p.jsonName),
      deprecated: m.p.doc.deprecated,
      ...s.property,
      view: m.names.view === null ? null : formatView(m, m.names.view, s.property, ctx),
    })),
    hasAdditional,
    additionalField: ADDITIONAL_FIELD,
    additionalDoc: summary([
      d.additional.kind === 'typed'
        ? 'Properties the schema does not declare (each follows its additionalProperties schema): kept when read, written back after the declared ones.'
        : 'Properties the schema does not declare: kept when read, written back after the declared ones.',
    ]),
    hasToJsonString: base.baseClass === null,
    validatorAt: validatorAt(d.id, ctx.checks.checks.get(d.id)),
    tags: null,
    // No member to keep or read (a const alone, unknown members dropped): no pass over the members.
    hasLoop: hasAdditional || found,
    members: `${found ? 'var m = ' : ''}Names.Members(json, out ${hasAdditional ? 'var additional' : '_'});`,
    names: listed(shaped.map(({ m }) => csString(m.p.jsonName))),
    reads: reads.map((r) => ({ member: r.m.names.member, reader: r.reader, local: local(r.m) })),
    writes: shaped.map(({ m, s }) => ({ jsonName: csString(m.p.jsonName), ...s.write })),
    composed: io.fields,
    ...converterIo(reachesNull({ kind: 'ref', id: d.id, nullable: false }, ctx), false, ctx.readers.objectReader(d, ADDITIONAL_FIELD)),
  };
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
