// The Java target compiles and runs for real:
// - the canonical output and every golden compile in ONE javac run (--release 8 -Xlint:all
//   -Werror) against Debian's Jackson jars, each unit in a package of its own: 0 warnings;
// - Checks.java exercises seed 004's surface (builder, toBuilder, getters, equals/hashCode,
//   toString, validate, unions) on the canonical classes;
// - the Runner, one JVM for every unit and every vector, agrees with Ajv on every sample and example;
// - naming: keywords and java.lang names are escaped, collisions and bad options are errors.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelFromText, renderModel } from '../generator/index.js';
import { makeOracle } from './helpers/ajv.js';
import { compareWithAjv, describe as describeTally } from './helpers/agreement.js';
import { allSchemas, defaultOptions, listCases, loadCase, ROOT } from './helpers/cases.js';
import { runVectors } from './helpers/protocol.js';
import { buildJava, JAVA_FLAGS, type JavaBuild } from './runners/java.js';

const cases = allSchemas();
let build: JavaBuild;

beforeAll(async () => {
  build = await buildJava(
    cases.map((c) => ({ key: c.name, schemaPath: c.schemaPath })),
    mkdtempSync(join(tmpdir(), 'java-test-')),
  );
});

describe('javac', () => {
  it('compiles the canonical output and every golden with 0 warnings', () => {
    expect(build.javacOutput).toBe('');
    expect(build.sources).toBeGreaterThan(cases.length);
    expect(build.hasChecks).toBe(true);
  });

  it.each(listCases())('what was compiled for %s is its golden', (name) => {
    const c = loadCase(name);
    const files = renderModel(modelFromText(readFileSync(c.schemaPath, 'utf8'), 'schema.json'), defaultOptions(['java']));
    expect(files.size).toBeGreaterThan(1);
    for (const [path, content] of files) expect(readFileSync(join(c.dir, path), 'utf8'), path).toBe(content);
  });
});

describe('Checks.java on the canonical classes', () => {
  it('passes every check', async () => {
    const { stdout } = await promisify(execFile)('java', [...JAVA_FLAGS, '-cp', build.classpath, 'Checks']);
    const oks = stdout.split('\n').filter((l) => l.startsWith('ok '));
    for (const name of ['toString', 'toBuilder copies and changes', 'equals and hashCode after reading', 'visitor', 'unknown enum value round trips', 'typed const getter on a parsed value', 'optional integer const getter', 'date-time getter', 'native setters write canonical text', 'formatted text round trips as read'])
      expect(oks).toContain(`ok ${name}`);
    expect(stdout).toContain(`checks passed: ${oks.length}\n`);
    expect(oks.length).toBeGreaterThanOrEqual(62);
  });
});

describe('the Runner agrees with Ajv', () => {
  // Every case's vectors in one JVM (a JVM's start per case cost a minute of CI), judged per case.
  const vectors = cases.flatMap((c) => [...c.valid, ...c.invalid].map((v) => ({ ...v, case: c.name })));
  let outcomes: Awaited<ReturnType<typeof runVectors>> = [];
  beforeAll(async () => {
    outcomes = await runVectors({ command: 'java', args: [...JAVA_FLAGS, '-cp', build.classpath, 'Runner', build.unitsPath], cwd: ROOT }, vectors);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const mine = vectors.flatMap((v, i) => (v.case === name ? [[v, outcomes[i]!] as const] : []));
    expect(mine.length).toBe(c.valid.length + c.invalid.length);
    const tally = compareWithAjv(makeOracle(c.schema), mine.map(([v]) => v), mine.map(([, o]) => o));
    expect(tally.disagreements, describeTally(tally)).toEqual([]);
    expect(tally.accepted).toBe(c.valid.length);
    expect(tally.pointerAgreed).toBe(c.invalid.length);
  });
});

describe('the java.formats option', () => {
  const schema = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { Mail: { type: 'string', format: 'email' } } });
  const validationSchema = (formats: string): string => {
    const files = renderModel(modelFromText(schema, 'formats.schema.json'), {
      targets: ['java'],
      options: { java: { ...defaultOptions(['java']).options['java'], formats } },
      templates: null,
    });
    return files.get('java/src/main/java/com/openai/models/realtime/ValidationSchema.java')!;
  };

  it('annotates by default and asserts on request, in the one generated ValidationSchema', () => {
    expect(validationSchema('annotate')).toContain('static final boolean FORMAT_ASSERTION = false;');
    expect(validationSchema('assert')).toContain('static final boolean FORMAT_ASSERTION = true;');
  });

  it('refuses another value, naming the choices', () => {
    expect(() => validationSchema('strict')).toThrow(/java\.formats must be one of annotate, assert, got "strict"/);
  });
});

describe('the java.nativeFormats option', () => {
  const record = (nativeFormats: boolean): string => {
    const c = loadCase('formats');
    const files = renderModel(modelFromText(readFileSync(c.schemaPath, 'utf8'), 'schema.json'), {
      targets: ['java'],
      options: { java: { ...defaultOptions(['java']).options['java'], nativeFormats } },
      templates: null,
    });
    return files.get('java/src/main/java/com/openai/models/realtime/Record_.java')!;
  };

  it('gives formatted strings java.time, UUID and URI getters and setters by default', () => {
    const on = record(true);
    expect(on).toContain('public OffsetDateTime createdAt() {');
    expect(on).toContain('public Optional<LocalDate> birthday() {');
    expect(on).toContain('public Builder id(UUID id) {');
    expect(on).toContain('public Optional<Long> expiresAt() {');
  });

  it('keeps the JSON types alone when off', () => {
    const off = record(false);
    expect(off).toContain('public String createdAt() {');
    expect(off).not.toMatch(/FormatViews|OffsetDateTime|LocalDate|UUID|java\.net\.URI/);
  });
});

