// The precision report (issue 18): per target, the share of the model's properties whose type is
// precise (not, and not holding, the target's JSON value type: targets.ts), beside quicktype's
// figure on the same input (quicktype.ts), and the imprecise properties grouped by cause
// (causes.ts), so that the next improvement is the biggest group.

import { loadModel, OptionsError, SchemaError } from '../../generator/index.js';
import type { Model } from '../../generator/model/ir.js';
import { causeOf, rootDocument } from './causes.js';
import { quicktypeFigure, type QuicktypeFigure } from './quicktype.js';
import { PRECISION_TARGETS, targetFigure, type PrecisionTarget } from './targets.js';

export interface ImpreciseProperty {
  /** Declaration (its schema name) and property (its JSON name): "Session.tools". */
  readonly name: string;
  readonly pointer: string;
  /** The type as the target writes it. */
  readonly type: string;
  readonly cause: string;
}

export type TargetReport =
  | {
      readonly target: PrecisionTarget;
      readonly jsonValueType: string;
      readonly properties: number;
      readonly precise: number;
      readonly imprecise: readonly ImpreciseProperty[];
    }
  | { readonly target: PrecisionTarget; readonly refused: string };

export interface PrecisionReport {
  readonly schema: string;
  /** Set when the generator refuses the schema: then `targets` is empty. */
  readonly refused: string | null;
  readonly targets: readonly TargetReport[];
  /**
   * Declarations whose whole type is the JSON value type in every target (an alias of any value):
   * the members their schemas name are counted in no figure above, so they are listed beside it.
   */
  readonly untypedDeclarations: readonly { readonly name: string; readonly pointer: string }[];
  readonly quicktype: QuicktypeFigure | null;
}

export interface ReportOptions {
  /** Leave quicktype out (its figure is then null). */
  readonly quicktype?: boolean;
  /** --ref-map: absolute URI prefix -> the folder its documents are read from, for the generator and quicktype alike. */
  readonly refMap?: Readonly<Record<string, string>>;
}

export async function precisionReport(schema: string, options: ReportOptions = {}): Promise<PrecisionReport> {
  const quicktype = options.quicktype === false ? null : await quicktypeFigure(schema, options.refMap);
  let model: Model;
  try {
    model = loadModel(schema, { warn: () => {}, refMap: options.refMap ?? {} }); // warnings are generate's to print; the report measures what loads
  } catch (error) {
    if (!(error instanceof SchemaError || error instanceof OptionsError)) throw error; // an unreadable file is an OptionsError
    return { schema, refused: error.format(), targets: [], untypedDeclarations: [], quicktype };
  }
  return { schema, refused: null, targets: targetReports(model), untypedDeclarations: untypedDeclarations(model), quicktype };
}

export function targetReports(model: Model): TargetReport[] {
  const document = rootDocument(model);
  return PRECISION_TARGETS.map((target): TargetReport => {
    const figure = targetFigure(model, target);
    if ('refused' in figure) return figure;
    const imprecise = figure.properties
      .filter((p) => p.parts.length > 0)
      .map((p) => ({
        name: `${p.declaration.schemaName}.${p.property.jsonName}`,
        pointer: p.property.pointer,
        type: p.text,
        cause: [...new Set(p.parts.map((part) => causeOf(document, p.property.pointer, part)))].join('; '),
      }));
    return {
      target,
      jsonValueType: figure.jsonValueType,
      properties: figure.properties.length,
      precise: figure.properties.length - imprecise.length,
      imprecise,
    };
  });
}

export function untypedDeclarations(model: Model): { name: string; pointer: string }[] {
  return model.declarations.filter((d) => d.kind === 'alias' && d.type.kind === 'any').map((d) => ({ name: d.schemaName, pointer: d.id }));
}

const percent = (precise: number, total: number): string => (total === 0 ? 'n/a' : `${((100 * precise) / total).toFixed(1)} %`);

/** The report as printed: the table, then the imprecise properties by cause (the first `limit` of each). */
export function formatReport(report: PrecisionReport, limit = 20): string {
  const lines = [`precision of ${report.schema}: properties whose type is not, and does not hold, the JSON value type`, ''];
  const rows: string[][] = [['target', 'JSON value type', 'properties', 'precise', 'share']];
  if (report.refused !== null) rows.push(['schema-codegen', '', '', '', `refused: ${report.refused.split('\n')[0]}`]);
  for (const t of report.targets) {
    rows.push(
      'refused' in t
        ? [t.target, '', '', '', `refused: ${t.refused}`]
        : [t.target, t.jsonValueType, String(t.properties), String(t.precise), percent(t.precise, t.properties)],
    );
  }
  const q = report.quicktype;
  if (q !== null)
    rows.push(
      'refused' in q
        ? ['quicktype', '', '', '', `quicktype: refused: ${q.refused}`]
        : ['quicktype', 'any, unknown', String(q.properties), String(q.precise), percent(q.precise, q.properties)],
    );
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  lines.push(
    ...rows.map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    ),
  );
  if (report.refused !== null) lines.push('', report.refused);
  const untyped = report.untypedDeclarations;
  if (untyped.length > 0) {
    lines.push('', `declarations typed as the JSON value type, whose members no figure above counts: ${untyped.length}`);
    lines.push(...untyped.slice(0, limit).map((d) => `  ${d.name}  (${d.pointer === '' ? 'the root' : d.pointer})`));
    if (untyped.length > limit) lines.push(`  ... and ${untyped.length - limit} more (--json lists them all)`);
  }
  const groups = byCause(report.targets);
  if (groups.length > 0) lines.push('', 'imprecise properties by cause:');
  for (const [cause, properties] of groups) {
    lines.push('', `${cause}: ${properties.size} ${properties.size === 1 ? 'property' : 'properties'}`);
    const shown = [...properties].slice(0, limit);
    for (const [name, { type, targets }] of shown) lines.push(`  ${name}: ${type}  (${targets.join(', ')})`);
    if (properties.size > limit) lines.push(`  ... and ${properties.size - limit} more (--json lists them all)`);
  }
  return lines.join('\n');
}

/** Cause -> property name -> its type (as the first target writing it imprecisely) and the targets it is imprecise in; biggest cause first. */
function byCause(targets: readonly TargetReport[]): [string, Map<string, { type: string; targets: string[] }>][] {
  const groups = new Map<string, Map<string, { type: string; targets: string[] }>>();
  for (const t of targets) {
    if ('refused' in t) continue;
    for (const p of t.imprecise) {
      const group = groups.get(p.cause) ?? new Map<string, { type: string; targets: string[] }>();
      groups.set(p.cause, group);
      const entry = group.get(p.name) ?? { type: p.type, targets: [] };
      group.set(p.name, entry);
      entry.targets.push(t.target);
    }
  }
  return [...groups].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
}
