// The Java runtime (templates/java/runtime/com/openai/{core,errors,validation}/*.java) checked as
// ordinary Java source, not only through generated cases:
// - javac --release 8 -Xlint:all -Werror (the flags the generated code is held to) on the runtime
//   sources alone, then with the unit tests of test/runtime/java/ (a JUnit-less main,
//   com.openai.core.RuntimeTest and com.openai.validation.ValidatorTest, in the runtime's packages
//   to reach their package-private parts), each run on a JVM: every check must print "ok";
// - the copy: each generated runtime file is the banner plus the source with only its package,
//   imports and qualified `new` renamed, for the default and another runtimePackage (which compiles
//   too); a source naming the package anywhere else is refused.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, renderModel } from '../../generator/index.js';
import { readRuntimeSources } from '../../generator/stages/read.js';
import { withRuntimePackage } from '../../generator/targets/java/index.js';
import { CANONICAL_SCHEMA, ROOT, targetDefaults } from '../helpers/cases.js';
import { JAVA_FLAGS, JAVAC_FLAGS } from '../runners/java.js';

const run = promisify(execFile);
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);
const RUNTIME = readRuntimeSources([join(ROOT, 'templates', 'java')]);
const TEST_SOURCES = ['com/openai/core/RuntimeTest.java', 'com/openai/validation/ValidatorTest.java'].map((p) => join(ROOT, 'test', 'runtime', 'java', p));
const WORK = mkdtempSync(join(tmpdir(), 'java-runtime-'));

