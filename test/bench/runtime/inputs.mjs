// The runtime benchmark's inputs (issue 19, item 1): each one's JSON text, a copy with one value
// broken (every validator must reject it), the generated code it is parsed with (all four
// languages) and a standalone draft 2020-12 schema for the peers. Written into the work folder by
// runtime.mjs (`--prepare-only` stops after this); the manifest lists them (see the contract in
// runtime.mjs's header).
//
// - canonical: the canonical schema's `conversation.item.truncated` example, parsed as its union
//   RealtimeServerEvent (C# IServerEvent), generated with the repository's config.
// - response-done: inputs/response-done.json (a `response.done` whose response holds messages
//   with text and audio parts, two function calls and an MCP call, usage and audio settings),
//   parsed as RealtimeServerEventResponseDone from the OpenAI spec (../shared/specs/openai/).
// - batch: about 1 MB, a few thousand server events of a realtime session (speech, transcription,
//   audio and transcript deltas, function calls, response.created/done, rate limits), seeded and
//   so the same bytes on every run, parsed as RealtimeServerEventBatch: an array of the spec's
//   RealtimeServerEvent union (an anyOf of 40-odd events). That declaration is
//   openai-batch.component.json, added to a copy of the spec's components.schemas: the loader
//   reads a document a JSON Schema `$ref`s into as JSON Schema, not as OpenAPI (the spec's
//   `discriminator` beside `anyOf` is then an error, "discriminator needs oneOf"), so a wrapper
//   schema of ours that refs into openapi.json does not load; one OpenAPI document does, and
//   both OpenAI inputs share its one generated output (--only the two declarations).
//
// The standalone schemas come from the generator itself: `generate --dump-model` holds the
// validation documents every runtime's validator reads (OpenAPI normalized to 2020-12: nullable
// as a type union, annotations left out); the input's schema is that document with a root `$ref`
// to the declaration. Ajv (draft 2020-12) checks here that it accepts each input and rejects
// each broken copy, so an input the schema does not describe fails the preparation.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..', '..');
export const OPENAI_SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.json');
export const INPUT_NAMES = ['canonical', 'response-done', 'batch'];
const LANGUAGES = ['typescript', 'python', 'csharp', 'java'];
const CONFIG = join(ROOT, 'schema-codegen.config.json');

/** Writes the inputs (only `names`) into workDir and returns the manifest's `inputs` and `packages`. */
export function prepareInputs(workDir, names, log = (line) => process.stderr.write(`${line}\n`)) {
  const inputsDir = join(workDir, 'inputs');
  mkdirSync(inputsDir, { recursive: true });
  const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const packages = {
    python: config.options.python.package,
    csharp: config.options.csharp.namespace,
    java: config.options.java.package,
    javaRuntime: config.options.java.runtimePackage,
  };
  const inputs = [];

  if (names.includes('canonical')) {
    const schemaFile = join(ROOT, config.schema);
    const outDir = join(workDir, 'out-canonical');
    const model = generate(log, 'canonical', outDir, []);
    const defs = JSON.parse(readFileSync(schemaFile, 'utf8')).$defs;
    const event = defs.RealtimeServerEventConversationItemTruncated.examples[0];
    const broken = structuredClone(event);
    delete broken.item_id;
    inputs.push(
      writeInput(inputsDir, model, {
        name: 'canonical',
        declaration: 'RealtimeServerEvent',
        names: namesOf(defs, 'RealtimeServerEvent'),
        value: event,
        broken,
        brokenBy: 'the required item_id removed',
        outDir,
      }),
    );
  }

  const openai = names.filter((name) => name !== 'canonical');
  if (openai.length > 0) {
    if (!existsSync(OPENAI_SPEC)) {
      const message = `the OpenAI spec is missing: ${OPENAI_SPEC} (the inputs ${openai.join(', ')} need it; CI has ../shared beside the clone)`;
      if (process.env.CI === 'true') throw new Error(message);
      log(`\n!!! NOT RUN: ${openai.join(', ')}: ${message}\n`);
    } else {
      const spec = JSON.parse(readFileSync(OPENAI_SPEC, 'utf8'));
      spec.components.schemas.RealtimeServerEventBatch = JSON.parse(readFileSync(join(HERE, 'openai-batch.component.json'), 'utf8'));
      const specCopy = join(inputsDir, 'openai-with-batch.json');
      writeFileSync(specCopy, JSON.stringify(spec));
      const outDir = join(workDir, 'out-openai');
      const model = generate(log, 'openai', outDir, ['--schema', specCopy, '--only', 'RealtimeServerEventBatch,RealtimeServerEventResponseDone']);
      const plainNames = (name) => Object.fromEntries(LANGUAGES.map((language) => [language, name]));
      if (openai.includes('response-done')) {
        const event = JSON.parse(readFileSync(join(HERE, 'inputs', 'response-done.json'), 'utf8'));
        const broken = structuredClone(event);
        delete broken.response.output[1].arguments;
        inputs.push(
          writeInput(inputsDir, model, {
            name: 'response-done',
            declaration: 'RealtimeServerEventResponseDone',
            names: plainNames('RealtimeServerEventResponseDone'),
            value: event,
            broken,
            brokenBy: 'the required arguments of the function_call at /response/output/1 removed',
            outDir,
          }),
        );
      }
      if (openai.includes('batch')) {
        const events = sessionEvents(1_000_000);
        const broken = structuredClone(events);
        const middle = Math.floor(events.length / 2);
        const at = events.findIndex((e, i) => i >= middle && e.type === 'response.output_audio.delta');
        delete broken[at].delta;
        inputs.push(
          writeInput(inputsDir, model, {
            name: 'batch',
            declaration: 'RealtimeServerEventBatch',
            names: plainNames('RealtimeServerEventBatch'),
            value: events,
            broken,
            brokenBy: `the required delta of the response.output_audio.delta at /${at} removed`,
            outDir,
          }),
        );
      }
    }
  }
  for (const input of inputs) checkGenerated(input, packages);
  return { inputs, packages };
}

