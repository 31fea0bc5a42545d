// The runtime benchmark's C# runner: node test/bench/runtime/csharp.mjs MANIFEST [--quick]
// (the contract: the orchestrator test/bench/runtime/runtime.mjs runs it; README "Performance").
//
// Builds, in <workDir>/csharp/, one console program (Release, TieredPGO as default, one process
// for every input; test/bench/runtime/csharp/Bench.cs) that times per input:
// - floor: JsonDocument.Parse (and a Utf8JsonReader reading every token);
// - peers: JsonSchema.Net 8.0.5 (NuGet) on a parsed JsonDocument, and System.Text.Json
//   deserializing to quicktype-core's plain classes (generated at bench time from the input's
//   standalone schema) through a source-generated JsonSerializerContext, no validation (what
//   OpenAI-DotNet does);
// - ours: JsonSerializer.Deserialize<T> (or an alias's FromJsonString: parse, validate, bind),
//   the declaration's validator on an already parsed JsonElement (IsValid), and serialize back.
// Each input's generated C# (outDir/csharp) is compiled into an assembly of its own (two inputs
// generated from one schema declare the same types), with an adapter inside it that reaches the
// internal validator. A second run with the same sources does not rebuild (a hash of every
// source). Build logs go to stderr; stdout gets the program's one JSON document.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenInput, checkedOutput, filesUnder, freshDir, hashOf, quicktypeFiles, readManifest, step, write } from './csharp/common.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The JSON Schema peer (issue 19: 7.4.0 or 8.0.5, never 9 or newer). */
const JSON_SCHEMA_NET = '8.0.5';
const DOTNET_ENV = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' };

const { manifest, timing } = readManifest(process.argv);
const root = join(manifest.workDir, 'csharp');

/** What the generated C# says about a declaration: its namespace, and how to parse, validate and write it. */
function ourEntryPoints(sourceDir, name) {
  const files = filesUnder(sourceDir, '.cs').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const declaring = files.find((f) => new RegExp(`^public (?:sealed |abstract |static |partial )*(?:class|interface|enum|record|struct) ${escaped}\\b`, 'm').test(f.text));
  if (declaring === undefined) throw new Error(`${sourceDir}: no public type ${name}`);
  const namespace = /^namespace ([\w.]+);/m.exec(declaring.text)?.[1];
  if (namespace === undefined) throw new Error(`${declaring.path}: no file-scoped namespace`);
  const type = `global::${namespace}.${name}`;
  // The declaring file's usings: the adapter lives in its namespace and names types as it does.
  const usings = declaring.text.match(/^using [\w.]+;$/gm) ?? [];
  const alias = new RegExp(`^public static class ${escaped}\\b`, 'm').test(declaring.text);
  if (alias) {
    // An alias (e.g. an array of a union): FromJsonString / ToJsonString and the class's own validator.
    const valueType = new RegExp(`public static (.+) FromJsonString\\(string json\\)`).exec(declaring.text)?.[1];
    if (valueType === undefined) throw new Error(`${declaring.path}: alias ${name} has no FromJsonString`);
      return {
      namespace,
      usings,
      parse: `${type}.FromJsonString(json)`,
      validator: `${type}.validator`,
      serialize: `${type}.ToJsonString((${valueType})value)`,
    };
  }
  const converter = `${name}Converter`;
  const converterFile = files.find((f) => new RegExp(`internal sealed class ${converter} : SchemaConverter<`).test(f.text));
  if (converterFile === undefined) throw new Error(`${sourceDir}: no converter ${converter} for ${name}`);
  if (!new RegExp(`class ${converter}[^]*?internal static readonly SchemaValidation validator`).test(converterFile.text)) {
    throw new Error(`${converterFile.path}: ${converter} has no validator of its own (a base class read by tag?): not benchmarkable as the declaration`);
  }
  return {
    namespace,
    usings,
    parse: `global::System.Text.Json.JsonSerializer.Deserialize<${type}>(json)!`,
    validator: `global::${namespace}.${converter}.validator`,
    serialize: `global::System.Text.Json.JsonSerializer.Serialize<${type}>((${type})value)`,
  };
}

