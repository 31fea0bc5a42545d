// Python views, one per declaration module (openapiopenai/models/<module>.py): model + names ->
// every string the templates print (annotations, schema expressions, __init__ parameters,
// docstrings, imports). Package-level files are in package.ts.

import type { AliasDeclaration, Declaration, EnumDeclaration, ObjectDeclaration, Property, UnionDeclaration } from '../../model/ir.js';
import { acceptsNull, orderProperties, type PropertyOrder } from '../shared/common.js';
import { docText, docstring, pyLiteral, pyString } from './literals.js';
import { attributeNames, enumMemberNames, namesOf, type Names } from './names.js';
import { annotation, ModuleImports, optional, schemaExpression, type TypeContext } from './types.js';

interface ModuleBase {
  readonly banner: string;
  readonly kind: Declaration['kind'];
  readonly name: string;
  readonly docstring: readonly string[];
  /** Import lines: standard library (json, enum, typing), a blank line, the runtime, and any
   * sibling module needed while the module runs (an alias of a bare reference). */
  readonly imports: readonly string[];
  /** Imports from sibling modules, placed last so that modules may import each other. */
  readonly lateImports: readonly string[];
  readonly hasLateImports: boolean;
}

interface AttributeView {
  readonly declaration: string;
  readonly docstring: readonly string[];
}

export interface ObjectModule extends ModuleBase {
  readonly attributes: readonly AttributeView[];
  readonly propertyNames: string;
  readonly fields: readonly string[];
  readonly additional: string;
  readonly nullable: boolean;
  readonly parameters: readonly string[];
  readonly assignments: readonly string[];
}

export interface UnionModule extends ModuleBase {
  readonly actualType: string;
  readonly schemasAttribute: string;
  readonly schemas: string;
  readonly variants: readonly string[];
  readonly discriminator: string | null;
  readonly hasDiscriminator: boolean;
  readonly anyOf: boolean;
  readonly nullable: boolean;
}

export interface EnumModule extends ModuleBase {
  readonly bases: string;
  readonly members: readonly { readonly name: string; readonly value: string }[];
  readonly returnType: string;
  readonly fromJson: string;
}

export interface AliasModule extends ModuleBase {
  readonly type: string;
  readonly adapterName: string;
  readonly schema: string;
}

export interface Context {
  readonly banner: string;
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly names: Names;
  readonly order: PropertyOrder;
}

export function moduleView(d: Declaration, c: Context): ModuleBase {
  const imports = new ModuleImports(d.id);
  const ctx: TypeContext = { names: c.names, byId: c.byId, imports, quoteRefs: false };
  switch (d.kind) {
    case 'object':
      return objectModule(d, c, ctx);
    case 'union':
      return unionModule(d, c, ctx);
    case 'enum':
      return enumModule(d, c, ctx);
    case 'alias':
      return aliasModule(d, c, { ...ctx, quoteRefs: true });
  }
}

function base(d: Declaration, c: Context, ctx: TypeContext, stdlib: readonly string[], early: ReadonlySet<string> = new Set()): ModuleBase {
  const typing = [...ctx.imports.typing].sort();
  const lines = [...ctx.imports.models.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([module, names]) => ({ module, line: `from .${module} import ${[...names].sort().join(', ')}` }));
  const late = lines.filter((l) => !early.has(l.module)).map((l) => l.line);
  const standard = [...stdlib, ...(typing.length === 0 ? [] : [`from typing import ${typing.join(', ')}`])];
  return {
    banner: c.banner,
    kind: d.kind,
    name: namesOf(c.names, d.id).className,
    docstring: docstring(docText(d.doc).length > 0 || d.kind === 'alias' ? docText(d.doc) : [`The schema at #${d.id}.`]),
    imports: [
      ...standard,
      ...(standard.length === 0 ? [] : ['']),
      'from .. import _runtime as _rt',
      ...lines.filter((l) => early.has(l.module)).map((l) => l.line),
    ],
    lateImports: late,
    hasLateImports: late.length > 0,
  };
}

