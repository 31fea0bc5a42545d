// The class of an object declaration: annotated attributes with their docstrings, the runtime's
// field table, and a keyword-only __init__ that validates.

import type { ObjectDeclaration, Property } from '../../../model/ir.js';
import { acceptsNull, orderProperties } from '../../shared/common.js';
import { docText, docstring, pyLiteral, pyString } from '../literals.js';
import { namesOf } from '../names.js';
import { annotation, optional, schemaExpression, type TypeContext } from '../types.js';
import type { ViewContext } from './context.js';

interface AttributeView {
  readonly declaration: string;
  readonly docstring: readonly string[];
}

export interface ObjectView {
  readonly attributes: readonly AttributeView[];
  readonly propertyNames: string;
  readonly fields: readonly string[];
  readonly additional: string;
  readonly nullable: boolean;
  readonly parameters: readonly string[];
  readonly assignments: readonly string[];
}

export function objectView(d: ObjectDeclaration, c: ViewContext): ObjectView {
  const ctx: TypeContext = { names: c.names, byId: c.byId, quoteRefs: false };
  const attrs = namesOf(c.names, d.id).attributes;
  const properties = orderProperties(d.properties, c.order);
  const views = properties.map((p) => propertyParts(p, attrs.get(p.jsonName)!, ctx));
  const additional = d.additional.kind === 'allow' ? 'True' : d.additional.kind === 'deny' ? 'False' : schemaExpression(d.additional.type, ctx);
  return {
    attributes: views.map((v) => v.attribute),
    propertyNames: `[${properties.map((p) => pyString(p.jsonName)).join(', ')}]`,
    fields: views.map((v) => v.field),
    additional,
    nullable: d.nullable,
    parameters: [...views.map((v) => v.parameter), 'additional_properties: Optional[Dict[str, Any]] = None'],
    assignments: views.map((v) => v.assignment),
  };
}

interface PropertyParts {
  readonly attribute: AttributeView;
  readonly field: string;
  readonly parameter: string;
  readonly assignment: string;
}

function propertyParts(p: Property, attr: string, ctx: TypeContext): PropertyParts {
  const type = annotation(p.type, ctx);
  const declared = p.required ? type : optional(type);
  const nullable = acceptsNull(p.type, ctx.byId);
  // Optional and nullable: UNSET tells "not given" (omitted from JSON) from an explicit None (null).
  const given = !p.required && nullable;
  const defaultValue = p.required ? (p.type.kind === 'const' ? ` = ${pyLiteral(p.type.value)}` : '') : given ? ' = _rt.UNSET' : ' = None';
  const flags = [...(p.required ? ['required=True'] : []), ...(nullable ? ['nullable=True'] : [])];
  const extra = p.default === null ? [] : [`Default: ${JSON.stringify(p.default.value)}.`];
  return {
    attribute: { declaration: `${attr}: ${declared}`, docstring: docstring(docText(p.doc, extra)) },
    field: `_rt.Field(${[pyString(attr), pyString(p.jsonName), schemaExpression(p.type, ctx), ...flags].join(', ')}),`,
    parameter: `${attr}: ${declared}${defaultValue}`,
    assignment: given ? `self.${attr} = self._given(${pyString(attr)}, ${attr})` : `self.${attr} = ${attr}`,
  };
}
