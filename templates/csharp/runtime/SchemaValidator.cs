#nullable enable

using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>
/// A JSON Schema 2020-12 interpreter. Built once from the schema documents (by absolute URI),
/// the root URI and schema, the table of ECMA-262 patterns in .NET syntax (and of those that run
/// on the linear-time matcher, as its programs), and whether formats assert: building indexes every $id, $anchor and $dynamicAnchor (embedded resources too),
/// compiles every reachable schema object once and refuses $ref loops that never consume the
/// instance. Then <see cref="IsValid(JsonElement)"/> answers fast and
/// <see cref="Validate(JsonElement)"/> lists every error. Thread-safe once built.
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly Compiler compiler;
    private readonly SchemaNode root;

    /// <param name="documents">Every document a $ref may reach, by absolute URI.</param>
    /// <param name="rootUri">The absolute URI the schema is known by (its own $id, resolved against it, takes over).</param>
    /// <param name="schema">The schema validated against.</param>
    /// <param name="patterns">ECMA-262 source -> .NET translation (null: no translation keeps the meaning).</param>
    /// <param name="formatAssertion">Whether format asserts (2020-12's format-assertion vocabulary) or only annotates.</param>
    /// <param name="linear">ECMA-262 source -> the linear-time matcher's program (JSON text, <see cref="SchemaLinearPattern"/>): the patterns .NET's engine could backtrack super-linearly on, which run on the matcher instead.</param>
    internal SchemaValidator(IReadOnlyDictionary<string, JsonElement> documents, string rootUri, JsonElement schema, IReadOnlyDictionary<string, string?> patterns, bool formatAssertion, IReadOnlyDictionary<string, string>? linear = null)
    {
        compiler = new Compiler(patterns, formatAssertion, linear);
        foreach (var document in documents)
        {
            if (document.Key != rootUri) compiler.Index(document.Key, document.Value);
        }
        root = compiler.Build(compiler.Index(rootUri, schema));
    }

    private SchemaValidator(Compiler compiler, SchemaNode root)
    {
        this.compiler = compiler;
        this.root = root;
    }

    /// <summary>The validator of another schema by URI (resolved against the root's), e.g. "#/$defs/Name" or "other.json#anchor".</summary>
    internal SchemaValidator At(string uri)
    {
        lock (compiler) return new SchemaValidator(compiler, compiler.Build(compiler.Resolve(compiler.RootBase, uri)));
    }

    /// <summary>The compiled schema (what a union's variants are told apart by: SchemaBranches.cs).</summary>
    internal SchemaNode Root => root;

    /// <summary>Whether the instance is valid; stops at the first failure.</summary>
    internal bool IsValid(JsonElement instance) => Eval(root, instance, null, null, null, null, null);

    /// <summary>Every error, in evaluation order; empty when the instance is valid.</summary>
    internal IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        var errors = new List<SchemaError>();
        Eval(root, instance, null, null, errors, null, null);
        return errors;
    }
}
