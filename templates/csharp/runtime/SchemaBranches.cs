#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>
/// The branches of a oneOf or anyOf (or a union's variants) that an object could match, told
/// apart by one member. Many unions are tagged: each branch requires a property (OpenAI's "type")
/// whose value must be one string (a const) or one of a few (an enum). An object's tag then rules
/// out every branch that names another, without evaluating them: looking the member up once
/// replaces evaluating up to every branch's required names and properties. Only what a branch's
/// schema asserts of every valid object is used (required, properties' const and enum, through
/// $ref and allOf), so a branch left out can never match: which branches match, and therefore
/// validity, annotations and errors, are unchanged.
/// </summary>
internal sealed class SchemaBranches
{
    /// <summary>$ref and allOf are followed this deep at most (a loop of them is refused when compiled).</summary>
    private const int MaxDepth = 64;

    /// <summary>How many members deep the index looks (the tag, then what tells apart the branches one tag leaves, ...).</summary>
    private const int MaxLevels = 4;

    private readonly string property;

    /// <summary>The member's name in UTF-8, as JsonElement holds it (no transcoding on each lookup).</summary>
    private readonly byte[] propertyUtf8;
    private readonly Dictionary<string, int[]> byTag;

    /// <summary>For a tag that leaves several branches: the index that tells those apart by another member.</summary>
    private readonly Dictionary<string, SchemaBranches> within;

    /// <summary>The branches an object without the member can match.</summary>
    private readonly int[] absent;

    /// <summary>The branches an object can match whose member is no string any branch names.</summary>
    private readonly int[] other;

    private SchemaBranches(string property, byte[] propertyUtf8, Dictionary<string, int[]> byTag, Dictionary<string, SchemaBranches> within, int[] absent, int[] other)
    {
        this.property = property;
        this.propertyUtf8 = propertyUtf8;
        this.byTag = byTag;
        this.within = within;
        this.absent = absent;
        this.other = other;
    }

    /// <summary>The member that tells the branches apart.</summary>
    internal string Property => property;

