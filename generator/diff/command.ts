// `schema-codegen diff`: argument parsing and the exit code (0, or 1 when --fail-on is met);
// bad input throws OptionsError or SchemaError, which cli.ts turns into exit 2 as for generate.

import { parseArgs } from 'node:util';
import { OptionsError } from '../errors.js';
import type { Direction } from './direction.js';
import { CODE_TARGETS, diffVersions, isBreaking, type CodeTarget, type DiffReport } from './index.js';
import { readBoth, type VersionSource } from './parallel.js';
import { formatReport, type Format } from './report.js';

export const DIFF_HELP = `Usage:
  schema-codegen diff OLD NEW [options]
  schema-codegen diff FILE --base-ref GIT_REF [options]

Compares two versions of a schema (JSON Schema or OpenAPI, JSON or YAML) as models: every change
with its pointer in both, whether it breaks the wire (both directions), each target's source,
and the semver bump each generated package needs.

Options:
  --base-ref REF      compare FILE with its version at a git ref (git show REF:FILE)
  --target NAME       a target to report on; repeat for several (default: typescript, python,
                      csharp, java)
  --format F          text (default), markdown (a pull-request comment) or json
  --fail-on WHAT      exit 1 when a change is breaking (wire or a target's source), or any change
  --direction N=D     who sends declaration N's values: send (clients send them), receive (clients
                      receive them) or both; what N references follows; repeatable. OpenAPI
                      documents say it by usage (request bodies sent, responses received); the
                      default is both
  --strict            refuse keywords no JSON Schema specification defines

Exit codes: 0 done (and --fail-on not met); 1 --fail-on met; 2 bad schema or options.`;

export interface DiffRun {
  readonly code: number;
  readonly output: string;
}

export async function diffCommand(argv: readonly string[], warn: (text: string) => void): Promise<DiffRun> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'base-ref': { type: 'string' },
        target: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        direction: { type: 'string', multiple: true },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new OptionsError((error as Error).message, 'run schema-codegen diff --help');
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, output: DIFF_HELP };
  const baseRef = values['base-ref'];
  const wanted = baseRef === undefined ? 2 : 1;
  if (positionals.length !== wanted) {
    throw new OptionsError(
      `diff takes ${wanted === 2 ? 'two schema files' : 'one schema file with --base-ref'}, got ${positionals.length}`,
      'schema-codegen diff OLD NEW, or schema-codegen diff FILE --base-ref main',
    );
  }
  const format = values.format;
  if (format !== 'text' && format !== 'markdown' && format !== 'json')
    throw new OptionsError(`unknown --format ${JSON.stringify(format)}`, 'use text, markdown or json');
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'breaking' && failOn !== 'any')
    throw new OptionsError(`unknown --fail-on ${JSON.stringify(failOn)}`, 'use breaking or any');
  const targets = targetsOf(values.target);
  const [oldPath, newPath] = positionals as [string, string | undefined];
  const [old, neu] = await readBoth({ path: oldPath, ref: baseRef ?? null }, { path: newPath ?? oldPath, ref: null }, values.strict, capped(warn));
  const given = directionsGiven(values.direction);
  for (const name of given.keys()) {
    if (![old, neu].some((v) => v.model.declarations.some((d) => d.schemaName === name)))
      throw new OptionsError(`--direction names ${JSON.stringify(name)}, which neither version declares`, 'name a $defs or components key of either schema');
  }
  const report = diffVersions(old, neu, given);
  return { code: failed(report, failOn, targets) ? 1 : 0, output: formatReport(report, format as Format, targets) };
}

/** The first few warnings of each version, then their count: a published spec has hundreds, which generate lists. */
function capped(warn: (text: string) => void): (version: VersionSource, text: string) => void {
  const SHOWN = 3;
  const counts = new Map<VersionSource, number>();
  return (version, text) => {
    const count = (counts.get(version) ?? 0) + 1;
    counts.set(version, count);
    if (count <= SHOWN) warn(text);
    else if (count === SHOWN + 1) warn(`warning: more warnings reading ${version.path} (schema-codegen generate --schema ${version.path} lists them all)`);
  };
}

function directionsGiven(values: readonly string[] | undefined): Map<string, Direction> {
  const out = new Map<string, Direction>();
  for (const v of values ?? []) {
    const m = /^(.+)=(send|receive|both)$/.exec(v);
    if (m === null)
      throw new OptionsError(
        `bad --direction ${JSON.stringify(v)}`,
        'write --direction Name=send, Name=receive or Name=both (Name: a $defs or components key)',
      );
    out.set(m[1]!, m[2] as Direction);
  }
  return out;
}

function targetsOf(given: readonly string[] | undefined): CodeTarget[] {
  if (given === undefined) return [...CODE_TARGETS];
  for (const t of given) {
    if (!(CODE_TARGETS as readonly string[]).includes(t))
      throw new OptionsError(`diff has no target ${JSON.stringify(t)}`, `use one of: ${CODE_TARGETS.join(', ')} (docs has no source to break)`);
  }
  return CODE_TARGETS.filter((t) => given.includes(t));
}

function failed(report: DiffReport, failOn: string | undefined, targets: readonly CodeTarget[]): boolean {
  if (failOn === 'any') return report.changes.length > 0;
  if (failOn === 'breaking') return report.changes.some((c) => isBreaking(c, targets));
  return false;
}
