// Docs page views: a page (its main declaration at heading level 1, then a level-2 section per
// declaration hoisted out of it) -> the view of templates/docs/file.hbs. Every string, table
// cell and heading is computed here, headings in the order the templates print them.

import { SchemaError, joinPointer } from '../../errors.js';
import type { Declaration, EnumDeclaration, ObjectDeclaration, Property, UnionDeclaration, AliasDeclaration } from '../../model/ir.js';
import { orderProperties } from '../shared/common.js';
import type { PageContext } from './context.js';
import { codeSpan } from './markdown.js';
import { restView, type RestView } from './rest.js';
import { allowedValues, constraintLine, constraints, typeLabel, valuesText } from './types.js';
import { blockDoc, cellDoc, examplesView, titleHeading, type ExamplesView, type IntroView } from './views-common.js';

export interface PageView {
  readonly banner: string;
  readonly sections: readonly SectionView[];
}

type SectionView = ObjectView | EnumView | UnionView | AliasView;

interface ObjectView extends IntroView, ExamplesView {
  readonly hasProperties: boolean;
  readonly propertiesHeading: string | null;
  readonly rows: readonly RowView[];
  readonly detailsHeading: string | null;
  readonly details: readonly DetailView[];
  readonly rest: RestView | null;
}

interface RowView {
  readonly name: string;
  readonly type: string;
  readonly required: string;
  readonly default: string;
  readonly allowed: string;
  readonly description: string;
}

interface DetailView {
  readonly heading: string;
  readonly deprecated: boolean;
  readonly description: string | null;
  readonly lines: readonly string[];
}

type EnumView = IntroView & ExamplesView;
type AliasView = IntroView & ExamplesView;

interface UnionView extends IntroView, ExamplesView {
  readonly variantsHeading: string;
  readonly variants: readonly string[];
}

export function pageView(banner: string, ctx: PageContext): PageView {
  const { main, sections } = ctx.page;
  return { banner, sections: [sectionView(main, 1, ctx), ...sections.map((d) => sectionView(d, 2, ctx))] };
}

function sectionView(d: Declaration, level: number, ctx: PageContext): SectionView {
  if (d.kind !== 'object' && d.codegen['rest'] !== undefined) {
    throw new SchemaError(
      '"x-codegen/rest" applies to object declarations only',
      joinPointer(d.id, 'x-codegen', 'rest'),
      'move it to the object sent as the request body',
    );
  }
  switch (d.kind) {
    case 'object':
      return objectView(d, level, ctx);
    case 'enum':
      return enumView(d, level, ctx);
    case 'union':
      return unionView(d, level, ctx);
    case 'alias':
      return aliasView(d, level, ctx);
  }
}

function intro(d: Declaration, level: number, ctx: PageContext, lines: readonly string[]): IntroView {
  return { kind: d.kind, heading: titleHeading(d, level, ctx), deprecated: d.doc.deprecated, description: blockDoc(d.doc), lines };
}

function objectView(d: ObjectDeclaration, level: number, ctx: PageContext): ObjectView {
  const additional =
    d.additional.kind === 'deny'
      ? ['**Additional properties**: not allowed']
      : d.additional.kind === 'typed'
        ? [`**Additional properties**: each must be ${typeLabel(d.additional.type, ctx)}`]
        : [];
  const head = intro(d, level, ctx, [...(d.nullable ? ['**Type**: object or null'] : []), ...additional]);
  const properties = orderProperties(d.properties, ctx.options.propertyOrder);
  const hasProperties = properties.length > 0;
  const propertiesHeading = hasProperties ? ctx.heading(level + 1, 'Properties') : null;
  const detailsHeading = hasProperties ? ctx.heading(level + 1, 'Property Details') : null;
  const details = properties.map((p) => detailView(p, level + 2, ctx));
  const examples = examplesView(d, level + 1, ctx);
  const rest = restView(d, properties, level + 1, ctx);
  return { ...head, ...examples, hasProperties, propertiesHeading, rows: properties.map((p) => rowView(p, ctx)), detailsHeading, details, rest };
}

