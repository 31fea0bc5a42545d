// check: the built model against what the schema itself says and what the targets read. Takes
// the model build-model returned; returns nothing, or throws a SchemaError for the first problem.
// An example or default the schema does not accept (checked with model/validate.ts, pattern
// tests under a time budget) is a warning with its pointer, as an unknown keyword is (a vendor's
// schema often ships one, and the code generated from it is no worse for it; issue 18), and an
// error under --strict. An "x-codegen" block with a section or key no target reads (a typo such
// as {"chsarp": {...}} or {"csharp": {"nmae": ...}}) is an error, not ignored.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import type { CodegenOptions, JsonValue, Model, TypeRef } from '../model/ir.js';
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
export function checkModel(model: Model, targets: CodegenReaders, widened: ReadonlySet<string> = new Set(), options: SampleOptions = REFUSE): Model {
  const invalid = checkDefaultsAndExamples(model, widened, options);
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
  readonly hint: string;
  /** The pointer of the schema the value is checked against. */
  readonly schema: string;
}

/**
 * Refuses a schema whose own defaults or examples it does not accept. A first pass records which
 * strings meet which patterns (the validator visits every branch, whatever the answers); those
 * matches then run under a time budget (regex/budget.ts); the second pass decides with them.
 */
function checkDefaultsAndExamples(model: Model, widened: ReadonlySet<string>, options: SampleOptions): Set<string> {
  // The validator here knows the model's types, not the keywords that only narrow them (allOf,
  // not, ...) nor what is typed as any value for now: passing an example there would claim a
  // check that was not made, so examples and defaults of those schemas (and of what refers to
  // them) are not checked here. The generated validators check every keyword.
  const reaches = reachesWidened(model.declarations, widened);
  const all = samples(model, options.examples !== false).filter((sample) => !reaches(sample.type, sample.schema));
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
    const left = sample.sayWhere ? '' : '; the generated code leaves it out';
    options.warn(new SchemaError(`${message}${left}`, sample.pointer, `${sample.hint}; --strict refuses it`));
  }
  return invalid;
}

/** The defaults of the model's properties, and with `examples` every example of a declaration or property. */
function samples(model: Model, examples: boolean): Sample[] {
  const out: Sample[] = [];
  for (const d of model.declarations) {
    const type: TypeRef = { kind: 'ref', id: d.id, nullable: false };
    if (examples)
      d.examples.forEach((value, i) =>
        out.push({
          type,
          value,
          pointer: joinPointer(d.id, 'examples', i),
          schema: d.id,
          what: `example ${i}`,
          sayWhere: true,
          hint: 'fix the example so that it follows the schema',
        }),
      );
    if (d.kind !== 'object') continue;
    for (const p of d.properties) {
      const hint = 'fix the example so that it follows the property schema';
      if (examples)
        p.examples.forEach((value, i) =>
          out.push({
            type: p.type,
            value,
            pointer: joinPointer(p.pointer, 'examples', i),
            schema: p.pointer,
            what: `example ${i} of ${quoted(p.jsonName)}`,
            sayWhere: true,
            hint,
          }),
        );
      if (p.default !== null)
        out.push({
          type: p.type,
          value: p.default.value,
          pointer: joinPointer(p.pointer, 'default'),
          schema: p.pointer,
          what: `the default of ${quoted(p.jsonName)}`,
          sayWhere: false,
          hint: 'fix the default so that it follows the property schema',
        });
    }
  }
  return out;
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
