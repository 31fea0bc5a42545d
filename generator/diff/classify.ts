// Classifying a change, separately: on the wire (both directions, weighed by who sends the
// declaration), in each target's source (does code written against the old output still compile
// and behave the same), and the semver bump each generated package needs. What each target's
// output does is described in the reasons; test/diff/source-compat.test.ts compiles a consumer of
// the old output against the new one in each language and checks every "compile" verdict here.

import type { Change, ChangeKind } from './changes.js';
import { CODE_TARGETS, type CodeTarget, type RenamedChange } from './compare.js';
import type { Direction } from './direction.js';
import { TARGETS } from '../targets/index.js';

export type Verdict = 'compatible' | 'breaking';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface Wire {
  readonly direction: Direction;
  /** An old consumer reading what a new producer sends. */
  readonly oldReadsNew: Verdict;
  /** A new consumer reading what an old producer sends. */
  readonly newReadsOld: Verdict;
  /** The direction(s) that matter for this declaration's use: receive weighs oldReadsNew, send newReadsOld. */
  readonly verdict: Verdict;
}

export interface Source {
  readonly verdict: Verdict;
  /** How it breaks: consumer code no longer compiles, or compiles and behaves differently. */
  readonly how: 'compile' | 'behavior' | null;
  readonly reason: string;
}

export interface Classified extends Change {
  readonly wire: Wire;
  readonly source: Readonly<Record<CodeTarget, Source>>;
  /** The bump this change alone asks of each target's package. */
  readonly bump: Readonly<Record<CodeTarget, Bump>>;
  readonly reason: string;
}

export function classify(change: Change, direction: Direction): Classified {
  const oldReadsNew: Verdict = change.values === 'wider' || change.values === 'different' ? 'breaking' : 'compatible';
  const newReadsOld: Verdict = change.values === 'narrower' || change.values === 'different' ? 'breaking' : 'compatible';
  const weighed = direction === 'send' ? [newReadsOld] : direction === 'receive' ? [oldReadsNew] : [oldReadsNew, newReadsOld];
  const wire: Wire = { direction, oldReadsNew, newReadsOld, verdict: weighed.includes('breaking') ? 'breaking' : 'compatible' };
  const source = Object.fromEntries(CODE_TARGETS.map((t) => [t, sourceOf(change, t)])) as Record<CodeTarget, Source>;
  const bump = Object.fromEntries(
    CODE_TARGETS.map((t) => [t, source[t].verdict === 'breaking' ? 'major' : ADDITIVE.has(change.kind) ? 'minor' : 'patch']),
  ) as Record<CodeTarget, Bump>;
  return { ...change, wire, source, bump, reason: reasonOf(change, wire) };
}

/** Changes that add to the API or to what it accepts, without breaking it: a minor version. */
const ADDITIVE: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'declaration-added',
  'property-added-optional',
  'enum-value-added',
  'union-variant-added',
  'additional-properties-opened',
  'deprecated-added',
  'type-widened',
  'nullable-added',
  'constraint-loosened',
  'property-made-optional',
]);

const WIRE_WORDS: Readonly<Record<Change['values'], string>> = {
  wider: 'accepts values the old schema rejected',
  narrower: 'rejects values the old schema accepted',
  different: 'accepts and rejects values the old schema did not',
  same: 'accepts the same values',
};

function reasonOf(change: Change, wire: Wire): string {
  const who =
    wire.direction === 'send'
      ? 'sent by clients: a new reader must accept what old senders send'
      : wire.direction === 'receive'
        ? 'received by clients: old readers must accept what a new sender sends'
        : 'sent and received';
  return `${change.declaration}${change.property === null ? '' : `.${change.property}`}: ${change.detail}; the new schema ${WIRE_WORDS[change.values]} (${who})`;
}

const ok = (reason: string): Source => ({ verdict: 'compatible', how: null, reason });
const compile = (reason: string): Source => ({ verdict: 'breaking', how: 'compile', reason });
const behavior = (reason: string): Source => ({ verdict: 'breaking', how: 'behavior', reason });

