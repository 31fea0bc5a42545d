// The C# output is a NuGet package (issue 20): `dotnet pack` makes a .nupkg holding the assembly
// and its XML documentation; a fresh console project restores it from a local folder feed
// (nuget.config with that folder as its only source, and a packages folder of its own, so nothing
// is fetched and the machine's cache is untouched), builds with warnings as errors, and runs.

import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalOutput, run, tempDir, zipEntries } from './tools.js';

const DOTNET_ENV = { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' };

const nugetConfig = (feed: string | null): string =>
  `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="packages" />
  </config>
  <packageSources>
    <clear />
${feed === null ? '' : `    <add key="local" value="${feed}" />\n`}  </packageSources>
</configuration>
`;

const CONSUMER_PROJECT = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="OpenAI.Realtime" Version="1.0.0" />
  </ItemGroup>
</Project>
`;

const CONSUMER = `using System;
using System.Text.Json;
using OpenAI.Realtime;

internal static class Program
{
    private static void Main()
    {
        const string text = "{\\"event_id\\":\\"event_678\\",\\"type\\":\\"conversation.item.truncate\\",\\"item_id\\":\\"msg_002\\",\\"content_index\\":0,\\"audio_end_ms\\":1500}";
        var client = JsonSerializer.Deserialize<IClientEvent>(text)!;
        var request = (ConversationItemTruncateRequest)client;
        Console.WriteLine(request.AudioEndMs + " " + (request.ToJsonString() == text));
        try
        {
            JsonSerializer.Deserialize<IClientEvent>("{\\"type\\":\\"conversation.item.truncate\\"}");
            Console.WriteLine("accepted");
        }
        catch (JsonException)
        {
            Console.WriteLine("rejected");
        }
    }
}
`;

describe('C# output as a NuGet package', () => {
  it('packs with its XML docs; a console project restores it from a local feed, builds with warnings as errors, runs', () => {
    const lib = canonicalOutput('csharp');
    const feed = tempDir('nuget-feed');
    writeFileSync(join(lib, 'nuget.config'), nugetConfig(null));
    run('dotnet', ['pack', '-c', 'Release', '-o', feed, '-warnaserror'], lib, DOTNET_ENV);
    expect(readdirSync(feed)).toEqual(['OpenAI.Realtime.1.0.0.nupkg']);
    const entries = zipEntries(join(feed, 'OpenAI.Realtime.1.0.0.nupkg'));
    expect(entries).toEqual(expect.arrayContaining(['lib/net10.0/OpenAI.Realtime.dll', 'lib/net10.0/OpenAI.Realtime.xml', 'OpenAI.Realtime.nuspec']));

    const app = tempDir('cs-consumer');
    writeFileSync(join(app, 'nuget.config'), nugetConfig(feed));
    writeFileSync(join(app, 'Consumer.csproj'), CONSUMER_PROJECT);
    writeFileSync(join(app, 'Program.cs'), CONSUMER);
    run('dotnet', ['build', '-c', 'Release', '-warnaserror'], app, DOTNET_ENV);
    expect(run('dotnet', ['bin/Release/net10.0/Consumer.dll'], app, DOTNET_ENV).trim().split('\n')).toEqual(['1500 True', 'rejected']);
  }, 240_000);
});
