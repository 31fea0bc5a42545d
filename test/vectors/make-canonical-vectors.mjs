// Writes test/vectors/canonical.jsonl: the conformance vectors for the canonical schema, one
// JSON line each, {"schema": "<$defs name>", "json": <value>}. Deterministic; rerun after a
// schema change and review the diff:   node test/vectors/make-canonical-vectors.mjs
// A few lines carry duplicate keys, which JSON.stringify cannot write: they are built as text.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT = 'RealtimeClientEventConversationItemTruncate';
const SERVER = 'RealtimeServerEventConversationItemTruncated';
const UNIONS = { [CLIENT]: 'RealtimeClientEvent', [SERVER]: 'RealtimeServerEvent' };
const BASE = {
  [CLIENT]: { event_id: 'event_678', type: 'conversation.item.truncate', item_id: 'msg_002', content_index: 0, audio_end_ms: 1500 },
  [SERVER]: { event_id: 'event_2526', type: 'conversation.item.truncated', item_id: 'msg_004', content_index: 0, audio_end_ms: 1500 },
};
const REQUIRED = { [CLIENT]: ['type', 'item_id', 'content_index', 'audio_end_ms'], [SERVER]: ['event_id', 'type', 'item_id', 'content_index', 'audio_end_ms'] };
const WRONG_TYPES = ['1500', 1.5, true, false, null, [], [1], {}, { a: 1 }];
const INTEGERS = [0, -1, 1, 1.0, 2147483647, 2147483647.0, 2147483648, -2147483648, 9007199254740991, 1e20, 1e300, -0, 0.5, 2147483646.5];
const STRINGS = ['', 'a', 'é', '日本語', '😀', 'line\nbreak', 'tab\there', 'quote"back\\slash', '\u0000\u0001\u001f', '\u2028\u2029', 'a/b~c', '<script>&amp;', ' padded '];
const EXTRAS = [['extra_string', 'x'], ['extra_number', 1.25], ['extra_integer', 7], ['extra_true', true], ['extra_false', false], ['extra_null', null], ['extra_array', [1, 'two', null, { three: 3 }]], ['extra_object', { nested: { deeper: [true] } }], ['', 'empty key'], ['x-unicode-ключ', '值']];

const lines = [];
const add = (schema, json) => lines.push(JSON.stringify({ schema, json }));
const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

for (const event of [CLIENT, SERVER]) {
  const base = BASE[event];
  for (const schema of [event, UNIONS[event]]) {
    add(schema, base);
    for (const key of REQUIRED[event]) add(schema, without(base, key));
    add(schema, { ...base, type: base.type === 'conversation.item.truncate' ? 'conversation.item.truncated' : 'conversation.item.truncate' });
    add(schema, { ...base, type: 'conversation.item.unknown' });
    add(schema, { ...base, type: 'Conversation.Item.Truncate' });
    for (const [k, v] of EXTRAS) add(schema, { ...base, [k]: v });
    for (const doc of [null, true, 0, 'conversation.item.truncate', [], [base]]) add(schema, doc);
  }
  for (const key of ['content_index', 'audio_end_ms']) {
    for (const value of [...INTEGERS, ...WRONG_TYPES]) add(event, { ...base, [key]: value });
  }
  for (const key of ['item_id', 'event_id']) {
    for (const value of WRONG_TYPES) add(event, { ...base, [key]: value });
    for (const value of STRINGS) add(event, { ...base, [key]: value });
  }
  add(event, without(base, 'event_id'));
  add(event, {});
}
// event_id's maxLength (512) counts code points: 512 emoji are 1024 UTF-16 units and still valid.
for (const [n, unit] of [[511, 'a'], [512, 'a'], [513, 'a'], [512, '😀'], [513, '😀'], [256, '😀'], [511, 'é'], [512, '日'], [513, '日']]) {
  add(CLIENT, { ...BASE[CLIENT], event_id: unit.repeat(n) });
  add('RealtimeClientEvent', { ...BASE[CLIENT], event_id: unit.repeat(n) });
}
add(SERVER, { ...BASE[SERVER], event_id: 'a'.repeat(10000) });
// Duplicate keys: JSON parsers keep the last value, as JSON.parse does for Ajv.
lines.push('{"schema": "RealtimeClientEventConversationItemTruncate", "json": {"type": "conversation.item.truncate", "item_id": "msg_1", "content_index": -5, "content_index": 0, "audio_end_ms": 10}}');
lines.push('{"schema": "RealtimeClientEventConversationItemTruncate", "json": {"type": "conversation.item.truncate", "item_id": "msg_1", "content_index": 0, "audio_end_ms": 10, "audio_end_ms": -1}}');
lines.push('{"schema": "RealtimeServerEvent", "json": {"event_id": "e", "type": "bogus", "type": "conversation.item.truncated", "item_id": "i", "content_index": 0, "audio_end_ms": 1}}');
lines.push('{"schema": "RealtimeServerEvent", "json": {"event_id": "e", "type": "conversation.item.truncated", "item_id": "i", "content_index": 0, "audio_end_ms": 1, "extra": 1, "extra": "two"}}');

const out = join(dirname(fileURLToPath(import.meta.url)), 'canonical.jsonl');
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} vectors written to ${out}`);
