// The diff report in three forms: JSON (the shape issue 21 gives, plus each source reason and the
// semver reasons), text for a terminal, Markdown for a pull-request comment. Only the chosen
// targets' source verdicts and semver are printed.

import type { Bump, Classified } from './classify.js';
import { isBreaking, type CodeTarget, type DiffReport } from './index.js';

export type Format = 'text' | 'markdown' | 'json';

export function formatReport(report: DiffReport, format: Format, targets: readonly CodeTarget[]): string {
  if (format === 'json') return JSON.stringify(jsonReport(report, targets), null, 2);
  if (format === 'markdown') return markdown(report, targets);
  return text(report, targets);
}

function pick<T>(record: Readonly<Record<CodeTarget, T>>, targets: readonly CodeTarget[]): Record<string, T> {
  return Object.fromEntries(targets.map((t) => [t, record[t]]));
}

export function jsonReport(report: DiffReport, targets: readonly CodeTarget[]): unknown {
  return {
    old: report.old,
    new: report.new,
    changes: report.changes.map((c) => ({
      kind: c.kind,
      old: c.old,
      new: c.new,
      declaration: c.declaration,
      property: c.property,
      detail: c.detail,
      wire: c.wire,
      source: Object.fromEntries(targets.map((t) => [t, c.source[t].verdict])),
      sourceReasons: Object.fromEntries(targets.map((t) => [t, `${c.source[t].how === null ? '' : `${c.source[t].how}: `}${c.source[t].reason}`])),
      reason: c.reason,
    })),
    semver: pick(report.semver, targets),
    semverReasons: Object.fromEntries(targets.map((t) => [t, semverReason(report, t)])),
  };
}

/** Why a package needs its bump: the number of changes asking for it, and the first of them. */
export function semverReason(report: DiffReport, t: CodeTarget): string {
  const bump = report.semver[t];
  if (bump === 'none') return 'no semantic change';
  const asking = report.changes.filter((c) => c.bump[t] === bump);
  const first = asking[0]!;
  const why: Record<Exclude<Bump, 'none'>, string> = {
    major: 'break code written against the old output',
    minor: 'add to the API or to what it accepts',
    patch: 'change documentation or behaviour only compatibly',
  };
  return `${asking.length} change${asking.length === 1 ? '' : 's'} ${why[bump]}, e.g. ${first.kind} ${where(first)}: ${first.source[t].reason}`;
}

function where(c: Classified): string {
  return `${c.declaration}${c.property === null ? '' : `.${c.property}`}`;
}

function sourceSummary(c: Classified, targets: readonly CodeTarget[]): string {
  const broken = targets.filter((t) => c.source[t].verdict === 'breaking');
  if (broken.length === 0) return 'source compatible';
  return `source breaks ${broken.map((t) => `${t} (${c.source[t].how})`).join(', ')}`;
}

function wireSummary(c: Classified): string {
  const w = c.wire;
  return `wire ${w.verdict} (${w.direction}; old reads new: ${w.oldReadsNew}, new reads old: ${w.newReadsOld})`;
}

function text(report: DiffReport, targets: readonly CodeTarget[]): string {
  const lines = [`schema-codegen diff ${report.old} -> ${report.new}: ${report.changes.length} change${report.changes.length === 1 ? '' : 's'}`];
  for (const c of report.changes) {
    lines.push(`${isBreaking(c, targets) ? 'BREAKING  ' : '          '}${c.kind} ${where(c)}: ${c.detail}`);
    lines.push(`          at ${c.old ?? '-'} -> ${c.new ?? '-'}`);
    lines.push(`          ${wireSummary(c)}; ${sourceSummary(c, targets)}`);
  }
  lines.push('semver:');
  for (const t of targets) lines.push(`  ${t}: ${report.semver[t]} (${semverReason(report, t)})`);
  return lines.join('\n');
}

/** A table cell: pipes and newlines would break the row. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdown(report: DiffReport, targets: readonly CodeTarget[]): string {
  const breaking = report.changes.filter((c) => isBreaking(c, targets)).length;
  const lines = [
    `### Schema changes: \`${cell(report.old)}\` → \`${cell(report.new)}\``,
    '',
    `${report.changes.length} change${report.changes.length === 1 ? '' : 's'}, ${breaking} breaking.`,
    '',
    `| package | ${targets.join(' | ')} |`,
    `|---|${targets.map(() => '---').join('|')}|`,
    `| semver | ${targets.map((t) => `**${report.semver[t]}**`).join(' | ')} |`,
  ];
  if (report.changes.length > 0) {
    lines.push('', `| | change | where | wire | ${targets.join(' | ')} |`, `|---|---|---|---|${targets.map(() => '---').join('|')}|`);
    for (const c of report.changes) {
      const mark = isBreaking(c, targets) ? '⚠️' : '';
      const src = targets.map((t) => (c.source[t].verdict === 'breaking' ? `breaking (${c.source[t].how})` : 'ok'));
      lines.push(`| ${mark} | ${c.kind} | \`${cell(where(c))}\` ${cell(c.detail)} | ${c.wire.verdict} (${c.wire.direction}) | ${src.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