function rowView(p: Property, ctx: PageContext): RowView {
  checkNoPropertyName(p);
  const allowed = allowedValues(p.type, ctx.byId);
  return {
    name: codeSpan(p.jsonName, 'cell'),
    type: typeLabel(p.type, ctx),
    required: p.required ? 'Yes' : 'No',
    default: p.default === null ? '' : codeSpan(JSON.stringify(p.default.value), 'cell'),
    allowed: allowed === null ? '' : valuesText(allowed, 'cell'),
    description: `${p.doc.deprecated ? '**Deprecated.** ' : ''}${cellDoc(p.doc)}`,
  };
}

function detailView(p: Property, level: number, ctx: PageContext): DetailView {
  const suffix = p.required ? ' (required)' : '';
  const heading = ctx.heading(level, `${p.jsonName}${suffix}`, `${codeSpan(p.jsonName, 'block')}${suffix}`);
  const allowed = allowedValues(p.type, ctx.byId);
  const lines = [
    `**Type**: ${typeLabel(p.type, ctx)}`,
    ...(allowed === null ? [] : [`**Allowed values**: ${valuesText(allowed, 'block')}`]),
    ...constraints(p.type).map(constraintLine),
    ...(p.default === null ? [] : [`**Default**: ${codeSpan(JSON.stringify(p.default.value), 'block')}`]),
  ];
  return { heading, deprecated: p.doc.deprecated, description: blockDoc(p.doc), lines };
}

function enumView(d: EnumDeclaration, level: number, ctx: PageContext): EnumView {
  const values = d.nullable ? [...d.values, null] : [...d.values];
  const lines = [`**Type**: ${d.valueType}${d.nullable ? ' or null' : ''}`, `**Allowed values**: ${valuesText(values, 'block')}`];
  const head = intro(d, level, ctx, lines);
  return { ...head, ...examplesView(d, level + 1, ctx) };
}

function aliasView(d: AliasDeclaration, level: number, ctx: PageContext): AliasView {
  const allowed = allowedValues(d.type, ctx.byId);
  const lines = [
    `**Type**: ${typeLabel(d.type, ctx)}`,
    ...(allowed === null ? [] : [`**Allowed values**: ${valuesText(allowed, 'block')}`]),
    ...constraints(d.type).map(constraintLine),
  ];
  const head = intro(d, level, ctx, lines);
  return { ...head, ...examplesView(d, level + 1, ctx) };
}

function unionView(d: UnionDeclaration, level: number, ctx: PageContext): UnionView {
  const how =
    d.discriminator !== null
      ? `One of the following, told apart by the ${codeSpan(d.discriminator.propertyName, 'block')} property.`
      : d.mode === 'oneOf'
        ? 'Exactly one of the following.'
        : 'At least one of the following.';
  const head = intro(d, level, ctx, [`${how}${d.nullable ? ' It may also be `null`.' : ''}`]);
  const variantsHeading = ctx.heading(level + 1, 'Variants');
  const variants = d.variants.map((v, i) => {
    const tag = d.discriminator?.mapping[i]?.value;
    const summary = constraints(v).map((c) => `${c.label.toLowerCase()} ${c.value}`);
    const label = `${typeLabel(v, ctx)}${summary.length === 0 ? '' : ` (${summary.join(', ')})`}`;
    return tag === undefined ? label : `${codeSpan(tag, 'block')}: ${label}`;
  });
  return { ...head, ...examplesView(d, level + 1, ctx), variantsHeading, variants: d.nullable ? [...variants, '`null`'] : variants };
}

/** Docs show wire names: a per-property docs name would be silently ignored, so it is refused. */
function checkNoPropertyName(p: Property): void {
  if (p.codegen['docs']?.['name'] !== undefined) {
    throw new SchemaError(
      '"x-codegen/docs/name" does not apply to properties: the docs show wire names',
      joinPointer(p.pointer, 'x-codegen', 'docs', 'name'),
      'remove it',
    );
  }
}
