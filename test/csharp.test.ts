// The C# target compiles and behaves as a new user expects. ONE `dotnet build` compiles:
// - generated/csharp through its own .csproj (TreatWarningsAsErrors, nullable, LangVersion 10),
//   referenced by a console app as a downstream repo would (test/runners/csharp/NewUser.cs);
// - every golden test/cases/*/csharp, each in its own namespace, inside that app, with the same
//   strict settings plus XML doc checks.
// Then the app runs: the "done when" and the OpenAI-DotNet surface, checked line by line.

import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pascalCase, splitWords } from '../generator/model/naming.js';
import { CASES_DIR, ROOT, listCases } from './helpers/cases.js';
import { DOTNET_ENV, NUGET_CONFIG, dotnetBuild, projectFile } from './runners/csharp.js';
import { RUNTIME_SOURCES } from '../generator/targets/csharp/runtime.js';

const work = mkdtempSync(join(tmpdir(), 'csharp-test-'));
const app = join(work, 'app');
let output = new Map<string, string[]>();

/** The namespace a golden's files are moved to inside the app. */
const goldenNamespace = (name: string): string => `Goldens.${pascalCase(splitWords(name))}`;

/** A golden's .cs files, sorted. */
const goldenFiles = (name: string): string[] =>
  readdirSync(join(CASES_DIR, name, 'csharp'))
    .filter((f) => f.endsWith('.cs'))
    .sort();

/** The public types of the runtime files (templates/csharp/runtime/); the rest of the runtime is internal. */
const PUBLIC_RUNTIME_TYPES = ['SchemaIssue', 'SchemaValidationException'];

/** Copies a golden folder's .cs files, moving them from OpenAI.Realtime to a namespace of their own. */
function copyGolden(name: string): void {
  const from = join(CASES_DIR, name, 'csharp');
  const to = join(app, 'goldens', name);
  mkdirSync(to, { recursive: true });
  for (const file of goldenFiles(name)) {
    const text = readFileSync(join(from, file), 'utf8');
    expect(
      text.split('\n').filter((l) => l === 'namespace OpenAI.Realtime;'),
      `${name}/${file}`,
    ).toHaveLength(1);
    writeFileSync(join(to, file), text.replaceAll('OpenAI.Realtime', goldenNamespace(name)));
  }
}

beforeAll(async () => {
  cpSync(join(ROOT, 'generated', 'csharp'), join(work, 'lib'), { recursive: true });
  writeFileSync(join(work, 'nuget.config'), NUGET_CONFIG);
  mkdirSync(app, { recursive: true });
  listCases().forEach(copyGolden);
  copyFileSync(join(ROOT, 'test', 'runners', 'csharp', 'NewUser.cs'), join(app, 'NewUser.cs'));
  writeFileSync(
    join(app, 'app.csproj'),
    projectFile('Exe', '  <ItemGroup>\n    <ProjectReference Include="../lib/OpenAI.Realtime.csproj" />\n  </ItemGroup>\n'),
  );
  await dotnetBuild(join(app, 'app.csproj'));
  const stdout = execFileSync('dotnet', [join(app, 'out', 'app.dll')], { env: DOTNET_ENV, encoding: 'utf8' });
  output = new Map();
  for (const line of stdout.split('\n').filter((l) => l !== '')) {
    const at = line.indexOf(': ');
    const key = line.slice(0, at);
    output.set(key, [...(output.get(key) ?? []), line.slice(at + 2)]);
  }
});

const one = (key: string): string => {
  const lines = output.get(key) ?? [];
  expect(lines, key).toHaveLength(1);
  return lines[0]!;
};

describe('dotnet build: generated/csharp and every golden, 0 warnings', () => {
  it('the app ran and printed exactly the expected keys', () => {
    const keys = [
      'request',
      'request extended',
      'server type',
      'server fields',
      'server again',
      'server unknown',
      'server none unknown',
      'server direct',
      'client type',
      'as base',
      'unknown type',
      'bad index',
      'missing',
      'surface',
      'golden',
    ];
    expect([...output.keys()].sort()).toEqual(keys.sort());
  });

  it('every golden was copied and compiled (warnings are errors): each .cs file declares its public type, and nothing else is public', () => {
    expect(listCases().length).toBeGreaterThan(0);
    const compiled = new Map<string, string[]>();
    for (const line of output.get('golden') ?? []) {
      const at = line.lastIndexOf('.');
      compiled.set(line.slice(0, at), [...(compiled.get(line.slice(0, at)) ?? []), line.slice(at + 1)]);
    }
    expect([...compiled.keys()].sort()).toEqual(listCases().map(goldenNamespace).sort());
    for (const name of listCases()) {
      expect(readdirSync(join(app, 'goldens', name)).sort(), name).toEqual(goldenFiles(name));
      const types = goldenFiles(name).map((f) => f.slice(0, -'.cs'.length));
      const expected = [...types.filter((t) => !RUNTIME_SOURCES.includes(`${t}.cs`) && !['SchemaDocuments', 'SchemaChecks', 'SchemaUtf8'].includes(t)), ...PUBLIC_RUNTIME_TYPES];
      expect(compiled.get(goldenNamespace(name))!.sort(), name).toEqual(expected.sort());
    }
  });
});

