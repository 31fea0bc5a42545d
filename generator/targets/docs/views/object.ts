// The docs section of an object: nullability and additional properties, the properties table,
// a detail block per property, examples, and the REST form when the object has one.

import type { ObjectDeclaration, Property } from '../../../model/ir.js';
import { orderProperties } from '../../shared/common.js';
import { codeSpan } from '../markdown.js';
import type { SectionOutline } from '../outline.js';
import { allowedValues, constraintLine, constraints, typeLabel, valuesText, type TypeContext } from '../types.js';
import { restView, type RestView } from './rest.js';
import { blockDoc, cellDoc, examplesView, introView, type ExamplesView, type IntroView } from './section.js';
import type { PageContext } from './section.js';

export interface ObjectView extends IntroView, ExamplesView {
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

export function objectView(d: ObjectDeclaration, outline: SectionOutline, ctx: PageContext): ObjectView {
  const additional =
    d.additional.kind === 'deny'
      ? ['**Additional properties**: not allowed']
      : d.additional.kind === 'typed'
        ? [`**Additional properties**: each must be ${typeLabel(d.additional.type, ctx)}`]
        : [];
  const head = introView(d, outline, [...(d.nullable ? ['**Type**: object or null'] : []), ...additional]);
  const properties = orderProperties(d.properties, ctx.options.propertyOrder);
  return {
    ...head,
    ...examplesView(d, outline),
    hasProperties: properties.length > 0,
    propertiesHeading: outline.properties?.line ?? null,
    rows: properties.map((p) => rowView(p, ctx)),
    detailsHeading: outline.details?.line ?? null,
    details: properties.map((p) => detailView(p, outline.propertyHeadings.get(p.jsonName)!.line, ctx)),
    rest: restView(d, properties, outline, ctx),
  };
}

function rowView(p: Property, ctx: TypeContext): RowView {
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

function detailView(p: Property, heading: string, ctx: TypeContext): DetailView {
  const allowed = allowedValues(p.type, ctx.byId);
  const lines = [
    `**Type**: ${typeLabel(p.type, ctx)}`,
    ...(allowed === null ? [] : [`**Allowed values**: ${valuesText(allowed, 'block')}`]),
    ...constraints(p.type).map(constraintLine),
    ...(p.default === null ? [] : [`**Default**: ${codeSpan(JSON.stringify(p.default.value), 'block')}`]),
  ];
  return { heading, deprecated: p.doc.deprecated, description: blockDoc(p.doc), lines };
}
