// The docs section of a union: how a variant is chosen, then the variants (with their tags when
// discriminated) and their constraints.

import type { UnionDeclaration } from '../../../model/ir.js';
import { codeSpan } from '../markdown.js';
import type { SectionOutline } from '../outline.js';
import { constraints, typeLabel, type TypeContext } from '../types.js';
import { examplesView, introView, type ExamplesView, type IntroView } from './section.js';

export interface UnionView extends IntroView, ExamplesView {
  readonly variantsHeading: string;
  readonly variants: readonly string[];
}

export function unionView(d: UnionDeclaration, outline: SectionOutline, ctx: TypeContext): UnionView {
  const how =
    d.discriminator !== null
      ? `One of the following, told apart by the ${codeSpan(d.discriminator.propertyName, 'block')} property.`
      : d.mode === 'oneOf'
        ? 'Exactly one of the following.'
        : 'At least one of the following.';
  const head = introView(d, outline, [`${how}${d.nullable ? ' It may also be `null`.' : ''}`]);
  const variants = d.variants.map((v, i) => {
    const tag = d.discriminator?.mapping[i]?.value;
    const summary = constraints(v).map((c) => `${c.label.toLowerCase()} ${c.value}`);
    const label = `${typeLabel(v, ctx)}${summary.length === 0 ? '' : ` (${summary.join(', ')})`}`;
    return tag === undefined ? label : `${codeSpan(tag, 'block')}: ${label}`;
  });
  return { ...head, ...examplesView(d, outline), variantsHeading: outline.variants!.line, variants: d.nullable ? [...variants, '`null`'] : variants };
}
