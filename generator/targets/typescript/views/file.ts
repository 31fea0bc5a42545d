// The module view: model + names -> the view of file.hbs, generated/typescript/index.ts (the
// target's one file). One declaration view per declaration, its kind's part built by
// ./object.ts, ./enum.ts, ./union.ts or ./alias.ts; every string is computed there, every name
// looked up in the name table (../names.ts).

import type { Declaration, Model } from '../../../model/ir.js';
import { foldDeclaration } from '../../../model/fold.js';
import { schemaUriOf } from '../../../model/validation.js';
import { bannerText } from '../../target.js';
import { lineComment } from '../../shared/text.js';
import { docLines } from '../../shared/common.js';
import { jsdoc } from '../jsdoc.js';
import { quote } from '../literals.js';
import { declarationNames } from '../names.js';
import { compileChecks, type CompiledChecks } from '../checks.js';
import type { PatternPolicy } from '../../../regex/index.js';
import { aliasPart } from './alias.js';
import { enumPart } from './enum.js';
import { objectPart } from './object.js';
import { unionPart } from './union.js';
import type { KindPart, TypePart, ViewContext } from './context.js';

export interface FileView {
  readonly banner: string;
  /** The runtime's source (templates/typescript/runtime/runtime.ts, its inlined part), as is. */
  readonly runtime: string;
  /** The compiled checks (../checks.ts): their code, and the import lines of the runtime helpers it uses. */
  readonly checks: string;
  readonly checksImports: readonly string[];
  readonly declarations: readonly DeclarationView[];
}

interface DeclarationView extends KindPart {
  readonly kind: Declaration['kind'];
  /** The partial file.hbs renders it with: `object` (an interface), or `type-alias` for the rest. */
  readonly template: 'object' | 'type-alias';
  readonly name: string;
  readonly docComment: readonly string[];
  /** The module-private constant of its schema validator, and the URI of its schema (a string literal). */
  readonly validatorConstant: string;
  readonly schemaUri: string;
  readonly validateFunction: string;
  readonly guardFunction: string;
  readonly parseFunction: string;
  /** What is* returns, and parse*'s $parseWith arguments: its compiled check (../checks.ts) when it has one, else the validator's isValid. */
  readonly guardCall: string;
  readonly parseArguments: string;
}

export function fileView(model: Model, ctx: ViewContext, runtime: string, formatAssertion: boolean, patterns: PatternPolicy): FileView {
  const checks = compileChecks(model, formatAssertion, patterns);
  return {
    banner: lineComment(bannerText(model)),
    runtime,
    checks: checks.code,
    checksImports: [...checks.imports].map(([module, names]) => `import { ${names.map((name) => `${name} as $${name}`).join(', ')} } from '${module}';`),
    declarations: model.declarations.map((d) => declarationView(model, d, ctx, checks)),
  };
}

function declarationView(model: Model, d: Declaration, ctx: ViewContext, checks: CompiledChecks): DeclarationView {
  const names = declarationNames(ctx.names, d.id);
  const part = foldDeclaration<KindPart>(d, {
    object: (o) => objectPart(o, ctx),
    enum: (e) => typeOnly(enumPart(e)),
    union: (u) => typeOnly(unionPart(u, ctx)),
    alias: (a) => typeOnly(aliasPart(a, ctx)),
  });
  return {
    kind: d.kind,
    // Enums, unions and aliases are all `export type Name = <type>;`: one template, type-alias.hbs.
    template: d.kind === 'object' ? 'object' : 'type-alias',
    name: names.type,
    docComment: jsdoc([...docLines(d.doc), ...(d.doc.deprecated ? ['@deprecated'] : [])]),
    validatorConstant: names.validator,
    schemaUri: quote(schemaUriOf(model, d)),
    validateFunction: names.validate,
    guardFunction: names.guard,
    parseFunction: names.parse,
    ...checkCalls(names.validator, checks.checks.get(d.id)),
    ...part,
  };
}

function checkCalls(validator: string, check: string | undefined): Pick<DeclarationView, 'guardCall' | 'parseArguments'> {
  if (check === undefined) return { guardCall: `${validator}().isValid(value)`, parseArguments: `${validator}, text` };
  return { guardCall: `${check}(value)`, parseArguments: `${validator}, text, ${check}` };
}

/** The part of a declaration that is only a type (enum, union, alias): no interface members. */
function typeOnly({ type }: TypePart): KindPart {
  return { type, properties: [], indexSignature: null, hasIndexSignature: false };
}