/** Only integer <-> number (in items or values too): TypeScript writes both as `number`. */
function onlyNumeric(change: Change): boolean {
  return /^((items|values): )*(integer|number)( or null)? -> (integer|number)( or null)?$/.test(change.detail);
}

/** What a change does to code written against the old output of target `t`. */
export function sourceOf(change: Change, t: CodeTarget): Source {
  switch (change.kind) {
    case 'declaration-added':
      return ok('a new type; existing code does not name it');
    case 'declaration-removed':
      return compile('the type is gone: code naming it does not compile');
    case 'declaration-renamed':
      return (change as RenamedChange).keptIn.includes(t)
        ? ok('x-codegen keeps the generated type name; only the schema key changed')
        : compile('the generated type takes the new name: code naming the old one does not compile');
    case 'declaration-kind-changed':
      return compile('the type is generated as another kind (class, enum, union, alias)');
    case 'property-added-optional':
      return ok('a new optional member; constructing without it still compiles');
    case 'property-added-required':
      return {
        typescript: compile('a new required member: object literals without it do not compile'),
        python: compile('a new keyword-only argument without a default: calls without it fail to type-check'),
        csharp: compile('a new constructor parameter: the old constructor call does not compile'),
        java: behavior('the builder compiles, but build() throws IllegalStateException when it is unset'),
      }[t];
    case 'property-removed':
      return compile('the member (getter, setter, builder method, keyword argument) is gone');
    case 'property-renamed-on-wire':
      return (change as RenamedChange).keptIn.includes(t)
        ? ok('x-codegen keeps the generated name; only the wire name changed')
        : compile('the generated member takes the new wire name: code using the old one does not compile');
    case 'property-made-required':
      return {
        typescript: compile('the member is no longer optional: object literals without it do not compile'),
        python: compile('the keyword argument lost its default: calls without it fail to type-check'),
        csharp: compile('the property became a constructor parameter: the old constructor call does not compile'),
        java: compile('the getter returns the value, no longer an Optional'),
      }[t];
    case 'property-made-optional':
      return {
        typescript: compile('the member may be undefined: reading it as its type does not compile'),
        python: compile('the attribute becomes Optional: reading it as its type fails to type-check'),
        csharp: compile('the constructor loses the parameter: the old constructor call does not compile'),
        java: compile('the getter returns an Optional'),
      }[t];
    case 'type-widened':
    case 'type-narrowed':
    case 'type-changed':
      if (t === 'typescript' && onlyNumeric(change)) return ok('TypeScript writes integer and number alike, as number');
      return compile('the member has another type: reading or setting it as the old type does not compile');
    case 'nullable-added':
      if (change.property !== null && !change.required) return optionalNull(t, 'gains');
      return compile(
        {
          typescript: 'the type gains | null',
          python: 'the type becomes Optional',
          csharp: 'the type becomes nullable (a nullable warning, an error under warnings-as-errors)',
          java: 'the getter returns an Optional',
        }[t] + ': reading it as the old type does not compile',
      );
    case 'nullable-removed':
      if (change.property !== null && !change.required) return optionalNull(t, 'loses');
      return compile(
        {
          typescript: 'the type loses | null',
          python: 'the type loses Optional',
          csharp: 'the type is no longer nullable (passing null warns, an error under warnings-as-errors)',
          java: 'the getter no longer returns an Optional',
        }[t] + ': code handling null does not compile',
      );
    case 'enum-value-added':
      return ok(
        {
          typescript: 'the literal union gains a member; no generated code switches on it exhaustively',
          python: 'the Enum gains a member',
          csharp: 'the enum gains a member (C# switches need not be exhaustive)',
          java: 'the class gains a constant and Known/Value a member (Java 8 switches need not be exhaustive)',
        }[t],
      );
    case 'enum-value-removed':
      return compile('the enum member is gone: code naming it does not compile');
    case 'const-changed':
      return t === 'typescript' || t === 'python'
        ? compile(`the member's type is the literal (${t === 'python' ? 'Literal[...]' : "'...'"}): the old value no longer type-checks`)
        : behavior('the member stays a string; the old value no longer parses or validates');
    case 'union-variant-added':
      return t === 'java'
        ? compile("the union's Visitor gains an abstract method: existing visitors do not compile")
        : ok('the union gains a variant; no generated code makes switches on it exhaustive');
    case 'union-variant-removed':
      return compile('the variant is no longer part of the union (TypeScript union, Python Union, C# interface, Java of/as methods)');
    case 'discriminator-changed':
      return t === 'typescript'
        ? compile('the tag is a literal type: comparing it with the old value does not compile')
        : behavior('values are told apart by another tag: old values no longer parse');
    case 'constraint-tightened':
      return formatViewChange(change, t) ?? behavior('the validator rejects values it accepted (parse and validate throw)');
    case 'constraint-loosened':
      return formatViewChange(change, t) ?? ok('the validator accepts more values');
    case 'additional-properties-opened':
      return ok('unknown properties are kept (members for them are added)');
    case 'additional-properties-closed':
      return {
        typescript: behavior('the interface is the same (open objects have no index signature), but the validator rejects unknown properties'),
        python: behavior('additional_properties stays an argument, but the validator rejects unknown properties'),
        csharp: compile('the AdditionalProperties member is gone'),
        java: behavior('the builder keeps additionalProperties, but validate() rejects unknown properties'),
      }[t];
    case 'default-changed':
      return t === 'csharp'
        ? behavior("the getter returns the schema's default when the value is absent: it returns another")
        : ok('the default is documented only; absent values stay absent');
    case 'deprecated-added':
      return ok(
        {
          typescript: '@deprecated in the doc comment',
          python: 'a note in the docstring',
          csharp: '[Obsolete]: a warning (CS0618) where it is used',
          java: '@Deprecated: a deprecation warning where it is used',
        }[t] + '; builds that treat deprecation warnings as errors fail',
      );
    case 'deprecated-removed':
      return ok('the deprecation mark is gone');
  }
}

