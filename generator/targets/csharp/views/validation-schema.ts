// The view of SchemaDocuments.cs (validation-schema.hbs): the schema as the runtime's validator
// reads it (model.validation: the documents as JSON text, the root URI), every ECMA-262 pattern
// with its .NET translation (regex/), or, where the `patterns` option runs it on the linear-time
// matcher, with its program instead, and whether formats assert. And the URIs the converters
// compile their validators from, relative to the root document.

import type { Model } from '../../../model/ir.js';
import { linearProgramText, runsLinear, translatePattern } from '../../../regex/index.js';
import { csString } from '../literals.js';
import type { CsharpOptions } from '../options.js';

export function validationSchemaView(model: Model, options: CsharpOptions) {
  const linear = new Set(model.validation.patterns.filter((p) => runsLinear(p, options.patterns)));
  return {
    kind: 'validation-schema',
    rootUri: csString(model.validation.rootUri),
    formatsAssert: options.formats === 'assert',
    documents: model.validation.documents.map((d) => ({ uri: csString(d.uri), text: csString(d.text) })),
    patterns: model.validation.patterns
      .filter((p) => !linear.has(p))
      .map((p) => ({ source: csString(p), translation: csString(translatePattern(p, 'dotnet')) })),
    hasLinear: linear.size > 0,
    linear: [...linear].map((p) => ({ source: csString(p), program: csString(linearProgramText(p)) })),
  };
}

/**
 * The C# literal of the URI a declaration's validator is compiled from: its JSON pointer as the
 * fragment of a reference the runtime resolves against the root document's URI: the schema
 * model/validation.ts's schemaUriAt names, shorter in the source. The runtime percent-decodes a
 * fragment, so only "%" needs encoding.
 */
export function validatorUri(pointer: string): string {
  return csString(`#${pointer.replace(/%/g, '%25')}`);
}

/**
 * The arguments of SchemaDocuments.At for the schema at a pointer: its URI, and the compiled check
 * (../checks.ts) that validates first when the schema compiles (`check`: its method group, or null).
 */
export function validatorAt(pointer: string, check: string | null | undefined): string {
  return check == null ? validatorUri(pointer) : `${validatorUri(pointer)}, ${check}`;
}
