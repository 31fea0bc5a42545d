// Runners over an output that `generate` wrote and the caller has already compiled: the OpenAI
// spec's (test/openapi/openai-spec.test.ts), whose compile takes minutes per language and must not
// run twice. Each runner is the same program as the conformance runner of its language
// (runner.mjs, runner.py, Runner.java, Runner.cs), serving one unit, the output, for the
// declarations named in `schemas`; only the runner's own code is built here:
// - TypeScript: the output's .ts files transpiled as they stand (no type check: the caller's tsc
//   run is that);
// - Python: the output's package imported from its folder, nothing built;
// - Java: Runner.java compiled (javac, the tests' flags) against the caller's class files;
// - C#: Runner.cs and a registry of the named declarations built with `dotnet build`, referencing
//   the assembly the caller's build of the output's .csproj made.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { listFiles } from '../../generator/files.js';
import type { Model } from '../../generator/model/ir.js';
import { csString } from '../../generator/targets/csharp/literals.js';
import { declarationNames } from '../../generator/targets/csharp/names.js';
import { RUNTIME_FILES } from '../../generator/targets/python/index.js';
import type { RunnerCommand } from '../helpers/protocol.js';
import { DOTNET_ENV, dotnetBuild, projectFile, registry, roundTrip } from './csharp.js';
import { JAVA_FLAGS, JAVAC_FLAGS, javaRegistry } from './java.js';
import { pythonRegistry } from './python.js';
import { typescriptRegistry } from './typescript.js';
import { targetDefaults } from '../helpers/cases.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const JARS = ['jackson-core', 'jackson-databind', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`);
/** The one unit's key: vectors without "case" select it. */
const UNIT = 'output';

export interface Prebuilt {
  readonly model: Model;
  /** The folder `generate` wrote (typescript/, python/, csharp/, java/ in it), with the default options. */
  readonly out: string;
  /** javac's class files of out/java. */
  readonly javaClasses: string;
  /** The assembly `dotnet build` made of out/csharp's .csproj. */
  readonly csharpAssembly: string;
  /** The $defs names of the declarations the vectors use (C#'s registry has a case per name). */
  readonly schemas: ReadonlySet<string>;
}

export type PrebuiltRunner = (built: Prebuilt, workDir: string) => Promise<RunnerCommand>;

const typescriptRunner: PrebuiltRunner = async ({ model, out }, workDir) => {
  const source = join(out, 'typescript');
  const dir = join(workDir, 'typescript');
  for (const path of listFiles(source).filter((p) => p.endsWith('.ts'))) {
    const js = ts.transpileModule(readFileSync(join(source, path), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = join(dir, path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, js);
  }
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  const units = join(dir, 'units.json');
  writeFileSync(units, JSON.stringify({ [UNIT]: { module: join(dir, 'index.js'), registry: typescriptRegistry(model) } }));
  return { command: process.execPath, args: [join(HERE, 'typescript', 'runner.mjs'), units], cwd: workDir };
};

const pythonRunner: PrebuiltRunner = async ({ model, out }, workDir) => {
  const options = targetDefaults('python');
  const pkg = String(options['package']);
  // The package's own runtime modules: runner.py shares nothing across packages here.
  const runtime = { package: pkg, modules: RUNTIME_FILES.map((f) => f.replace(/\.py$/, '')) };
  const units = join(workDir, 'python-units.json');
  mkdirSync(workDir, { recursive: true });
  writeFileSync(units, JSON.stringify({ [UNIT]: { package: pkg, registry: pythonRegistry(model, options), runtime } }));
  return { command: 'python3', args: ['-W', 'error', join(HERE, 'python', 'runner.py'), units, join(out, 'python')], cwd: workDir };
};

const javaRunner: PrebuiltRunner = async ({ model, javaClasses }, workDir) => {
  const dir = join(workDir, 'java');
  mkdirSync(join(dir, 'classes'), { recursive: true });
  copyFileSync(join(HERE, 'java', 'Runner.java'), join(dir, 'Runner.java'));
  const classpath = [javaClasses, ...JARS].join(':');
  await promisify(execFile)('javac', [...JAVAC_FLAGS, '-cp', classpath, '-d', join(dir, 'classes'), join(dir, 'Runner.java')]);
  const units = join(dir, 'units.json');
  writeFileSync(units, JSON.stringify({ [UNIT]: { package: String(targetDefaults('java')['package']), registry: javaRegistry(model) } }));
  return { command: 'java', args: [...JAVA_FLAGS, '-cp', `${join(dir, 'classes')}:${classpath}`, 'Runner', units], cwd: workDir };
};

const csharpRunner: PrebuiltRunner = async ({ model, csharpAssembly, schemas }, workDir) => {
  const dir = join(workDir, 'csharp');
  mkdirSync(dir, { recursive: true });
  const namespace = String(targetDefaults('csharp')['namespace']);
  const names = declarationNames(model);
  const cases = model.declarations
    .filter((d) => schemas.has(d.schemaName))
    .map((d) => `            case ${csString(`${UNIT}\n${d.schemaName}`)}: return ${roundTrip(d, `global::${namespace}.${names.get(d.id)!.type}`)};`);
  writeFileSync(join(dir, 'Registry.cs'), registry(UNIT, cases));
  copyFileSync(join(HERE, 'csharp', 'Runner.cs'), join(dir, 'Runner.cs'));
  const reference = `  <ItemGroup>\n    <Reference Include=${JSON.stringify(csharpAssembly)} />\n  </ItemGroup>\n`;
  writeFileSync(join(dir, 'Runner.csproj'), projectFile('Exe', reference));
  await dotnetBuild(join(dir, 'Runner.csproj'));
  return { command: 'dotnet', args: [join(dir, 'out', 'Runner.dll')], cwd: dir, env: DOTNET_ENV };
};

export const PREBUILT_RUNNERS: Readonly<Record<string, PrebuiltRunner>> = {
  typescript: typescriptRunner,
  python: pythonRunner,
  java: javaRunner,
  csharp: csharpRunner,
};
