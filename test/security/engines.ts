// Runs translated patterns straight through each engine, for inputs the JSON runners cannot carry
// (lone surrogates: System.Text.Json refuses them, Jackson writes them as invalid UTF-8). Each
// program reads [pattern, [UTF-16 units...]] pairs as JSON and prints one 1 or 0 per pair: is
// there a match anywhere (search, not anchored), as JSON Schema asks.

import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOTNET_ENV, dotnetBuild, projectFile } from '../runners/csharp.js';
import { JAVA_FLAGS, JAVAC_JVM } from '../runners/java.js';

const run = promisify(execFile);

export type Probe = readonly [pattern: string, units: readonly number[]];

const PYTHON = `
import json, re, sys
for pattern, units in json.load(sys.stdin):
    text = ''.join(map(chr, units))
    # Python strings are code points: join surrogate pairs as a JSON decoder would.
    text = text.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass')
    print(1 if re.search(pattern, text) else 0)
`;

const JAVA = `
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Pattern;

public class Engine {
    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\\t');
            String[] units = line.substring(tab + 1).split(",");
            StringBuilder text = new StringBuilder();
            for (String u : units) if (!u.isEmpty()) text.append((char) Integer.parseInt(u));
            System.out.println(Pattern.compile(line.substring(0, tab)).matcher(text).find() ? 1 : 0);
        }
    }
}
`;

const CSHARP = `
using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

internal static class Engine
{
    private static void Main(string[] args)
    {
        foreach (var line in File.ReadAllLines(args[0]))
        {
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\\t');
            var text = new string(line.Substring(tab + 1).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => (char)int.Parse(u)).ToArray());
            Console.WriteLine(new Regex(line.Substring(0, tab), RegexOptions.CultureInvariant).IsMatch(text) ? 1 : 0);
        }
    }
}
`;

/** Lines "pattern<TAB>unit,unit,..." (no translated pattern holds a tab or a line break: all are escapes). */
const lines = (probes: readonly Probe[]): string => probes.map(([p, units]) => `${p}\t${units.join(',')}`).join('\n') + '\n';

const answers = (stdout: string): boolean[] => stdout.trim().split('\n').map((l) => l.trim() === '1');

export async function pythonMatches(probes: readonly Probe[], dir: string): Promise<boolean[]> {
  const file = join(dir, 'engine.py');
  writeFileSync(file, PYTHON);
  const child = run('python3', ['-W', 'error', file]);
  child.child.stdin!.end(JSON.stringify(probes));
  return answers((await child).stdout);
}

export async function javaMatches(probes: readonly Probe[], dir: string): Promise<boolean[]> {
  const root = join(dir, 'java-engine');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'Engine.java'), JAVA);
  writeFileSync(join(root, 'input.txt'), lines(probes));
  await run('javac', [...JAVAC_JVM, '-d', root, join(root, 'Engine.java')]);
  return answers((await run('java', [...JAVA_FLAGS, '-cp', root, 'Engine', join(root, 'input.txt')], { maxBuffer: 1 << 26 })).stdout);
}

export async function dotnetMatches(probes: readonly Probe[], dir: string): Promise<boolean[]> {
  const root = join(dir, 'dotnet-engine');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'Engine.cs'), CSHARP);
  writeFileSync(join(root, 'Engine.csproj'), projectFile('Exe'));
  writeFileSync(join(root, 'input.txt'), lines(probes));
  await dotnetBuild(join(root, 'Engine.csproj'));
  return answers((await run('dotnet', [join(root, 'out', 'Engine.dll'), join(root, 'input.txt')], { env: DOTNET_ENV, maxBuffer: 1 << 26 })).stdout);
}
