// The Python target, checked by Python's own tools and run for real:
// - pyright (strict, Python 3.9) over generated/python and every golden: 0 errors, 0 warnings (a
//   runtime module is checked once, its copies in the goldens only where they differ);
// - `python3 -W error -c "import <package>.models"` for each of them;
// - seed 001's example flow and openapi-generator's model surface on the canonical output;
// - the options, the regex translation and recursive schemas;
// - the native views of formatted strings (datetime, date, UUID) on the formats golden, run.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFromText, OptionsError, renderModel, SchemaError } from '../generator/index.js';
import { TARGETS } from '../generator/targets/index.js';
import { checkPattern, translatePattern } from '../generator/regex/index.js';
import { CASES_DIR, ROOT, listCases, loadCase, targetDefaults } from './helpers/cases.js';
import { pyrightFiles } from './helpers/python.js';

const GENERATED = join(ROOT, 'generated', 'python');
const PYTHON_DIRS = [GENERATED, ...listCases().map((c) => join(CASES_DIR, c, 'python'))];

function python(code: string, pythonPath: string): string {
  const result = spawnSync('python3', ['-W', 'error', '-c', code], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: pythonPath } });
  expect(result.status, `${result.stderr}\n${result.stdout}`).toBe(0);
  return result.stdout;
}

describe('pyright strict', () => {
  it('generated/python and every golden: 0 errors, 0 warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyright-'));
    writeFileSync(join(dir, 'pyrightconfig.json'), JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9' }));
    for (const d of PYTHON_DIRS) expect(existsSync(d), d).toBe(true);
    const { files, skipped } = pyrightFiles(PYTHON_DIRS);
    expect(skipped, 'the goldens ship the runtime as generated/python does').toBeGreaterThan(PYTHON_DIRS.length * 5);
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', join(dir, 'pyrightconfig.json'), '--outputjson', ...files], {
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout) as {
      generalDiagnostics: { file: string; range: { start: { line: number } }; message: string }[];
      summary: { filesAnalyzed: number; errorCount: number; warningCount: number };
    };
    const messages = report.generalDiagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.message}`);
    expect(messages).toEqual([]);
    expect(report.summary.errorCount + report.summary.warningCount).toBe(0);
    expect(report.summary.filesAnalyzed).toBe(files.length);
  }, 600_000);
});

describe('imports with warnings as errors', () => {
  it.each(PYTHON_DIRS.map((d) => [d.slice(ROOT.length + 1), d] as const))('%s', (_name, dir) => {
    expect(python('import openapiopenai.models as m; print(len(m.__all__))', dir).trim()).toMatch(/^[1-9]\d*$/);
  });
});

describe('seed 001 and the openapi-generator surface, on generated/python', () => {
  it('the example flow: from_json, to_json, to_dict, from_dict', () => {
    const out = python(
      `
from openapiopenai.models.realtime_server_event_conversation_item_truncated import RealtimeServerEventConversationItemTruncated
json = '{"event_id":"event_2526","type":"conversation.item.truncated","item_id":"msg_004","content_index":0,"audio_end_ms":1500}'
instance = RealtimeServerEventConversationItemTruncated.from_json(json)
assert instance is not None
print(instance.to_json())
as_dict = instance.to_dict()
from_dict = RealtimeServerEventConversationItemTruncated.from_dict(as_dict)
assert from_dict == instance and from_dict is not instance
assert RealtimeServerEventConversationItemTruncated.from_dict(None) is None
assert instance.type == "conversation.item.truncated" and instance.content_index == 0
assert "'audio_end_ms': 1500" in instance.to_str()
print(sorted(as_dict))
`,
      GENERATED,
    );
    expect(out.split('\n')).toEqual([
      '{"event_id": "event_2526", "type": "conversation.item.truncated", "item_id": "msg_004", "content_index": 0, "audio_end_ms": 1500}',
      "['audio_end_ms', 'content_index', 'event_id', 'item_id', 'type']",
      '',
    ]);
  });

  it('keyword construction with the const defaulted, optional fields absent, unknown keys kept', () => {
    const out = python(
      `
