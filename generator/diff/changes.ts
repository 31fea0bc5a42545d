// The change kinds a diff reports, and what each does to the set of values a schema accepts: the
// one fact the wire classification (classify.ts) needs from the comparison (compare.ts); the
// targets a diff weighs and what the comparison takes of each version.

import type { Model } from '../model/ir.js';

/** Every kind of change the comparison lists. */
export const CHANGE_KINDS = [
  'declaration-added',
  'declaration-removed',
  'declaration-renamed',
  'declaration-kind-changed',
  'property-added-optional',
  'property-added-required',
  'property-removed',
  'property-renamed-on-wire',
  'property-made-required',
  'property-made-optional',
  'type-widened',
  'type-narrowed',
  'type-changed',
  'nullable-added',
  'nullable-removed',
  'enum-value-added',
  'enum-value-removed',
  'const-changed',
  'union-variant-added',
  'union-variant-removed',
  'discriminator-changed',
  'constraint-tightened',
  'constraint-loosened',
  'additional-properties-opened',
  'additional-properties-closed',
  'default-changed',
  'deprecated-added',
  'deprecated-removed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * What a change does to the values accepted at its place: `wider` (every old value still valid),
 * `narrower` (every new value was valid), `different` (neither), `same` (the values are the same;
 * only names, defaults or docs moved).
 */
export type Values = 'wider' | 'narrower' | 'different' | 'same';

/** One change between two models, before classification. */
export interface Change {
  readonly kind: ChangeKind;
  /** Where it is in the old and new schema, as the user wrote them (JSON pointers); null where absent. */
  readonly old: string | null;
  readonly new: string | null;
  /** The declaration ($defs / components key, or the hoisted declaration's name) the change is in. */
  readonly declaration: string;
  /** The declaration's id in the new model (else the old), for the direction of its use. */
  readonly id: string;
  /** The property's wire name, when the change is in or of a property. */
  readonly property: string | null;
  /** What changed, in words, e.g. `maxLength 64 -> 32`. */
  readonly detail: string;
  readonly values: Values;
  /** For property-removed / -added: whether the property was (is) required; for kinds that need it. */
  readonly required: boolean;
  /** Whether the object holding the change rejects unknown properties (old for removal, new otherwise). */
  readonly closed: boolean;
}

/** A pointer of a model's (converted) document -> the pointer in the file the user wrote. */
export type Locate = (pointer: string) => string;

export interface Side {
  readonly model: Model;
  readonly locate: Locate;
}

/** The targets whose generated names a diff weighs (docs has no consumers that compile). */
export const CODE_TARGETS = ['typescript', 'python', 'csharp', 'java'] as const;
export type CodeTarget = (typeof CODE_TARGETS)[number];

export interface RenamedChange extends Change {
  /** The targets in which the renamed property or declaration keeps its generated name (x-codegen "name"). */
  readonly keptIn: readonly CodeTarget[];
}
