// cli-output: how the CLI talks, as npm-ecosystem tools do. Colour only on a terminal, never
// when NO_COLOR is set (https://no-color.org) or TERM is "dumb"; a progress line on stderr when a
// run takes over a second, on a terminal only, erased when the run ends; and the one-line summary
// of a run, as text, or as JSON for scripts (--json), or nothing (--quiet).

import type { Drift } from './write/write.js';

/** Whether `stream` gets ANSI colour: a terminal, NO_COLOR unset (any value, even empty, turns it off), TERM not "dumb". */
export function colourOn(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && process.env['NO_COLOR'] === undefined && process.env['TERM'] !== 'dumb';
}

const STYLES: Readonly<Record<string, string>> = { error: '\u001b[1;31m', 'internal error': '\u001b[1;31m', warning: '\u001b[1;33m', hint: '\u001b[2m' };

/** The "error:", "warning:" and "hint:" labels of diagnostic text coloured, when stderr takes colour. */
export function styled(text: string): string {
  if (!colourOn(process.stderr)) return text;
  return text.replace(/^( *)(internal error|error|warning|hint)(?=[: ])/gm, (_, indent: string, label: string) => `${indent}${STYLES[label]}${label}\u001b[0m`);
}

/** After SCHEMA_CODEGEN_PROGRESS_MS (1000 by default), a line on a terminal's stderr saying what runs; the returned function erases it. */
export function startProgress(what: string, quiet: boolean): () => void {
  if (quiet || process.stderr.isTTY !== true) return () => undefined;
  const delay = Number(process.env['SCHEMA_CODEGEN_PROGRESS_MS'] ?? 1000);
  let shown = false;
  const timer = setTimeout(
    () => {
      shown = true;
      process.stderr.write(`schema-codegen: ${what}…`);
    },
    Number.isFinite(delay) ? delay : 1000,
  );
  return () => {
    clearTimeout(timer);
    if (shown) process.stderr.write('\r\u001b[K');
    shown = false;
  };
}

/** How the run reports: text (the default), nothing on success (--quiet), or one JSON object (--json). */
export type Reporting = 'text' | 'quiet' | 'json';

export type RunStatus = 'written' | 'unchanged' | 'up-to-date' | 'stale';

/** The JSON summary --json prints: what happened to the output folder, and each file's path (relative to it). */
export function jsonSummary(out: string, status: RunStatus, drift: Drift | null): string {
  return JSON.stringify({ out, status, added: drift?.added ?? [], changed: drift?.changed ?? [], removed: drift?.removed ?? [] });
}
