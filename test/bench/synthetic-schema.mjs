// A seeded generator of realistic event schemas for the benchmark: N event declarations with
// 3 to 10 properties each (strings with descriptions and bounds, integers, numbers, booleans,
// inline enums, arrays, maps, nullable fields, nested objects), a shared enum and a shared
// object, and discriminated unions (client and server events) over all of them: one of each up
// to 2,000 events, then one more per 1,000 variants (ClientEvent2, ...), since a Java union class
// holds at most 1,000 (generator/targets/java/limits.ts).
// Usage: node synthetic-schema.mjs N [seed] > schema.json

const WORDS = ['item', 'audio', 'session', 'response', 'content', 'buffer', 'input', 'output', 'text', 'delta', 'rate', 'limit', 'tool', 'call', 'voice', 'turn', 'speech', 'segment', 'usage', 'token'];

export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_VARIANTS = 1000;

export function syntheticSchema(count, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const defs = {
    Status: { type: 'string', enum: ['in_progress', 'completed', 'cancelled', 'failed'], description: 'Status of a long-running operation.' },
    Usage: { type: 'object', description: 'Token usage.', properties: { input_tokens: { type: 'integer', minimum: 0 }, output_tokens: { type: 'integer', minimum: 0 } }, required: ['input_tokens'] },
  };
  const kinds = [
    () => ({ type: 'string', maxLength: 512, description: `The ${pick(WORDS)} identifier.` }),
    () => ({ type: 'integer', minimum: 0, maximum: 2147483647, description: `How many ${pick(WORDS)}s, in milliseconds.` }),
    () => ({ type: 'number', minimum: 0, description: 'A ratio.' }),
    () => ({ type: 'boolean', description: 'Whether it is enabled.' }),
    () => ({ type: 'string', enum: ['auto', 'none', pick(WORDS)].filter((v, i, a) => a.indexOf(v) === i), description: 'A mode.' }),
    () => ({ type: 'array', items: { type: 'string' }, maxItems: 64, description: 'A list of names.' }),
    () => ({ type: 'object', additionalProperties: { type: 'string' }, description: 'Metadata.' }),
    () => ({ type: ['string', 'null'], description: 'An optional note, or null.' }),
    () => ({ $ref: '#/$defs/Status' }),
    () => ({ $ref: '#/$defs/Usage' }),
    () => ({ type: 'object', description: 'A nested part.', properties: { id: { type: 'string' }, index: { type: 'integer', minimum: 0 } }, required: ['id'] }),
  ];
  const client = [];
  const server = [];
  for (let i = 0; i < count; i++) {
    const name = `Event${i}${pick(WORDS)[0].toUpperCase()}${pick(WORDS).slice(1)}`;
    const wire = `synthetic.${i}.${pick(WORDS)}`;
    const properties = { event_id: { type: 'string', description: 'The event id.' }, type: { type: 'string', const: wire, description: `The event type, must be \`${wire}\`.` } };
    const propertyCount = int(3, 10) - 2;
    for (let p = 0; p < propertyCount; p++) properties[`${pick(WORDS)}_${pick(WORDS)}_${p}`] = pick(kinds)();
    const required = ['type', ...Object.keys(properties).filter((k, j) => j > 1 && next() < 0.5)];
    defs[name] = { type: 'object', description: `Synthetic event ${i}: sent when a ${pick(WORDS)} ${pick(WORDS)} changes.`, properties, required };
    (i % 2 === 0 ? client : server).push({ $ref: `#/$defs/${name}` });
  }
  const unions = (side, variants) => {
    for (let start = 0, n = 1; start < variants.length; start += MAX_VARIANTS, n++) {
      const name = `${side}Event${n === 1 ? '' : n}`;
      defs[name] = { type: 'object', oneOf: variants.slice(start, start + MAX_VARIANTS), discriminator: { propertyName: 'type' }, description: `Every ${side.toLowerCase()} event${n === 1 ? '' : ` of group ${n}`}.` };
    }
  };
  unions('Client', client);
  unions('Server', server);
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: `Synthetic ${count}`, $defs: defs };
}

if (process.argv[1] && process.argv[1].endsWith('synthetic-schema.mjs')) {
  const [count = '200', seed = '1'] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(syntheticSchema(Number(count), Number(seed)), null, 2)}\n`);
}
