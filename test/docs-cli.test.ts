// The docs target through the real CLI: an example that does not follow its schema (--strict), a bad
// "x-codegen" rest block or docs name -> exit 2 with the JSON pointer; the baseUrl option.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

function withSchema(defs: object): { dir: string; schema: string } {
  const dir = mkdtempSync(join(tmpdir(), 'docs-cli-'));
  const schema = join(dir, 'bad.schema.json');
  writeFileSync(schema, JSON.stringify({ $schema: DRAFT, $defs: defs }));
  return { dir, schema };
}

function generateDocs(defs: object, ...extra: string[]) {
  const { dir, schema } = withSchema(defs);
  return { dir, result: runCli(['generate', '--schema', schema, '--out', join(dir, 'out'), '--target', 'docs', ...extra]) };
}

const event = (extra: object = {}) => ({
  type: 'object',
  properties: { type: { const: 'ping' }, n: { type: 'integer', maximum: 5 }, inner: { type: 'object', properties: { s: { type: 'string' } }, examples: [{ s: 1 }] } },
  required: ['type'],
  ...extra,
});

describe('docs target through the CLI', () => {
  it('an example that does not validate, under --strict: exit 2, with the pointer of the example and of the bad value', () => {
    const { result } = generateDocs({ Ping: { ...event(), properties: { type: { const: 'ping' }, n: { type: 'integer', maximum: 5 } }, examples: [{ type: 'ping', n: 1 }, { type: 'ping', n: 7 }] } }, '--strict');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bad.schema.json#/$defs/Ping/examples/1');
    expect(result.stderr).toContain('at "/n"');
    expect(result.stderr).toContain('hint:');
  });

  it('an example of a nested (hoisted) object is checked too', () => {
    const { result } = generateDocs({ Ping: event() }, '--strict');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('#/$defs/Ping/properties/inner/examples/0');
    expect(result.stderr).toContain('at "/s"');
  });

  it('a bad "rest" block or docs page name: exit 2 at its pointer', () => {
    const { properties } = event();
    const noInner = { type: properties.type, n: properties.n };
    const rest = generateDocs({ Ping: { ...event(), properties: noInner, 'x-codegen': { rest: { method: 'post', path: '/ping', status: 200 } } } });
    expect(rest.result.status).toBe(2);
    expect(rest.result.stderr).toContain('#/$defs/Ping/x-codegen/rest/method');
    const name = generateDocs({ Ping: { ...event(), properties: noInner, 'x-codegen': { docs: { name: 'a/b' } } } });
    expect(name.result.status).toBe(2);
    expect(name.result.stderr).toContain('#/$defs/Ping/x-codegen/docs/name');
    const clash = generateDocs({ Ping: { ...event(), properties: noInner }, Pong: { ...event(), properties: noInner, 'x-codegen': { docs: { name: 'ping' } } } });
    expect(clash.result.status).toBe(2);
    expect(clash.result.stderr).toContain('#/$defs/Pong');
  });

  it('docs.baseUrl prefixes the REST request line', () => {
    const { properties } = event();
    const { dir, result } = generateDocs({ Ping: { ...event(), properties: { type: properties.type }, 'x-codegen': { rest: { method: 'POST', path: '/v1/ping', status: 201 } } } }, '--option', 'docs.baseUrl=https://api.example.com');
    expect(result.status, result.stderr).toBe(0);
    const page = readFileSync(join(dir, 'out', 'docs', 'Ping.md'), 'utf8');
    expect(page).toContain('```http\nPOST https://api.example.com/v1/ping\n```');
    expect(page).toContain('**HTTP code**: 201 Created');
    const bad = generateDocs({ Ping: { ...event(), properties: { type: properties.type } } }, '--option', 'docs.baseUrl=https://x/');
    expect(bad.result.status).toBe(2);
  });
});
