// The view of an object: an interface (members keyed by wire name, an index signature for typed
// additional properties).

import type { ObjectDeclaration, Property, TypeRef } from '../../../model/ir.js';
import { docLines, orderProperties } from '../../shared/common.js';
import { jsdoc } from '../jsdoc.js';
import { declarationNames } from '../names.js';
import { typeExpression } from '../types.js';
import type { KindPart, PropertyView, ViewContext } from './context.js';

export function objectPart(d: ObjectDeclaration, ctx: ViewContext): KindPart {
  const name = declarationNames(ctx.names, d.id);
  const properties = orderProperties(d.properties, ctx.order);
  const indexSignature = d.additional.kind === 'typed' ? `[key: string]: ${indexValueType(d, d.additional.type, ctx)};` : null;
  return {
    properties: properties.map((p) => propertyView(p, name.keys.get(p.jsonName)!, ctx)),
    indexSignature,
    hasIndexSignature: indexSignature !== null,
    type: d.nullable ? `${name.type} | null` : name.type,
  };
}

/** TypeScript requires every property to fit the index signature: widen it by their types. */
function indexValueType(d: ObjectDeclaration, extra: TypeRef, ctx: ViewContext): string {
  const types = [typeExpression(extra, ctx), ...d.properties.map((p) => typeExpression(p.type, ctx))];
  if (d.properties.some((p) => !p.required)) types.push('undefined');
  return [...new Set(types.flatMap((t) => t.split(' | ')))].join(' | ');
}

function propertyView(p: Property, key: string, ctx: ViewContext): PropertyView {
  const optional = p.required ? '' : '?';
  const extra = [...(p.default === null ? [] : [`@default ${JSON.stringify(p.default.value)}`]), ...(p.doc.deprecated ? ['@deprecated'] : [])];
  const lines = docLines(p.doc);
  return {
    declaration: `${key}${optional}: ${typeExpression(p.type, ctx)};`,
    docComment: jsdoc(lines.length > 0 && extra.length > 0 ? [...lines, '', ...extra] : [...lines, ...extra]),
  };
}
