// The Python target, checked by Python's own tools and run for real:
// - pyright (strict, Python 3.9) over generated/python and every golden: 0 errors, 0 warnings;
// - `python3 -W error -c "import <package>.models"` for each of them;
// - seed 001's example flow and openapi-generator's model surface on the canonical output;
// - the options, the regex translation and recursive schemas.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFromText, OptionsError, renderModel, SchemaError } from '../generator/index.js';
import { TARGETS } from '../generator/targets/index.js';
import { checkPattern, translatePattern } from '../generator/regex/index.js';
import { CASES_DIR, ROOT, listCases, targetDefaults } from './helpers/cases.js';

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
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'pyright'), ['-p', join(dir, 'pyrightconfig.json'), '--outputjson', ...PYTHON_DIRS], { encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; range: { start: { line: number } }; message: string }[]; summary: { filesAnalyzed: number; errorCount: number; warningCount: number } };
    const messages = report.generalDiagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.message}`);
    expect(messages).toEqual([]);
    expect(report.summary.errorCount + report.summary.warningCount).toBe(0);
    expect(report.summary.filesAnalyzed).toBeGreaterThan(PYTHON_DIRS.length * 5);
  }, 600_000); // every package ships the interpreter (14 runtime modules): a dozen packages take pyright minutes on a busy machine
});

describe('imports with warnings as errors', () => {
  it.each(PYTHON_DIRS.map((d) => [d.slice(ROOT.length + 1), d] as const))('%s', (_name, dir) => {
    expect(python('import openapiopenai.models as m; print(len(m.__all__))', dir).trim()).toMatch(/^[1-9]\d*$/);
  });
});

describe('seed 001 and the openapi-generator surface, on generated/python', () => {
  it('the example flow: from_json, to_json, to_dict, from_dict', () => {
    const out = python(`
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
`, GENERATED);
    expect(out.split('\n')).toEqual([
      '{"event_id": "event_2526", "type": "conversation.item.truncated", "item_id": "msg_004", "content_index": 0, "audio_end_ms": 1500}',
      "['audio_end_ms', 'content_index', 'event_id', 'item_id', 'type']",
      '',
    ]);
  });

  it('keyword construction with the const defaulted, optional fields absent, unknown keys kept', () => {
    const out = python(`
from openapiopenai.models import RealtimeClientEventConversationItemTruncate as T
event = T(item_id="msg_002", content_index=0, audio_end_ms=1500)
print(event.to_json())
event = T.from_json('{"type":"conversation.item.truncate","item_id":"m","content_index":1.0,"audio_end_ms":2,"extra":{"a":[1,null]}}')
assert event is not None and event.content_index == 1 and isinstance(event.content_index, int)
print(event.additional_properties, event.to_dict()["extra"])
print(T._RealtimeClientEventConversationItemTruncate__properties)
`, GENERATED);
    expect(out.split('\n')).toEqual([
      '{"type": "conversation.item.truncate", "item_id": "msg_002", "content_index": 0, "audio_end_ms": 1500}',
      "{'extra': {'a': [1, None]}} {'a': [1, None]}",
      "['event_id', 'type', 'item_id', 'content_index', 'audio_end_ms']",
      '',
    ]);
  });

  it('validation on construction and parsing raises a ValueError with pointer and keyword', () => {
    const out = python(`
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
`, GENERATED);
    expect(out.trim().split('\n')).toEqual(["'/content_index' type", "'/audio_end_ms' minimum", "'/event_id' maxLength", "'' required", "'/type' const", "'' json", "'' discriminator", "'' required"]);
  });

  it('unions wrap the variant in actual_instance and dispatch on type', () => {
    const out = python(`
from openapiopenai.models import RealtimeServerEvent, RealtimeServerEventConversationItemTruncated as S
text = '{"event_id":"e","type":"conversation.item.truncated","item_id":"m","content_index":0,"audio_end_ms":5}'
event = RealtimeServerEvent.from_json(text)
assert event is not None and isinstance(event.actual_instance, S)
assert RealtimeServerEvent(S.from_json(text)) == event
print(event.to_json())
print(RealtimeServerEvent.from_dict(event.to_dict()) == event, RealtimeServerEvent.one_of_schemas)
`, GENERATED);
    expect(out.split('\n')).toEqual([
      '{"event_id": "e", "type": "conversation.item.truncated", "item_id": "m", "content_index": 0, "audio_end_ms": 5}',
      "True ['RealtimeServerEventConversationItemTruncated']",
      '',
    ]);
  });
});

describe('general schemas (goldens)', () => {
  it('nullable: None given is written as null, a field never given is not written', () => {
    const out = python(`
from openapiopenai.models import Profile, Address
print(Profile(nickname=None).to_json(), Profile(nickname="n", age=None).to_json())
p = Profile.from_json('{"nickname":null,"address":null,"settings":{"theme":"t"}}')
assert p is not None and p.address is None
print(p.to_json(), Profile(nickname="a", address=Address(line="l")).to_dict())
`, join(CASES_DIR, 'nullable', 'python'));
    expect(out.split('\n')).toEqual([
      '{"nickname": null} {"nickname": "n", "age": null}',
      `{"nickname": null, "address": null, "settings": {"theme": "t"}} {'nickname': 'a', 'address': {'line': 'l'}}`,
      '',
    ]);
  });

  it('enums are Enum classes; aliases are type aliases with a TypeAdapter', () => {
    const enums = python(`
