// Validation throughput of the generated C# on the canonical events: each example of the canonical
// schema (schema/realtime-events.schema.json), read through its union (IClientEvent, IServerEvent),
// as isValid (the union converter's validation alone, on a parsed JsonElement) and as parse
// (JsonSerializer.Deserialize: parse, validate, bind), in operations per second (Release build,
// after a warm-up; the median of 5 rounds of 1 s each).
// Usage: node test/bench/validate-csharp.mjs [--checkout DIR]   (DIR: a built checkout, default this one)
// Works on checkouts before the validator was wired in (the old SchemaChecks combinators) too, so
// that both figures come from one script.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const checkout = resolve(args.includes('--checkout') ? args[args.indexOf('--checkout') + 1] : HERE_ROOT);
const schemaPath = join(checkout, 'schema', 'realtime-events.schema.json');
const work = mkdtempSync(join(tmpdir(), 'bench-csharp-'));
execFileSync('node', [join(checkout, 'dist', 'cli.js'), 'generate', '--schema', schemaPath, '--target', 'csharp', '--out', work, '--force'], {
  cwd: checkout,
  stdio: 'inherit',
});
const dir = join(work, 'csharp');
const wired = existsSync(join(dir, 'SchemaDocuments.cs'));

// Which union reads which example: the union whose oneOf names the example's $defs entry.
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const unions = { RealtimeClientEvent: 'IClientEvent', RealtimeServerEvent: 'IServerEvent' };
const cases = [];
for (const [name, type] of Object.entries(unions)) {
  for (const variant of schema.$defs[name].oneOf) {
    const target = variant.$ref.split('/').pop();
    for (const example of schema.$defs[target].examples ?? []) cases.push({ type, json: JSON.stringify(example) });
  }
}
const cs = (text) => JSON.stringify(text);
const isValid = (type) => (wired ? `${type}Converter.validator.Value.IsValid(element)` : `Valid((e, p, i) => ${type}Converter.Validate(e, p, i), element)`);
const program = `#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;

namespace OpenAI.Realtime;

internal static class Bench
{
    private static int Main()
    {
${cases
  .map(
    (c, i) => `        {
            var json = ${cs(c.json)};
            var element = JsonDocument.Parse(json).RootElement;
            if (!(${isValid(c.type)})) throw new Exception("example ${i} is not valid");
            Report("isValid ${c.type} #${i}", () => ${isValid(c.type)});
            Report("parse   ${c.type} #${i}", () => JsonSerializer.Deserialize<${c.type}>(json) != null);
        }`,
  )
  .join('\n')}
        return 0;
    }
${
  wired
    ? ''
    : `
    private delegate void Check(JsonElement value, string pointer, List<SchemaIssue> issues);

    private static bool Valid(Check check, JsonElement element)
    {
        var issues = new List<SchemaIssue>();
        check(element, "", issues);
        return issues.Count == 0;
    }
`
}
    private static void Report(string what, Func<bool> op)
    {
        for (var i = 0; i < 20000; i++) op();
        var rates = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            long n = 0;
            while (watch.ElapsedMilliseconds < 1000)
            {
                for (var i = 0; i < 1000; i++) op();
                n += 1000;
            }
            rates.Add(n / watch.Elapsed.TotalSeconds);
        }
        rates.Sort();
        Console.WriteLine($"{what}: {rates[2]:N0}/s");
    }
}
`;
writeFileSync(join(dir, 'Bench.cs'), program);
const project = readFileSync(join(dir, 'OpenAI.Realtime.csproj'), 'utf8').replace('<PropertyGroup>', '<PropertyGroup>\n    <OutputType>Exe</OutputType>');
writeFileSync(join(dir, 'OpenAI.Realtime.csproj'), project);
writeFileSync(
  join(dir, 'nuget.config'),
  '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n',
);
const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
execFileSync('dotnet', ['build', '-c', 'Release', '-nologo', '-v', 'q', '-o', join(dir, 'out'), '--disable-build-servers'], {
  cwd: dir,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
console.log(`${checkout} (${wired ? 'the runtime validator' : 'the SchemaChecks combinators'})`);
execFileSync('dotnet', [join(dir, 'out', 'OpenAI.Realtime.dll')], { env, stdio: 'inherit' });