/** javac's stdout and stderr together: empty when there is not a single warning. */
async function javac(classes: string, files: readonly string[]): Promise<string> {
  mkdirSync(classes, { recursive: true });
  try {
    const { stdout, stderr } = await run('javac', [...JAVAC_FLAGS, '-cp', JARS.join(':'), '-d', classes, ...files], { maxBuffer: 16 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
}

/** Writes path -> text below dir; returns the files. */
function writeTree(dir: string, files: Iterable<readonly [string, string]>): string[] {
  const written: string[] = [];
  for (const [path, text] of files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(file);
  }
  return written;
}

let compiled: Promise<string> | undefined;

/** The runtime and both unit tests, compiled once for the two tests that run them. */
async function testClasses(): Promise<string> {
  compiled ??= (async () => {
    const classes = join(WORK, 'test-classes');
    const files = writeTree(join(WORK, 'test-src'), RUNTIME);
    expect(await javac(classes, [...files, ...TEST_SOURCES])).toBe('');
    return classes;
  })();
  return compiled;
}

beforeAll(() => {
  for (const jar of JARS) if (!existsSync(jar)) throw new Error(`Jackson jar not found: ${jar} (apt-get install libjackson2-databind-java)`);
});

describe('the runtime sources', () => {
  it('are the 25 core, 2 errors and 24 validation classes, in their package folders', () => {
    expect([...RUNTIME.keys()].filter((p) => p.startsWith('com/openai/core/'))).toHaveLength(25);
    expect([...RUNTIME.keys()].filter((p) => p.startsWith('com/openai/errors/'))).toHaveLength(2);
    expect([...RUNTIME.keys()].filter((p) => p.startsWith('com/openai/validation/'))).toHaveLength(24);
    expect(RUNTIME.size).toBe(51);
    for (const [path, text] of RUNTIME) expect(text.startsWith(`package ${dirname(path).replace(/\//g, '.')};\n`), path).toBe(true);
  });

  it('compile alone with javac --release 8 -Xlint:all -Werror: 0 warnings', async () => {
    const files = writeTree(join(WORK, 'alone-src'), RUNTIME);
    expect(await javac(join(WORK, 'alone-classes'), files)).toBe('');
  });

  it('pass their unit tests (RuntimeTest)', async () => {
    const classes = await testClasses();
    let stdout: string;
    try {
      ({ stdout } = await run('java', [...JAVA_FLAGS, '-cp', [classes, ...JARS].join(':'), 'com.openai.core.RuntimeTest']));
    } catch (error) {
      throw new Error(`RuntimeTest failed:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
    const lines = stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('FAIL '))).toEqual([]);
    const oks = lines.filter((l) => l.startsWith('ok '));
    for (const name of [
      'JSON value round trip keeps order, numbers and unicode',
      'validate throws OpenAIInvalidDataException with every violation: pointer, keyword location, keyword, message',
      "the validator reads a model's JSON exactly: 0.1 stays 0.1, big integers stay whole",
      "Utils: a constant's typed getter returns it, or throws as getRequired/getOptional do",
      "Utils.toString: a large model's toString, as the smaller ones concatenate it",
    ])
      expect(oks).toContain(`ok ${name}`);
    expect(oks.length).toBeGreaterThanOrEqual(9);
    expect(stdout).toContain(`runtime checks passed: ${oks.length}, failed: 0\n`);
  });

  it("pass the validator's unit tests (ValidatorTest: the discriminator rule, the pattern budget)", async () => {
    const classes = await testClasses();
    let stdout: string;
    try {
      ({ stdout } = await run('java', [...JAVA_FLAGS, '-cp', [classes, ...JARS].join(':'), 'com.openai.validation.ValidatorTest']));
    } catch (error) {
      throw new Error(`ValidatorTest failed:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
    }
    const oks = stdout.split('\n').filter((l) => l.startsWith('ok '));
    expect(stdout.split('\n').filter((l) => l.startsWith('FAIL '))).toEqual([]);
    for (const name of [
      'discriminator: the tag chooses the variant, whose own errors are reported',
      'discriminator: a missing or non-string tag is one error at the discriminator',
      'discriminator: a tag no variant has is one error naming oneOf or anyOf',
      "discriminator: mapping comes first, by the variant's $ref",
      'discriminator: several variants passing is the usual oneOf error; validity never changes',
      'pattern: a pattern that backtracks past its budget is no match, in bounded time',
    ])
      expect(oks).toContain(`ok ${name}`);
    expect(stdout).toContain(`validator checks passed: ${oks.length}, failed: 0\n`);
  });
});

describe('the copy into the output', () => {
  const model = loadModel(CANONICAL_SCHEMA);
  const banner = '// Generated by schema-codegen from realtime-events.schema.json. Do not edit: change the schema and regenerate.\n\n';

  it('is the banner and the source, renamed only where the package is declared, imported or qualified', async () => {
    const files = renderModel(model, { targets: ['java'], options: { java: { ...targetDefaults('java'), runtimePackage: 'org.example.rt' } }, templates: null });
    const runtime = [...files].filter(([path]) => path.startsWith('java/src/main/java/org/example/rt/'));
    expect(runtime).toHaveLength(RUNTIME.size);
    for (const [source, text] of RUNTIME) {
      const out = files.get(`java/src/main/java/org/example/rt/${source.slice('com/openai/'.length)}`);
      const expected = text
        .replace(/^(package|import) com\.openai\./gm, '$1 org.example.rt.')
        .replace(/new com\.openai\.errors\./g, 'new org.example.rt.errors.');
      expect(out, source).toBe(banner + expected);
      expect(out, source).not.toContain('com.openai.core');
      expect(out, source).not.toContain('com.openai.errors');
      expect(out, source).not.toContain('com.openai.validation');
    }
    expect(files.get('java/src/main/java/org/example/rt/core/Utils.java')).toContain('new org.example.rt.errors.OpenAIInvalidDataException(');
    // The renamed runtime and the models that use it compile.
    const sources = writeTree(
      join(WORK, 'renamed-src'),
      [...files].filter(([p]) => p.endsWith('.java')),
    );
    expect(await javac(join(WORK, 'renamed-classes'), sources)).toBe('');
  });

  it('keeps the default package byte for byte', () => {
    const files = renderModel(model, { targets: ['java'], options: { java: { ...targetDefaults('java') } }, templates: null });
    for (const [source, text] of RUNTIME) expect(files.get(`java/src/main/java/${source}`), source).toBe(banner + text);
  });

  it('refuses a source that names the runtime package elsewhere (a comment, a string, a static call)', () => {
    const packages = { models: 'm', core: 'x.core', errors: 'x.errors', validation: 'x.validation' };
    expect(withRuntimePackage('package com.openai.core;\n\nimport com.openai.errors.E;\n', 'A.java', packages)).toBe('package x.core;\n\nimport x.errors.E;\n');
    for (const body of ['/** see com.openai.core.JsonValue */', 'String s = "com.openai.errors";', 'Object o = com.openai.core.Utils.checkRequired("a", 1);']) {
      expect(() => withRuntimePackage(`package com.openai.core;\n${body}\n`, 'B.java', packages)).toThrow(
        /B\.java.*names com\.openai\.core, com\.openai\.errors or com\.openai\.validation 1 time/,
      );
    }
  });
});