from enum import Enum
from openapiopenai.models import Color, Paint, PaintShade, Priority
assert issubclass(Color, Enum) and Color.DARK_BLUE.value == "dark-blue" and Priority.from_json("2.0") is Priority.NUMBER_2
assert PaintShade.from_json("null") is None
print(Paint(color=Color.RED, shade=None).to_json(), Paint.from_json('{"color":"green"}'))
`, join(CASES_DIR, 'enums', 'python'));
    expect(enums).toBe(`{"color": "red", "shade": null} Paint(color=<Color.GREEN: 'green'>, finish=None, priority=None, shade=None, single=None)\n`);
    const aliases = python(`
from openapiopenai.models import Counts, CountsAdapter, InventoryItemsItem, Inventory
counts: Counts = CountsAdapter.validate_json('{"a": 1}')
print(counts, CountsAdapter.dump_json({"b": 2}))
try:
    CountsAdapter.validate_python({"a": -1})
except ValueError as e:
    print(e)
print(Inventory(items=[InventoryItemsItem(sku="s")]).to_json())
`, join(CASES_DIR, 'arrays-maps', 'python'));
    expect(aliases).toBe(`{'a': 1} {"b": 2}\n/a: must be >= 0 (minimum)\n{"items": [{"sku": "s"}]}\n`);
  });

  it('recursive schemas: modules that import each other load and round-trip', () => {
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { Node: { type: 'object', properties: { children: { $ref: '#/$defs/Nodes' }, other: { $ref: '#/$defs/Other' } } }, Other: { type: 'object', properties: { node: { $ref: '#/$defs/Node' } } }, Nodes: { type: 'array', items: { $ref: '#/$defs/Node' } } } };
    const dir = mkdtempSync(join(tmpdir(), 'python-recursive-'));
    for (const [path, content] of renderModel(modelFromText(JSON.stringify(schema), 'recursive.json'), { targets: ['python'], options: { python: targetDefaults('python') }, templates: null })) {
      spawnSync('mkdir', ['-p', join(dir, path, '..')]);
      writeFileSync(join(dir, path), content);
    }
    const text = '{"children":[{"other":{"node":{"children":[]}}}]}';
    expect(python(`
from openapiopenai.models.other import Other
from openapiopenai.models import Node
node = Node.from_json('${text}')
assert node is not None
print(node.to_json())
`, join(dir, 'python'))).toBe(`${JSON.stringify(JSON.parse(text)).replace(/:/g, ': ').replace(/,/g, ', ')}\n`);
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
    const attributes = namesError({ X: { type: 'object', properties: { a_b: { type: 'string' }, 'a-b': { type: 'string' } } } });
    expect(attributes.message).toBe('property "a_b" and property "a-b" both become "a_b" in python (attributes of "X")');
    expect(attributes.pointer).toBe('/$defs/X/properties/a-b');
    const classes = namesError({ a_b: { type: 'string' }, 'a-b': { type: 'string' } });
    expect(classes.message).toBe('declaration "a_b" and declaration "a-b" both become "AB" in python (class names)');
    expect(classes.pointer).toBe('/$defs/a-b');
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
    const files = renderModel(model, { targets: ['python'], options: { python: { ...targetDefaults('python'), package: 'acme.models_pkg' } }, templates: null });
    expect([...files.keys()]).toContain('python/acme/models_pkg/models/a.py');
    expect(files.get('python/pyproject.toml')).toContain('name = "acme-models-pkg"');
    expect(() => renderModel(model, { targets: ['python'], options: { python: { ...targetDefaults('python'), package: 'class' } }, templates: null })).toThrow(OptionsError);
  });

  it('translates ECMA patterns to re syntax (see test/security/patterns.test.ts for the full table)', () => {
    expect(translatePattern('^[a-z]+$', 'python')).toBe('^[\\x61-\\x7a]+\\Z');
    expect(translatePattern('a.b\\s', 'python')).toBe('\\x61[\\x00-\\x09\\x0b\\x0c\\x0e-\\u2027\\u202a-\\U0010ffff]\\x62[\\x09-\\x0d\\x20\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]');
    expect(translatePattern('(?<y>\\d{4})-\\k<y>[[&]\\u{1F600}\\/', 'python')).toBe('([\\x30-\\x39]{4})\\x2d(?:\\1)[\\x26\\x5b]\\U0001f600\\x2f');
    expect(translatePattern('(?<=a)b[^]', 'python')).toBe('(?<=\\x61)\\x62[\\x00-\\U0010ffff]');
    expect(() => checkPattern('(?<=a+)b', '/$defs/X/pattern')).toThrow(SchemaError);
  });

  it('the translated patterns behave like ECMA ones in Python', () => {
    const cases: [string, string, boolean][] = [['^[a-z]+$', 'abc\n', false], ['^\\d$', '٣', false], ['^\\w+$', 'é', false], ['^.$', '\r', false], ['^\\s$', '\ufeff', true], ['^\\u{1F600}$', '😀', true]];
    const code = cases.map(([p, s, ok]) => `assert (re.search(${JSON.stringify(translatePattern(p, 'python'))}, ${JSON.stringify(s)}) is not None) == ${ok ? 'True' : 'False'}, ${JSON.stringify(p)}`).join('\n');
    python(`import re\n${code}`, ROOT);
  });
});
