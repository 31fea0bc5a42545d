// The view of one model module (<package>/models/<module>.py): what every module has (banner,
// class name, docstring, imports), and the kind's own fields from views/<kind>.ts.

import type { Declaration } from '../../../model/ir.js';
import { foldDeclaration } from '../../../model/fold.js';
import { moduleImports } from '../imports.js';
import { docText, docstring, pyString } from '../literals.js';
import { schemaUriOf } from '../../../model/validation.js';
import { namesOf } from '../names.js';
import { aliasView } from './alias.js';
import { enumView } from './enum.js';
import { objectView } from './object.js';
import type { ViewContext } from './context.js';
import { unionView } from './union.js';

export interface ModuleView {
  readonly banner: string;
  /** Which partial (object.hbs, enum.hbs, union.hbs, alias.hbs) prints the declaration. */
  readonly kind: Declaration['kind'];
  readonly name: string;
  readonly docstring: readonly string[];
  /** Standard library, the runtime, early sibling imports (imports.ts). */
  readonly imports: readonly string[];
  /** Imports from sibling modules, placed last so that modules may import each other. */
  readonly lateImports: readonly string[];
  readonly hasLateImports: boolean;
  /** The declaration's validator, compiled on first use from the package's schema documents. */
  readonly validator: string;
}

/** `SCHEMAS.validator(uri)`, with the name of the declaration's compiled check when it has one. */
function validatorCall(uri: string, check: string | undefined): string {
  return `_vs.SCHEMAS.validator(${pyString(uri)}${check === undefined ? '' : `, ${pyString(check)}`})`;
}

export function moduleView(d: Declaration, c: ViewContext): ModuleView {
  const { imports, lateImports } = moduleImports(d, c);
  const base: ModuleView = {
    banner: c.banner,
    kind: d.kind,
    name: namesOf(c.names, d.id).className,
    // An alias's docstring follows its assignment, only when the schema has one.
    docstring: docstring(docText(d.doc).length > 0 || d.kind === 'alias' ? docText(d.doc) : [`The schema at #${d.id}.`]),
    imports,
    lateImports,
    hasLateImports: lateImports.length > 0,
    validator: validatorCall(schemaUriOf(c.model, d), c.checks.get(d.id)),
  };
  return foldDeclaration<ModuleView>(d, {
    object: (o) => ({ ...base, ...objectView(o, c) }),
    union: (u) => ({ ...base, ...unionView(u, c) }),
    enum: (e) => ({ ...base, ...enumView(e, c) }),
    alias: (a) => ({ ...base, ...aliasView(a, c) }),
  });
}
