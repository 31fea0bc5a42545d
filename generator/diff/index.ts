// schema-codegen diff: two schema versions -> their models (the pipeline's, unchanged) -> the
// changes (compare.ts) -> each classified (classify.ts) by wire direction (direction.ts) -> a
// report (report.ts). Nothing here reads text diffs: declarations and properties match by identity.

import type { Model } from '../model/ir.js';
import { classify, semverOf, type Bump, type Classified } from './classify.js';
import { compareModels, type CodeTarget, type Locate } from './compare.js';
import { withGiven, type Direction } from './direction.js';

export { CODE_TARGETS, type CodeTarget } from './compare.js';
export type { Classified, Bump } from './classify.js';

/** One schema version as the pipeline built it, with the parsed file and its pointer map. */
export interface Version {
  /** What the report calls it: the path, or REF:path for --base-ref. */
  readonly label: string;
  readonly model: Model;
  /** A pointer of the model's document -> the pointer in the file the user wrote. */
  readonly locate: Locate;
  /** Who sends each declaration's values (direction.ts), by declaration id. */
  readonly directions: ReadonlyMap<string, Direction>;
}

export interface DiffReport {
  readonly old: string;
  readonly new: string;
  readonly changes: readonly Classified[];
  readonly semver: Readonly<Record<CodeTarget, Bump>>;
}

/** `given`: directions the user names (--direction), laid over what the documents say. */
export function diffVersions(old: Version, neu: Version, given: ReadonlyMap<string, Direction> = new Map()): DiffReport {
  const changes = compareModels({ model: old.model, locate: old.locate }, { model: neu.model, locate: neu.locate });
  const before = withGiven(old.model, old.directions, given);
  const after = withGiven(neu.model, neu.directions, given);
  // The use in either version counts: a schema sent before and received now is both.
  const classified = changes.map((c) => {
    const a = before.get(c.id);
    const b = after.get(c.id);
    const direction = a === undefined ? (b ?? 'both') : b === undefined || a === b ? a : 'both';
    return classify(c, direction);
  });
  return { old: old.label, new: neu.label, changes: classified, semver: semverOf(classified) };
}

/** Whether any change breaks the wire (in a direction that matters) or one of `targets`' source. */
export function isBreaking(change: Classified, targets: readonly CodeTarget[]): boolean {
  return change.wire.verdict === 'breaking' || targets.some((t) => change.source[t].verdict === 'breaking');
}
