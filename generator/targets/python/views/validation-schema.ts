// The view of <package>/_validation_schema.py: the schema documents as JSON text (the runtime
// parses them once, on first use), every pattern in them translated for Python's `re` or, where
// the `patterns` option runs it on the linear-time matcher, as that matcher's program (a
// LinearProgram, runtime/_linear.py), and whether `format` asserts; the runtime's interpreter
// compiles each declaration's validator from them (runtime/_validators.py).

import type { Model } from '../../../model/ir.js';
import { linearProgramText, runsLinear, translatePattern } from '../../../regex/index.js';
import { escapeUnsafe } from '../../shared/text.js';
import { pyString } from '../literals.js';
import type { PythonOptions } from '../options.js';

export interface ValidationSchemaView {
  readonly banner: string;
  readonly rootUri: string;
  readonly documents: readonly { readonly uri: string; readonly lines: readonly string[] }[];
  /** Each pattern's source and its table entry: re's translation, or `LinearProgram(<program>)`. */
  readonly patterns: readonly { readonly source: string; readonly translation: string }[];
  /** Whether some pattern runs on the linear-time matcher: then the module imports LinearProgram. */
  readonly linear: boolean;
  readonly formatAssertion: string;
  /** Whether _checks.py exists (some declaration's check compiled): then SCHEMAS imports it on first use. */
  readonly checks: boolean;
}

/** Code points per source line of a document's text: short lines, never a surrogate pair split. */
const CHUNK = 100;
const SURROGATE = /[\ud800-\udfff]/;
/** Printable ASCII but ' and backslash: nothing to escape in a single-quoted literal. */
const PLAIN = /^[ -&(-[\]-~]*$/;

export function validationSchemaView(model: Model, options: PythonOptions, banner: string, checks: boolean): ValidationSchemaView {
  const { rootUri, documents, patterns } = model.validation;
  // Each pattern runs on re (its translation) or on the linear-time matcher (its program), as the option says.
  const entries = patterns.map((source) => ({ source, linear: runsLinear(source, options.patterns) }));
  return {
    banner,
    rootUri: pyString(rootUri),
    documents: documents.map((d) => ({ uri: pyString(d.uri), lines: chunks(d.text).map(singleQuoted) })),
    patterns: entries.map(({ source, linear }) => ({
      source: pyString(source),
      translation: linear ? `LinearProgram(${pyString(linearProgramText(source))})` : pyString(translatePattern(source, 'python')),
    })),
    linear: entries.some((e) => e.linear),
    formatAssertion: options.formats === 'assert' ? 'True' : 'False',
    checks,
  };
}

/** The text in pieces of CHUNK code points: adjacent string literals, which Python joins. */
function chunks(text: string): string[] {
  // Without surrogates a code point is a code unit: slice the text, rather than spread megabytes
  // of schema into an array of one-character strings (issue 16's bench).
  if (!SURROGATE.test(text)) {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
    return out.length === 0 ? [''] : out;
  }
  const points = [...text];
  const out: string[] = [];
  for (let i = 0; i < points.length; i += CHUNK) out.push(points.slice(i, i + CHUNK).join(''));
  return out.length === 0 ? [''] : out;
}

/**
 * A single-quoted Python string literal, so that the JSON text's many double quotes stay readable:
 * pyString's escapes, with \" unescaped and ' escaped instead (an escaped backslash is one unit).
 */
function singleQuoted(text: string): string {
  // Printable ASCII without ' or backslash comes back as it is (most of a schema's JSON text).
  if (PLAIN.test(text)) return `'${text}'`;
  const inner = JSON.stringify(text).slice(1, -1);
  return `'${escapeUnsafe(inner.replace(/\\\\|\\"|'/g, (m) => (m === '\\"' ? '"' : m === "'" ? "\\'" : m)))}'`;
}
