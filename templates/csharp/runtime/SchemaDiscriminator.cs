#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>
/// OpenAPI's discriminator beside a oneOf (or an anyOf). It never changes validity: it chooses
/// which errors a failing union reports, as Ajv's discriminator option does, so that a bad event
/// of a 40-variant union names its own mistakes rather than 39 wrong tags. The variant a tag
/// names is the first whose $ref equals mapping[tag] (both resolved against the base URI), else
/// the first whose schema (through its $refs) has properties/&lt;name&gt; with that const or an
/// enum holding it.
/// </summary>
internal sealed class SchemaDiscriminator
{
    /// <summary>$ref chains are followed this far at most: a loop of them is refused when compiled, but not before this runs.</summary>
    private const int MaxRefs = 64;

    private readonly IReadOnlyDictionary<string, string> mapping;
    private readonly string?[] branchRefs;

    private SchemaDiscriminator(string propertyName, string keyword, IReadOnlyDictionary<string, string> mapping, string?[] branchRefs)
    {
        PropertyName = propertyName;
        Keyword = keyword;
        this.mapping = mapping;
        this.branchRefs = branchRefs;
    }

    internal string PropertyName { get; }

    /// <summary>"oneOf", or "anyOf" when the schema has no oneOf.</summary>
    internal string Keyword { get; }

    /// <summary>The discriminator of a schema object, or null when it has no string propertyName or no union beside it.</summary>
    internal static SchemaDiscriminator? Of(string baseUri, JsonElement schema, JsonElement discriminator)
    {
        if (discriminator.ValueKind != JsonValueKind.Object || !discriminator.TryGetProperty("propertyName", out var name) || name.ValueKind != JsonValueKind.String) return null;
        var keyword = schema.TryGetProperty("oneOf", out var branches) ? "oneOf" : schema.TryGetProperty("anyOf", out branches) ? "anyOf" : null;
        if (keyword == null || branches.ValueKind != JsonValueKind.Array) return null;
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        if (discriminator.TryGetProperty("mapping", out var entries) && entries.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in entries.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String) mapping[entry.Name] = Absolute(baseUri, entry.Value.GetString()!);
            }
        }
        var refs = branches.EnumerateArray()
            .Select(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("$ref", out var r) && r.ValueKind == JsonValueKind.String ? Absolute(baseUri, r.GetString()!) : null)
            .ToArray();
        return new SchemaDiscriminator(name.GetString()!, keyword, mapping, refs);
    }

    /// <summary>The index of the branch the tag names, or -1.</summary>
    internal int Choose(SchemaNode[] branches, string tag)
    {
        if (mapping.TryGetValue(tag, out var uri))
        {
            for (var i = 0; i < branches.Length && i < branchRefs.Length; i++)
            {
                if (branchRefs[i] == uri) return i;
            }
        }
        for (var i = 0; i < branches.Length; i++)
        {
            if (Names(branches[i], tag)) return i;
        }
        return -1;
    }

    /// <summary>Whether the schema, or one its $refs lead to, holds the tag as properties/&lt;name&gt;'s const or in its enum.</summary>
    private bool Names(SchemaNode branch, string tag)
    {
        var steps = 0;
        for (var node = branch; node != null && steps < MaxRefs; node = node.Ref, steps++)
        {
            if (node.Properties == null || !node.Properties.TryGetValue(PropertyName, out var property)) continue;
            for (var p = property; p != null && steps < MaxRefs; p = p.Ref, steps++)
            {
                if (p.HasConst && p.ConstString == tag) return true;
                if (p.EnumStrings != null && Array.IndexOf(p.EnumStrings, tag) >= 0) return true;
            }
        }
        return false;
    }

    private static string Absolute(string baseUri, string reference) => SchemaUris.WithoutEmptyFragment(SchemaUris.Resolve(baseUri, reference));
}
