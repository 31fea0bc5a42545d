// Where a declaration's validator is found: the URI its schema has in the documents every
// target's runtime validator reads (model.validation, built by stages/validation-schema.ts).
// Here, in the model layer, so that every target computes it the same way.

import type { Declaration, Model } from './ir.js';

/** The absolute URI a declaration's validator is compiled from: its document's URI, its JSON pointer as the fragment. */
export function schemaUriOf(model: Model, declaration: Declaration): string {
  return schemaUriAt(model, declaration.id);
}

/** The absolute URI of the schema at a JSON pointer of the root document (a union's variant, say). */
export function schemaUriAt(model: Model, pointer: string): string {
  return `${model.validation.rootUri}#${pointerFragment(pointer)}`;
}

/** TextEncoder, not Buffer: the generator also runs in a browser (generator/playground/). */
const UTF8 = new TextEncoder();

/** RFC 6901 section 6: a JSON pointer in a URI fragment, percent-encoding what a fragment cannot hold. */
export function pointerFragment(pointer: string): string {
  return pointer.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (c) =>
    [...UTF8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** Percent-decoding of a URI part; text that is not valid percent-encoding stays as written. */
export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