/** `schema-codegen generate` of the four languages into outDir with the repository's config; returns the model (--dump-model). */
function generate(log, label, outDir, args) {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm ci (or npm run build) first`);
  const common = ['--config', CONFIG, ...args];
  const started = Date.now();
  execFileSync(process.execPath, [cli, 'generate', ...common, '--out', outDir, ...LANGUAGES.flatMap((t) => ['--target', t]), '--quiet', '--force'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  log(`generated ${label} into ${outDir} (${Date.now() - started} ms)`);
  const dump = execFileSync(process.execPath, [cli, 'generate', ...common, '--dump-model'], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(dump);
}

/** The declaration's generated type name per language: x-codegen's name, else the key (already PascalCase). */
function namesOf(defs, key) {
  return Object.fromEntries(LANGUAGES.map((language) => [language, defs[key]['x-codegen']?.[language]?.name ?? key]));
}

function writeInput(dir, model, { name, declaration, names, value, broken, brokenBy, outDir }) {
  const schema = standaloneSchema(model, declaration);
  const file = join(dir, `${name}.json`);
  const invalid = join(dir, `${name}.invalid.json`);
  const schemaFile = join(dir, `${name}.schema.json`);
  const text = JSON.stringify(value);
  writeFileSync(file, text);
  writeFileSync(invalid, JSON.stringify(broken));
  writeFileSync(schemaFile, `${JSON.stringify(schema, null, 1)}\n`);
  const validate = new Ajv2020.default({ strict: false, validateFormats: false }).compile(schema);
  if (!validate(value)) throw new Error(`input ${name}: the schema rejects it: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  if (validate(broken)) throw new Error(`input ${name}: the schema accepts the broken copy (${brokenBy})`);
  return {
    name,
    file,
    bytes: Buffer.byteLength(text),
    invalid,
    invalidBy: brokenBy,
    outDir,
    declaration,
    names,
    schema: schemaFile,
    ...(Array.isArray(value) ? { items: value.length } : {}),
  };
}

