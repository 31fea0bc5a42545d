// The docs section of an alias: the aliased type, its allowed values and constraints.

import type { AliasDeclaration } from '../../../model/ir.js';
import type { SectionOutline } from '../outline.js';
import { allowedValues, constraintLine, constraints, typeLabel, valuesText, type TypeContext } from '../types.js';
import { examplesView, introView, type ExamplesView, type IntroView } from './section.js';

export type AliasView = IntroView & ExamplesView;

export function aliasView(d: AliasDeclaration, outline: SectionOutline, ctx: TypeContext): AliasView {
  const allowed = allowedValues(d.type, ctx.byId);
  const lines = [
    `**Type**: ${typeLabel(d.type, ctx)}`,
    ...(allowed === null ? [] : [`**Allowed values**: ${valuesText(allowed, 'block')}`]),
    ...constraints(d.type).map(constraintLine),
  ];
  return { ...introView(d, outline, lines), ...examplesView(d, outline) };
}
