// The Python models validate through the runtime's interpreter (issue 17): the option
// python.formats (annotate by default, as 2020-12 says; assert checks the formats), the patterns
// translated into the generated table, and the error carrying every issue with its keyword
// location, run for real on generated packages.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFromText, OptionsError, renderModel } from '../generator/index.js';
import { targetDefaults } from './helpers/cases.js';

const SCHEMA = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Meeting: {
      type: 'object',
      properties: { day: { type: 'string', format: 'date' }, code: { type: 'string', pattern: '^\\p{Lu}{2}-\\d+$' }, size: { type: 'integer', maximum: 9 } },
      required: ['day'],
    },
  },
});

/** Renders the schema as a package under a fresh folder; returns that folder. */
function generate(options: Record<string, string>): string {
  const files = renderModel(modelFromText(SCHEMA, 'meeting.json'), {
    targets: ['python'],
    options: { python: { ...targetDefaults('python'), ...options } },
    templates: null,
  });
  const root = mkdtempSync(join(tmpdir(), 'python-validation-'));
  for (const [path, content] of files) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return join(root, 'python');
}

function run(dir: string, code: string): string {
  const result = spawnSync('python3', ['-B', '-W', 'error', '-c', code], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: dir } });
  expect(result.status, `${result.stderr}\n${result.stdout}`).toBe(0);
  return result.stdout.trim();
}

const PROBE = `
from openapiopenai import ValidationError
from openapiopenai.models import Meeting
def outcome(text):
    try:
        Meeting.from_json(text)
        return "ok"
    except ValidationError as e:
        return ";".join(f"{i.pointer} {i.keyword_location} {i.keyword}" for i in e.errors)
print(outcome('{"day": "2024-02-30"}'))
print(outcome('{"day": "2024-02-29", "code": "ÉT-12"}'))
print(outcome('{"day": "x", "code": "et-1", "size": 10}'))
`;

describe('python validation through the interpreter', () => {
  it('formats annotate by default: any string passes "format"; patterns come translated', () => {
    const dir = generate({});
    expect(run(dir, PROBE).split('\n')).toEqual(['ok', 'ok', '/code /properties/code/pattern pattern;/size /properties/size/maximum maximum']);
  });

  it('python.formats=assert makes the formats assertions', () => {
    const dir = generate({ formats: 'assert' });
    expect(run(dir, PROBE).split('\n')).toEqual([
      '/day /properties/day/format format',
      'ok',
      '/day /properties/day/format format;/code /properties/code/pattern pattern;/size /properties/size/maximum maximum',
    ]);
  });

  it('a bad python.formats is an OptionsError naming both values', () => {
    const model = modelFromText(SCHEMA, 'meeting.json');
    const render = (): unknown =>
      renderModel(model, { targets: ['python'], options: { python: { ...targetDefaults('python'), formats: 'strict' } }, templates: null });
    expect(render).toThrow(OptionsError);
    expect(render).toThrow('python.formats must be one of annotate, assert, found "strict"');
  });
});
