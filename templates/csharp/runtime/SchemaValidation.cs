#nullable enable

using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenAI.Realtime;

/// <summary>
/// A declaration's validation: its compiled check (SchemaChecks, written by the generator: the
/// schema as straight-line code, the fast path of every valid value) when its schema compiles,
/// and the interpreter (<see cref="SchemaValidator"/>, the reference), which is built only when
/// needed: for a schema the checks do not compile, and for an invalid value, whose errors are
/// always the interpreter's. The check answers exactly as the interpreter does (the generator's
/// tests compare the two on every golden schema), so a value it accepts is never validated twice.
/// </summary>
internal sealed class SchemaValidation
{
    private readonly Lazy<SchemaValidator> validator;
    private readonly Func<JsonElement, bool>? check;

    internal SchemaValidation(Lazy<SchemaValidator> validator, Func<JsonElement, bool>? check)
    {
        this.validator = validator;
        this.check = check;
    }

    /// <summary>The interpreter of the schema (compiled on first use).</summary>
    internal SchemaValidator Validator => validator.Value;

    /// <summary>Whether the value is valid: the compiled check when there is one (and it can decide), else the interpreter's fast path.</summary>
    internal bool IsValid(JsonElement value)
    {
        if (check != null)
        {
            try
            {
                return check(value);
            }
            catch (SchemaUndecided)
            {
                // A pattern .NET refuses: the interpreter decides (and refuses the schema, as it would without the check).
            }
        }
        return validator.Value.IsValid(value);
    }

    /// <summary>Throws <see cref="SchemaValidationException"/> with the interpreter's errors when the value is invalid.</summary>
    internal void ThrowIfInvalid(JsonElement value)
    {
        if (IsValid(value)) return;
        var issues = new List<SchemaIssue>();
        foreach (var error in validator.Value.Validate(value)) issues.Add(new SchemaIssue(error.InstanceLocation, error.KeywordLocation, error.Message));
        // The interpreter is the reference: a value it finds no error in is valid.
        if (issues.Count > 0) throw new SchemaValidationException(issues);
    }
}