/** The validation document holding the declaration, with a root `$ref` to it: draft 2020-12, no external refs. */
function standaloneSchema(model, declarationName) {
  const declaration = model.declarations.find((d) => d.schemaName === declarationName);
  if (!declaration) throw new Error(`no declaration ${declarationName} in the model`);
  const { documents, rootUri } = model.validation;
  if (documents.length !== 1) throw new Error(`expected one validation document, got ${documents.map((d) => d.uri).join(', ')}`);
  if (documents[0].uri !== rootUri) throw new Error(`the validation document is ${documents[0].uri}, not the root ${rootUri}`);
  const document = JSON.parse(documents[0].text);
  const extra = Object.keys(document).filter((k) => k !== '$schema' && k !== '$defs');
  if (extra.length > 0) throw new Error(`the validation document's root has keywords (${extra.join(', ')}); a root $ref would change it`);
  const fragment = declaration.id.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (c) => encodeURIComponent(c));
  return { $schema: document.$schema, $ref: `#${fragment}`, $defs: document.$defs };
}

/** Fails when a language's output lacks the declaration's type under its manifest name. */
function checkGenerated(input, packages) {
  const { outDir, names } = input;
  const ts = readFileSync(join(outDir, 'typescript', 'index.ts'), 'utf8');
  if (!ts.includes(`export function parse${names.typescript}(`)) throw new Error(`${input.name}: no parse${names.typescript} in the TypeScript output`);
  const models = readFileSync(join(outDir, 'python', ...packages.python.split('.'), 'models', '__init__.py'), 'utf8');
  if (!new RegExp(`\\b${names.python}\\b`).test(models)) throw new Error(`${input.name}: no ${names.python} in the Python models`);
  if (!existsSync(join(outDir, 'csharp', `${names.csharp}.cs`))) throw new Error(`${input.name}: no ${names.csharp}.cs in the C# output`);
  const java = join(outDir, 'java', 'src', 'main', 'java', ...packages.java.split('.'), `${names.java}.java`);
  if (!existsSync(java)) throw new Error(`${input.name}: no ${java}`);
}

