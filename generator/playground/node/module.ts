// node:module in the playground's browser bundle (build.ts). The pipeline requires two things at
// run time: the regex analysis (regex/deps.ts, lazily on the command line, since it is slow to
// load), served here from the bundle; and Handlebars' compiler for templates edited since the
// build (render/render.ts), which the playground never needs: its templates are the precompiled
// ones, exactly as built. Anything else is a bug of the bundle, said as such.

import * as regexpp from '@eslint-community/regexpp';
import * as analysis from 'regexp-ast-analysis';
import * as scslre from 'scslre';

const BUNDLED: Readonly<Record<string, unknown>> = { '@eslint-community/regexpp': regexpp, 'regexp-ast-analysis': analysis, scslre };

export function createRequire(_from: string): (id: string) => unknown {
  return (id) => {
    if (id in BUNDLED) return BUNDLED[id];
    throw new Error(`the playground cannot load ${id}: only the precompiled templates and the regex analysis are bundled`);
  };
}
