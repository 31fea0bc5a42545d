// The C# native views of formatted values (issue 18): the formats golden's schema rendered with
// views (the default), without (csharp.nativeFormats=false), and an edge schema of this test's
// own, compiled in ONE `dotnet build` at the strictest settings with test/runners/csharp/FormatViews.cs,
// which reads, sets and round-trips through the views as a user would. Also, without a compiler:
// the option, and view names colliding.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OptionsError, SchemaError, loadModel, modelFromText, renderModel } from '../generator/index.js';
import type { JsonValue, Model } from '../generator/model/ir.js';
import { CASES_DIR, ROOT, targetDefaults } from './helpers/cases.js';
import { DOTNET_ENV, dotnetBuild, projectFile } from './runners/csharp.js';

const SAMPLES = join(CASES_DIR, 'formats', 'samples.json');

const EDGES = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Edges: {
      type: 'object',
      properties: {
        t32: { type: 'integer', format: 'unixtime', minimum: 0, maximum: 2147483647 },
        t64: { type: 'integer', format: 'unixtime', minimum: 0, maximum: 1099511627776 },
        since: { type: 'string', format: 'date-time', default: '2024-01-01T00:00:00Z' },
        ref: { type: ['string', 'null'], format: 'uuid' },
        old: { type: 'string', format: 'date', deprecated: true },
        // Members named like the types a view names: they must not capture them.
        guid: { type: 'string' },
        date_time_offset: { type: 'string' },
      },
      required: ['t64', 'ref'],
    },
    WhenDateTime: { type: 'object', properties: { when: { type: 'string', format: 'date-time' } } },
  },
};

function render(model: Model, options: Record<string, JsonValue> = {}): Map<string, string> {
  return renderModel(model, { targets: ['csharp'], options: { csharp: { ...targetDefaults('csharp'), ...options } }, templates: null });
}

/** Writes a rendering's .cs files into dir. */
function writeCs(files: Map<string, string>, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of files) if (path.endsWith('.cs')) writeFileSync(join(dir, path.slice('csharp/'.length)), content);
}

const output = new Map<string, string>();
const formats = (): Model => loadModel(join(CASES_DIR, 'formats', 'schema.json'));

beforeAll(async () => {
  const app = join(mkdtempSync(join(tmpdir(), 'csharp-formats-')), 'app');
  writeCs(render(formats(), { namespace: 'Formats.Views' }), join(app, 'views'));
  writeCs(render(formats(), { namespace: 'Formats.Plain', nativeFormats: false }), join(app, 'plain'));
  writeCs(render(modelFromText(JSON.stringify(EDGES), 'edges.schema.json'), { namespace: 'Formats.Edges' }), join(app, 'edges'));
  copyFileSync(join(ROOT, 'test', 'runners', 'csharp', 'FormatViews.cs'), join(app, 'FormatViews.cs'));
  writeFileSync(join(app, 'app.csproj'), projectFile('Exe'));
  await dotnetBuild(join(app, 'app.csproj'));
  const stdout = execFileSync('dotnet', [join(app, 'out', 'app.dll'), SAMPLES], { env: DOTNET_ENV, encoding: 'utf8' });
  for (const line of stdout.split('\n').filter((l) => l !== '')) {
    const at = line.indexOf(': ');
    expect(output.has(line.slice(0, at)), line).toBe(false);
    output.set(line.slice(0, at), line.slice(at + 2));
  }
}, 300_000);

const printed = (key: string): string => {
  expect(output.has(key), key).toBe(true);
  return output.get(key)!;
};

