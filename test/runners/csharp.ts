// Builds the C# runner: per unit, renders the schema with its own namespace (Conformance.U<i>),
// writes a Registry.cs that maps (unit, $defs name) to the generated public API, and compiles
// everything with Runner.cs in ONE `dotnet build`, with ONE copy of the runtime, in namespace
// Conformance, which encloses every unit's (shared-runtime.ts: each unit's copy is checked to be
// that one). Offline: a nuget.config with no sources.
// Also exports the dotnet helpers the C# tests share.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadModel, renderModel } from '../../generator/index.js';
import type { Declaration, Model } from '../../generator/model/ir.js';
import { csString } from '../../generator/targets/csharp/literals.js';
import { RUNTIME_SOURCES, withNamespace } from '../../generator/targets/csharp/runtime.js';
import { declarationNames } from '../../generator/targets/csharp/names.js';
import type { RunnerBuilder } from './index.js';
import { SharedRuntime } from './shared-runtime.js';
import { timed, timedAsync } from './timing.js';
import { targetDefaults } from '../helpers/cases.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

/**
 * The environment of the tests' dotnet builds and programs. Dynamic PGO off: the runtime's profiling
 * of freshly jitted code pays back in long-lived services, not in a compiler run of a minute
 * (measured on the OpenAI spec's C# output: `dotnet build` took 85 s of CPU instead of 123 s; what
 * the compiler writes does not depend on how the runtime compiles the compiler). The runtime
 * benchmark keeps .NET's defaults.
 */
export const DOTNET_ENV = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1', DOTNET_TieredPGO: '0' };
export const TARGET_FRAMEWORK = String(targetDefaults('csharp')['targetFramework']);

/** The strictest settings the generated code promises to compile under. */
export function projectFile(outputType: 'Exe' | 'Library', extra = ''): string {
  return `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>${outputType}</OutputType>
    <TargetFramework>${TARGET_FRAMEWORK}</TargetFramework>
    <LangVersion>10</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
  </PropertyGroup>
${extra}</Project>
`;
}

/** Restores from no source at all: the build must not need NuGet. */
export const NUGET_CONFIG = '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n';

/** `dotnet build` of one project into dir/out; resolves with the build log, rejects with it on failure. */
export async function dotnetBuild(project: string): Promise<string> {
  const dir = dirname(project);
  writeFileSync(join(dir, 'nuget.config'), NUGET_CONFIG);
  const args = ['build', project, '-nologo', '-v', 'q', '-o', join(dir, 'out'), '--disable-build-servers'];
  try {
    const { stdout } = await run('dotnet', args, { cwd: dir, env: DOTNET_ENV, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`dotnet build ${project} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/**
 * Renders a schema's C# into dir with its own namespace (no .csproj: the caller's project compiles
 * it). With `shared`, the runtime files are not written but handed to it, their namespace put
 * back to `shared.namespace`: a namespace enclosing the unit's, so that the unit's code, which
 * names runtime types unqualified, finds them there as it would in its own namespace.
 */
export function writeUnit(
  model: Model,
  namespace: string,
  dir: string,
  options: Readonly<Record<string, string>> = {},
  shared?: { readonly runtime: SharedRuntime; readonly namespace: string },
): void {
  const files = timed('csharp: render', () => renderModel(model, { targets: ['csharp'], options: { csharp: { ...targetDefaults('csharp'), ...options, namespace } }, templates: null }));
  timed('csharp: write', () => {
    mkdirSync(dir, { recursive: true });
    for (const [path, content] of files) {
      if (!path.endsWith('.cs')) continue;
      const name = path.slice('csharp/'.length);
      if (shared !== undefined && RUNTIME_SOURCES.includes(name)) shared.runtime.add(name, withNamespace(content, shared.namespace, name), namespace);
      else writeFileSync(join(dir, name), content);
    }
  });
}

/** The statement that round-trips JSON text through a declaration's public API. */
export function roundTrip(d: Declaration, type: string): string {
  if (d.kind === 'alias') return `${type}.ToJsonString(${type}.FromJsonString(json))`;
  const nullableEnum = d.kind === 'enum' && d.nullable ? '?' : '';
  return `JsonSerializer.Serialize(JsonSerializer.Deserialize<${type}${nullableEnum}>(json))`;
}

/** The namespace of the one runtime copy; unit i's code is in ${SHARED_NAMESPACE}.U<i>. */
const SHARED_NAMESPACE = 'Conformance';

export const buildCsharpRunner: RunnerBuilder = async (units, workDir) => {
  const root = join(workDir, 'csharp');
  const cases: string[] = [];
  const runtime = new SharedRuntime('csharp');
  units.forEach((unit, i) => {
    const namespace = `${SHARED_NAMESPACE}.U${i}`;
    const model = timed('csharp: load', () => loadModel(unit.schemaPath));
    writeUnit(model, namespace, join(root, 'units', `U${i}`), unit.options, { runtime, namespace: SHARED_NAMESPACE });
    const names = declarationNames(model);
    for (const d of model.declarations.filter((x) => !x.hoisted)) {
      cases.push(`            case ${csString(`${unit.key}\n${d.schemaName}`)}: return ${roundTrip(d, `global::${namespace}.${names.get(d.id)!.type}`)};`);
    }
  });
  mkdirSync(join(root, 'runtime'), { recursive: true });
  for (const [name, content] of runtime.entries()) writeFileSync(join(root, 'runtime', name), content);
  writeFileSync(join(root, 'Registry.cs'), registry(units[0]?.key ?? '', cases));
  copyFileSync(join(HERE, 'csharp', 'Runner.cs'), join(root, 'Runner.cs'));
  writeFileSync(join(root, 'Runner.csproj'), projectFile('Exe'));
  await timedAsync('csharp: dotnet build', () => dotnetBuild(join(root, 'Runner.csproj')));
  return { command: 'dotnet', args: [join(root, 'out', 'Runner.dll')], cwd: root, env: DOTNET_ENV };
};

export function registry(firstUnit: string, cases: readonly string[]): string {
  // The registry round-trips deprecated declarations too, as any user code would after being warned.
  return `#pragma warning disable CS0612, CS0618
using System;
using System.Text.Json;

internal static class Registry
{
    internal const string FirstUnit = ${csString(firstUnit)};

    internal static string RoundTrip(string unit, string schema, string json)
    {
        switch (unit + "\\n" + schema)
        {
${cases.join('\n')}
        }
        throw new ArgumentException($"no schema {schema} in unit {unit}");
    }
}
`;
}
