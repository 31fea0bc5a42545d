// What generate keeps of the model it rendered (write/model-file.ts names the file), so that the
// next generate can say what changed semantically since: the model without its validation
// documents (the diff never reads them, and they are most of a model's size), where each of its
// pointers is in the file the user wrote (only where that differs), and who sends each
// declaration's values (direction.ts; only where not "both"). Read back, it is a diff Version,
// compared with the new one exactly as `schema-codegen diff` compares two files.

import type { Model } from '../model/ir.js';
import type { Direction } from './direction.js';
import { CODE_TARGETS, diffVersions, type Version } from './index.js';
import { versionFromModel } from './load.js';
import { locatedPointers } from './parallel.js';
import { formatReport } from './report.js';

/** Bumped when the file's shape changes: an older file is then not compared (no summary, no error). */
const FORMAT = 1;

/** What the summary calls the previous version. */
const LAST_RUN = 'the last generate';

/** Lines a summary may take, so it fits a terminal's screen beside the run's own report. */
const SCREEN = 24;

interface Stored {
  readonly schemaCodegenModel: typeof FORMAT;
  readonly model: Omit<Model, 'validation' | 'declarations'>;
  readonly declarations: Model['declarations'];
  readonly located: readonly (readonly [string, string])[];
  readonly directions: readonly (readonly [string, Direction])[];
}

/** The model as the run's version (`bytes`: the schema's, which the model was built from) and its text for the file. */
export function snapshotOf(model: Model, path: string, bytes: Buffer): { version: Version; text: string } {
  const version = versionFromModel(path, path, model, bytes);
  const { validation, declarations, ...rest } = model;
  void validation;
  const located = locatedPointers(version).filter(([p, original]) => p !== original);
  const directions = [...version.directions].filter(([, way]) => way !== 'both');
  // JSON, one declaration a line: --check's drift report shows the first differing lines, and a
  // review the declarations that changed.
  const head = JSON.stringify({ schemaCodegenModel: FORMAT, model: rest, located, directions }).slice(0, -1);
  const text = `${head},"declarations":[\n${declarations.map((d) => JSON.stringify(d)).join(',\n')}\n]}\n`;
  // ASCII only: names and descriptions may hold line separators or bidirectional controls, which
  // no generated file carries raw (test/security/text.test.ts); in JSON they can stand only in strings.
  return { version, text: asciiOnly(text) };
}

/**
 * JSON text with every character from U+007F up written as a \u escape: the regex finds them,
 * and the text between is copied as it is. On the OpenAI spec's 6 MB snapshot, which has 15 of
 * them, a replace with a function took 56 ms, a loop over every character 10 to 24 ms, this 2 ms.
 */
function asciiOnly(text: string): string {
  const beyond = /[\u007f-\uffff]/g;
  let out = '';
  let from = 0;
  for (let match = beyond.exec(text); match !== null; match = beyond.exec(text)) {
    out += `${text.slice(from, match.index)}\\u${text.charCodeAt(match.index).toString(16).padStart(4, '0')}`;
    from = match.index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The stored text as a version, or null when it is not one this code wrote (an older format, or edited out of shape). */
function storedVersion(text: string): Version | null {
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(text) as Partial<Stored>;
  } catch {
    return null;
  }
  if (
    stored?.schemaCodegenModel !== FORMAT ||
    typeof stored.model !== 'object' ||
    !Array.isArray(stored.declarations) ||
    !Array.isArray(stored.located) ||
    !Array.isArray(stored.directions)
  )
    return null;
  const located = new Map<string, string>(stored.located);
  const given = new Map<string, Direction>(stored.directions);
  const model: Model = { ...stored.model, declarations: stored.declarations, validation: { rootUri: '', documents: [], patterns: [] } };
  // Every declaration has a direction in a Version (index.ts weighs a missing one as "not used").
  const directions = new Map(model.declarations.map((d): [string, Direction] => [d.id, given.get(d.id) ?? 'both']));
  return { label: LAST_RUN, model, locate: (p) => located.get(p) ?? p, directions };
}

/**
 * What changed since the last generate, as the diff's text report cut to a screen; null when
 * nothing did, or there is nothing to compare with. `targets`: the run's, whose source and semver
 * the summary weighs. `warn` hears why a stored file could not be compared.
 */
export function changeSummary(
  previous: string | null,
  current: { version: Version; text: string },
  targets: readonly string[],
  warn: (text: string) => void,
): string | null {
  if (previous === null || previous === current.text) return null;
  const old = storedVersion(previous);
  if (old === null) return null;
  let report;
  try {
    report = diffVersions(old, current.version);
  } catch (error) {
    // The file is in the output folder, where anyone may edit it: a shape the comparison trips on is not a bug here.
    warn(`warning: the model kept by ${LAST_RUN} could not be compared (${(error as Error).message}); no summary of what changed`);
    return null;
  }
  if (report.changes.length === 0) return null;
  const codeTargets = CODE_TARGETS.filter((t) => targets.includes(t));
  return cut(formatReport(report, 'text', codeTargets), report.changes.length, current.version.label);
}

/** The report (a header, three lines per change, the semver lines) with as many changes as fit the screen. */
function cut(text: string, count: number, schema: string): string {
  const lines = text.split('\n');
  const semver = lines.indexOf('semver:');
  const changes = lines.slice(1, semver);
  const tail = lines.slice(semver);
  const fit = Math.floor((SCREEN - 2 - tail.length) / 3);
  if (count <= fit) return text;
  const more = `... ${count - fit} more, run schema-codegen diff for all (e.g. schema-codegen diff ${schema} --base-ref HEAD)`;
  return [lines[0]!, ...changes.slice(0, fit * 3), more, ...tail].join('\n');
}
