// The class of a union (oneOf/anyOf): openapi-generator's actual_instance surface, the variants'
// runtime schemas, and the discriminator as (property, {value: variant index}).

import type { UnionDeclaration } from '../../../model/ir.js';
import { pyString } from '../literals.js';
import { annotation, schemaExpression, type TypeContext } from '../types.js';
import type { ViewContext } from './context.js';

export interface UnionView {
  readonly actualType: string;
  readonly schemasAttribute: string;
  readonly schemas: string;
  readonly variants: readonly string[];
  readonly discriminator: string | null;
  readonly hasDiscriminator: boolean;
  readonly nullable: boolean;
}

export function unionView(d: UnionDeclaration, c: ViewContext): UnionView {
  const ctx: TypeContext = { names: c.names, byId: c.byId, quoteRefs: false };
  const types = d.variants.map((v) => annotation(v, ctx));
  const discriminator =
    d.discriminator === null
      ? null
      : `(${pyString(d.discriminator.propertyName)}, {${d.discriminator.mapping.map((m) => `${pyString(m.value)}: ${variantIndex(d, m.id)}`).join(', ')}})`;
  return {
    actualType: types.length === 1 ? types[0]! : `Union[${types.join(', ')}]`,
    schemasAttribute: d.mode === 'oneOf' ? 'one_of_schemas' : 'any_of_schemas',
    schemas: `[${types.map(pyString).join(', ')}]`,
    variants: d.variants.map((v) => `${schemaExpression(v, ctx)},`),
    discriminator,
    hasDiscriminator: discriminator !== null,
    nullable: d.nullable,
  };
}

function variantIndex(d: UnionDeclaration, id: string): number {
  const index = d.variants.findIndex((v) => v.kind === 'ref' && v.id === id);
  if (index < 0) throw new Error(`internal: discriminator mapping names ${id}, not a variant of ${d.id}`);
  return index;
}
