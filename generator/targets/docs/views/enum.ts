// The docs section of an enum: its value type and allowed values.

import type { EnumDeclaration } from '../../../model/ir.js';
import type { SectionOutline } from '../outline.js';
import { valuesText } from '../types.js';
import { examplesView, introView, type ExamplesView, type IntroView } from './section.js';

export type EnumView = IntroView & ExamplesView;

export function enumView(d: EnumDeclaration, outline: SectionOutline): EnumView {
  const values = d.nullable ? [...d.values, null] : [...d.values];
  const lines = [`**Type**: ${d.valueType}${d.nullable ? ' or null' : ''}`, `**Allowed values**: ${valuesText(values, 'block')}`];
  return { ...introView(d, outline, lines), ...examplesView(d, outline) };
}