    /// <summary>
    /// The index of the branches, or null when no member tells any two of them apart. The member
    /// chosen is the one whose values most branches restrict to strings; the branches one of its
    /// values leaves are told apart again by another member, when one does (OpenAI's messages:
    /// "type" "message", then "role").
    /// </summary>
    internal static SchemaBranches? Of(SchemaNode[]? branches)
    {
        if (branches == null || branches.Length < 2) return null;
        var conditions = branches.Select(b => Conditions(b, 0)).ToArray();
        return Of(conditions, Enumerable.Range(0, branches.Length).ToArray(), new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>The index of some of the branches (`indices`), by a member not `used` already.</summary>
    private static SchemaBranches? Of(Dictionary<string, Condition>[] conditions, int[] indices, HashSet<string> used)
    {
        string? best = null;
        var bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in indices)
        {
            foreach (var condition in conditions[i])
            {
                if (condition.Value.Strings == null || used.Contains(condition.Key)) continue;
                counts.TryGetValue(condition.Key, out var count);
                counts[condition.Key] = ++count;
                if (count > bestCount)
                {
                    best = condition.Key;
                    bestCount = count;
                }
            }
        }
        // A name that is not valid UTF-16 is no JSON member's: no index, every branch is tried.
        var bestUtf8 = best == null ? null : SchemaNames.Utf8(best);
        if (best == null || bestUtf8 == null) return null;
        var tags = new List<string>();
        foreach (var i in indices)
        {
            if (conditions[i].TryGetValue(best, out var condition) && condition.Strings != null) tags.AddRange(condition.Strings);
        }
        var byTag = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var within = new Dictionary<string, SchemaBranches>(StringComparer.Ordinal);
        var deeper = new HashSet<string>(used, StringComparer.Ordinal) { best };
        foreach (var tag in tags.Distinct(StringComparer.Ordinal))
        {
            var left = Where(conditions, indices, best, c => c.Strings == null || c.Strings.Contains(tag));
            byTag[tag] = left;
            if (left.Length > 1 && deeper.Count < MaxLevels && Of(conditions, left, deeper) is { } next) within[tag] = next;
        }
        return new SchemaBranches(best, bestUtf8, byTag, within, Where(conditions, indices, best, c => !c.Required), Where(conditions, indices, best, c => c.Strings == null));
    }

    /// <summary>The branches, in order, that an object (a JSON object: the caller checks) can match.</summary>
    internal int[] Candidates(JsonElement instance)
    {
        if (!instance.TryGetProperty(propertyUtf8, out var value)) return absent;
        if (value.ValueKind != JsonValueKind.String) return other;
        var tag = value.GetString()!;
        if (!byTag.TryGetValue(tag, out var found)) return other;
        return within.Count > 0 && within.TryGetValue(tag, out var next) ? next.Candidates(instance) : found;
    }

    /// <summary>Those of the branches that, given their condition on the member (none: any), match what `can` says.</summary>
    private static int[] Where(Dictionary<string, Condition>[] conditions, int[] indices, string name, Func<Condition, bool> can)
    {
        var left = new List<int>();
        foreach (var i in indices)
        {
            if (!conditions[i].TryGetValue(name, out var condition) || can(condition)) left.Add(i);
        }
        return left.ToArray();
    }

    /// <summary>What a schema asserts of each member of every object it accepts: required, and the strings its value must be among.</summary>
    private static Dictionary<string, Condition> Conditions(SchemaNode node, int depth)
    {
        var found = new Dictionary<string, Condition>(StringComparer.Ordinal);
        if (node.Boolean != 0 || depth > MaxDepth) return found;
        if (node.Required != null)
        {
            foreach (var name in node.Required) found[name] = new Condition(true, null);
        }
        if (node.Properties != null)
        {
            foreach (var property in node.Properties)
            {
                var strings = Strings(property.Value, depth + 1);
                if (strings != null) found[property.Key] = found.TryGetValue(property.Key, out var known) ? known.And(new Condition(false, strings)) : new Condition(false, strings);
            }
        }
        // Every keyword holds at once: $ref's and each allOf member's conditions add to these.
        var more = new List<SchemaNode>();
        if (node.Ref != null) more.Add(node.Ref);
        if (node.AllOf != null) more.AddRange(node.AllOf);
        foreach (var next in more)
        {
            foreach (var condition in Conditions(next, depth + 1))
            {
                found[condition.Key] = found.TryGetValue(condition.Key, out var known) ? known.And(condition.Value) : condition.Value;
            }
        }
        return found;
    }

    /// <summary>The strings a valid value must be one of (its const or an enum of strings, through $ref and allOf), or null: not only strings.</summary>
    private static HashSet<string>? Strings(SchemaNode node, int depth)
    {
        if (depth > MaxDepth) return null;
        if (node.Boolean < 0) return new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? strings = null;
        if (node.HasConst && node.ConstString != null) strings = new HashSet<string>(new[] { node.ConstString }, StringComparer.Ordinal);
        if (node.EnumStrings != null && node.EnumStrings.All(s => s != null)) strings = Intersect(strings, new HashSet<string>(node.EnumStrings!, StringComparer.Ordinal));
        if (node.Ref != null) strings = Intersect(strings, Strings(node.Ref, depth + 1));
        if (node.AllOf != null) foreach (var member in node.AllOf) strings = Intersect(strings, Strings(member, depth + 1));
        return strings;
    }

    private static HashSet<string>? Intersect(HashSet<string>? a, HashSet<string>? b)
    {
        if (a == null) return b;
        if (b == null) return a;
        var both = new HashSet<string>(a, StringComparer.Ordinal);
        both.IntersectWith(b);
        return both;
    }

    /// <summary>One member's condition: whether it must be present, and the strings its value must be among (null: any value).</summary>
    private readonly struct Condition
    {
        internal Condition(bool required, HashSet<string>? strings)
        {
            Required = required;
            Strings = strings;
        }

        internal bool Required { get; }

        internal HashSet<string>? Strings { get; }

        internal Condition And(Condition other) => new Condition(Required || other.Required, Intersect(Strings, other.Strings));
    }
}
