// The shapes the fast readers of Java and Python read (shared/reader-plans.ts), and values of them:
// test/java-checks.test.ts and test/python-readers.test.ts read every value into every class with a
// reader and compare what the reader makes with what the target's other path makes.

import type { JsonValue } from '../../generator/model/ir.js';

/**
 * A schema of the shapes the fast readers read: a union told apart on two levels (`type`, then
 * `role`) whose variants hold nested objects, lists of them and members that may be null, a
 * closed object, bounds, an `allOf` object (a variant too), unions of objects and other kinds of
 * value, a discriminated union, a batch (an alias of an array of a union).
 */
export const READER_SHAPES = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Point: { type: 'object', properties: { x: { type: 'integer', minimum: 0 }, y: { type: 'number', maximum: 1.5 } }, required: ['x'] },
    Closed: { type: 'object', properties: { name: { type: 'string', maxLength: 3 } }, additionalProperties: false },
    Developer: {
      type: 'object',
      properties: { type: { const: 'message' }, role: { const: 'developer' }, text: { type: 'string' } },
      required: ['type', 'role', 'text'],
    },
    User: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['message'] },
        role: { type: 'string', enum: ['user'] },
        at: { $ref: '#/$defs/Point' },
        path: { type: 'array', items: { $ref: '#/$defs/Point' }, minItems: 1, maxItems: 3 },
        closed: { anyOf: [{ $ref: '#/$defs/Closed' }, { type: 'null' }] },
      },
      required: ['type', 'role'],
    },
    Call: {
      type: 'object',
      // status: one of a few strings that is not a tag (read before the tag too, where a union reads members to find it).
      properties: {
        type: { const: 'call' },
        id: { type: 'string', pattern: '^c_' },
        ok: { type: 'boolean' },
        status: { type: 'string', enum: ['done', 'failed'] },
      },
      required: ['type', 'id'],
    },
    Base: { type: 'object', properties: { id: { type: 'string' }, n: { type: 'integer', minimum: 0 } }, required: ['id'] },
    // An allOf object: a base, and members of its own; \`n\` is in both parts, each with its bound.
    Tool: {
      allOf: [
        { $ref: '#/$defs/Base' },
        { type: 'object', properties: { type: { const: 'tool' }, n: { type: 'integer', maximum: 9 }, at: { $ref: '#/$defs/Point' } }, required: ['type'] },
      ],
    },
    // Requires a member it does not define (any value; OpenAI's audio transcript events), and the same where unknown members are refused (no value: no reader).
    Audio: { type: 'object', properties: { type: { const: 'audio' }, delta: { type: 'string' } }, required: ['type', 'delta', 'response_id'] },
    ClosedAudio: { type: 'object', properties: { delta: { type: 'string' } }, required: ['delta', 'response_id'], additionalProperties: false },
    // Unions of objects and values that are never objects: an object is read by the object variants (by their tags, or the one there is).
    Choice: { anyOf: [{ type: 'string', enum: ['auto', 'none'] }, { $ref: '#/$defs/Call' }, { $ref: '#/$defs/Tool' }, { $ref: '#/$defs/Hosted' }] },
    // A variant whose tag is one of a few strings.
    Hosted: { type: 'object', properties: { type: { type: 'string', enum: ['search', 'browse'] } }, required: ['type'] },
    Single: { oneOf: [{ type: 'string' }, { $ref: '#/$defs/Point' }, { type: 'array', items: { type: 'integer' } }] },
    Holder: { type: 'object', properties: { choice: { $ref: '#/$defs/Choice' }, single: { $ref: '#/$defs/Single' } } },
    // A branch that may be an object too: no reader.
    Mixed: { anyOf: [{ $ref: '#/$defs/Point' }, { minProperties: 1 }] },
    Item: { anyOf: [{ $ref: '#/$defs/Developer' }, { $ref: '#/$defs/User' }, { $ref: '#/$defs/Call' }, { $ref: '#/$defs/Tool' }] },
    Event: {
      type: 'object',
      oneOf: [{ $ref: '#/$defs/Added' }, { $ref: '#/$defs/Done' }],
      discriminator: { propertyName: 'type' },
    },
    Added: { type: 'object', properties: { type: { const: 'added' }, item: { $ref: '#/$defs/Item' } }, required: ['type', 'item'] },
    Done: { type: 'object', properties: { type: { const: 'done' }, items: { type: 'array', items: { $ref: '#/$defs/Item' } } }, required: ['type'] },
    Batch: { type: 'array', items: { $ref: '#/$defs/Event' }, maxItems: 4 },
  },
};

