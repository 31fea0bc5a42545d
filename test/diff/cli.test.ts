// schema-codegen diff as users run it (dist/cli.js): the JSON shape issue 21 gives, directions
// from OpenAPI usage (request bodies sent, responses received, webhooks the other way round),
// the exit codes (--fail-on, bad input), the formats, and --base-ref against a git ref.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BASE, CASES_DIR } from './fixtures.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OLD = join(HERE, 'openapi', 'old.yaml');
const NEW = join(HERE, 'openapi', 'new.yaml');

interface JsonChange {
  kind: string;
  old: string | null;
  new: string | null;
  wire: { direction: string; oldReadsNew: string; newReadsOld: string; verdict: string };
  source: Record<string, string>;
  reason: string;
}

describe('schema-codegen diff', () => {
  it('prints the JSON of issue 21, each change with its pointers in both OpenAPI documents and its direction from usage', () => {
    const r = runCli(['diff', OLD, NEW, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { changes: JsonChange[]; semver: Record<string, string> };
    const brief = report.changes.map((c) => [c.kind, c.old, c.new, c.wire.direction, c.wire.oldReadsNew, c.wire.newReadsOld, c.wire.verdict, Object.values(c.source).join(',')]);
    expect(brief).toEqual([
      // Size is in the request and the response: both directions count.
      ['enum-value-added', '/components/schemas/Size', '/components/schemas/Size', 'both', 'breaking', 'compatible', 'breaking', 'compatible,compatible,compatible,compatible'],
      // A request body: the server (new) must read what old clients send, which lacks "note".
      ['property-added-required', '/components/schemas/ThingCreate', '/components/schemas/ThingCreate/properties/note', 'send', 'compatible', 'breaking', 'breaking', 'breaking,breaking,breaking,breaking'],
      // A request body's enum gains a value: old servers never see it, new servers read old requests.
      ['enum-value-added', '/components/schemas/ThingCreate/properties/mode', '/components/schemas/ThingCreate/properties/mode', 'send', 'breaking', 'compatible', 'compatible', 'compatible,compatible,compatible,compatible'],
      // A response's enum gains a value: old clients receive it.
      ['enum-value-added', '/components/schemas/Status', '/components/schemas/Status', 'receive', 'breaking', 'compatible', 'breaking', 'compatible,compatible,compatible,compatible'],
      // A webhook's body is received by the client: a value it no longer sends breaks no one.
      ['enum-value-removed', '/components/schemas/ThingEvent/properties/kind', '/components/schemas/ThingEvent/properties/kind', 'receive', 'compatible', 'breaking', 'compatible', 'breaking,breaking,breaking,breaking'],
    ]);
    expect(Object.keys(report.changes[0]!.source)).toEqual(['typescript', 'python', 'csharp', 'java']);
    expect(report.changes[1]!.reason).toContain('ThingCreate.note');
    expect(report.semver).toEqual({ typescript: 'major', python: 'major', csharp: 'major', java: 'major' });
  });

  it('--fail-on breaking and any exit 1 when met, 0 when not; --target narrows what counts', () => {
    expect(runCli(['diff', OLD, NEW, '--fail-on', 'breaking']).status).toBe(1);
    expect(runCli(['diff', OLD, NEW, '--fail-on', 'any']).status).toBe(1);
    expect(runCli(['diff', OLD, OLD, '--fail-on', 'any']).status).toBe(0);
    const added = join(CASES_DIR, 'declaration-added.json');
    const work = mkdtempSync(join(tmpdir(), 'diff-cli-'));
    const patched = JSON.parse(readFileSync(BASE, 'utf8'));
    patched.$defs.Extra = JSON.parse(readFileSync(added, 'utf8')).patch[0].value;
    writeFileSync(join(work, 'new.json'), JSON.stringify(patched));
    const r = runCli(['diff', BASE, join(work, 'new.json'), '--fail-on', 'breaking', '--target', 'java']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('declaration-added Extra');
    expect(r.stdout).toContain('java: minor');
    expect(r.stdout).not.toContain('typescript');
  });

  it('--direction says who sends a declaration of a plain JSON Schema, and what it references follows', () => {
    const work = mkdtempSync(join(tmpdir(), 'diff-direction-'));
    const patched = JSON.parse(readFileSync(BASE, 'utf8'));
    patched.$defs.Thing.properties.extra = { type: 'string' };
    patched.$defs.Thing.required.push('extra');
    patched.$defs.Color.enum.push('yellow');
    writeFileSync(join(work, 'new.json'), JSON.stringify(patched));
    const wire = (...args: string[]): string[] =>
      (JSON.parse(runCli(['diff', BASE, join(work, 'new.json'), '--format', 'json', ...args]).stdout) as { changes: JsonChange[] }).changes.map(
        (c) => `${c.kind} ${c.wire.direction} ${c.wire.verdict}`,
      );
    expect(wire()).toEqual(['property-added-required both breaking', 'enum-value-added both breaking']);
    // Received: old readers get the new required property (fine) and a color they do not know (not fine).
    expect(wire('--direction', 'Thing=receive')).toEqual(['property-added-required receive compatible', 'enum-value-added receive breaking']);
    // Sent: the new reader misses the property in old values; old senders never send the new color.
    expect(wire('--direction', 'Thing=send')).toEqual(['property-added-required send breaking', 'enum-value-added send compatible']);
    const typo = runCli(['diff', BASE, join(work, 'new.json'), '--direction', 'Thng=send']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('neither version declares');
    expect(runCli(['diff', BASE, join(work, 'new.json'), '--direction', 'Thing=up']).status).toBe(2);
  });

  it('prints Markdown for a pull-request comment', () => {
    const r = runCli(['diff', OLD, NEW, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^### Schema changes: /);
    expect(r.stdout).toContain('| semver | **major** | **major** | **major** | **major** |');
    expect(r.stdout).toContain('| ⚠️ | property-added-required | `ThingCreate.note`');
  });

  it('refuses bad input with exit 2 in the generator\'s error style', () => {
    const missing = runCli(['diff', OLD, join(HERE, 'nope.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^error: cannot read schema .*nope\.yaml/);
    expect(missing.stderr).toContain('hint: ');
    expect(runCli(['diff', OLD]).status).toBe(2);
    expect(runCli(['diff', OLD, NEW, '--format', 'html']).stderr).toContain('use text, markdown or json');
    expect(runCli(['diff', OLD, NEW, '--target', 'docs']).status).toBe(2);
    const work = mkdtempSync(join(tmpdir(), 'diff-bad-'));
    writeFileSync(join(work, 'bad.json'), '{"$defs": {"A": {"type": "objekt"}}}');
    const bad = runCli(['diff', OLD, join(work, 'bad.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.json#/$defs/A/type');
  });

  it('--base-ref compares the file with its version at a git ref', () => {
    const repo = mkdtempSync(join(tmpdir(), 'diff-git-'));
    const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo }).toString();
    git('init', '-q');
    copyFileSync(OLD, join(repo, 'api.yaml'));
    git('add', 'api.yaml');
    git('commit', '-qm', 'old');
    copyFileSync(NEW, join(repo, 'api.yaml'));
    const r = runCli(['diff', 'api.yaml', '--base-ref', 'HEAD', '--format', 'json'], { cwd: repo });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { old: string; changes: unknown[] };
    expect(report.old).toBe('HEAD:api.yaml');
    expect(report.changes).toHaveLength(5);
    const none = runCli(['diff', 'api.yaml', '--base-ref', 'no-such-ref'], { cwd: repo });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('at git ref "no-such-ref"');
  });
});