describe('done when: a console app that includes generated/csharp', () => {
  it('writes new ConversationItemTruncateRequest("msg_002", 0, 1500).ToJsonString()', () => {
    expect(JSON.parse(one('request'))).toEqual({ type: 'conversation.item.truncate', item_id: 'msg_002', content_index: 0, audio_end_ms: 1500 });
    expect(one('request')).toBe('{"type":"conversation.item.truncate","item_id":"msg_002","content_index":0,"audio_end_ms":1500}');
    // AdditionalProperties is made on first use; what a user adds there is written after the declared members.
    expect(one('request extended')).toBe('{"type":"conversation.item.truncate","item_id":"msg_003","content_index":1,"audio_end_ms":20,"x_note":"added"}');
  });

  it('reads a server event through IServerEvent, keeping unknown properties', () => {
    expect(one('server type')).toBe('ConversationItemTruncatedResponse');
    expect(one('server fields')).toBe('event_2526 conversation.item.truncated msg_004 0 1500');
    expect(JSON.parse(one('server again'))).toEqual({
      event_id: 'event_2526',
      type: 'conversation.item.truncated',
      item_id: 'msg_004',
      content_index: 0,
      audio_end_ms: 1500,
      x_trace: { hop: [1, null] },
    });
    expect(one('server unknown')).toBe('x_trace');
    expect(one('server none unknown')).toBe('0');
    expect(one('server direct')).toBe('1500');
    expect(one('client type')).toBe('ConversationItemTruncateRequest event_678');
    expect(JSON.parse(one('as base'))).toEqual({
      event_id: 'event_678',
      type: 'conversation.item.truncate',
      item_id: 'msg_002',
      content_index: 0,
      audio_end_ms: 1500,
    });
  });

  it('rejects with a JsonException naming the pointer and the rule', () => {
    expect(one('unknown type')).toBe('SchemaValidationException (root): value of tag "type" must be in oneOf (discriminator)');
    expect(one('bad index')).toBe('SchemaValidationException /content_index: must be >= 0 (minimum)');
    expect(one('missing')).toBe("SchemaValidationException (root): must have required property 'audio_end_ms' (required)");
  });
});

describe("the public surface is OpenAI-DotNet's", () => {
  const surfaces = (): Map<string, string> => new Map((output.get('surface') ?? []).map((s) => [s.split(' : ')[0]!, s]));

  it.each([
    ['interface IRealtimeEvent', 'interface IRealtimeEvent :  | String EventId { get; } | String Type { get; } | String ToJsonString()'],
    ['interface IClientEvent', 'interface IClientEvent : IRealtimeEvent | '],
    ['interface IServerEvent', 'interface IServerEvent : IRealtimeEvent | '],
    [
      'abstract class BaseRealtimeEvent',
      'abstract class BaseRealtimeEvent : IRealtimeEvent | [JsonIgnore]abstract String EventId { get; internal set; } | [JsonIgnore]abstract String Type { get; protected set; } | String ToJsonString()',
    ],
    [
      'sealed class ConversationItemTruncateRequest',
      'sealed class ConversationItemTruncateRequest : BaseRealtimeEvent, IClientEvent, IRealtimeEvent | ConversationItemTruncateRequest(String itemId, Int32 contentIndex, Int32 audioEndMs) | [JsonInclude][JsonPropertyName("event_id")]override String EventId { get; internal set; } | [JsonInclude][JsonPropertyName("type")]override String Type { get; protected set; } | [JsonInclude][JsonPropertyName("item_id")]String ItemId { get; private set; } | [JsonInclude][JsonPropertyName("content_index")]Int32 ContentIndex { get; private set; } | [JsonInclude][JsonPropertyName("audio_end_ms")]Int32 AudioEndMs { get; private set; } | [JsonExtensionData]IDictionary`2 AdditionalProperties { get; }',
    ],
    [
      'sealed class ConversationItemTruncatedResponse',
      'sealed class ConversationItemTruncatedResponse : BaseRealtimeEvent, IRealtimeEvent, IServerEvent | ConversationItemTruncatedResponse(String eventId, String itemId, Int32 contentIndex, Int32 audioEndMs) | [JsonInclude][JsonPropertyName("event_id")]override String EventId { get; internal set; } | [JsonInclude][JsonPropertyName("type")]override String Type { get; protected set; } | [JsonInclude][JsonPropertyName("item_id")]String ItemId { get; private set; } | [JsonInclude][JsonPropertyName("content_index")]Int32 ContentIndex { get; private set; } | [JsonInclude][JsonPropertyName("audio_end_ms")]Int32 AudioEndMs { get; private set; } | [JsonExtensionData]IDictionary`2 AdditionalProperties { get; }',
    ],
  ])('%s', (head, expected) => {
    expect(surfaces().get(head)).toBe(expected);
  });

  it('dumps those six types, once each', () => {
    expect((output.get('surface') ?? []).map((s) => s.split(' : ')[0]).sort()).toEqual(
      [
        'interface IRealtimeEvent',
        'interface IClientEvent',
        'interface IServerEvent',
        'abstract class BaseRealtimeEvent',
        'sealed class ConversationItemTruncateRequest',
        'sealed class ConversationItemTruncatedResponse',
      ].sort(),
    );
  });
});
