// Builds the Java runner: per unit, renders the schema with a package of its own (the canonical
// schema keeps the default package; cases go to com.openai.models.cases.<case>, which Checks.java
// uses), writes every source once (the runtime's packages are the same in every output, so one
// copy serves all units: shared-runtime.ts checks that each unit's is that copy), and compiles
// everything, Runner.java and Checks.java included, in ONE javac run with --release 8 -Xlint:all
// -Werror. One JVM then serves every unit.

import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadModel, renderModel } from '../../generator/index.js';
import type { Model } from '../../generator/model/ir.js';
import { acceptsNull, declarationsById } from '../../generator/targets/shared/common.js';
import { classNames } from '../../generator/targets/java/names.js';
import type { RunnerBuilder, RunnerUnit } from './index.js';
import { SharedRuntime } from './shared-runtime.js';
import { timed, timedAsync } from './timing.js';
import { targetDefaults } from '../helpers/cases.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);
/** Checks.java uses classes of these units; it is compiled when they are all there. */
const CHECKED_UNITS = ['canonical', 'enums', 'unions', 'primitives', 'formats'];
/**
 * The JVM the tests' javac and programs (runners, agreement harnesses) run on: its first JIT tier
 * only, and the serial collector. A javac run or a program of seconds is too short for the
 * optimizing tier to pay back (javac over the suite's 455 units: half the CPU time; the readers'
 * agreement over every golden case: 31 s of CPU instead of 40 s); the class files are the same
 * byte for byte. The runtime benchmark keeps the JVM's defaults.
 */
export const JAVA_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
/** The same, as javac passes them to its JVM. */
export const JAVAC_JVM = JAVA_FLAGS.map((flag) => `-J${flag}`);
/** What every javac call of the tests passes: the strictest checks, on the JVM above. */
export const JAVAC_FLAGS = ['--release', '8', '-Xlint:all', '-Werror', '-proc:none', '-encoding', 'UTF-8', ...JAVAC_JVM];

export interface JavaBuild {
  readonly classpath: string;
  readonly sources: number;
  /** javac's own output: empty when there is not a single warning. */
  readonly javacOutput: string;
  readonly millis: number;
  readonly unitsPath: string;
  readonly hasChecks: boolean;
}

/** The package a unit's classes go to: the default for the canonical schema, one per case otherwise. */
export function unitPackage(key: string): string {
  if (key === 'canonical') return String(targetDefaults('java')['package']);
  return `com.openai.models.cases.${key.toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^(\d)/, '_$1')}`;
}

/** Runner.java's registry: each declaration's $defs name -> its class and whether it reads null. */
export function javaRegistry(model: Model): Record<string, { className: string; nullable: boolean }> {
  const names = classNames(model);
  const byId = declarationsById(model);
  return Object.fromEntries(model.declarations.map((d) => [d.schemaName, { className: names.get(d.id)!, nullable: acceptsNull({ kind: 'ref', id: d.id, nullable: false }, byId) }]));
}

export async function buildJava(units: readonly RunnerUnit[], workDir: string): Promise<JavaBuild> {
  const missing = JARS.filter((j) => !existsSync(j));
  if (missing.length > 0) throw new Error(`Jackson jars not found: ${missing.join(', ')} (apt-get install libjackson2-databind-java)`);
  const root = join(workDir, 'java');
  rmSync(root, { recursive: true, force: true });
  const sources = new Map<string, string>();
  const table: Record<string, { package: string; registry: Record<string, { className: string; nullable: boolean }> }> = {};
  const runtime = new SharedRuntime('java');
  for (const unit of units) {
    const model = timed('java: load', () => loadModel(unit.schemaPath));
    const pkg = unitPackage(unit.key);
    const files = timed('java: render', () => renderModel(model, { targets: ['java'], options: { java: { ...targetDefaults('java'), ...unit.options, package: pkg } }, templates: null }));
    const own = `java/src/main/java/${pkg.replace(/\./g, '/')}/`;
    for (const [path, content] of files) {
      if (path.startsWith(own)) sources.set(path, content);
      else if (path.endsWith('.java')) runtime.add(path, content, unit.key);
    }
    table[unit.key] = { package: pkg, registry: javaRegistry(model) };
  }
  const paths: string[] = [];
  timed('java: write', () => {
    for (const [path, content] of [...runtime.entries(), ...sources]) {
      const file = join(root, path.replace(/^java\//, ''));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      paths.push(file);
    }
  });
  const hasChecks = CHECKED_UNITS.every((key) => units.some((u) => u.key === key));
  for (const extra of ['Runner.java', ...(hasChecks ? ['Checks.java'] : [])]) {
    copyFileSync(join(HERE, 'java', extra), join(root, extra));
    paths.push(join(root, extra));
  }
  const unitsPath = join(root, 'units.json');
  writeFileSync(unitsPath, JSON.stringify(table));
  const classes = join(root, 'classes');
  mkdirSync(classes, { recursive: true });
  const started = Date.now();
  const javacOutput = await timedAsync('java: javac', () => javac([...JAVAC_FLAGS, '-cp', JARS.join(':'), '-d', classes, ...paths]));
  return { classpath: [classes, ...JARS].join(':'), sources: paths.length, javacOutput, millis: Date.now() - started, unitsPath, hasChecks };
}

async function javac(args: readonly string[]): Promise<string> {
  try {
    const { stdout, stderr } = await promisify(execFile)('javac', args, { maxBuffer: 64 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`javac failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`.slice(0, 8000));
  }
}

export const buildJavaRunner: RunnerBuilder = async (units, workDir) => {
  const build = await buildJava(units, workDir);
  return { command: 'java', args: [...JAVA_FLAGS, '-cp', build.classpath, 'Runner', build.unitsPath], cwd: workDir };
};
