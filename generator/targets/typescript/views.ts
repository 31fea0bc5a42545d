// TypeScript views: model + names -> the view of generated/typescript/index.ts. Every string
// (type expressions, check expressions, doc comment lines) is computed here.

import type { Declaration, Model, ObjectDeclaration, Property, TypeRef } from '../../model/ir.js';
import { bannerText } from '../target.js';
import { lineComment, visible } from '../shared/text.js';
import { docLines, orderProperties, wrapIfNullable, wrapLinesIfNullable, type PropertyOrder } from '../shared/common.js';
import { checkFunction, propertyKey, quote } from './names.js';
import { checkExpression, literal, typeExpression, type Names } from './types.js';

export interface FileView {
  readonly banner: string;
  /** The runtime's source (templates/typescript/runtime/runtime.ts, its inlined part), as is. */
  readonly runtime: string;
  readonly declarations: readonly DeclarationView[];
}

interface DeclarationView {
  readonly kind: Declaration['kind'];
  /** The partial file.hbs renders it with: `object` (an interface), or `type-alias` for the rest. */
  readonly template: 'object' | 'type-alias';
  readonly name: string;
  readonly docComment: readonly string[];
  /** For objects: the interface members. */
  readonly properties: readonly PropertyView[];
  readonly indexSignature: string | null;
  readonly hasIndexSignature: boolean;
  /** The type a parse function returns: the aliased type, or the interface (| null when nullable). */
  readonly type: string;
  /** Lines of the runtime check expression (objects span several lines). */
  readonly shapeLines: readonly string[];
  /** The function other checks call for this declaration (types.ts names it the same way). */
  readonly checkFunction: string;
}

interface PropertyView {
  readonly declaration: string;
  readonly docComment: readonly string[];
}

export function fileView(model: Model, names: Names, order: PropertyOrder, runtime: string): FileView {
  return { banner: lineComment(bannerText(model)), runtime, declarations: model.declarations.map((d) => declarationView(d, names, order)) };
}

function declarationView(d: Declaration, names: Names, order: PropertyOrder): DeclarationView {
  const name = names.names.get(d.id)!;
  const base = {
    kind: d.kind,
    template: d.kind === 'object' ? ('object' as const) : ('type-alias' as const),
    name,
    checkFunction: checkFunction(name),
    docComment: comment([...docLines(d.doc), ...(d.doc.deprecated ? ['@deprecated'] : [])]),
  };
  switch (d.kind) {
    case 'object': {
      const properties = orderProperties(d.properties, order);
      const indexSignature = d.additional.kind === 'typed' ? `[key: string]: ${indexValueType(d, d.additional.type, names)};` : null;
      return {
        ...base,
        properties: properties.map((p) => propertyView(p, names)),
        indexSignature,
        hasIndexSignature: indexSignature !== null,
        type: d.nullable ? `${name} | null` : name,
        shapeLines: objectShape(d, properties, names),
      };
    }
    case 'enum':
      return {
        ...base,
        ...typeOnly(d.values.map(literal).join(' | ') + (d.nullable ? ' | null' : '')),
        shapeLines: [wrapIfNullable(d.nullable, 'check.nullable', `check.enumeration([${d.values.map(literal).join(', ')}])`)],
      };
    case 'union': {
      const variants = d.variants.map((v) => typeExpression(v, names));
      const shape =
        d.discriminator === null
          ? `check.${d.mode}([${d.variants.map((v) => checkExpression(v, names)).join(', ')}])`
          : `check.discriminated(${quote(d.discriminator.propertyName)}, new Map<string, $Check>([${d.discriminator.mapping.map((m) => `[${quote(m.value)}, check${names.names.get(m.id)!}]`).join(', ')}]))`;
      return { ...base, ...typeOnly(variants.join(' | ') + (d.nullable ? ' | null' : '')), shapeLines: [wrapIfNullable(d.nullable, 'check.nullable', shape)] };
    }
    case 'alias':
      return { ...base, ...typeOnly(typeExpression(d.type, names)), shapeLines: [checkExpression(d.type, names)] };
  }
}

/** TypeScript requires every property to fit the index signature: widen it by their types. */
function indexValueType(d: ObjectDeclaration, extra: TypeRef, names: Names): string {
  const types = [typeExpression(extra, names), ...d.properties.map((p) => typeExpression(p.type, names))];
  if (d.properties.some((p) => !p.required)) types.push('undefined');
  return [...new Set(types.flatMap((t) => t.split(' | ')))].join(' | ');
}

const typeOnly = (type: string): Pick<DeclarationView, 'type' | 'properties' | 'indexSignature' | 'hasIndexSignature'> => ({
  type,
  properties: [],
  indexSignature: null,
  hasIndexSignature: false,
});

function propertyView(p: Property, names: Names): PropertyView {
  const optional = p.required ? '' : '?';
  const extra = [...(p.default === null ? [] : [`@default ${JSON.stringify(p.default.value)}`]), ...(p.doc.deprecated ? ['@deprecated'] : [])];
  const lines = docLines(p.doc);
  return {
    declaration: `${propertyKey(p.jsonName)}${optional}: ${typeExpression(p.type, names)};`,
    docComment: comment(lines.length > 0 && extra.length > 0 ? [...lines, '', ...extra] : [...lines, ...extra]),
  };
}

function objectShape(d: ObjectDeclaration, properties: readonly Property[], names: Names): string[] {
  const additional = d.additional.kind === 'allow' ? 'true' : d.additional.kind === 'deny' ? 'false' : checkExpression(d.additional.type, names);
  return wrapLinesIfNullable(d.nullable, 'check.nullable', [
    'check.object(',
    '  [',
    ...properties.map((p) => `    { name: ${quote(p.jsonName)}, required: ${p.required}, check: ${checkExpression(p.type, names)} },`),
    '  ],',
    `  ${additional},`,
    ')',
  ]);
}

/** JSDoc comment lines; empty when there is nothing to say. "*\/" inside text is broken up. */
function comment(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const body = lines.map((l) => (l === '' ? ' *' : ` * ${visible(l).replace(/\*\//g, '*\\/')}`));
  return ['/**', ...body, ' */'];
}