/** A project's settings as the generated .csproj has them (target framework, language version). */
function generatedSettings(sourceDir) {
  const csproj = filesUnder(sourceDir, '.csproj')[0];
  const text = csproj === undefined ? '' : readFileSync(csproj, 'utf8');
  return {
    framework: /<TargetFramework>([^<]+)</.exec(text)?.[1] ?? 'net10.0',
    langVersion: /<LangVersion>([^<]+)</.exec(text)?.[1] ?? 'latest',
  };
}

const files = new Map(); // path under root -> text
const inputsCode = [];
const projects = new Map(); // outDir -> project name
const plan = { ...timing, jsonSchemaNet: `JsonSchema.Net ${JSON_SCHEMA_NET}`, inputs: [] };
let framework = 'net10.0';

for (const [i, input] of manifest.inputs.entries()) {
  const sourceDir = join(input.outDir, 'csharp');
  if (!existsSync(sourceDir)) throw new Error(`${input.name}: no C# output at ${sourceDir}`);
  const name = input.names?.csharp;
  if (typeof name !== 'string') throw new Error(`${input.name}: the manifest names no C# type`);
  const ours = ourEntryPoints(sourceDir, name);
  const settings = generatedSettings(sourceDir);
  framework = settings.framework;

  // Our generated code, in an assembly of its own per output folder (inputs that share one share
  // it), with an adapter per input that the program calls.
  let project = projects.get(input.outDir);
  if (project === undefined) {
    project = `Output${projects.size}`;
    projects.set(input.outDir, project);
    for (const path of filesUnder(sourceDir, '.cs')) files.set(join(project, 'generated', path.slice(sourceDir.length + 1)), readFileSync(path, 'utf8'));
    files.set(
      join(project, `${project}.csproj`),
      `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>${settings.framework}</TargetFramework>
    <LangVersion>${settings.langVersion}</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <AssemblyName>SchemaCodegenBench.${project}</AssemblyName>
    <RootNamespace>SchemaCodegenBench.${project}</RootNamespace>
  </PropertyGroup>
</Project>
`,
    );
  }
  // In the generated namespace, with the declaring file's usings, so that its types read as there.
  const adapter = `global::${ours.namespace}.SchemaCodegenBenchAdapter${i}`;
  files.set(
    join(project, `Adapter${i}.cs`),
    `// The benchmark's entry points into input ${JSON.stringify(input.name)}'s generated code (${name}).
#nullable enable

${ours.usings.join('\n')}

namespace ${ours.namespace};

public static class SchemaCodegenBenchAdapter${i}
{
    public static object Parse(string json) => ${ours.parse};

    public static bool IsValid(global::System.Text.Json.JsonElement element) => ${ours.validator}.IsValid(element);

    public static string Serialize(object value) => ${ours.serialize};
}
`,
  );

  // quicktype's plain classes (System.Text.Json) and a source-generated context for them.
  const qtNamespace = `QuickType.Input${i}`;
  const qt = await quicktypeFiles(input.schema, 'BenchDocument', 'csharp', { framework: 'SystemTextJson', namespace: qtNamespace, features: 'complete' });
  const qtText = [...qt.values()].join('\n');
  const topLevel = /JsonSerializer\.Deserialize<(.+?)>\(json, [\w.]*Converter\.Settings\)/.exec(qtText)?.[1];
  if (topLevel === undefined) throw new Error(`${input.name}: quicktype's C# has no FromJson`);
  // In quicktype's namespace, so that its top-level type (a class, or e.g. List<...>) reads as it does there.
  files.set(join('Bench', `QuickType${i}.cs`), qtText);
  files.set(
    join('Bench', `QuickType${i}.Context.cs`),
    `#nullable enable
namespace ${qtNamespace}
{
    using System;
    using System.Collections.Generic;
    using System.Text.Json;
    using System.Text.Json.Serialization;

    [JsonSerializable(typeof(${topLevel}), TypeInfoPropertyName = "BenchRoot")]
    internal partial class BenchContext${i} : JsonSerializerContext
    {
    }

    /// <summary>System.Text.Json through the source-generated context, with quicktype's converters (its Converter.Settings).</summary>
    internal static class BenchPlain
    {
        private static readonly BenchContext${i} Context = new BenchContext${i}(new JsonSerializerOptions(Converter.Settings));

        internal static object? Parse(string json) => JsonSerializer.Deserialize(json, Context.BenchRoot);

        internal static string Serialize(object value) => JsonSerializer.Serialize((${topLevel})value, Context.BenchRoot);
    }
}
`,
  );
  inputsCode.push(
    `        new InputCode(
            ${JSON.stringify(input.name)},
            ${adapter}.Parse,
            ${adapter}.IsValid,
            ${adapter}.Serialize,
            global::${qtNamespace}.BenchPlain.Parse,
            global::${qtNamespace}.BenchPlain.Serialize),`,
  );

  // The copy every validator must reject.
  const { broken: brokenPath, removed } = brokenInput(input, root);
  plan.inputs.push({ name: input.name, file: input.file, schema: input.schema, broken: brokenPath, removed });
}