from openapiopenai.models import RealtimeClientEventConversationItemTruncate as T
event = T(item_id="msg_002", content_index=0, audio_end_ms=1500)
print(event.to_json())
event = T.from_json('{"type":"conversation.item.truncate","item_id":"m","content_index":1.0,"audio_end_ms":2,"extra":{"a":[1,null]}}')
assert event is not None and event.content_index == 1 and isinstance(event.content_index, int)
print(event.additional_properties, event.to_dict()["extra"])
print(T._RealtimeClientEventConversationItemTruncate__properties)
`,
      GENERATED,
    );
    expect(out.split('\n')).toEqual([
      '{"type": "conversation.item.truncate", "item_id": "msg_002", "content_index": 0, "audio_end_ms": 1500}',
      "{'extra': {'a': [1, None]}} {'a': [1, None]}",
      "['event_id', 'type', 'item_id', 'content_index', 'audio_end_ms']",
      '',
    ]);
  });

  it('validation on construction and parsing raises a ValueError with pointer and keyword', () => {
    const out = python(
      `
from openapiopenai import ValidationError
from openapiopenai.models import RealtimeClientEventConversationItemTruncate as T, RealtimeServerEvent
def fail(f):
    try:
        f()
    except ValidationError as e:
        assert isinstance(e, ValueError)
        print(repr(e.pointer), e.keyword)
        return
    raise AssertionError("no error")
fail(lambda: T(item_id="m", content_index=True, audio_end_ms=1))
fail(lambda: T(item_id="m", content_index=0, audio_end_ms=-1))
fail(lambda: T(item_id="m", content_index=0, audio_end_ms=1, event_id="x" * 513))
fail(lambda: T.from_json('{"type":"conversation.item.truncate","item_id":"m","content_index":0}'))
fail(lambda: T.from_json('{"type":"conversation.item.truncated","item_id":"m","content_index":0,"audio_end_ms":1}'))
fail(lambda: T.from_json('[1'))
fail(lambda: RealtimeServerEvent.from_json('{"type":"conversation.item.created"}'))
fail(lambda: RealtimeServerEvent.from_json('{"event_id":"e","type":"conversation.item.truncated"}'))
`,
      GENERATED,
    );
    expect(out.trim().split('\n')).toEqual([
      "'/content_index' type",
      "'/audio_end_ms' minimum",
      "'/event_id' maxLength",
      "'' required",
      "'/type' const",
      "'' json",
      "'' discriminator",
      "'' required",
    ]);
  });

  it('unions wrap the variant in actual_instance and dispatch on type', () => {
    const out = python(
      `
from openapiopenai.models import RealtimeServerEvent, RealtimeServerEventConversationItemTruncated as S
text = '{"event_id":"e","type":"conversation.item.truncated","item_id":"m","content_index":0,"audio_end_ms":5}'
event = RealtimeServerEvent.from_json(text)
assert event is not None and isinstance(event.actual_instance, S)
assert RealtimeServerEvent(S.from_json(text)) == event
print(event.to_json())
print(RealtimeServerEvent.from_dict(event.to_dict()) == event, RealtimeServerEvent.one_of_schemas)
`,
      GENERATED,
    );
    expect(out.split('\n')).toEqual([
      '{"event_id": "e", "type": "conversation.item.truncated", "item_id": "m", "content_index": 0, "audio_end_ms": 5}',
      "True ['RealtimeServerEventConversationItemTruncated']",
      '',
    ]);
  });
});

describe('general schemas (goldens)', () => {
  it('nullable: None given is written as null, a field never given is not written', () => {
    const out = python(
      `
from openapiopenai.models import Profile, Address
print(Profile(nickname=None).to_json(), Profile(nickname="n", age=None).to_json())
p = Profile.from_json('{"nickname":null,"address":null,"settings":{"theme":"t"}}')
assert p is not None and p.address is None
print(p.to_json(), Profile(nickname="a", address=Address(line="l")).to_dict())
`,
      join(CASES_DIR, 'nullable', 'python'),
    );
    expect(out.split('\n')).toEqual([
      '{"nickname": null} {"nickname": "n", "age": null}',
      `{"nickname": null, "address": null, "settings": {"theme": "t"}} {'nickname': 'a', 'address': {'line': 'l'}}`,
      '',
    ]);
  });

  it('enums are Enum classes; aliases are type aliases with a TypeAdapter', () => {
    const enums = python(
      `
from enum import Enum
from openapiopenai.models import Color, Paint, PaintShade, Priority
assert issubclass(Color, Enum) and Color.DARK_BLUE.value == "dark-blue" and Priority.from_json("2.0") is Priority.NUMBER_2
assert PaintShade.from_json("null") is None
print(Paint(color=Color.RED, shade=None).to_json(), Paint.from_json('{"color":"green"}'))
`,
      join(CASES_DIR, 'enums', 'python'),
    );
    expect(enums).toBe(`{"color": "red", "shade": null} Paint(color=<Color.GREEN: 'green'>, finish=None, priority=None, shade=None, single=None)\n`);
    const aliases = python(
      `
