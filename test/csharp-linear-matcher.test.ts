// The C# runtime's linear-time matcher (templates/csharp/runtime/SchemaLinearPattern.cs, compiled
// as it is) answers as V8's RegExp with the "u" flag answers: on the pattern table of the security
// tests (SEMANTICS, and LONE_SURROGATES, whose inputs no JSON runner can carry: the texts travel as
// UTF-16 units, as test/security/engines.ts feeds .NET), on seeded random texts over each
// pattern's own characters, and on the backtracking probes, whose 5,000-character attacks it
// decides at once. The same matcher answers the same from many threads at a time, and a
// malformed program is refused when the matcher is built. One `dotnet build`.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { linearRefusal } from '../generator/regex/linear.js';
import { linearProgramText } from '../generator/regex/index.js';
import { parsePattern } from '../generator/regex/parse.js';
import { ROOT } from './helpers/cases.js';
import { DOTNET_ENV, dotnetBuild, projectFile } from './runners/csharp.js';
import { LONE_SURROGATES, PROBES, SEMANTICS } from './security/patterns-table.js';
import { patternTexts, utf16Units } from './helpers/pattern-texts.js';

const run = promisify(execFile);

/** The table's patterns the matcher runs (not those with a lookaround or a backreference), with their inputs and random texts. */
const cases = [...SEMANTICS, ...LONE_SURROGATES]
  .filter(([p]) => linearRefusal(parsePattern(p, '')) === null)
  .map(([p, inputs], i) => ({ pattern: p, texts: [...inputs, '', ...patternTexts(p, 200, 7919 * (i + 1))] }));

const ATTACK_LENGTH = 5000;
const attacks = PROBES.map(([p, attack]) => ({
  pattern: p,
  texts: [attack(ATTACK_LENGTH), attack(ATTACK_LENGTH).slice(0, -1), attack(3), attack(3).slice(0, -1)],
}));

/** Programs the matcher must refuse when built (each a FormatException). */
const MALFORMED = [
  '[]',
  '{}',
  '[[0,5,97,97],[3]]',
  '[[1,0,9]]',
  '[[2,4,1],[3]]',
  '[[0,1,98,97],[3]]',
  '[[0,1,97,98,98,99],[3]]',
  '[[7],[3]]',
  '[[3,1]]',
  '[[1.5]]',
  '[[0,1,97]]',
];

const PROGRAM = `
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using OpenAI.Realtime;

internal static class Engine
{
    // Input: [[program, [[unit, ...], ...]], ...]. Output: per case, one line of 0s and 1s (a match
    // somewhere), then "parallel" and the cases whose answers differed across threads, then per
    // malformed program "refused" or "built", then the milliseconds the attacks took.
    private static void Main(string[] args)
    {
        using var input = JsonDocument.Parse(File.ReadAllText(args[0]));
        var root = input.RootElement;
        var matchers = root.GetProperty("cases").EnumerateArray().Select(c => new SchemaLinearPattern(c[0].GetString()!)).ToArray();
        var texts = root.GetProperty("cases").EnumerateArray().Select(c => c[1].EnumerateArray().Select(Text).ToArray()).ToArray();
        var answers = new string[matchers.Length];
        for (var i = 0; i < matchers.Length; i++) answers[i] = Answers(matchers[i], texts[i]);
        foreach (var line in answers) Console.WriteLine(line);
        // Every matcher from eight threads at once, each case on every thread.
        var differ = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 8 * matchers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            var i = k % matchers.Length;
            if (Answers(matchers[i], texts[i]) != answers[i]) differ.Add(i);
        });
        Console.WriteLine("parallel " + string.Join(",", differ.Distinct().OrderBy(i => i)));
        foreach (var program in root.GetProperty("malformed").EnumerateArray())
        {
            try
            {
                _ = new SchemaLinearPattern(program.GetString()!);
                Console.WriteLine("built");
            }
            catch (FormatException)
            {
                Console.WriteLine("refused");
            }
            catch (JsonException)
            {
                Console.WriteLine("refused");
            }
        }
        var watch = Stopwatch.StartNew();
        var attacks = root.GetProperty("attacks").EnumerateArray().Select(c => Answers(new SchemaLinearPattern(c[0].GetString()!), c[1].EnumerateArray().Select(Text).ToArray())).ToArray();
        watch.Stop();
        foreach (var line in attacks) Console.WriteLine(line);
        Console.WriteLine("millis " + watch.ElapsedMilliseconds);
    }

    private static string Text(JsonElement units) => new string(units.EnumerateArray().Select(u => (char)u.GetInt32()).ToArray());

    private static string Answers(SchemaLinearPattern matcher, string[] texts)
    {
        var line = new StringBuilder(texts.Length);
        foreach (var text in texts) line.Append(matcher.IsMatch(text) ? '1' : '0');
        return line.ToString();
    }
}
`;

let lines: string[] = [];

beforeAll(async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'csharp-linear-')), 'engine');
  mkdirSync(root, { recursive: true });
  copyFileSync(join(ROOT, 'templates', 'csharp', 'runtime', 'SchemaLinearPattern.cs'), join(root, 'SchemaLinearPattern.cs'));
  writeFileSync(join(root, 'Engine.cs'), PROGRAM);
  writeFileSync(join(root, 'Engine.csproj'), projectFile('Exe'));
  const entry = (c: { pattern: string; texts: string[] }) => [linearProgramText(c.pattern), c.texts.map(utf16Units)];
  writeFileSync(join(root, 'input.json'), JSON.stringify({ cases: cases.map(entry), malformed: MALFORMED, attacks: attacks.map(entry) }));
  await dotnetBuild(join(root, 'Engine.csproj'));
  const { stdout } = await run('dotnet', [join(root, 'out', 'Engine.dll'), join(root, 'input.json')], { env: DOTNET_ENV, maxBuffer: 1 << 26 });
  lines = stdout.split('\n');
}, 300_000);

describe('the C# linear-time matcher (SchemaLinearPattern.cs)', () => {
  it('runs most of the table', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it('answers as RegExp with the "u" flag on the table, lone surrogates included, and on seeded random texts', () => {
    const differ = cases.flatMap(({ pattern, texts }, i) => {
      const engine = new RegExp(pattern, 'u');
      const answers = lines[i] ?? '';
      return texts.flatMap((t, j) => ((answers[j] === '1') === engine.test(t) ? [] : [`${pattern} on ${JSON.stringify(t)}: C# says ${answers[j] === '1'}`]));
    });
    expect(differ).toEqual([]);
    expect(lines.slice(0, cases.length).map((l) => l.length)).toEqual(cases.map((c) => c.texts.length));
  });

  it('answers the same from eight threads at once', () => {
    expect(lines[cases.length]).toBe('parallel ');
  });

  it('refuses a malformed program when it is built', () => {
    expect(lines.slice(cases.length + 1, cases.length + 1 + MALFORMED.length)).toEqual(MALFORMED.map(() => 'refused'));
  });

  it(`decides ${ATTACK_LENGTH}-character attacks on the backtracking probes (no match), and their matching prefixes, at once`, () => {
    const at = cases.length + 1 + MALFORMED.length;
    expect(lines.slice(at, at + attacks.length)).toEqual(attacks.map(() => '0101'));
    const millis = Number(/^millis (\d+)$/.exec(lines[at + attacks.length] ?? '')?.[1]);
    expect(millis).toBeLessThan(2000);
  });
});
