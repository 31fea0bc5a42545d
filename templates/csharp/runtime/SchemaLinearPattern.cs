#nullable enable

using System;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>
/// The linear-time matcher of the patterns .NET's backtracking engine could take exponential or
/// polynomial time on (<c>^(a+)+$</c>, <c>^\S+@\S+\.\S+$</c>), or of every pattern it can run
/// under csharp.patterns=always-linear: the generator compiles each such pattern into the program
/// of its Thompson NFA (generator/regex/linear.ts), and a search keeps the set of states the NFA can
/// be in while it reads the text once, so it costs at most (text length) x (program length) steps
/// whatever the pattern and the text, and needs no match timeout. <see cref="IsMatch(string)"/>
/// answers what ECMA-262's RegExp.prototype.test with the "u" flag answers: whether the pattern
/// matches somewhere in the text, read by code points (a UTF-16 pair is one, a lone surrogate is
/// itself). Immutable once built, so thread-safe: a search's state is the calling thread's.
/// </summary>
/// <remarks>
/// The program, as the generator writes it (JSON): an array of instructions, instruction 0 where
/// the search starts, each an array whose first number is its operation: <c>[0, next, lo1, hi1,
/// ...]</c> consumes one code point within one of the inclusive ranges (sorted, disjoint), then goes
/// to <c>next</c>; <c>[1, t1, t2, ...]</c> goes on at each target without consuming; <c>[2, kind,
/// next]</c> asserts, at the position, the text's start (0), its end (1), a word boundary (2: an
/// ASCII word character [A-Za-z0-9_] on one side only) or no word boundary (3); <c>[3]</c> matches.
/// A pattern with lookaheads at the text's start is the object <c>{"all": [programs], "none":
/// [programs]}</c>: it matches when every program of "all" does and none of "none" does.
/// </remarks>
internal sealed class SchemaLinearPattern
{
    private const int Consume = 0, Fork = 1, Assert = 2, Match = 3;

    private readonly int[][] code;
    /// <summary>A pattern with lookaheads at its start: its parts' matchers (then <see cref="code"/> is unused); else null.</summary>
    private readonly SchemaLinearPattern[]? all, none;

    /// <summary>Reads the program (its JSON text, once); a malformed one is a <see cref="FormatException"/>.</summary>
    internal SchemaLinearPattern(string program) : this(Parse(program)) { }

    private static JsonElement Parse(string program)
    {
        using (var document = JsonDocument.Parse(program)) return document.RootElement.Clone();
    }

