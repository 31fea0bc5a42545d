// Python views, one per declaration module (openapiopenai/models/<module>.py): model + names ->
// every string the templates print (annotations, schema expressions, __init__ parameters,
// docstrings, imports). Package-level files are in package.ts.
import { acceptsNull, orderProperties } from '../common.js';
import { docText, docstring, pyLiteral, pyString } from './literals.js';
import { attributeNames, enumMemberNames, namesOf } from './names.js';
import { annotation, ModuleImports, optional, schemaExpression } from './types.js';
export function moduleView(d, c) {
    const imports = new ModuleImports(d.id);
    const ctx = { names: c.names, byId: c.byId, imports, quoteRefs: false };
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
function base(d, c, ctx, stdlib, early = new Set()) {
    const typing = [...ctx.imports.typing].sort();
    const lines = [...ctx.imports.models.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([module, names]) => ({ module, line: `from .${module} import ${[...names].sort().join(', ')}` }));
    const late = lines.filter((l) => !early.has(l.module)).map((l) => l.line);
    const standard = [...stdlib, ...(typing.length === 0 ? [] : [`from typing import ${typing.join(', ')}`])];
    return {
        banner: c.banner,
        kind: d.kind,
        name: namesOf(c.names, d.id).className,
        docstring: docstring(docText(d.doc).length > 0 || d.kind === 'alias' ? docText(d.doc) : [`The schema at #${d.id}.`]),
        imports: [...standard, ...(standard.length === 0 ? [] : ['']), 'from .. import _runtime as _rt', ...lines.filter((l) => early.has(l.module)).map((l) => l.line)],
        lateImports: late,
        hasLateImports: late.length > 0,
    };
}
function objectModule(d, c, ctx) {
    const attrs = attributeNames(d);
    const properties = orderProperties(d.properties, c.order);
    ctx.imports.useTyping('Any', 'ClassVar', 'Dict', 'List', 'Optional');
    const views = properties.map((p) => propertyParts(p, attrs.get(p.jsonName), ctx));
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
function propertyParts(p, attr, ctx) {
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
function unionModule(d, c, ctx) {
    ctx.imports.useTyping('ClassVar', 'List');
    const types = d.variants.map((v) => annotation(v, ctx));
    if (types.length > 1)
        ctx.imports.useTyping('Union');
    const discriminator = d.discriminator === null ? null : `(${pyString(d.discriminator.propertyName)}, {${d.discriminator.mapping.map((m) => `${pyString(m.value)}: ${variantIndex(d, m.id)}`).join(', ')}})`;
    const variants = d.variants.map((v) => `${schemaExpression(v, ctx)},`);
    return {
        ...base(d, c, ctx, []),
        actualType: types.length === 1 ? types[0] : `Union[${types.join(', ')}]`,
        schemasAttribute: d.mode === 'oneOf' ? 'one_of_schemas' : 'any_of_schemas',
        schemas: `[${types.map(pyString).join(', ')}]`,
        variants,
        discriminator,
        hasDiscriminator: discriminator !== null,
        anyOf: d.mode === 'anyOf',
        nullable: d.nullable,
    };
}
function variantIndex(d, id) {
    const index = d.variants.findIndex((v) => v.kind === 'ref' && v.id === id);
    if (index < 0)
        throw new Error(`internal: discriminator mapping names ${id}, not a variant of ${d.id}`);
    return index;
}
const ENUM_BASES = { string: 'str, Enum', integer: 'int, Enum', number: 'float, Enum', boolean: 'Enum' };
function enumModule(d, c, ctx) {
    const name = namesOf(c.names, d.id).className;
    if (d.nullable)
        ctx.imports.useTyping('Optional');
    const memberNames = enumMemberNames(d.values);
    return {
        ...base(d, c, ctx, ['import json', 'from enum import Enum']),
        bases: ENUM_BASES[d.valueType],
        members: d.values.map((v, i) => ({ name: memberNames[i], value: pyLiteral(v) })),
        returnType: d.nullable ? `Optional[${name}]` : name,
        fromJson: d.nullable ? 'nullable_enum_from_json' : 'enum_from_json',
    };
}
function aliasModule(d, c, ctx) {
    const quoted = annotation(d.type, ctx);
    const schema = schemaExpression(d.type, ctx);
    const bare = d.type.kind === 'ref' && quoted.startsWith('"');
    const n = namesOf(c.names, d.id);
    const early = bare && d.type.kind === 'ref' ? new Set([namesOf(c.names, d.type.id).moduleName]) : new Set();
    return {
        ...base(d, c, ctx, [], early),
        type: bare ? JSON.parse(quoted) : quoted,
        adapterName: n.adapterName,
        schema,
    };
}