from openapiopenai.models import Counts, CountsAdapter, InventoryItemsItem, Inventory
counts: Counts = CountsAdapter.validate_json('{"a": 1}')
print(counts, CountsAdapter.dump_json({"b": 2}))
try:
    CountsAdapter.validate_python({"a": -1})
except ValueError as e:
    print(e)
print(Inventory(items=[InventoryItemsItem(sku="s")]).to_json())
`,
      join(CASES_DIR, 'arrays-maps', 'python'),
    );
    expect(aliases).toBe(`{'a': 1} {"b": 2}\n/a: must be >= 0 (minimum)\n{"items": [{"sku": "s"}]}\n`);
  });

  it('recursive schemas: modules that import each other load and round-trip', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: {
        Node: { type: 'object', properties: { children: { $ref: '#/$defs/Nodes' }, other: { $ref: '#/$defs/Other' } } },
        Other: { type: 'object', properties: { node: { $ref: '#/$defs/Node' } } },
        Nodes: { type: 'array', items: { $ref: '#/$defs/Node' } },
      },
    };
    const dir = mkdtempSync(join(tmpdir(), 'python-recursive-'));
    for (const [path, content] of renderModel(modelFromText(JSON.stringify(schema), 'recursive.json'), {
      targets: ['python'],
      options: { python: targetDefaults('python') },
      templates: null,
    })) {
      spawnSync('mkdir', ['-p', join(dir, path, '..')]);
      writeFileSync(join(dir, path), content);
    }
    const text = '{"children":[{"other":{"node":{"children":[]}}}]}';
    expect(
      python(
        `