/** Values of those shapes, valid and not, each read into every class with a reader (and mutated). */
export const READER_VALUES: JsonValue[] = [
  { role: 'user', at: { x: 3 }, type: 'message', path: [{ x: 1, y: 0.5 }] },
  { type: 'call', ok: false, id: 'c_9' },
  { type: 'call', id: 'c_5', status: 'done' },
  { type: 'call', id: 'c_6', status: 'lost' },
  { status: 'failed', type: 'call', id: 'c_7' },
  { status: 'lost', type: 'call', id: 'c_8' },
  { choice: { status: 'done', type: 'call', id: 'c_4' } },
  { choice: { ok: true, type: 'call', id: 'c_10' } },
  { choice: { ok: 'yes', type: 'call', id: 'c_11' } },
  { type: 'done', items: [{ ok: false, type: 'call', id: 'c_12' }] },
  { type: 'tool', id: 't_1', n: 5, at: { x: 1 } },
  { type: 'audio', delta: 'aGk=', response_id: 'resp_1' },
  'auto',
  [1, 2],
  { x: 4, y: 1 },
  { choice: { type: 'browse' } },
  { type: 'search', more: [1] },
  { choice: { type: 'scan' } },
  { type: 'other', id: 'c_0' },
  { choice: 'none', single: { x: 2 } },
  { single: 'text', choice: { type: 'call', id: 'c_2' } },
  { choice: { type: 'tool', id: 't_4', n: 10 }, single: [3] },
  { single: { x: -1 } },
  { response_id: { at: [1, null] }, delta: '', type: 'audio', more: true },
  { n: 12, type: 'tool', id: 't_2' },
  { type: 'added', item: { id: 't_3', type: 'tool', n: 0, more: 'kept' } },
  { type: 'added', item: { role: 'developer', type: 'message', text: 'hi' } },
  { item: { type: 'message', role: 'user', at: { x: 1, y: 1.5 }, path: [{ x: 0 }, { x: 2, y: -1, z: true }], closed: null, extra: [1] }, type: 'added' },
  { type: 'added', item: { type: 'message', role: 'user', closed: { name: 'abc' } } },
  {
    type: 'done',
    items: [
      { type: 'call', id: 'c_1', ok: true },
      { id: 'c_2', type: 'call' },
      { type: 'message', role: 'developer', text: '' },
    ],
  },
  [{ type: 'done' }, { type: 'added', item: { type: 'call', id: 'c_3' } }],
  [
    { type: 'done', items: [] },
    { type: 'done', items: [{ type: 'message', role: 'user', path: [{ x: 1 }, { x: 1 }, { x: 1 }] }] },
  ],
];

/**
 * JSON texts of those shapes that only text can say: tags written with escapes (a reader finds a
 * tag from the parser's decoded characters, never its raw text), and a tag longer or shorter
 * than the known ones by one character.
 */
export const READER_TEXTS: string[] = [
  '{"type": "c\\u0061ll", "id": "c_1"}',
  '{"id": "c_2", "type": "\\u0063all", "ok": true}',
  '{"type": "messag\\u0065", "role": "us\\u0065r", "at": {"x": 1}}',
  '{"type": "message", "role": "develope\\u0072", "text": "t"}',
  '{"type": "calls", "id": "c_3"}',
  '{"type": "cal", "id": "c_4"}',
  '{"type": "added", "item": {"type": "t\\u006fol", "id": "t_1"}}',
  '[{"type": "d\\u006fne"}, {"type": "added", "item": {"type": "call", "id": "c_5"}}]',
];
