// The formats a target shows as a native type (Java's OffsetDateTime, C#'s DateTimeOffset,
// Python's datetime) over the JSON value the model keeps. The value itself stays as it came:
// a format is an annotation (a "date-time" that is not one is still valid and must round-trip),
// and a native value would rewrite the text ("...T10:00:00Z" back as "...T10:00Z"). So a native
// view converts when read and writes canonical text when set; the JSON value is what validates
// and serializes. Which formats each target views natively follows the SDK it mirrors.

import type { Declaration, TypeRef } from '../../model/ir.js';
import { OptionsError } from '../../errors.js';
import { resolveAlias } from './common.js';

/** Formats of strings, then OpenAPI's "unixtime" of integers (seconds since the Unix epoch). */
export const NATIVE_FORMATS = ['date-time', 'date', 'uuid', 'uri', 'unixtime'] as const;
export type NativeFormat = (typeof NATIVE_FORMATS)[number];

const INTEGER_FORMATS: ReadonlySet<NativeFormat> = new Set(['unixtime']);

/**
 * The format a property's type is viewed natively by, when it is a string or an integer (directly
 * or through aliases) whose format is one of `formats`; null otherwise (arrays, maps and unions of
 * formatted values keep their JSON types). Whether the view may be null is the property's own
 * nullability, which each target already knows.
 */
export function viewedFormatOf(type: TypeRef, byId: ReadonlyMap<string, Declaration>, formats: readonly NativeFormat[]): NativeFormat | null {
  const t = resolveAlias(type, byId);
  if (t.kind !== 'string' && t.kind !== 'integer') return null;
  const native = formats.find((f) => f === t.constraints.format);
  return native === undefined || INTEGER_FORMATS.has(native) !== (t.kind === 'integer') ? null : native;
}

/** The option every target with native views takes: `nativeFormats=false` keeps the JSON types alone. */
export function checkNativeFormats(target: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw new OptionsError(
    `option ${target}.nativeFormats must be true or false, got ${JSON.stringify(value)}`,
    `write e.g. --option ${target}.nativeFormats=false to keep formatted values as their JSON types only`,
  );
}