    private SchemaLinearPattern(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            all = Parts(root, "all");
            none = Parts(root, "none");
            code = new[] { new[] { Match } };
            return;
        }
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0) throw new FormatException("a linear program is a non-empty array of instructions");
        code = new int[root.GetArrayLength()][];
        var pc = 0;
        foreach (var instruction in root.EnumerateArray())
        {
            if (instruction.ValueKind != JsonValueKind.Array || instruction.GetArrayLength() == 0) throw new FormatException($"instruction {pc} of a linear program is not a non-empty array");
            var op = new int[instruction.GetArrayLength()];
            var i = 0;
            foreach (var number in instruction.EnumerateArray())
            {
                if (number.ValueKind != JsonValueKind.Number || !number.TryGetInt32(out op[i++])) throw new FormatException($"instruction {pc} of a linear program has a value that is not an integer");
            }
            code[pc++] = op;
        }
        for (var at = 0; at < code.Length; at++)
        {
            if (!WellFormed(code[at])) throw new FormatException($"instruction {at} of a linear program is malformed: [{string.Join(",", code[at])}]");
        }
    }

    private static SchemaLinearPattern[] Parts(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var programs) || programs.ValueKind != JsonValueKind.Array) throw new FormatException($"a linear program's object has no \"{name}\" array of programs");
        var parts = new SchemaLinearPattern[programs.GetArrayLength()];
        var k = 0;
        foreach (var program in programs.EnumerateArray())
        {
            if (program.ValueKind != JsonValueKind.Array) throw new FormatException($"part {k} of a linear program's \"{name}\" is not a program");
            parts[k++] = new SchemaLinearPattern(program);
        }
        return parts;
    }

    /// <summary>Whether the pattern matches somewhere in <paramref name="text"/>.</summary>
    internal bool IsMatch(string text)
    {
        if (all != null)
        {
            foreach (var part in all)
            {
                if (!part.IsMatch(text)) return false;
            }
            foreach (var part in none!)
            {
                if (part.IsMatch(text)) return false;
            }
            return true;
        }
        var n = code.Length;
        var buffer = scratch;
        if (buffer == null || buffer.Length < 4 * n) scratch = buffer = new int[Math.Max(4 * n, 64)];
        // The states after the last code point consumed (the search goes on from each); the
        // consuming states reached at the position, which the next code point may move on;
        // seen[pc] == step: state pc is reached at this step already (a state is followed once per
        // step); the stack of follow.
        var carried = buffer.AsSpan(0, n);
        var waiting = buffer.AsSpan(n, n);
        var seen = buffer.AsSpan(2 * n, n);
        var stack = buffer.AsSpan(3 * n, n);
        seen.Fill(-1);
        var carriedSize = 0;
        var prev = -1; // the code point before the position (-1: the text's start)
        for (int i = 0, step = 0; ; step++)
        {
            // The code point at the position (-1: the end), as the "u" flag reads it.
            int c;
            if (i >= text.Length) c = -1;
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) c = char.ConvertToUtf32(text[i], text[i + 1]);
            else c = text[i];
            // Every state reachable here without consuming, from the states carried over and from a
            // new start (a search may begin anywhere).
            var waitingSize = 0;
            for (var s = 0; s < carriedSize; s++)
            {
                if (Follow(carried[s], step, prev, c, seen, stack, waiting, ref waitingSize)) return true;
            }
            if (Follow(0, step, prev, c, seen, stack, waiting, ref waitingSize)) return true;
            if (c < 0) return false;
            // The code point read: the waiting states whose ranges hold it go on to their next instruction.
            carriedSize = 0;
            for (var s = 0; s < waitingSize; s++)
            {
                var op = code[waiting[s]];
                if (InRanges(op, c)) carried[carriedSize++] = op[1];
            }
            prev = c;
            i += c > 0xFFFF ? 2 : 1;
        }
    }

    /// <summary>Follows the instructions that consume nothing from <paramref name="pc"/>, adding the consuming ones to <paramref name="waiting"/>; true at a match.</summary>
    private bool Follow(int pc, int step, int prev, int c, Span<int> seen, Span<int> stack, Span<int> waiting, ref int waitingSize)
    {
        if (seen[pc] == step) return false;
        seen[pc] = step;
        var top = 0;
        stack[top++] = pc;
        while (top > 0)
        {
            var at = stack[--top];
            var op = code[at];
            var from = 1;
            var to = op.Length;
            switch (op[0])
            {
                case Consume:
                    waiting[waitingSize++] = at;
                    continue;
                case Match:
                    return true;
                case Assert:
                    if (!Holds(op[1], prev, c)) continue;
                    from = 2;
                    to = 3;
                    break;
            }
            for (var t = from; t < to; t++)
            {
                var target = op[t];
                if (seen[target] != step)
                {
                    seen[target] = step;
                    stack[top++] = target;
                }
            }
        }
        return false;
    }

    /// <summary>Whether an assertion holds between code points <paramref name="prev"/> and <paramref name="c"/> (-1: the text's start or end).</summary>
    private static bool Holds(int kind, int prev, int c)
    {
        switch (kind)
        {
            case 0:
                return prev < 0;
            case 1:
                return c < 0;
            default:
                var boundary = (prev >= 0 && IsWord(prev)) != (c >= 0 && IsWord(c));
                return kind == 2 ? boundary : !boundary;
        }
    }

    /// <summary>ECMA-262's \w without the "i" flag, which \b looks at: [A-Za-z0-9_].</summary>
    private static bool IsWord(int c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    /// <summary>Whether <paramref name="c"/> lies in one of a consuming instruction's ranges (from index 2, sorted): a binary search.</summary>
    private static bool InRanges(int[] op, int c)
    {
        var lo = 0;
        var hi = (op.Length - 2) / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (c < op[2 + 2 * mid]) hi = mid - 1;
            else if (c > op[3 + 2 * mid]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>Whether an instruction is one the matcher runs, every target inside the program (so that a search cannot index outside it).</summary>
    private bool WellFormed(int[] op)
    {
        bool Target(int t) => t >= 0 && t < code.Length;
        switch (op[0])
        {
            case Consume:
                if (op.Length < 2 || op.Length % 2 != 0 || !Target(op[1])) return false;
                for (var i = 2; i < op.Length; i += 2)
                {
                    if (op[i] < 0 || op[i] > op[i + 1] || (i > 2 && op[i] <= op[i - 1])) return false;
                }
                return true;
            case Fork:
                for (var i = 1; i < op.Length; i++)
                {
                    if (!Target(op[i])) return false;
                }
                return true;
            case Assert:
                return op.Length == 3 && op[1] >= 0 && op[1] <= 3 && Target(op[2]);
            case Match:
                return op.Length == 1;
            default:
                return false;
        }
    }

    // The search's state, allocated once per thread and grown to the longest program searched on it
    // (a search calls nothing that searches again, so one buffer per thread is enough).
    [ThreadStatic] private static int[]? scratch;
}
