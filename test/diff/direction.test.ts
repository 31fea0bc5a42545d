// Who sends a plain JSON Schema's values, said with "x-codegen": {"wire": {"direction": ...}}
// (OpenAPI says it by usage: cli.test.ts): the same change is weighed by who reads it, a bad
// value is a schema error at its pointer, and the canonical schema says it of its two unions.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/cases.js';

/** One object per direction, with a required "a"; `more` adds a required "b" to each. */
function schema(more: boolean, direction: (way: string) => unknown = (way) => way): string {
  const object = (way: unknown): unknown => ({
    type: 'object',
    ...(way === null ? {} : { 'x-codegen': { wire: { direction: way } } }),
    properties: { a: { type: 'string' }, ...(more ? { b: { type: 'string' } } : {}) },
    required: more ? ['a', 'b'] : ['a'],
  });
  return JSON.stringify({
    $defs: { Request: object(direction('send')), Response: object(direction('receive')), Either: object(null) },
  });
}

describe('x-codegen wire direction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diff-direction-'));
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('weighs a new required member by who reads it: breaking where clients send it, compatible where they receive it', () => {
    const r = runCli(['diff', write('old.json', schema(false)), write('new.json', schema(true)), '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { changes: { new: string; wire: { direction: string; verdict: string } }[] };
    expect(report.changes.map((c) => [c.new, c.wire.direction, c.wire.verdict])).toEqual([
      // A new server reads what old clients send, which lacks "b".
      ['/$defs/Request/properties/b', 'send', 'breaking'],
      // Old clients read what a new server sends: one member more.
      ['/$defs/Response/properties/b', 'receive', 'compatible'],
      ['/$defs/Either/properties/b', 'both', 'breaking'],
    ]);
  });

  it('refuses a direction it does not know, at its pointer', () => {
    const bad = write(
      'bad.json',
      schema(false, (way) => (way === 'send' ? 'upload' : way)),
    );
    const r = runCli(['diff', bad, bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"x-codegen/wire/direction" must be one of "send", "receive", "both"');
    expect(r.stderr).toContain('#/$defs/Request/x-codegen/wire/direction');
  });

  it('the canonical schema says it of its unions: what a client event holds is sent, what a server event holds received', () => {
    const canonical = JSON.parse(readFileSync(join(ROOT, 'schema', 'realtime-events.schema.json'), 'utf8')) as {
      $defs: Record<string, { properties: Record<string, unknown>; required: string[] }>;
    };
    const changed = structuredClone(canonical);
    for (const name of ['RealtimeClientEventConversationItemTruncate', 'RealtimeServerEventConversationItemTruncated']) {
      changed.$defs[name]!.properties['reason'] = { type: 'string' };
      changed.$defs[name]!.required.push('reason');
    }
    const r = runCli([
      'diff',
      write('canonical-old.json', JSON.stringify(canonical)),
      write('canonical-new.json', JSON.stringify(changed)),
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { changes: { new: string; wire: { direction: string; verdict: string } }[] };
    expect(report.changes.map((c) => [c.new, c.wire.direction, c.wire.verdict])).toEqual([
      ['/$defs/RealtimeClientEventConversationItemTruncate/properties/reason', 'send', 'breaking'],
      ['/$defs/RealtimeServerEventConversationItemTruncated/properties/reason', 'receive', 'compatible'],
    ]);
  });

  it('generate refuses it too', () => {
    const bad = write(
      'bad-generate.json',
      schema(false, (way) => (way === 'send' ? 'upload' : way)),
    );
    const r = runCli(['generate', '--schema', bad, '--out', join(dir, 'out'), '--target', 'typescript']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('x-codegen/wire/direction');
  });
});