function objectModule(d: ObjectDeclaration, c: Context, ctx: TypeContext): ObjectModule {
  const attrs = attributeNames(d);
  const properties = orderProperties(d.properties, c.order);
  ctx.imports.useTyping('Any', 'ClassVar', 'Dict', 'List', 'Optional');
  const views = properties.map((p) => propertyParts(p, attrs.get(p.jsonName)!, ctx));
  const additional = d.additional.kind === 'allow' ? 'True' : d.additional.kind === 'deny' ? 'False' : schemaExpression(d.additional.type, ctx);
  return {
    ...base(d, c, ctx, []),
    attributes: views.map((v) => v.attribute),
    propertyNames: `[${properties.map((p) => pyString(p.jsonName)).join(', ')}]`,
    fields: views.map((v) => v.field),
    additional,
    nullable: d.nullable,
    parameters: [...views.map((v) => v.parameter), 'additional_properties: Optional[Dict[str, Any]] = None'],
    assignments: views.map((v) => v.assignment),
  };
}

function propertyParts(p: Property, attr: string, ctx: TypeContext): { attribute: AttributeView; field: string; parameter: string; assignment: string } {
  const type = annotation(p.type, ctx);
  const declared = p.required ? type : optional(type, ctx);
  const nullable = acceptsNull(p.type, ctx.byId);
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

function unionModule(d: UnionDeclaration, c: Context, ctx: TypeContext): UnionModule {
  ctx.imports.useTyping('ClassVar', 'List');
  const types = d.variants.map((v) => annotation(v, ctx));
  if (types.length > 1) ctx.imports.useTyping('Union');
  const discriminator =
    d.discriminator === null
      ? null
      : `(${pyString(d.discriminator.propertyName)}, {${d.discriminator.mapping.map((m) => `${pyString(m.value)}: ${variantIndex(d, m.id)}`).join(', ')}})`;
  const variants = d.variants.map((v) => `${schemaExpression(v, ctx)},`);
  return {
    ...base(d, c, ctx, []),
    actualType: types.length === 1 ? types[0]! : `Union[${types.join(', ')}]`,
    schemasAttribute: d.mode === 'oneOf' ? 'one_of_schemas' : 'any_of_schemas',
    schemas: `[${types.map(pyString).join(', ')}]`,
    variants,
    discriminator,
    hasDiscriminator: discriminator !== null,
    anyOf: d.mode === 'anyOf',
    nullable: d.nullable,
  };
}

function variantIndex(d: UnionDeclaration, id: string): number {
  const index = d.variants.findIndex((v) => v.kind === 'ref' && v.id === id);
  if (index < 0) throw new Error(`internal: discriminator mapping names ${id}, not a variant of ${d.id}`);
  return index;
}

const ENUM_BASES: Readonly<Record<EnumDeclaration['valueType'], string>> = {
  string: 'str, Enum',
  integer: 'int, Enum',
  number: 'float, Enum',
  boolean: 'Enum',
};

function enumModule(d: EnumDeclaration, c: Context, ctx: TypeContext): EnumModule {
  const name = namesOf(c.names, d.id).className;
  if (d.nullable) ctx.imports.useTyping('Optional');
  const memberNames = enumMemberNames(d.values);
  return {
    ...base(d, c, ctx, ['import json', 'from enum import Enum']),
    bases: ENUM_BASES[d.valueType],
    members: d.values.map((v, i) => ({ name: memberNames[i]!, value: pyLiteral(v) })),
    returnType: d.nullable ? `Optional[${name}]` : name,
    fromJson: d.nullable ? 'nullable_enum_from_json' : 'enum_from_json',
  };
}

function aliasModule(d: AliasDeclaration, c: Context, ctx: TypeContext): AliasModule {
  const quoted = annotation(d.type, ctx);
  const schema = schemaExpression(d.type, ctx);
  const bare = d.type.kind === 'ref' && quoted.startsWith('"');
  const n = namesOf(c.names, d.id);
  const early = bare && d.type.kind === 'ref' ? new Set([namesOf(c.names, d.type.id).moduleName]) : new Set<string>();
  return {
    ...base(d, c, ctx, [], early),
    type: bare ? (JSON.parse(quoted) as string) : quoted,
    adapterName: n.adapterName!,
    schema,
  };
}
