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

export interface FormatView {
  readonly format: NativeFormat;
  /** JSON null is accepted too: the view is then absent (null, None, Optional.empty()). */
  readonly nullable: boolean;
}

const INTEGER_FORMATS: ReadonlySet<NativeFormat> = new Set(['unixtime']);

/**
 * The native view of a property's type, when it is a string or an integer (directly or through
 * aliases) whose format is one of `formats`; null otherwise (arrays, maps and unions of formatted
 * values keep their JSON types).
 */
export function formatViewOf(type: TypeRef, byId: ReadonlyMap<string, Declaration>, formats: readonly NativeFormat[]): FormatView | null {
  const t = resolveAlias(type, byId);
  const format = t.kind === 'string' ? t.constraints.format : t.kind === 'integer' ? t.constraints.format : null;
  const native = formats.find((f) => f === format);
  if (native === undefined || INTEGER_FORMATS.has(native) !== (t.kind === 'integer')) return null;
  return { format: native, nullable: t.nullable };
}

/** The option every target with native views takes: `nativeFormats=false` keeps the JSON types alone. */
export function checkNativeFormats(target: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw new OptionsError(
    `option ${target}.nativeFormats must be true or false, got ${JSON.stringify(value)}`,
    `write e.g. --option ${target}.nativeFormats=false to keep formatted values as their JSON types only`,
  );
}
