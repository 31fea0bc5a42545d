// The precision figure of schema-codegen's own targets (issue 18): per target, how many of the
// model's properties have a type that is not, and does not hold (as an array item, a map value, a
// nullable wrapper, through an alias), the target's JSON value type. Each type is rendered by the
// target's own function, the one its views call (typeExpression, annotation, csType, javaType),
// and the JSON value type is whatever that function renders for the model's "any": so a target
// that renders more kinds as its JSON value type (Java: null) is measured as it is. A Java constant
// is kept raw (openai-java's `JsonValue _type()`) beside a typed getter (`String type()`): it is
// measured by that getter's type, as the object view computes it (constantType).

import type { Declaration, Model, Property, TypeRef } from '../../generator/model/ir.js';
import { csharp } from '../../generator/targets/csharp/index.js';
import { csType } from '../../generator/targets/csharp/types.js';
import { java } from '../../generator/targets/java/index.js';
import { constantType, javaType } from '../../generator/targets/java/types.js';
import { python } from '../../generator/targets/python/index.js';
import { annotation } from '../../generator/targets/python/types.js';
import { declarationsById } from '../../generator/targets/shared/common.js';
import type { Target } from '../../generator/targets/target.js';
import { typescript } from '../../generator/targets/typescript/index.js';
import { typeContext, typeExpression } from '../../generator/targets/typescript/types.js';
import { targetDefaults } from '../helpers/cases.js';

export const PRECISION_TARGETS = ['typescript', 'python', 'csharp', 'java'] as const;
export type PrecisionTarget = (typeof PRECISION_TARGETS)[number];

/** A type as the target writes it. */
type Render = (type: TypeRef) => string;

function namesOf<O, N>(target: Target<O, N>, model: Model): N {
  return target.names(model, target.parseOptions(targetDefaults(target.name)));
}

/** Each target's type rendering, with its name table and context built as its plan builds them. */
const RENDERERS: Readonly<Record<PrecisionTarget, (model: Model) => Render>> = {
  typescript: (model) => {
    const ctx = typeContext(model, namesOf(typescript, model));
    return (type) => typeExpression(type, ctx);
  },
  python: (model) => {
    const ctx = { names: namesOf(python, model), byId: declarationsById(model), quoteRefs: false };
    return (type) => annotation(type, ctx);
  },
  csharp: (model) => {
    const ctx = { byId: declarationsById(model), declared: namesOf(csharp, model).declarations };
    return (type) => csType(type, ctx).text;
  },
  java: (model) => {
    const ctx = { byId: declarationsById(model), names: namesOf(java, model) };
    return (type) => javaType(type, ctx);
  },
};

/**
 * The type of a property's typed getter where it is not the field's type (Java's constants), else
 * null. Such a getter returns a scalar, so the property is precise.
 */
const GETTERS: Readonly<Partial<Record<PrecisionTarget, (model: Model) => (type: TypeRef) => string | null>>> = {
  java: (model) => {
    const ctx = { byId: declarationsById(model), names: namesOf(java, model) };
    return (type) => constantType(type, ctx);
  },
};

const ANY: TypeRef = { kind: 'any', nullable: true };

/** Where, inside a property's type, a part typed as the JSON value type stands. */
export interface JsonValuePart {
  /** The steps from the property's type: a TypeRef field ("items", "values", ...) or "alias <id>". */
  readonly path: readonly string[];
  readonly type: TypeRef;
}

export interface PropertyFigure {
  readonly declaration: Declaration;
  readonly property: Property;
  /** The property's type as the target writes it. */
  readonly text: string;
  /** Empty when the type is precise. */
  readonly parts: readonly JsonValuePart[];
}

export type TargetFigure =
  | { readonly target: PrecisionTarget; readonly jsonValueType: string; readonly properties: readonly PropertyFigure[] }
  | { readonly target: PrecisionTarget; readonly refused: string };

/** Every property of the model, per target, with the parts of its type that are the target's JSON value type. */
export function targetFigure(model: Model, target: PrecisionTarget): TargetFigure {
  try {
    const render = RENDERERS[target](model);
    const json = render(ANY);
    const getter = GETTERS[target]?.(model) ?? ((): null => null);
    const byId = declarationsById(model);
    const properties: PropertyFigure[] = [];
    for (const declaration of model.declarations) {
      if (declaration.kind !== 'object') continue;
      for (const property of declaration.properties) {
        const typed = getter(property.type);
        if (typed !== null) properties.push({ declaration, property, text: typed, parts: [] });
        else properties.push({ declaration, property, text: render(property.type), parts: jsonValueParts(property.type, render, json, byId) });
      }
    }
    return { target, jsonValueType: json, properties };
  } catch (error) {
    // The target refuses the schema (a name collision, a limit), as generate would: that is its figure.
    return { target, refused: error instanceof Error ? error.message : String(error) };
  }
}

const isTypeRef = (value: unknown): value is TypeRef =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { kind?: unknown }).kind === 'string' &&
  typeof (value as { nullable?: unknown }).nullable === 'boolean';

/**
 * The parts of `type` the target renders as its JSON value type (with or without its nullable
 * wrapper). A reference to an alias stands for the aliased type (TypeScript and Python name the
 * alias, but `type X = unknown` is no more precise than `unknown`); the other references name
 * declarations whose own properties are counted where they are declared. The type's fields are
 * walked without naming the kinds, so a kind added to the IR (a tuple's items) is walked too.
 */
function jsonValueParts(
  type: TypeRef,
  render: Render,
  json: string,
  byId: ReadonlyMap<string, Declaration>,
  path: readonly string[] = [],
  aliases: ReadonlySet<string> = new Set(),
): JsonValuePart[] {
  if (type.kind === 'ref') {
    const d = byId.get(type.id);
    if (d?.kind !== 'alias' || aliases.has(d.id)) return [];
    const aliased = { ...d.type, nullable: d.type.nullable || type.nullable } as TypeRef;
    return jsonValueParts(aliased, render, json, byId, [...path, `alias ${d.id}`], new Set([...aliases, d.id]));
  }
  if (render(type) === json || render({ ...type, nullable: false } as TypeRef) === json) return [{ path, type }];
  const parts: JsonValuePart[] = [];
  for (const [key, value] of Object.entries(type)) {
    if (isTypeRef(value)) parts.push(...jsonValueParts(value, render, json, byId, [...path, key], aliases));
    else if (Array.isArray(value))
      value.forEach((v: unknown, i) => isTypeRef(v) && parts.push(...jsonValueParts(v, render, json, byId, [...path, `${key}/${i}`], aliases)));
  }
  return parts;
}
