// check: the built model against what the schema itself says and what the targets read. Takes
// the model build-model returned; returns nothing, or throws a SchemaError for the first problem.
// An example or default the schema does not accept (checked with model/validate.ts, pattern
// tests under a time budget) is a warning with its pointer, as an unknown keyword is (a vendor's
// schema often ships one, and the code generated from it is no worse for it; issue 18), and an
// error under --strict. An "x-codegen" block with a section or key no target reads (a typo such
// as {"chsarp": {...}} or {"csharp": {"nmae": ...}}) is an error, not ignored.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import type { CodegenOptions, JsonValue, Model, TypeRef } from '../model/ir.js';
import { nullableBranch } from './build-model-base.js';
import type { JsonObject } from './load.js';
import { visitSchemas } from './schema-walk.js';
import { validator } from './validate.js';
import { reachesWidened } from './widened.js';
import { boundedMatcher, type PatternTest } from '../regex/budget.js';

/** What the check needs of each target: the x-codegen keys it reads. */
export type CodegenReaders = Readonly<Record<string, { readonly codegenKeys: readonly string[] }>>;

/** What to do with an example or default that does not validate: refuse it (strict), else warn. */
export interface SampleOptions {
  readonly strict: boolean;
  /** Each invalid example or default, as the error it would be under --strict. */
  readonly warn: (problem: SchemaError) => void;
  /** false: only the defaults are checked (a model only compared, never rendered: index.ts's purpose "compare"). */
  readonly examples?: boolean;
}

/** Without options (tests, library callers that say nothing) an invalid example or default is refused. */
const REFUSE: SampleOptions = { strict: true, warn: () => {} };

/**
 * `widened`: the schemas the model types wider than they are (build-model's ModelBuilder.widened).
 * Returns the model without the defaults that do not validate (warned about): a target that
 * writes a default as a literal would otherwise emit code that does not compile (an int given
 * "abc") or that breaks its own validator.
 */
export function checkModel(
  model: Model,
  document: JsonValue,
  targets: CodegenReaders,
  widened: ReadonlySet<string> = new Set(),
  options: SampleOptions = REFUSE,
): Model {
  const invalid = checkDefaultsAndExamples(model, document, widened, options);
  checkCodegenKeys(model, targets);
  return withoutDefaults(model, invalid);
}

/** `model` without the property defaults at the pointers in `invalid`; the same model when there are none. */
function withoutDefaults(model: Model, invalid: ReadonlySet<string>): Model {
  if (invalid.size === 0) return model;
  const declarations = model.declarations.map((d) =>
    d.kind !== 'object' ? d : { ...d, properties: d.properties.map((p) => (invalid.has(joinPointer(p.pointer, 'default')) ? { ...p, default: null } : p)) },
  );
  return { ...model, declarations };
}

/** One example or default, with what to say when it does not validate. */
interface Sample {
  readonly type: TypeRef;
  readonly value: JsonValue;
  readonly pointer: string;
  readonly what: string;
  /** Examples say where in the value the issue is; defaults do not. */
  readonly sayWhere: boolean;
  /** A property's default: generated code writes it, so an invalid one is left out of it. */
  readonly inCode: boolean;
  readonly hint: string;
  /** The pointer of the schema the value is checked against. */
  readonly schema: string;
}

/**
 * Refuses a schema whose own defaults or examples it does not accept. A first pass records which
 * strings meet which patterns (the validator visits every branch, whatever the answers); those
 * matches then run under a time budget (regex/budget.ts); the second pass decides with them.
 */