from openapiopenai.models.other import Other
from openapiopenai.models import Node
node = Node.from_json('${text}')
assert node is not None
print(node.to_json())
`,
        join(dir, 'python'),
      ),
    ).toBe(`${JSON.stringify(JSON.parse(text)).replace(/:/g, ': ').replace(/,/g, ', ')}\n`);
  });
});

describe('names before views', () => {
  const schema = (defs: object): string => JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs });
  const python = TARGETS['python']!;
  const namesError = (defs: object): SchemaError => {
    const model = modelFromText(schema(defs), 'n.json');
    try {
      python.names(model, python.parseOptions(targetDefaults('python')));
    } catch (error) {
      if (error instanceof SchemaError) return error;
      throw error;
    }
    throw new Error('no SchemaError from names()');
  };

  it('the name table refuses colliding attributes, classes and modules, with both pointers, before any view', () => {
    const attributes = namesError({
      X: { type: 'object', properties: { a_b: { type: 'string' }, other: { type: 'string', 'x-codegen': { python: { name: 'a_b' } } } } },
    });
    expect(attributes.message).toBe('property "a_b" and property "other" both become "a_b" in python (attributes of "X")');
    expect(attributes.pointer).toBe('/$defs/X/properties/other');
    // Schema names spelled alike are numbered by build-model (test/openapi/vendor-specs.test.ts); names given in x-codegen collide.
    const classes = namesError({ a_b: { type: 'string' }, other: { type: 'string', 'x-codegen': { python: { name: 'AB' } } } });
    expect(classes.message).toBe('declaration "a_b" and declaration "other" both become "AB" in python (class names)');
    expect(classes.pointer).toBe('/$defs/other');
  });

  it('a native view is named with the attributes, and collides with them like one', () => {
    const clash = namesError({
      X: { type: 'object', properties: { created_at: { type: 'string', format: 'date-time' }, created_at_datetime: { type: 'string' } } },
    });
    expect(clash.message).toBe(
      'the datetime view of property "created_at" and property "created_at_datetime" both become "created_at_datetime" in python (attributes of "X")',
    );
    expect(clash.pointer).toBe('/$defs/X/properties/created_at_datetime');
    const model = modelFromText(
      schema({
        X: {
          type: 'object',
          properties: { from: { type: 'string', format: 'date' }, when: { $ref: '#/$defs/W' }, tags: { type: 'array', items: { $ref: '#/$defs/W' } } },
        },
        W: { type: ['string', 'null'], format: 'uuid' },
      }),
      'n.json',
    );
    const views = (options: object): ReadonlyMap<string, string> => {
      const names = python.names(model, python.parseOptions({ ...targetDefaults('python'), ...options })) as {
        declarations: ReadonlyMap<string, { views: ReadonlyMap<string, { name: string }> }>;
      };
      return new Map([...names.declarations.get('/$defs/X')!.views].map(([property, view]) => [property, view.name]));
    };
    expect(views({})).toEqual(
      new Map([
        ['from', 'from_date'],
        ['when', 'when_uuid'],
      ]),
    );
    expect(views({ nativeFormats: false })).toEqual(new Map());
    expect(() => python.parseOptions({ ...targetDefaults('python'), nativeFormats: 'no' })).toThrow(OptionsError);
  });

  it('the table holds every name the views print: attributes, enum members, adapters, package folder', () => {
    const model = modelFromText(
      schema({ X: { type: 'object', properties: { class: { type: 'string' } } }, E: { enum: ['a', 'A'] }, L: { type: 'array', items: { type: 'string' } } }),
      'n.json',
    );
    const names = python.names(model, python.parseOptions({ ...python.defaults, package: 'acme.my_models' })) as {
      packageDir: string;
      distributionName: string;
      declarations: ReadonlyMap<string, { className: string; adapterName: string | null; attributes: ReadonlyMap<string, string>; members: readonly string[] }>;
    };
    expect([names.packageDir, names.distributionName]).toEqual(['acme/my_models', 'acme-my-models']);
    expect(names.declarations.get('/$defs/X')!.attributes).toEqual(new Map([['class', 'class_']]));
    expect(names.declarations.get('/$defs/E')!.members).toEqual(['A', 'A_2']);
    expect(names.declarations.get('/$defs/L')!.adapterName).toBe('LAdapter');
  });
});

describe('options and patterns', () => {
  it('the package option names the package; a bad one is an OptionsError', () => {
    const model = modelFromText(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { A: { type: 'string' } } }), 'a.json');
    const files = renderModel(model, {
      targets: ['python'],
      options: { python: { ...targetDefaults('python'), package: 'acme.models_pkg' } },
      templates: null,
    });
    expect([...files.keys()]).toContain('python/acme/models_pkg/models/a.py');
    expect(files.get('python/pyproject.toml')).toContain('name = "acme-models-pkg"');
    expect(() => renderModel(model, { targets: ['python'], options: { python: { ...targetDefaults('python'), package: 'class' } }, templates: null })).toThrow(
      OptionsError,
    );
  });

  it('translates ECMA patterns to re syntax (see test/security/patterns.test.ts for the full table)', () => {
    expect(translatePattern('^[a-z]+$', 'python')).toBe('^[\\x61-\\x7a]+\\Z');
    expect(translatePattern('a.b\\s', 'python')).toBe(
      '\\x61[\\x00-\\x09\\x0b\\x0c\\x0e-\\u2027\\u202a-\\U0010ffff]\\x62[\\x09-\\x0d\\x20\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]',
    );
    expect(translatePattern('(?<y>\\d{4})-\\k<y>[[&]\\u{1F600}\\/', 'python')).toBe('([\\x30-\\x39]{4})\\x2d(?:\\1)[\\x26\\x5b]\\U0001f600\\x2f');
    expect(translatePattern('(?<=a)b[^]', 'python')).toBe('(?<=\\x61)\\x62[\\x00-\\U0010ffff]');
    expect(() => checkPattern('(?<=a+)b', '/$defs/X/pattern')).toThrow(SchemaError);
  });

  it('the translated patterns behave like ECMA ones in Python', () => {
    const cases: [string, string, boolean][] = [
      ['^[a-z]+$', 'abc\n', false],
      ['^\\d$', '٣', false],
      ['^\\w+$', 'é', false],
      ['^.$', '\r', false],
      ['^\\s$', '\ufeff', true],
      ['^\\u{1F600}$', '😀', true],
    ];
    const code = cases
      .map(
        ([p, s, ok]) =>
          `assert (re.search(${JSON.stringify(translatePattern(p, 'python'))}, ${JSON.stringify(s)}) is not None) == ${ok ? 'True' : 'False'}, ${JSON.stringify(p)}`,
      )
      .join('\n');
    python(`import re\n${code}`, ROOT);
  });
});

describe('native views of formatted strings (the formats golden)', () => {
  const FORMATS = join(CASES_DIR, 'formats', 'python');
  const samples = loadCase('formats').valid.map((v) => JSON.stringify(v.json));

  it('read the second valid sample as datetime, date and UUID; the JSON attributes stay as they came', () => {
    const out = python(
      `
