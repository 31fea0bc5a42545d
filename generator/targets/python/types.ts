// Python type mapping: TypeRef -> a type annotation (typing names, other declarations' classes)
// and TypeRef -> a runtime schema expression built from the combinators in the runtime module
// (`_rt.String(...)`, `_rt.Ref(lambda: Circle)`, ...). Each call records what the module must
// import in its ModuleImports.

import type { Declaration, NumberConstraints, TypeRef } from '../../model/ir.js';
import { acceptsNull, addsNull, lookup, wrapIfNullable } from '../shared/common.js';
import { keywordArguments, pyLiteral, pyNumber, pyString } from './literals.js';
import { namesOf, type Names } from './names.js';
import { translatePattern } from '../../regex/index.js';

/** What one generated module imports: typing names, and names from sibling model modules. */
export class ModuleImports {
  readonly typing = new Set<string>();
  /** module name -> names imported from it. */
  readonly models = new Map<string, Set<string>>();

  constructor(readonly selfId: string) {}

  useTyping(...names: string[]): void {
    for (const n of names) this.typing.add(n);
  }

  useModel(module: string, name: string): void {
    const set = this.models.get(module) ?? new Set<string>();
    set.add(name);
    this.models.set(module, set);
  }
}

export interface TypeContext {
  readonly names: Names;
  readonly byId: ReadonlyMap<string, Declaration>;
  readonly imports: ModuleImports;
  /** Write other declarations' names as "Name" (alias right-hand sides run at import time). */
  readonly quoteRefs: boolean;
}

/** `Optional[X]` unless X already accepts None. */
export function optional(annotation: string, ctx: TypeContext): string {
  if (annotation === 'Any' || annotation === 'None' || annotation.startsWith('Optional[')) return annotation;
  ctx.imports.useTyping('Optional');
  return `Optional[${annotation}]`;
}

export function annotation(type: TypeRef, ctx: TypeContext): string {
  const base = baseAnnotation(type, ctx);
  return acceptsNull(type, ctx.byId) ? optional(base, ctx) : base;
}

function baseAnnotation(type: TypeRef, ctx: TypeContext): string {
  switch (type.kind) {
    case 'ref':
      return refName(type.id, ctx);
    case 'string':
      return 'str';
    case 'integer':
      return 'int';
    case 'number':
      return 'float';
    case 'boolean':
      return 'bool';
    case 'null':
      return 'None';
    case 'any':
      ctx.imports.useTyping('Any');
      return 'Any';
    case 'const':
      if (typeof type.value === 'number' && !Number.isInteger(type.value)) return 'float';
      ctx.imports.useTyping('Literal');
      return `Literal[${pyLiteral(type.value)}]`;
    case 'array':
      ctx.imports.useTyping('List');
      return `List[${annotation(type.items, ctx)}]`;
    case 'map':
      ctx.imports.useTyping('Dict');
      return `Dict[str, ${annotation(type.values, ctx)}]`;
  }
}

function refName(id: string, ctx: TypeContext): string {
  const n = namesOf(ctx.names, id);
  if (id !== ctx.imports.selfId) ctx.imports.useModel(n.moduleName, n.className);
  return ctx.quoteRefs ? pyString(n.className) : n.className;
}

/** The runtime schema of a type; Nullable(...) wherever JSON null is accepted. */
export function schemaExpression(type: TypeRef, ctx: TypeContext): string {
  const base = baseSchema(type, ctx);
  return wrapIfNullable(addsNull(type, acceptsNull(type, ctx.byId)), '_rt.Nullable', base);
}

function baseSchema(type: TypeRef, ctx: TypeContext): string {
  switch (type.kind) {
    case 'ref':
      return `_rt.Ref(lambda: ${refTarget(type.id, ctx)})`;
    case 'string': {
      const c = type.constraints;
      const pattern = c.pattern === null ? null : pyString(c.pattern);
      const python = c.pattern === null ? null : pyString(translatePattern(c.pattern, 'python'));
      return call('_rt.String', keywordArguments({ min_length: num(c.minLength), max_length: num(c.maxLength), pattern, python_pattern: python }));
    }
    case 'integer':
      return call('_rt.Integer', bounds(type.constraints));
    case 'number':
      return call('_rt.Number', bounds(type.constraints));
    case 'boolean':
      return '_rt.Boolean()';
    case 'null':
      return '_rt.Null()';
    case 'any':
      return '_rt.AnyValue()';
    case 'const':
      return `_rt.Const(${pyLiteral(type.value)})`;
    case 'array':
      return call('_rt.Array', [schemaExpression(type.items, ctx), ...keywordArguments({ min_items: num(type.minItems), max_items: num(type.maxItems) })]);
    case 'map':
      return `_rt.Map(${schemaExpression(type.values, ctx)})`;
  }
}

/** What a Ref resolves: the class, or for an alias its TypeAdapter. */
function refTarget(id: string, ctx: TypeContext): string {
  const n = namesOf(ctx.names, id);
  const target = lookup(ctx.byId, id).kind === 'alias' ? n.adapterName! : n.className;
  if (id !== ctx.imports.selfId) ctx.imports.useModel(n.moduleName, target);
  return target;
}

const num = (n: number | null): string | null => (n === null ? null : pyNumber(n));

function bounds(c: NumberConstraints): string[] {
  return keywordArguments({
    minimum: num(c.minimum),
    maximum: num(c.maximum),
    exclusive_minimum: num(c.exclusiveMinimum),
    exclusive_maximum: num(c.exclusiveMaximum),
  });
}

const call = (callee: string, args: readonly string[]): string => `${callee}(${args.join(', ')})`;
