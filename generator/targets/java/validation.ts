// The models validate through the runtime's JSON Schema interpreter (<runtimePackage>.validation):
// one generated class, ValidationSchema (validation-schema.hbs), holds the schema documents and
// the pattern tables as JSON text (each pattern's java.util.regex translation, and the program of
// each that runs on the linear-time matcher: the java.patterns option), read once on first use,
// and hands each declaration the validator of its schema's URI. Java's limits shape the text: a
// string constant holds at most 65,535 bytes of modified UTF-8 and a method at most 64 KB of code,
// so the text is appended in chunks, at most CHUNKS_PER_METHOD of them per method.

import type { Declaration, Model, UnionDeclaration } from '../../model/ir.js';
import { schemaUriAt } from '../../model/validation.js';
import { linearProgramText, runsLinear, translatePattern } from '../../regex/index.js';
import { bannerText } from '../target.js';
import { javaLineComment } from '../shared/text.js';
import { javaString, javaStringExpression, splitModifiedUtf8 } from './literals.js';
import type { JavaOptions } from './options.js';
import type { ChecksClass } from './checks.js';

/** A chunk's bytes (modified UTF-8): well below a constant's 65,535, so no chunk is ever refused. */
const CHUNK_BYTES = 48_000;
/** `text.append("...");` is 8 bytes of code: 1,000 of them stay far below a method's 64 KB. */
const CHUNKS_PER_METHOD = 1_000;

/** The Java string expression of a declaration's schema URI, for its validator holder. */
export const schemaUriLiteral = (model: Model, d: Declaration): string => javaStringExpression(schemaUriAt(model, d.id));

/** The schema URI of each variant of a union, in the order of d.variants (the model keeps each branch's pointer). */
export function variantUris(model: Model, d: UnionDeclaration): string[] {
  return d.variantPointers.map((pointer) => schemaUriAt(model, pointer));
}

/**
 * The view of ValidationSchema.java: every text as methods of chunks, the formats mode. The
 * pattern table maps each pattern to its java.util.regex translation; the program table (only
 * where there is one) each pattern that runs on the linear-time matcher to its program.
 */
export function validationSchemaView(model: Model, options: JavaOptions) {
  const { rootUri, documents, patterns } = model.validation;
  const table: Record<string, string> = {};
  const programs: string[] = [];
  for (const source of patterns) {
    if (runsLinear(source, options.patterns)) programs.push(`${JSON.stringify(source)}:${linearProgramText(source)}`);
    else table[source] = translatePattern(source, 'java');
  }
  const texts = [...documents.map((d, i) => ({ name: `document${i}`, text: d.text })), { name: 'patternTable', text: JSON.stringify(table) }];
  if (programs.length > 0) texts.push({ name: 'programTable', text: `{${programs.join(',')}}` });
  return {
    banner: javaLineComment(bannerText(model)),
    packageName: options.packages.models,
    validationPackage: options.packages.validation,
    formatAssertion: options.formats === 'assert',
    programTable: programs.length > 0,
    rootUri: javaString(rootUri),
    documents: documents.map((d, i) => ({ uri: javaString(d.uri), method: `document${i}` })),
    texts: texts.map(({ name, text }) => textView(name, text)),
  };
}

function textView(name: string, text: string) {
  const chunks = splitModifiedUtf8(text, CHUNK_BYTES).map(javaString);
  const parts: { method: string; chunks: string[] }[] = [];
  for (let i = 0; i < chunks.length; i += CHUNKS_PER_METHOD)
    parts.push({ method: `${name}Part${parts.length}`, chunks: chunks.slice(i, i + CHUNKS_PER_METHOD) });
  return { method: name, length: text.length, parts };
}

/** The view of one class of compiled checks (checks.hbs). */
export function checksView(model: Model, c: ChecksClass, options: JavaOptions) {
  return {
    banner: javaLineComment(bannerText(model)),
    packageName: options.packages.models,
    name: c.name,
    imports: [...c.core.map((name) => `${options.packages.core}.${name}`), ...c.java],
    code: c.code,
  };
}
