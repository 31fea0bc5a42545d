// The Python target's fast readers (generator/targets/python/readers.ts) make what from_json's
// other path makes: for every golden case, the canonical schema and a schema of the shapes the
// readers take (test/helpers/reader-shapes.ts), the package is rendered and one python3 process
// reads each value (the samples and their mutations) into every class and alias adapter with a
// reader, and compares the reader's answer with the compiled check's and the binding's: a reader
// answers only for a valid value, and then with the same model (the same classes, attributes in
// the same order, values of the same types, the same nullable fields given and the same unknown
// members), and it does answer for a share of the values; from_dict, which reads through the
// reader too, answers as the check and binds the same.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, modelFromText } from '../generator/index.js';
import type { JsonValue } from '../generator/model/ir.js';
import { allSchemas } from './helpers/cases.js';
import { texts } from './helpers/check-vocabulary.js';
import { mutations } from './helpers/mutations.js';
import { renderPythonPackages, type PythonJob } from './helpers/python-packages.js';
import { READER_SHAPES, READER_VALUES } from './helpers/reader-shapes.js';

/** Reads, in one python3 process, every value into every class with a reader, both ways. */
const READERS_AGREE = `
import enum, importlib, json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    job = json.load(f)
sys.path.insert(0, job["root"])
found, tried, taken, taken_by, readers_of = [], 0, 0, {}, {}

def same(a, b, at):
    """None when a and b are the same binding, else where they differ."""
    if type(a) is not type(b):
        return f"{at}: {type(a).__name__} and {type(b).__name__}"
    if isinstance(a, enum.Enum):
        return None if a is b else f"{at}: {a!r} and {b!r}"
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{at}: {len(a)} and {len(b)} items"
        return next((d for d in (same(x, y, f"{at}/{i}") for i, (x, y) in enumerate(zip(a, b))) if d), None)
    if isinstance(a, (dict, set, frozenset)) or hasattr(a, "__dict__"):
        if isinstance(a, (set, frozenset)):
            return None if a == b else f"{at}: {sorted(a)} and {sorted(b)}"
        x, y = (a, b) if isinstance(a, dict) else (vars(a), vars(b))
        if list(x) != list(y):
            return f"{at}: members {list(x)} and {list(y)}"
        return next((d for d in (same(x[k], y[k], f"{at}/{k}") for k in x) if d), None)
    return None if a == b else f"{at}: {a!r} and {b!r}"

for case in job["cases"]:
    package = case["package"]
    rt = importlib.import_module(package + "._runtime")
    models = importlib.import_module(package + ".models")
    values = [(text, json.loads(text)) for text in case["values"]]
    targets = [(name, getattr(models, name)) for name in models.__all__]
    targets = [(name, t) for name, t in targets if hasattr(t, "__codegen_validator__") and rt._reader(t) is not None]
    readers_of[package] = sorted(name for name, _ in targets)
    for name, target in targets:
        read, check = rt._reader(target), rt._validator(target).json_check()
        decode = rt._bound_schema(target).decoder()
        from_dict = getattr(target, "from_dict", None) or target.validate_python
        for text, value in values:
            tried += 1
            fast = read(value)
            # from_dict (an adapter's validate_python) reads through the reader too: the same answers.
            if value is not None:
                try:
                    given, accepted = from_dict(value), True
                except ValueError:
                    given, accepted = None, False
                if accepted is not check(value):
                    found.append(f"{package} {name} {text}: from_dict {'accepts' if accepted else 'refuses'} it, the check does not")
                elif accepted and (difference := same(given, decode(value), "")):
                    found.append(f"{package} {name} {text}: from_dict {difference}")
            if fast is None:
                continue
            taken += 1
            taken_by[f"{package}.{name}"] = taken_by.get(f"{package}.{name}", 0) + 1
            if not check(value):
                found.append(f"{package} {name} {text}: read, but the check refuses it")
                continue
            difference = same(fast, decode(value), "")
            if difference:
                found.append(f"{package} {name} {text}: {difference}")

# A subclass of a model binds to itself: from_json takes the other path for it.
shapes = importlib.import_module("fastshapes.models")
class Sub(shapes.Point):
    pass
if type(Sub.from_json('{"x": 1}')) is not Sub or type(shapes.Point.from_json('{"x": 1}')) is not shapes.Point:
    found.append("from_json of a subclass of Point does not make a Sub")
print(json.dumps({"found": found[:20], "tried": tried, "taken": taken, "takenBy": taken_by, "readers": readers_of}))
`;

/** JSON text with every integer written as a float (1.0), which is the same JSON value. */
function withFloats(value: JsonValue): string {
  if (typeof value === 'number') return Number.isInteger(value) ? `${JSON.stringify(value)}.0`.replace(/e\+?(\d+)\.0$/, '.0e$1') : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(withFloats).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${withFloats(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

describe('fast readers agree with the check and the binding', () => {
  it('on every golden case, the canonical schema and the reader shapes: the same models from the valid values, none from the others', () => {
    const jobs: PythonJob[] = [
      ...allSchemas().map((c, i) => ({
        package: `fast${i}`,
        model: loadModel(c.schemaPath),
        values: texts([...c.valid, ...c.invalid].flatMap((vector) => mutations(vector.json as JsonValue))),
      })),
      {
        package: 'fastshapes',
        model: modelFromText(JSON.stringify(READER_SHAPES), 'shapes.json'),
        // Integers written as 1.0 too (JSON.stringify never does): json.loads makes floats, which bind as ints.
        values: ((values: JsonValue[]) => [...texts(values), ...values.map(withFloats)])(READER_VALUES.flatMap((v) => mutations(v))),
      },
    ];
    const root = renderPythonPackages(jobs, 'py-readers-');
    const cases = jobs.map((job) => ({ package: job.package, values: job.values }));
    writeFileSync(join(root, 'job.json'), JSON.stringify({ root, cases }));
    writeFileSync(join(root, 'agree.py'), READERS_AGREE);
    const run = spawnSync('python3', ['-W', 'error', join(root, 'agree.py'), join(root, 'job.json')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    const { found, tried, taken, takenBy, readers } = JSON.parse(run.stdout) as {
      found: string[];
      tried: number;
      taken: number;
      takenBy: Record<string, number>;
      readers: Record<string, string[]>;
    };
    expect(found).toEqual([]);
    // The same declarations read fast as in Java (shared/reader-plans.ts), the batch by its adapter.
    expect(readers['fastshapes']).toEqual([
      'Added',
      'Audio',
      'Base',
      'BatchAdapter',
      'Call',
      'Choice',
      'Closed',
      'Developer',
      'Done',
      'Event',
      'Holder',
      'Hosted',
      'Item',
      'Point',
      'Single',
      'Tool',
      'User',
    ]);
    // Each shape is read fast somewhere: a union on two levels of tags, a discriminated union, a batch, an allOf object.
    for (const name of ['Item', 'Event', 'BatchAdapter', 'User', 'Closed', 'Tool', 'Audio', 'Choice', 'Single', 'Holder'])
      expect(takenBy[`fastshapes.${name}`] ?? 0, `${name}: ${JSON.stringify(takenBy)}`).toBeGreaterThan(0);
    expect(Object.values(readers).flat().length).toBeGreaterThan(50);
    expect(tried).toBeGreaterThan(10_000);
    // The readers decide a share of the values (the valid ones their declarations read), the other path the rest.
    expect(taken).toBeGreaterThan(1_000);
    expect(taken).toBeLessThan(tried);
  }, 300_000);
});
