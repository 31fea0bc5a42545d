// The regex parser (regexpp) and the backtracking analysis (scslre, regexp-ast-analysis, refa),
// loaded on first use: refa alone takes over 100 ms to load, which a schema without patterns
// should not pay. The CLI bundle carries them in a file of their own (dist/regex-deps.cjs, built
// from deps-entry.ts); run from the sources, they come from node_modules.

import { createRequire } from 'node:module';
import type * as Regexpp from '@eslint-community/regexpp';
import type * as Analysis from 'regexp-ast-analysis';
import type * as Scslre from 'scslre';

declare const SCHEMA_CODEGEN_BUNDLE: boolean | undefined;

export interface RegexDeps {
  readonly RegExpParser: typeof Regexpp.RegExpParser;
  readonly analyse: typeof Scslre.analyse;
  readonly getFirstConsumedChar: typeof Analysis.getFirstConsumedChar;
}

let deps: RegexDeps | undefined;

export function regexDeps(): RegexDeps {
  if (deps !== undefined) return deps;
  const load = createRequire(import.meta.url);
  if (typeof SCHEMA_CODEGEN_BUNDLE !== 'undefined') deps = load('./regex-deps.cjs') as RegexDeps;
  else {
    const regexpp = load('@eslint-community/regexpp') as typeof Regexpp;
    deps = {
      RegExpParser: regexpp.RegExpParser,
      analyse: (load('scslre') as typeof Scslre).analyse,
      getFirstConsumedChar: (load('regexp-ast-analysis') as typeof Analysis).getFirstConsumedChar,
    };
  }
  return deps;
}
