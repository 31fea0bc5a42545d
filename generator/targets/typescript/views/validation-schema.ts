// The view of validation-schema.ts: the schema documents (model.validation, annotations no
// validator reads already stripped) as string literals of their JSON text, which the module parses
// once, at its first validation, and whether `format` asserts. Patterns need no translation: the
// validator runs them as ECMA-262 with the "u" flag, their own language; those V8 could backtrack
// super-linearly on (the `patterns` option) are given with their linear-time matcher's programs.

import type { Model } from '../../../model/ir.js';
import { bannerText } from '../../target.js';
import { lineComment } from '../../shared/text.js';
import { quote } from '../literals.js';
import type { TypeScriptOptions } from '../options.js';
import { linearProgramText, runsLinear } from '../../../regex/index.js';

export interface ValidationSchemaView {
  readonly banner: string;
  readonly documents: readonly { readonly uri: string; readonly text: string }[];
  readonly formatAssertion: boolean;
  /** The patterns the linear-time matcher runs: their sources and programs (none: the template writes no table). */
  readonly linearPatterns: readonly { readonly source: string; readonly program: string }[];
}

export function validationSchemaView(model: Model, options: TypeScriptOptions): ValidationSchemaView {
  return {
    banner: lineComment(bannerText(model)),
    documents: model.validation.documents.map((d) => ({ uri: quote(d.uri), text: quote(d.text) })),
    formatAssertion: options.formats === 'assert',
    linearPatterns: model.validation.patterns.filter((p) => runsLinear(p, options.patterns)).map((p) => ({ source: quote(p), program: linearProgramText(p) })),
  };
}