function checkDefaultsAndExamples(model: Model, document: JsonValue, widened: ReadonlySet<string>, options: SampleOptions): Set<string> {
  // The validator here knows the model's types, not the keywords that only narrow them (allOf,
  // not, ...) nor what is typed as any value for now: passing an example there would claim a
  // check that was not made, so examples and defaults of those schemas (and of what refers to
  // them) are not checked here. The generated validators check every keyword.
  const reaches = reachesWidened(model.declarations, widened);
  const all = samples(model, document, options.examples !== false).filter((sample) => !reaches(sample.type, sample.schema));
  const needed: PatternTest[] = [];
  let pointer = '';
  const record = validator(model, (pattern, value) => (needed.push({ pattern, value, pointer }), true));
  for (const sample of all) {
    pointer = sample.pointer;
    record(sample.type, sample.value);
  }
  const validate = validator(model, boundedMatcher(needed));
  const invalid = new Set<string>();
  for (const sample of all) {
    const [first] = validate(sample.type, sample.value);
    if (first === undefined) continue;
    const message = `${sample.what} does not validate: ${sample.sayWhere ? `at ${quoted(first.pointer)} ` : ''}it ${first.message} (${first.keyword})`;
    if (options.strict) throw new SchemaError(message, sample.pointer, sample.hint);
    invalid.add(sample.pointer);
    // Examples are documentation only, and stay; a default is left out of the generated code.
    const left = sample.inCode ? '; the generated code leaves it out' : '';
    options.warn(new SchemaError(`${message}${left}`, sample.pointer, `${sample.hint}; --strict refuses it`));
  }
  return invalid;
}

/**
 * Every property's default as the model holds it (the one generated code writes); with `examples`
 * every example and every other default in the document at a schema the model types
 * (typedSchemas): a declaration, a property, a union's variant, an array's items or tuple
 * positions, a map's values, the X of a nullable `anyOf: [X, null]`, at any depth. Those inside
 * keywords that only narrow a type (allOf parts, not, if/then) are not checked here.
 */
function samples(model: Model, document: JsonValue, examples: boolean): Sample[] {
  const typed = examples ? typedSchemas(model) : new Map<string, TypedSchema>();
  const out: Sample[] = [];
  // Without examples (a model only compared) nothing but the properties' defaults matters.
  if (examples)
    visitSchemas(document, '', (schema, pointer, parent) => {
      const place = typed.get(pointer) ?? nullableBranchOf(schema, pointer, parent, typed);
      if (place === undefined) return;
      const of = place.property === null ? '' : ` of ${quoted(place.property)}`;
      const hint = (what: string): string => `fix the ${what} so that it follows the ${place.property === null ? '' : 'property '}schema`;
      if (Array.isArray(schema['examples']))
        schema['examples'].forEach((value, i) =>
          out.push({
            type: place.type,
            value,
            pointer: joinPointer(pointer, 'examples', i),
            schema: pointer,
            what: `example ${i}${of}`,
            sayWhere: true,
            inCode: false,
            hint: hint('example'),
          }),
        );
      if (place.property === null && Object.hasOwn(schema, 'default'))
        out.push({
          type: place.type,
          value: schema['default']!,
          pointer: joinPointer(pointer, 'default'),
          schema: pointer,
          what: 'the default',
          sayWhere: false,
          inCode: false,
          hint: hint('default'),
        });
    });
  for (const d of model.declarations) {
    if (d.kind !== 'object') continue;
    for (const p of d.properties)
      if (p.default !== null)
        out.push({
          type: p.type,
          value: p.default.value,
          pointer: joinPointer(p.pointer, 'default'),
          schema: p.pointer,
          what: `the default of ${quoted(p.jsonName)}`,
          sayWhere: false,
          inCode: true,
          hint: 'fix the default so that it follows the property schema',
        });
  }
  return out;
}

/** A schema the model gives a type, and the property it is the schema of (null for others). */
interface TypedSchema {
  readonly type: TypeRef;
  readonly property: string | null;
}