files.set(
  join('Bench', 'Inputs.g.cs'),
  `// Written by test/bench/runtime/csharp.mjs: each input's compiled-in code.
#nullable enable
namespace SchemaCodegenBench;

internal static class Inputs
{
    internal static readonly InputCode[] All =
    {
${inputsCode.join('\n')}
    };
}
`,
);
files.set(join('Bench', 'Bench.cs'), readFileSync(join(HERE, 'csharp', 'Bench.cs'), 'utf8'));
files.set(
  join('Bench', 'Bench.csproj'),
  `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>${framework}</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <AssemblyName>SchemaCodegenBench</AssemblyName>
    <RootNamespace>SchemaCodegenBench</RootNamespace>
    <InvariantGlobalization>true</InvariantGlobalization>
    <!-- quicktype's output: nullable and obsolete-API warnings are its own -->
    <NoWarn>$(NoWarn);CS8618;CS8601;CS8602;CS8603;CS8604;CS8625;CS0618;CS1591;SYSLIB0020;SYSLIB1037;SYSLIB1038</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="JsonSchema.Net" Version="${JSON_SCHEMA_NET}" />
${[...projects.values()].map((p) => `    <ProjectReference Include="../${p}/${p}.csproj" />`).join('\n')}
  </ItemGroup>
</Project>
`,
);

// Build only when a source changed (the hash of every file written, and the SDK's version).
const sdk = execFileSync('dotnet', ['--version'], { encoding: 'utf8', env: DOTNET_ENV }).trim();
const hash = hashOf([...files, ['sdk', sdk]]);
const hashFile = join(root, 'build', 'out', 'sources.sha256');
const program = join(root, 'build', 'out', 'SchemaCodegenBench.dll');
if (existsSync(hashFile) && existsSync(program) && readFileSync(hashFile, 'utf8') === hash) {
  process.stderr.write(`csharp: the build in ${join(root, 'build')} is up to date\n`);
} else {
  freshDir(join(root, 'build'));
  for (const [path, text] of files) write(join(root, 'build', path), text);
  process.stderr.write(`csharp: dotnet build -c Release (${manifest.inputs.length} inputs) in ${join(root, 'build')}\n`);
  step('dotnet', ['build', join(root, 'build', 'Bench', 'Bench.csproj'), '-c', 'Release', '-nologo', '-v', 'q', '-o', join(root, 'build', 'out'), '--disable-build-servers'], {
    cwd: join(root, 'build'),
    // The compiler without dynamic PGO (a third less CPU for a run of a minute; test/runners/csharp.ts):
    // the benchmark itself runs with .NET's defaults.
    env: { ...DOTNET_ENV, DOTNET_TieredPGO: '0' },
  });
  write(hashFile, hash);
}

const planPath = join(root, 'plan.json');
write(planPath, `${JSON.stringify(plan, null, 2)}\n`);
let out;
try {
  out = execFileSync('dotnet', [program, planPath], { encoding: 'utf8', env: DOTNET_ENV, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
} catch (error) {
  process.stderr.write(`csharp: the benchmark failed (exit ${error.status})\n${error.stdout ?? ''}\n`);
  process.exit(1);
}
const doc = checkedOutput(out, 'csharp', manifest.inputs);
process.stdout.write(`${JSON.stringify(doc)}\n`);
