// The Python output is a package its ecosystem builds and installs offline (issue 20): Debian's
// python3 (`/usr/bin/python3`, with python3-build, python3-wheel and python3-venv from
// .ci/setup-system.sh) builds a wheel and an sdist with `-m build --no-isolation` (isolation
// would fetch setuptools from PyPI); a fresh venv installs the wheel with pip --no-index, imports
// the package and round-trips an event; pyright strict accepts a consumer of the installed
// package, which it reads as typed because py.typed ships in the wheel.

import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases.js';
import { canonicalOutput, run, tempDir, zipEntries } from './tools.js';

const PYTHON = '/usr/bin/python3';
const PYRIGHT = join(ROOT, 'node_modules', '.bin', 'pyright');

const CONSUMER = `from openapiopenai.models import RealtimeClientEventConversationItemTruncate
from openapiopenai.exceptions import ValidationError

TEXT = '{"event_id": "event_678", "type": "conversation.item.truncate", "item_id": "msg_002", "content_index": 0, "audio_end_ms": 1500}'


def main() -> None:
    event = RealtimeClientEventConversationItemTruncate.from_json(TEXT)
    assert event is not None
    again = RealtimeClientEventConversationItemTruncate.from_json(event.to_json())
    assert again is not None and again.to_dict() == event.to_dict()
    ms: int = event.audio_end_ms
    try:
        RealtimeClientEventConversationItemTruncate.from_json('{"type": "conversation.item.truncate"}')
        rejected = False
    except ValidationError:
        rejected = True
    print(ms, event.to_dict() == again.to_dict(), rejected)


main()
`;

describe('Python output as a wheel and an sdist', () => {
  it('builds offline, installs into a fresh venv, imports, round-trips, and pyright strict accepts a consumer', () => {
    const pkg = canonicalOutput('python');
    run(PYTHON, ['-m', 'build', '--no-isolation', '--sdist', '--wheel', '--outdir', 'dist', '.'], pkg);
    const built = readdirSync(join(pkg, 'dist')).sort();
    expect(built).toEqual(['openapiopenai-1.0.0-py3-none-any.whl', 'openapiopenai-1.0.0.tar.gz']);
    expect(zipEntries(join(pkg, 'dist', built[0]!))).toEqual(expect.arrayContaining(['openapiopenai/py.typed', 'openapiopenai/models/__init__.py', 'openapiopenai/_runtime.py']));

    const consumer = tempDir('py-consumer');
    run(PYTHON, ['-m', 'venv', 'venv'], consumer);
    run(join(consumer, 'venv', 'bin', 'pip'), ['install', '--no-index', '--disable-pip-version-check', '--quiet', join(pkg, 'dist', built[0]!)], consumer);
    writeFileSync(join(consumer, 'main.py'), CONSUMER);
    expect(run(join(consumer, 'venv', 'bin', 'python'), ['main.py'], consumer).trim()).toBe('1500 True True');

    // pyright reads the venv's site-packages; strict mode on the consumer, the package typed by its py.typed.
    writeFileSync(join(consumer, 'pyrightconfig.json'), JSON.stringify({ include: ['main.py'], strict: ['main.py'], venvPath: '.', venv: 'venv', reportMissingTypeStubs: 'error' }));
    const report = run(PYRIGHT, ['--outputjson'], consumer);
    expect(JSON.parse(report).summary).toMatchObject({ errorCount: 0, warningCount: 0, filesAnalyzed: 1 });
  }, 240_000);
});