from openapiopenai.models import Record
r = Record.from_json(${JSON.stringify(samples[1])})
assert r is not None
c, u = r.created_at_datetime, r.updated_at_datetime
assert u is not None
print(c.year, c.month, c.day, c.hour, c.minute, c.second, c.microsecond, c.utcoffset())
print(u.year, u.month, u.day, u.hour, u.utcoffset(), r.deleted_at_datetime, r.birthday_date, r.id_uuid)
print(r.expires_at, r.created_at, r.updated_at, r.id)
print(sorted(n for n in dir(r) if n.endswith(("_datetime", "_date", "_uuid"))))
`,
      FORMATS,
    );
    expect(out.split('\n')).toEqual([
      '2024 2 29 23 59 59 123456 5:30:00',
      '2024 1 1 10 0:00:00 None 2000-01-31 123e4567-e89b-12d3-a456-426614174000',
      '1700000000 2024-02-29T23:59:59.123456+05:30 2024-01-01t10:00:00z 123E4567-E89B-12D3-A456-426614174000',
      "['birthday_date', 'created_at_datetime', 'deleted_at_datetime', 'id_uuid', 'updated_at_datetime']",
      '',
    ]);
  });

  it('a text not in the format is valid, and its view raises a ValueError naming the property and the text', () => {
    const out = python(
      `
import json
from openapiopenai.models import Record
text = ${JSON.stringify(samples[2])}
r = Record.from_json(text)
assert r is not None
for read in (lambda: r.id_uuid, lambda: r.created_at_datetime, lambda: r.birthday_date):
    try:
        read()
    except ValueError as e:
        print(e)
    else:
        raise AssertionError("no ValueError")
print(r.updated_at_datetime, json.loads(r.to_json()) == json.loads(text))
`,
      FORMATS,
    );
    expect(out.split('\n')).toEqual([
      'property "id": "not a uuid" is not an RFC 4122 UUID (8-4-4-4-12 hexadecimal digits)',
      'property "created_at": "not a date-time" is not an RFC 3339 date-time',
      'property "birthday": "31/01/2000" is not an RFC 3339 full-date',
      'None True',
      '',
    ]);
  });

  it('setting a view writes canonical text; a round trip leaves the text as it came', () => {
    const out = python(
      `
import datetime, json, uuid
from openapiopenai.models import Record
text = ${JSON.stringify(samples[1])}
r = Record.from_json(text)
assert r is not None
assert json.loads(r.to_json()) == json.loads(text) and r.to_dict()["updated_at"] == "2024-01-01t10:00:00z"
r.created_at_datetime = datetime.datetime(2024, 3, 1, 8, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
r.updated_at_datetime = datetime.datetime(2024, 1, 1, 10, tzinfo=datetime.timezone.utc)
r.deleted_at_datetime = None
r.birthday_date = datetime.date(1999, 12, 31)
r.id_uuid = uuid.UUID("123E4567-E89B-12D3-A456-426614174000")
print(r.to_json())
try:
    r.created_at_datetime = datetime.datetime(2024, 1, 1)
except ValueError as e:
    print(e)
fresh = Record(id="x", created_at="y")
fresh.deleted_at_datetime = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
print(fresh.to_json())
`,
      FORMATS,
    );
    expect(out.split('\n')).toEqual([
      '{"id": "123e4567-e89b-12d3-a456-426614174000", "created_at": "2024-03-01T08:30:00-05:00", "updated_at": "2024-01-01T10:00:00+00:00", "deleted_at": null, "birthday": "1999-12-31", "homepage": "https://example.com/a?b=c#d", "expires_at": 1700000000, "size": 9007199254740991, "email": "someone@example.com", "history": ["2024-01-01T10:00:00Z", "1990-12-31T23:59:60Z"]}',
      'property "created_at": datetime.datetime(2024, 1, 1, 0, 0) is naive: RFC 3339 needs an offset (e.g. tzinfo=datetime.timezone.utc)',
      '{"id": "x", "created_at": "y", "deleted_at": "2000-01-01T00:00:00+00:00"}',
      '',
    ]);
  });

  it('python.nativeFormats=false: no view, no datetime or uuid import, the module as before', () => {
    const model = modelFromText(JSON.stringify(loadCase('formats').schema), 'schema.json');
    const render = (nativeFormats: boolean): string =>
      renderModel(model, { targets: ['python'], options: { python: { ...targetDefaults('python'), nativeFormats } }, templates: null }).get(
        'python/openapiopenai/models/record.py',
      )!;
    const [on, off] = [render(true), render(false)];
    expect(on).toContain('    def created_at_datetime(self) -> _dt.datetime:\n');
    expect(on).toContain('\nimport datetime as _dt\nimport uuid as _uuid\n');
    expect(off).not.toMatch(/@property|_datetime|_date\b|_uuid|import datetime|import uuid/);
    // The views follow __init__, up to the late imports: without them and their imports, the same text.
    expect(on.replace('import datetime as _dt\nimport uuid as _uuid\n', '').replace(/\n\n {4}@property\n[\s\S]*?(?=\n\n\n)/, '')).toBe(off);
  });
});
