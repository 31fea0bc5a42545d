// The regex parser (regexpp) and the backtracking analysis (scslre, regexp-ast-analysis, refa),
// each loaded on first use: refa alone takes over 100 ms to load, which a schema without patterns
// should not pay, nor a run that only parses patterns (loading, and schema-codegen diff, never
// analyse). The CLI bundle carries them in files of their own (dist/regex-parser.cjs and
// dist/regex-analysis.cjs, built from parser-entry.ts and analysis-entry.ts); run from the
// sources, they come from node_modules.

import { createRequire } from 'node:module';
import type * as Regexpp from '@eslint-community/regexpp';
import type * as Analysis from 'regexp-ast-analysis';
import type * as Scslre from 'scslre';

declare const SCHEMA_CODEGEN_BUNDLE: boolean | undefined;

export interface RegexAnalysis {
  readonly analyse: typeof Scslre.analyse;
  readonly getFirstConsumedChar: typeof Analysis.getFirstConsumedChar;
  readonly toCharSet: typeof Analysis.toCharSet;
}

let parser: typeof Regexpp.RegExpParser | undefined;
let analysis: RegexAnalysis | undefined;

export function regexParser(): typeof Regexpp.RegExpParser {
  if (parser !== undefined) return parser;
  const load = createRequire(import.meta.url);
  const regexpp = (typeof SCHEMA_CODEGEN_BUNDLE !== 'undefined' ? load('./regex-parser.cjs') : load('@eslint-community/regexpp')) as typeof Regexpp;
  parser = regexpp.RegExpParser;
  return parser;
}

export function regexAnalysis(): RegexAnalysis {
  if (analysis !== undefined) return analysis;
  const load = createRequire(import.meta.url);
  if (typeof SCHEMA_CODEGEN_BUNDLE !== 'undefined') analysis = load('./regex-analysis.cjs') as RegexAnalysis;
  else
    analysis = {
      analyse: (load('scslre') as typeof Scslre).analyse,
      getFirstConsumedChar: (load('regexp-ast-analysis') as typeof Analysis).getFirstConsumedChar,
      toCharSet: (load('regexp-ast-analysis') as typeof Analysis).toCharSet,
    };
  return analysis;
}
