// The formats the python target views natively, as openapi-generator's python client types them
// (date-time as datetime, date as date) plus uuid as uuid.UUID: each a property beside the JSON
// attribute, read and written by the runtime's FormatView (_format_views.py). uri and unixtime
// keep their JSON types only: the standard library has no URI type, and openai-python keeps
// unixtime an int. The standard modules are imported under names no attribute takes ("_dt"), so
// that a property named "datetime" or "date" cannot shadow the view's annotation in the class body.

import type { Declaration, TypeRef } from '../../model/ir.js';
import { viewedFormatOf, type NativeFormat } from '../shared/formats.js';

export interface NativeView {
  /** The view's name is the attribute's with this suffix: created_at -> created_at_datetime. */
  readonly suffix: string;
  readonly annotation: string;
  /** The runtime's FormatView that reads and writes the text. */
  readonly runtime: string;
  /** The import the annotation needs. */
  readonly module: string;
  /** For the view's docstring: what it reads, and the text it reads it from. */
  readonly noun: string;
  readonly grammar: string;
}

/** The names the imports of NATIVE_VIEWS bind in a model module: no attribute may take them. */
export const VIEW_MODULE_NAMES = ['_dt', '_uuid'] as const;

const DATETIME_MODULE = 'import datetime as _dt';

const NATIVE_VIEWS: ReadonlyMap<NativeFormat, NativeView> = new Map([
  [
    'date-time',
    {
      suffix: 'datetime',
      annotation: '_dt.datetime',
      runtime: '_rt.DATE_TIME_VIEW',
      module: DATETIME_MODULE,
      noun: 'an aware datetime',
      grammar: 'an RFC 3339 date-time',
    },
  ],
  ['date', { suffix: 'date', annotation: '_dt.date', runtime: '_rt.DATE_VIEW', module: DATETIME_MODULE, noun: 'a date', grammar: 'an RFC 3339 full-date' }],
  ['uuid', { suffix: 'uuid', annotation: '_uuid.UUID', runtime: '_rt.UUID_VIEW', module: 'import uuid as _uuid', noun: 'a UUID', grammar: 'an RFC 4122 UUID' }],
]);

export const VIEWED_FORMATS = [...NATIVE_VIEWS.keys()];

/** The native view of a property's type, or null (no viewed format, or an array, map or union of them). */
export function nativeViewOf(type: TypeRef, byId: ReadonlyMap<string, Declaration>): NativeView | null {
  const format = viewedFormatOf(type, byId, VIEWED_FORMATS);
  return format === null ? null : NATIVE_VIEWS.get(format)!;
}
