// The REST form of an object declaration (seed 003): from "x-codegen": {"rest": {"method", "path",
// "status"}} -> the view of the request line, the JSON body's parameters and the response code.
// Checks the "rest" values and throws a SchemaError with their pointer when they are wrong.

import { SchemaError, joinPointer } from '../../../errors.js';
import type { JsonValue, ObjectDeclaration, Property } from '../../../model/ir.js';
import { escapeUnsafe, visible } from '../../shared/text.js';
import { codeSpan, fenceFor } from '../markdown.js';
import type { SectionOutline } from '../outline.js';
import { plainTypeLabel, typeLabel } from '../types.js';
import { cellDoc } from './section.js';
import type { PageContext } from './section.js';

export interface RestView {
  readonly heading: string;
  readonly requestHeading: string;
  readonly requestLine: string;
  readonly bodyHeading: string;
  readonly contentType: string;
  readonly skeletonFence: string;
  readonly skeleton: string;
  readonly hasBody: boolean;
  readonly rows: readonly { readonly name: string; readonly type: string; readonly required: string; readonly description: string }[];
  readonly responseHeading: string;
  readonly responseLine: string;
}

interface Endpoint {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

const REASONS: Readonly<Record<number, string>> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/** The REST section of `d` (its headings in the outline), or null when it has no "rest" block. */
export function restView(d: ObjectDeclaration, properties: readonly Property[], outline: SectionOutline, ctx: PageContext): RestView | null {
  const endpoint = endpointOf(d);
  if (endpoint === null || outline.rest === null) return null;
  const { heading, request, body, response } = outline.rest;
  const skeleton = escapeUnsafe(JSON.stringify(Object.fromEntries(properties.map((p) => [p.jsonName, plainTypeLabel(p.type, ctx)])), null, 4));
  const reason = REASONS[endpoint.status];
  return {
    heading: heading.line,
    requestHeading: request.line,
    requestLine: `${endpoint.method} ${ctx.options.baseUrl}${endpoint.path}`,
    bodyHeading: body.line,
    contentType: `Request schema: ${codeSpan('application/json', 'block')}`,
    skeletonFence: fenceFor(skeleton),
    skeleton,
    hasBody: properties.length > 0,
    rows: properties.map((p) => ({
      name: codeSpan(p.jsonName, 'cell'),
      type: typeLabel(p.type, ctx),
      required: p.required ? 'Yes' : 'No',
      description: cellDoc(p.doc),
    })),
    responseHeading: response.line,
    responseLine: `**HTTP code**: ${endpoint.status}${reason === undefined ? '' : ` ${reason}`}`,
  };
}

function endpointOf(d: ObjectDeclaration): Endpoint | null {
  const rest = d.codegen['rest'];
  if (rest === undefined) return null;
  const at = (key: string): string => joinPointer(d.id, 'x-codegen', 'rest', key);
  const method = rest['method'];
  const path = rest['path'];
  const status = rest['status'] ?? 200;
  if (typeof method !== 'string' || !/^[A-Z]+$/.test(method)) throw bad(method, 'an HTTP method in capitals, e.g. "POST"', at('method'));
  if (typeof path !== 'string' || !/^\/\S*$/.test(path) || visible(path) !== path)
    throw bad(path, 'a path starting with "/", without spaces, control characters, line separators or bidi controls', at('path'));
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
    throw bad(status, 'an HTTP status code such as 200', at('status'));
  return { method, path, status };
}

function bad(value: JsonValue | undefined, expected: string, pointer: string): SchemaError {
  const found = value === undefined ? 'nothing' : escapeUnsafe(JSON.stringify(value));
  return new SchemaError(`"x-codegen/rest" needs ${expected}, found ${found}`, pointer, `set it to ${expected}`);
}