// ---- the batch: a realtime voice session's server events, seeded ----

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a to and of you I it is that for on in can with your this be will at what have are me about ' +
  'weather tomorrow calendar meeting flight booking order status delivery price account help sure ' +
  'let check minutes morning afternoon evening Paris London Tokyo train station hotel restaurant table'
).split(' ');
const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Server events of voice turns, in the order a realtime session sends them, until JSON.stringify of the array reaches `bytes`. */
export function sessionEvents(bytes) {
  const rnd = random(20261201);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const id = (prefix) => `${prefix}_${Array.from({ length: 21 }, () => pick(ALPHANUM)).join('')}`;
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const audio = () => Buffer.from(Array.from({ length: 192 + Math.floor(rnd() * 128) }, () => Math.floor(rnd() * 256))).toString('base64');
  const events = [];
  let size = 2;
  const push = (event) => {
    events.push({ event_id: id('event'), ...event });
    size += JSON.stringify(events.at(-1)).length + 1;
  };
  let previousItem = null;
  let clock = 0;
  let turn = 0;
  while (size < bytes) {
    turn += 1;
    const userItem = id('item');
    clock += 800 + Math.floor(rnd() * 4000);
    push({ type: 'input_audio_buffer.speech_started', audio_start_ms: clock, item_id: userItem });
    clock += 1200 + Math.floor(rnd() * 5000);
    push({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: clock, item_id: userItem });
    push({ type: 'input_audio_buffer.committed', previous_item_id: previousItem, item_id: userItem });
    const userMessage = { id: userItem, object: 'realtime.item', type: 'message', status: 'completed', role: 'user', content: [{ type: 'input_audio', transcript: '' }] };
    push({ type: 'conversation.item.added', previous_item_id: previousItem, item: userMessage });
    const heard = sentence(6 + Math.floor(rnd() * 14));
    for (const word of heard.split(' ')) push({ type: 'conversation.item.input_audio_transcription.delta', item_id: userItem, content_index: 0, delta: `${word} ` });
    push({
      type: 'conversation.item.input_audio_transcription.completed',
      item_id: userItem,
      content_index: 0,
      transcript: heard,
      usage: { type: 'tokens', input_tokens: 20 + turn, input_token_details: { text_tokens: 0, audio_tokens: 20 + turn }, output_tokens: 12, total_tokens: 32 + turn },
    });
    push({ type: 'conversation.item.done', previous_item_id: previousItem, item: { ...userMessage, content: [{ type: 'input_audio', transcript: heard }] } });

    const responseId = id('resp');
    const base = { object: 'realtime.response', id: responseId, conversation_id: 'conv_CCXHsurMKcaVxIZvaCI5m', output_modalities: ['audio'], max_output_tokens: 'inf' };
    const audioSettings = { output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'marin' } };
    push({ type: 'response.created', response: { ...base, status: 'in_progress', output: [], audio: audioSettings, metadata: null } });
    const output = [];
    if (rnd() < 0.35) {
      const callItem = id('item');
      const callId = id('call').slice(0, 21);
      const args = JSON.stringify({ query: sentence(4), date: '2026-12-02', limit: 1 + Math.floor(rnd() * 20) });
      const call = { id: callItem, object: 'realtime.item', type: 'function_call', status: 'in_progress', call_id: callId, name: pick(['get_weather', 'search_calendar', 'lookup_order']), arguments: '' };
      push({ type: 'response.output_item.added', response_id: responseId, output_index: output.length, item: call });
      for (let i = 0; i < args.length; i += 12) push({ type: 'response.function_call_arguments.delta', response_id: responseId, item_id: callItem, output_index: output.length, call_id: callId, delta: args.slice(i, i + 12) });
      push({ type: 'response.function_call_arguments.done', response_id: responseId, item_id: callItem, output_index: output.length, call_id: callId, name: call.name, arguments: args });
      const done = { ...call, status: 'completed', arguments: args };
      push({ type: 'response.output_item.done', response_id: responseId, output_index: output.length, item: done });
      output.push(done);
    }
    const itemId = id('item');
    const index = output.length;
    const message = { id: itemId, object: 'realtime.item', type: 'message', status: 'in_progress', role: 'assistant', content: [] };
    push({ type: 'response.output_item.added', response_id: responseId, output_index: index, item: message });
    push({ type: 'conversation.item.added', previous_item_id: userItem, item: message });
    const part = { response_id: responseId, item_id: itemId, output_index: index, content_index: 0 };
    push({ type: 'response.content_part.added', ...part, part: { type: 'audio', transcript: '' } });
    push({ type: 'output_audio_buffer.started', response_id: responseId });
    const said = sentence(10 + Math.floor(rnd() * 30));
    const words = said.split(' ');
    const chunks = 4 + Math.floor(rnd() * 10);
    for (let i = 0; i < Math.max(chunks, words.length); i++) {
      if (i < chunks) push({ type: 'response.output_audio.delta', ...part, delta: audio() });
      if (i < words.length) push({ type: 'response.output_audio_transcript.delta', ...part, delta: `${i === 0 ? '' : ' '}${words[i]}` });
    }
    push({ type: 'response.output_audio.done', ...part });
    push({ type: 'response.output_audio_transcript.done', ...part, transcript: said });
    push({ type: 'response.content_part.done', ...part, part: { type: 'audio', transcript: said } });
    const finished = { ...message, status: 'completed', content: [{ type: 'output_audio', transcript: said }] };
    push({ type: 'response.output_item.done', response_id: responseId, output_index: index, item: finished });
    push({ type: 'conversation.item.done', previous_item_id: userItem, item: finished });
    output.push(finished);
    const input = 100 + turn * 40;
    const out = 20 + words.length * 3;
    push({
      type: 'response.done',
      response: {
        ...base,
        status: 'completed',
        output,
        audio: audioSettings,
        usage: {
          total_tokens: input + out,
          input_tokens: input,
          output_tokens: out,
          input_token_details: { text_tokens: input - 30, audio_tokens: 30, image_tokens: 0, cached_tokens: 64, cached_tokens_details: { text_tokens: 64, audio_tokens: 0, image_tokens: 0 } },
          output_token_details: { text_tokens: Math.floor(out / 3), audio_tokens: out - Math.floor(out / 3) },
        },
        metadata: null,
      },
    });
    push({ type: 'output_audio_buffer.stopped', response_id: responseId });
    push({
      type: 'rate_limits.updated',
      rate_limits: [
        { name: 'requests', limit: 1000, remaining: 1000 - turn, reset_seconds: 60 },
        { name: 'tokens', limit: 50000, remaining: 50000 - turn * 150, reset_seconds: 0.5 + rnd() * 10 },
      ],
    });
    previousItem = itemId;
  }
  return events;
}
