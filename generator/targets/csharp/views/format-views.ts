// The native view of a formatted property (OpenAI-DotNet's derived [JsonIgnore] property): beside
// the member holding the JSON value, which alone validates and serializes, a property that converts
// it through the runtime (SchemaFormats.Views.cs) when read and stores canonical text or seconds
// when set. The view is nullable exactly when the member's type is; it has a setter only when the
// member's is public (a required member is set by the constructor, a base member by the converter).
// Types are written in full (a member named Guid must not capture them inside the class); the
// runtime class is not (a runner may share one runtime in an enclosing namespace), so names.ts
// refuses a member named SchemaFormats beside a view.

import type { NativeFormat } from '../../shared/formats.js';
import { code, csString } from '../literals.js';
import type { PropertyView } from '../names.js';
import { baseType } from '../types.js';
import type { ViewCtx } from './common.js';
import type { Member, Shaped } from './object-members.js';

interface FormatMapping {
  readonly type: string;
  /** The type's name in doc comments. */
  readonly name: string;
  /** The runtime's reader: (JSON value, JSON name) -> view. */
  readonly read: string;
  /** The runtime's writer: (view) -> JSON value, or (view, JSON name) when it can refuse a value. */
  readonly write: string;
  readonly writeNamesProperty: boolean;
  /** What the reader accepts and the writer stores, for the doc comment. */
  readonly reads: string;
  readonly writes: string;
}

const DATE_TIME = 'global::System.DateTimeOffset';

const MAPPINGS: Readonly<Record<NativeFormat, FormatMapping>> = {
  'date-time': {
    type: DATE_TIME,
    name: 'DateTimeOffset',
    read: 'ReadDateTime',
    write: 'DateTimeText',
    writeNamesProperty: false,
    reads: 'an RFC 3339 date-time (no leap second, years 0001 to 9999, offsets up to 14 hours)',
    writes: 'RFC 3339 text with its offset',
  },
  date: {
    type: 'global::System.DateOnly',
    name: 'DateOnly',
    read: 'ReadDate',
    write: 'DateText',
    writeNamesProperty: false,
    reads: 'an RFC 3339 full-date (years 0001 to 9999)',
    writes: 'yyyy-MM-dd text',
  },
  uuid: {
    type: 'global::System.Guid',
    name: 'Guid',
    read: 'ReadGuid',
    write: 'GuidText',
    writeNamesProperty: false,
    reads: 'a UUID (RFC 4122 text, either case)',
    writes: 'lower-case UUID text',
  },
  uri: {
    type: 'global::System.Uri',
    name: 'Uri',
    read: 'ReadUri',
    write: 'UriText',
    writeNamesProperty: true,
    reads: 'an absolute URI (RFC 3986) that System.Uri reads',
    writes: 'its absolute URI text (a relative Uri is an ArgumentException)',
  },
  unixtime: {
    type: DATE_TIME,
    name: 'UTC DateTimeOffset',
    read: 'ReadUnixTime',
    write: 'UnixTimeSeconds',
    writeNamesProperty: false,
    reads: 'seconds since the Unix epoch in years 0001 to 9999',
    writes: 'whole seconds since the Unix epoch',
  },
};

/** An `int` member stores seconds through the writer that refuses what does not fit (OverflowException). */
const INT32_SECONDS: FormatMapping = { ...MAPPINGS.unixtime, write: 'UnixTimeSeconds32', writeNamesProperty: true };

export interface ViewText {
  readonly docComment: readonly string[];
  readonly deprecated: boolean;
  readonly type: string;
  readonly name: string;
  /** The getter's expression. */
  readonly getter: string;
  /** The setter's expression, or "" when the view is read-only. */
  readonly setter: string;
}

export function formatView(m: Member, view: PropertyView, declared: Shaped['property'], ctx: ViewCtx): ViewText {
  const mapping = view.format === 'unixtime' && baseType(m.p.type, ctx).base === 'int' ? INT32_SECONDS : MAPPINGS[view.format];
  const nullable = declared.type.endsWith('?');
  const member = `this.${declared.name}`;
  const jsonName = csString(m.p.jsonName);
  const read = (json: string): string => `SchemaFormats.${mapping.read}(${json}, ${jsonName})`;
  const write = (value: string): string => `SchemaFormats.${mapping.write}(${value}${mapping.writeNamesProperty ? `, ${jsonName}` : ''})`;
  const settable = declared.setter === '';
  const setter = nullable ? `${member} = value is { } v ? ${write('v')} : null` : `${member} = ${write('value')}`;
  const stores = settable ? `; setting it stores ${mapping.writes}${nullable ? ', null stores null' : ''}` : '';
  return {
    docComment: [
      `/// <summary>The ${code(m.p.jsonName)} property as a ${mapping.name} (a view: the property keeps the JSON value)${stores}.</summary>`,
      `/// <exception cref="FormatException">The JSON value is not ${mapping.reads}.</exception>`,
    ],
    deprecated: m.p.doc.deprecated,
    type: nullable ? `${mapping.type}?` : mapping.type,
    name: view.name,
    getter: nullable ? `${member} is { } json ? ${read('json')} : null` : read(member),
    setter: settable ? setter : '',
  };
}
