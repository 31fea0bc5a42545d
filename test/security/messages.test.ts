// Error messages quote text from the schema and the command line as JSON strings, and nothing
// from the input reaches the terminal raw: no newline to forge a log line, no ESC or C1 CSI to
// move the cursor or set the window title, no line separator or bidi control to reorder a line.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
/** What must never reach the terminal from the input: C0 controls but tab and the newlines the
 *  message itself prints, DEL, C1 (U+009B is CSI), line separators, bidi controls. */
const RAW_CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const HOSTILE = 'x"y\n\r\u001b]0;pwned\u0007\u001b[2J\u009b31m\u2028\u202e';

const work = mkdtempSync(join(tmpdir(), 'messages-'));

function expectSafe(stderr: string, lines: number): void {
  expect(stderr).not.toMatch(RAW_CONTROL);
  expect(stderr.trimEnd().split('\n')).toHaveLength(lines);
}

describe('error messages', () => {
  it('quote schema text as a JSON string and show controls as escapes', () => {
    const schema = join(work, 'required.schema.json');
    writeFileSync(schema, JSON.stringify({ $schema: DRAFT, $defs: { A: { $ref: `#/$defs/${HOSTILE}` } } }));
    const result = runCli(['generate', '--schema', schema, '--out', join(work, 'out1')]);
    expect(result.status).toBe(2);
    expectSafe(result.stderr, 3);
    // The name as a JSON string, each time it is shown: its quote escaped, so the message cannot be misread.
    const name = 'x\\"y\\n\\r\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u2028\\u202e';
    expect(result.stderr).toContain(`reference "#/$defs/${name}" points at nothing: there is no "$defs/${name}"`);
  });

  it('show a hostile schema file name, keyword and pointer without raw controls', () => {
    const schema = join(work, `bad\u001b[31m\u2028${'\u009b'}name.schema.json`);
    writeFileSync(schema, JSON.stringify({ $schema: DRAFT, $defs: { [HOSTILE]: { type: 'string', [`k${HOSTILE}`]: 1 } } }));
    // --strict: an unknown keyword is an error, not only a warning, so the message carries it.
    const result = runCli(['generate', '--schema', schema, '--out', join(work, 'out2'), '--strict']);
    expect(result.status).toBe(2);
    expectSafe(result.stderr, 3);
    expect(result.stderr).toContain('\\u001b[31m');
  });

  it('show hostile option values and commands without raw controls', () => {
    for (const args of [['generate', '--option', `python.pack${HOSTILE}=1`], ['generate', '--option', `nonsense${HOSTILE}`], [`gen${HOSTILE}`]]) {
      const result = runCli([...args, '--out', join(work, 'out3')], { cwd: work });
      expect(result.status).toBe(2);
      expectSafe(result.stderr, 2);
    }
  });
});