/** Every schema pointer the model types, with that type: what an example or default there is checked against. */
function typedSchemas(model: Model): Map<string, TypedSchema> {
  const typed = new Map<string, TypedSchema>();
  const add = (pointer: string, type: TypeRef, property: string | null = null): void => {
    if (typed.has(pointer)) return;
    typed.set(pointer, { type, property });
    inside(pointer, type);
  };
  // The schemas inside a type the model spells out (a reference's are its declaration's).
  const inside = (pointer: string, type: TypeRef): void => {
    if (type.kind === 'map') add(joinPointer(pointer, 'additionalProperties'), type.values);
    if (type.kind !== 'array') return;
    if (type.tuple === undefined) return add(joinPointer(pointer, 'items'), type.items);
    type.tuple.items.forEach((item, i) => add(joinPointer(pointer, 'prefixItems', i), item));
    if (type.tuple.rest !== null) add(joinPointer(pointer, 'items'), type.tuple.rest);
  };
  // Properties first: an inline object's declaration stands where its property does, and the
  // property's type (nullable perhaps) is what its examples and default are checked against.
  for (const d of model.declarations) if (d.kind === 'object') for (const p of d.properties) add(p.pointer, p.type, p.jsonName);
  for (const d of model.declarations) add(d.id, { kind: 'ref', id: d.id, nullable: false });
  for (const d of model.declarations) {
    if (d.kind === 'alias') inside(d.id, d.type);
    if (d.kind === 'union') d.variants.forEach((v, i) => add(d.variantPointers[i]!, v));
  }
  return typed;
}

/** X of a typed `anyOf`/`oneOf: [X, {"type": "null"}]`: the type without its null. */
function nullableBranchOf(schema: JsonObject, pointer: string, parent: JsonObject | null, typed: ReadonlyMap<string, TypedSchema>): TypedSchema | undefined {
  const branch = /^(.*)\/(?:anyOf|oneOf)\/\d+$/.exec(pointer);
  if (branch === null || parent === null || nullableBranch(parent) !== schema) return undefined;
  const holder = typed.get(branch[1]!);
  return holder === undefined ? undefined : { type: { ...holder.type, nullable: false } as TypeRef, property: holder.property };
}

/** Keys every declaration may carry beside the targets' own. */
const SHARED_KEYS: Readonly<Record<string, readonly string[]>> = {
  rest: ['method', 'path', 'status'],
  // Who sends the declaration's values, for `schema-codegen diff`'s wire verdicts (generator/diff/direction.ts).
  wire: ['direction'],
};

const DIRECTIONS = ['send', 'receive', 'both'];

function checkCodegenKeys(model: Model, targets: CodegenReaders): void {
  for (const d of model.declarations) {
    checkBlock(d.codegen, joinPointer(d.id, 'x-codegen'), targets, SHARED_KEYS);
    const direction = d.codegen['wire']?.['direction'];
    if (direction !== undefined && !DIRECTIONS.includes(direction as string))
      throw new SchemaError(
        `"x-codegen/wire/direction" must be one of ${DIRECTIONS.map((x) => quoted(x)).join(', ')}`,
        joinPointer(d.id, 'x-codegen', 'wire', 'direction'),
        'write "send" (clients send these values), "receive" (clients receive them) or "both"',
      );
    if (d.kind === 'object') for (const p of d.properties) checkBlock(p.codegen, joinPointer(p.pointer, 'x-codegen'), targets, {});
  }
}

/** `shared`: the sections beside the targets' that this place may carry (declarations: "rest"). */
function checkBlock(codegen: CodegenOptions, pointer: string, targets: CodegenReaders, shared: Readonly<Record<string, readonly string[]>>): void {
  for (const [owner, options] of Object.entries(codegen)) {
    // Own properties only: a section named "toString" or "constructor" is unknown, not a member.
    const allowed = Object.hasOwn(targets, owner) ? targets[owner]!.codegenKeys : Object.hasOwn(shared, owner) ? shared[owner] : undefined;
    if (allowed === undefined) {
      throw new SchemaError(
        `"x-codegen" has an unknown section ${quoted(owner)}`,
        joinPointer(pointer, owner),
        `use one of: ${[...Object.keys(targets), ...Object.keys(shared)].join(', ')}`,
      );
    }
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) {
        throw new SchemaError(
          `"x-codegen/${owner}" has an unknown option ${quoted(key)}`,
          joinPointer(pointer, owner, key),
          `use one of: ${allowed.join(', ')}`,
        );
      }
    }
  }
}