describe('the formats golden, through its views (dotnet build, warnings as errors)', () => {
  const sample = (i: number): unknown => (JSON.parse(readFileSync(SAMPLES, 'utf8')) as { valid: { json: unknown }[] }).valid[i]!.json;

  it('reads the second valid sample: the date-time with its fraction and offset, lowercase t and z, the UUID, the date, the URI, the seconds', () => {
    expect(printed('created')).toBe('2024 2 29 23 59 59 1234560 05:30:00');
    expect(printed('updated')).toBe('2024-01-01T10:00:00.0000000+00:00');
    expect(printed('deleted')).toBe('null');
    expect(printed('id')).toBe('123e4567-e89b-12d3-a456-426614174000');
    expect(printed('birthday')).toBe('2000 1 31');
    expect(printed('homepage')).toBe('https example.com /a?b=c #d');
    expect(printed('expires')).toBe('2023-11-14T22:13:20.0000000+00:00');
  });

  it('round-trips it with every text as it came ("2024-01-01t10:00:00z" untouched)', () => {
    expect(JSON.parse(printed('round trip'))).toEqual(sample(1));
    expect(printed('round trip')).toContain('"updated_at":"2024-01-01t10:00:00z"');
    expect(printed('round trip')).toContain('"id":"123E4567-E89B-12D3-A456-426614174000"');
  });

  it('the third valid sample is still valid and round-trips; its views throw a FormatException naming the property and the text', () => {
    expect(JSON.parse(printed('bad round trip'))).toEqual(sample(2));
    expect(printed('bad created')).toBe('FormatException: property "created_at": "not a date-time" is not an RFC 3339 date-time');
    expect(printed('bad id')).toBe('FormatException: property "id": "not a uuid" is not a UUID');
    expect(printed('bad birthday')).toBe('FormatException: property "birthday": "31/01/2000" is not an RFC 3339 full-date (yyyy-MM-dd)');
    expect(printed('bad homepage')).toBe('FormatException: property "homepage": "not a uri" is not an absolute URI (RFC 3986)');
    expect(printed('bad expires')).toBe('1969-12-31T23:59:59.0000000+00:00');
    expect(printed('leap second')).toBe('FormatException: property "created_at": "1990-12-31T23:59:60Z" is a leap second, which DateTimeOffset cannot hold');
  });

  it('setting a view stores canonical text or seconds in the JSON property; null stores null', () => {
    expect(JSON.parse(printed('set'))).toEqual({
      id: '123e4567-e89b-12d3-a456-426614174000',
      created_at: '2024-01-01T10:00:00Z',
      updated_at: '2024-03-01T08:30:00-05:00',
      deleted_at: null,
      birthday: '0999-12-31',
      homepage: 'https://example.com/a%20b?c=d',
      expires_at: 1700000000,
    });
    expect(printed('set fraction')).toBe('2024-03-01T08:30:00.12345+00:00');
    expect(JSON.parse(printed('set null'))).toEqual({
      id: '123e4567-e89b-12d3-a456-426614174000',
      created_at: '2024-01-01T10:00:00Z',
      deleted_at: null,
      birthday: '0999-12-31',
    });
    expect(printed('relative uri')).toBe(
      'ArgumentException: property "homepage": "a/b" is a relative URI, and the format "uri" is an absolute one (Parameter \'value\')',
    );
  });

  it('views are [JsonIgnore] properties beside the JSON ones; those of required properties are read-only', () => {
    expect(printed('views')).toBe('BirthdayDate CreatedAtDateTime DeletedAtDateTime ExpiresAtDateTime HomepageUri IdGuid UpdatedAtDateTime');
    expect(printed('read-only')).toBe('CreatedAtDateTime IdGuid');
  });

  it('csharp.nativeFormats=false: no view at all, nor the runtime file of views', () => {
    expect([...render(formats(), { nativeFormats: false }).keys()]).not.toContain('csharp/SchemaFormats.Views.cs');
    expect([...render(formats()).keys()]).toContain('csharp/SchemaFormats.Views.cs');
    expect(printed('plain')).toBe('AdditionalProperties Birthday CreatedAt DeletedAt Email ExpiresAt History Homepage Id Size UpdatedAt');
  });
});

describe('edges: an int or long of seconds, a default, a required null, a deprecated view, members named Guid and DateTimeOffset', () => {
  it('reads seconds from a long and an int, a date-time from its default, and null', () => {
    expect(printed('edges read')).toBe('1970-01-02T00:00:00.0000000+00:00 2024-01-01T00:00:00.0000000+00:00 null null');
  });

  it('stores seconds in an int while they fit, and refuses what does not with an OverflowException', () => {
    expect(JSON.parse(printed('edges set'))).toEqual({ t32: 2147483647, t64: 86400, since: '2025-06-01T00:00:00+02:00', ref: null });
    expect(printed('edges overflow')).toBe(
      'OverflowException: property "t32": 2038-01-19T03:14:08+00:00 is 2147483648 seconds since the Unix epoch, which does not fit its int',
    );
  });

  it('names views after their member, and never after the enclosing type', () => {
    expect(printed('edges members')).toBe(
      'AdditionalProperties DateTimeOffset Guid Old OldDate Ref RefGuid Since SinceDateTime T32 T32DateTime T64 T64DateTime',
    );
    expect(printed('edges owner')).toBe('AdditionalProperties When WhenDateTimeValue');
  });
});

describe('the option and the names, without a compiler', () => {
  const schema = (properties: Record<string, unknown>): string =>
    JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { Thing: { type: 'object', properties } } });

  it('csharp.nativeFormats takes true or false only', () => {
    expect(() => render(formats(), { nativeFormats: 'no' })).toThrow(OptionsError);
    expect(() => render(formats(), { nativeFormats: 'no' })).toThrow('option csharp.nativeFormats must be true or false, got "no"');
  });

  it('a view named like another member is the usual collision error, naming both', () => {
    const model = modelFromText(schema({ created_at: { type: 'string', format: 'date-time' }, created_at_date_time: { type: 'string' } }), 'test.schema.json');
    expect(() => render(model)).toThrow(SchemaError);
    expect(() => render(model)).toThrow(
      'property "created_at_date_time" and the date-time view of property "created_at" both become "CreatedAtDateTime" in csharp (members of Thing)',
    );
    expect(() => render(model, { nativeFormats: false })).not.toThrow();
  });

  it('a member named SchemaFormats, which would hide the runtime class from the views, is refused beside a view only', () => {
    const model = modelFromText(schema({ when: { type: 'string', format: 'date' }, schema_formats: { type: 'string' } }), 'test.schema.json');
    expect(() => render(model)).toThrow(
      'the runtime class SchemaFormats (which the views call) and property "schema_formats" both become "SchemaFormats" in csharp (members of Thing)',
    );
    expect(() => render(model, { nativeFormats: false })).not.toThrow();
  });

  it('arrays, maps and unions of formatted values keep their JSON types, without a view', () => {
    const model = modelFromText(
      schema({
        list: { type: 'array', items: { type: 'string', format: 'date-time' } },
        map: { type: 'object', additionalProperties: { type: 'string', format: 'uuid' } },
        either: { type: ['string', 'integer'], format: 'date-time' },
      }),
      'test.schema.json',
    );
    expect([
      ...render(model)
        .get('csharp/Thing.cs')!
        .matchAll(/\[JsonIgnore\]/g),
    ]).toHaveLength(0);
  });
});
