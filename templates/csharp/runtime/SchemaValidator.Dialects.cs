#nullable enable

using System;
using System.Text.Json;

namespace OpenAI.Realtime;

internal sealed partial class SchemaValidator
{
    /// <summary>
    /// The dialect of each resource, by its meta-schema ($schema, inherited by embedded resources):
    /// 2020-12 unless it names 2019-09 or an older draft, and the vocabularies a custom
    /// meta-schema's $vocabulary declares (without validation, the assertions are annotations;
    /// with format-assertion, format asserts).
    /// </summary>
    private sealed partial class Compiler
    {
        private static readonly string[] ValidationKeywords =
        {
            "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
            "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
        };

        private const string Vocabulary = "https://json-schema.org/draft/2020-12/vocab/";

        /// <summary>What a resource's meta-schema ($schema) says: its dialect, and its $vocabulary when it declares one.</summary>
        private readonly struct Vocabularies
        {
            internal Vocabularies(bool is202012, bool refOverrides, bool validation, bool formatAssertion)
            {
                Is202012 = is202012;
                RefOverrides = refOverrides;
                ItemsArray = !is202012;
                Validation = validation;
                FormatAssertion = formatAssertion;
            }

            internal bool Is202012 { get; }

            /// <summary>Draft 7 and before: $ref ignores its siblings.</summary>
            internal bool RefOverrides { get; }

            internal bool ItemsArray { get; }

            internal bool Validation { get; }

            internal bool FormatAssertion { get; }
        }

        private Vocabularies Dialect(SchemaResource resource)
        {
            var meta = resource.MetaSchema;
            if (meta == null || meta == "https://json-schema.org/draft/2020-12/schema") return new Vocabularies(true, false, true, false);
            if (meta == "https://json-schema.org/draft/2019-09/schema") return new Vocabularies(false, false, true, false);
            if (meta.StartsWith("http://json-schema.org/draft-0", StringComparison.Ordinal)) return new Vocabularies(false, true, true, false);
            if (!resources.TryGetValue(meta, out var document) || document.Element.ValueKind != JsonValueKind.Object) return new Vocabularies(true, false, true, false);
            if (!document.Element.TryGetProperty("$vocabulary", out var vocabulary) || vocabulary.ValueKind != JsonValueKind.Object) return new Vocabularies(true, false, true, false);
            return new Vocabularies(true, false, vocabulary.TryGetProperty(Vocabulary + "validation", out _), vocabulary.TryGetProperty(Vocabulary + "format-assertion", out _));
        }

    }
}
