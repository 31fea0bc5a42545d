// The class of an object declaration: annotated attributes with their docstrings, the runtime's
// field table, a keyword-only __init__ that validates, and the native views of formatted strings
// (formats.ts): properties that read and write an attribute's text through the runtime.

import type { ObjectDeclaration, Property } from '../../../model/ir.js';
import { acceptsNull, orderProperties } from '../../shared/common.js';
import { docText, docstring, pyLiteral, pyString } from '../literals.js';
import { namesOf, type NamedView } from '../names.js';
import { annotation, optional, schemaExpression, type TypeContext } from '../types.js';
import type { ViewContext } from './context.js';

interface AttributeView {
  readonly declaration: string;
  readonly docstring: readonly string[];
}

/** A native view: `@property name` reading `self.<attribute>` with `runtime`, and its setter. */
interface NativeViewView {
  readonly name: string;
  readonly attribute: string;
  readonly annotation: string;
  readonly docstring: readonly string[];
  readonly runtime: string;
  /** The JSON property, as a Python string, for the runtime's errors. */
  readonly property: string;
}

export interface ObjectView {
  readonly attributes: readonly AttributeView[];
  readonly views: readonly NativeViewView[];
  readonly propertyNames: string;
  readonly fields: readonly string[];
  readonly additional: string;
  readonly nullable: boolean;
  readonly parameters: readonly string[];
  readonly assignments: readonly string[];
}

export function objectView(d: ObjectDeclaration, c: ViewContext): ObjectView {
  const ctx: TypeContext = { names: c.names, byId: c.byId, quoteRefs: false };
  const { attributes: attrs, views } = namesOf(c.names, d.id);
  const properties = orderProperties(d.properties, c.order);
  const parts = properties.map((p) => propertyParts(p, attrs.get(p.jsonName)!, ctx));
  const additional = d.additional.kind === 'allow' ? 'True' : d.additional.kind === 'deny' ? 'False' : schemaExpression(d.additional.type, ctx);
  return {
    attributes: parts.map((v) => v.attribute),
    views: properties.flatMap((p) => {
      const view = views.get(p.jsonName);
      return view === undefined ? [] : [nativeView(p, view, attrs.get(p.jsonName)!, ctx)];
    }),
    propertyNames: `[${properties.map((p) => pyString(p.jsonName)).join(', ')}]`,
    fields: parts.map((v) => v.field),
    additional,
    nullable: d.nullable,
    parameters: [...parts.map((v) => v.parameter), 'additional_properties: Optional[Dict[str, Any]] = None'],
    assignments: parts.map((v) => v.assignment),
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

function nativeView(p: Property, { name, native }: NamedView, attribute: string, ctx: TypeContext): NativeViewView {
  // Optional exactly when the attribute is: an optional or nullable property reads None when absent or null.
  const absent = !p.required || acceptsNull(p.type, ctx.byId);
  const reads = `${attribute} as ${native.noun}${absent ? ' (None when absent or null)' : ''}`;
  return {
    name,
    attribute,
    annotation: absent ? optional(native.annotation) : native.annotation,
    docstring: docstring([`${reads}; ValueError when its text is not ${native.grammar}. Setting it stores the value's text.`]),
    runtime: native.runtime,
    property: pyString(p.jsonName),
  };
}