/**
 * A format that comes, goes or changes where it stands (not inside items or values) changes the
 * native view the target gives it by default (targets/shared/formats.ts): Java's typed getter
 * returns the other type; Python and C# add a view beside the member (a new member, compatible),
 * or lose or rename it. Null when the target views neither format.
 */
function formatViewChange(change: Change, t: CodeTarget): Source | null {
  const match = /^format (null|"[^"]*") -> (null|"[^"]*")$/.exec(change.detail);
  if (match === null) return null;
  const viewed = (format: string | null): string | null => (format !== null && TARGETS[t]!.viewedFormats.some((f) => f === format) ? format : null);
  const [before, after] = [viewed(JSON.parse(match[1]!) as string | null), viewed(JSON.parse(match[2]!) as string | null)];
  if (before === after) return null;
  if (t === 'java')
    return compile(
      `the typed getter returns ${after === null ? 'the JSON type' : `the native type of ${after}`}, no longer ${before === null ? 'the JSON type' : `that of ${before}`}`,
    );
  if (before === null) return ok(`a native view of the ${after} is added beside the member`);
  return compile(
    `the native view of the ${before} (${t === 'python' ? 'the _datetime, _date or _uuid property' : 'the DateTime, Date, Guid or Uri property'}) is ${after === null ? 'gone' : 'renamed for the new format'}`,
  );
}

/** An optional property's null: only TypeScript tells `| null` from absent; the others already type it as absent-or-null. */
function optionalNull(t: CodeTarget, verb: 'gains' | 'loses'): Source {
  if (t === 'typescript')
    return compile(`the optional member ${verb} | null: ${verb === 'gains' ? 'reading it as the old type' : 'assigning null'} does not compile`);
  return ok(`an optional member is already ${{ python: 'Optional', csharp: 'nullable', java: 'an Optional' }[t]}: its type is the same`);
}

/** The bump each target's package needs: the largest any change asks, `none` without changes. */
export function semverOf(changes: readonly Classified[]): Record<CodeTarget, Bump> {
  const order: readonly Bump[] = ['none', 'patch', 'minor', 'major'];
  return Object.fromEntries(
    CODE_TARGETS.map((t) => [t, changes.reduce<Bump>((max, c) => (order.indexOf(c.bump[t]) > order.indexOf(max) ? c.bump[t] : max), 'none')]),
  ) as Record<CodeTarget, Bump>;
}
