#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenAI.Realtime;

internal sealed partial class SchemaValidator
{
    /// <summary>Indexes documents (identifiers by URI) and compiles schema objects, each once, by location.</summary>
    private sealed partial class Compiler
    {
        private static readonly string[] SingleSchemaKeywords =
            { "not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems" };

        private static readonly string[] SchemaListKeywords = { "allOf", "anyOf", "oneOf", "prefixItems", "items" };

        private static readonly string[] SchemaMapKeywords = { "$defs", "definitions", "properties", "patternProperties", "dependentSchemas", "dependencies" };

        private static readonly string[] TypeNames = { "null", "boolean", "object", "array", "number", "string", "integer" };

        private readonly IReadOnlyDictionary<string, string?> patterns;
        private readonly IReadOnlyDictionary<string, string>? linear;
        private readonly bool formatAssertion;
        private readonly Dictionary<string, SchemaLocation> byKey = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        private readonly Dictionary<string, SchemaLocation> resources = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        private readonly Dictionary<string, SchemaLocation> anchors = new Dictionary<string, SchemaLocation>(StringComparer.Ordinal);
        private readonly Dictionary<string, SchemaNode> nodes = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        private readonly Dictionary<string, SchemaPattern> regexes = new Dictionary<string, SchemaPattern>(StringComparer.Ordinal);
        private readonly List<SchemaResource> activated = new List<SchemaResource>();

        internal Compiler(IReadOnlyDictionary<string, string?> patterns, bool formatAssertion, IReadOnlyDictionary<string, string>? linear)
        {
            this.patterns = patterns;
            this.linear = linear;
            this.formatAssertion = formatAssertion;
        }

        /// <summary>Whether any $dynamicRef looks in the dynamic scope (else evaluation does not track it).</summary>
        internal bool TrackScope { get; private set; }

        internal string RootBase { get; private set; } = "";

        /// <summary>Records the identifiers of a document known by an absolute URI; returns its root.</summary>
        internal SchemaLocation Index(string uri, JsonElement document)
        {
            uri = SchemaUris.WithoutEmptyFragment(uri);
            var root = Walk(document, uri + "#", uri, new SchemaResource(uri));
            resources[uri] = root;
            RootBase = root.BaseUri;
            return root;
        }

        private SchemaLocation Walk(JsonElement schema, string key, string baseUri, SchemaResource resource)
        {
            string? plainNameId = null;
            var isResource = false;
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                var text = id.GetString()!;
                if (text.StartsWith("#", StringComparison.Ordinal)) plainNameId = text; // draft-07's anchors
                else
                {
                    baseUri = SchemaUris.WithoutEmptyFragment(SchemaUris.Resolve(baseUri, text));
                    resource = new SchemaResource(baseUri) { MetaSchema = resource.MetaSchema };
                    isResource = true;
                }
            }
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$schema", out var meta) && meta.ValueKind == JsonValueKind.String && (isResource || key.EndsWith("#", StringComparison.Ordinal)))
            {
                resource.MetaSchema = SchemaUris.WithoutEmptyFragment(meta.GetString()!);
            }
            var location = new SchemaLocation(schema, key, baseUri, resource);
            byKey[key] = location;
            if (schema.ValueKind != JsonValueKind.Object) return location;
            if (isResource || key.EndsWith("#", StringComparison.Ordinal)) resources[baseUri] = location;
            if (plainNameId != null) anchors[baseUri + plainNameId] = location;
            if (schema.TryGetProperty("$anchor", out var anchor) && anchor.ValueKind == JsonValueKind.String) anchors[baseUri + "#" + anchor.GetString()] = location;
            if (schema.TryGetProperty("$dynamicAnchor", out var dynamic) && dynamic.ValueKind == JsonValueKind.String)
            {
                anchors[baseUri + "#" + dynamic.GetString()] = location;
                resource.DynamicAnchorLocations[dynamic.GetString()!] = location;
            }
            foreach (var property in schema.EnumerateObject())
            {
                var value = property.Value;
                var childKey = key + "/" + SchemaUris.Escape(property.Name);
                if (SingleSchemaKeywords.Contains(property.Name) && IsSchema(value)) Walk(value, childKey, baseUri, resource);
                else if (SchemaListKeywords.Contains(property.Name) && value.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray()) Walk(item, childKey + "/" + i++, baseUri, resource);
                }
                else if (SchemaMapKeywords.Contains(property.Name) && value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var member in value.EnumerateObject())
                    {
                        if (IsSchema(member.Value)) Walk(member.Value, childKey + "/" + SchemaUris.Escape(member.Name), baseUri, resource);
                    }
                }
            }
            return location;
        }

        private static bool IsSchema(JsonElement value) => value.ValueKind == JsonValueKind.Object || value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False;

        /// <summary>The location a reference names, resolved against a base URI: a resource, a JSON pointer in one, or an anchor.</summary>
        internal SchemaLocation Resolve(string baseUri, string reference)
        {
            var (uri, fragment) = SchemaUris.SplitFragment(SchemaUris.Resolve(baseUri, reference));
            if (!resources.TryGetValue(uri, out var resource)) throw new SchemaCompileException($"unresolvable $ref {reference} ({uri} is no known document)");
            if (fragment.Length == 0) return resource;
            if (fragment[0] != '/')
            {
                if (anchors.TryGetValue(uri + "#" + fragment, out var anchored)) return anchored;
                throw new SchemaCompileException($"unresolvable $ref {reference} (no anchor {fragment} in {uri})");
            }
            var element = resource.Element;
            var key = resource.Key;
            foreach (var token in SchemaUris.PointerTokens(fragment)!)
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(token, out var member)) element = member;
                else if (element.ValueKind == JsonValueKind.Array && int.TryParse(token, out var index) && index >= 0 && index < element.GetArrayLength()) element = element[index];
                else throw new SchemaCompileException($"unresolvable $ref {reference} (no {token} in {uri})");
                key += "/" + SchemaUris.Escape(token);
            }
            return byKey.TryGetValue(key, out var known) ? known : new SchemaLocation(element, key, resource.BaseUri, resource.Resource);
        }

        /// <summary>Compiles a schema and what it reaches, then refuses loops of $ref (and other in-place applicators) that never consume the instance.</summary>
        /// <remarks>
        /// All or nothing: on a refusal (or a keyword whose value has the wrong JSON type) what this
        /// build compiled is forgotten, so that a later <see cref="SchemaValidator.At"/> never meets
        /// a half-compiled schema.
        /// </remarks>
        internal SchemaNode Build(SchemaLocation location)
        {
            var nodesBefore = new HashSet<string>(nodes.Keys, StringComparer.Ordinal);
            var activatedBefore = activated.Count;
            try
            {
                var node = Compile(location);
                CheckLoops();
                // The branch indexes read the branches' compiled schemas (through $ref), so only now, and once per node.
                foreach (var compiled in nodes)
                {
                    if (nodesBefore.Contains(compiled.Key)) continue;
                    compiled.Value.AnyOfBranches = SchemaBranches.Of(compiled.Value.AnyOf);
                    compiled.Value.OneOfBranches = SchemaBranches.Of(compiled.Value.OneOf);
                }
                return node;
            }
            catch (Exception e) when (e is SchemaCompileException || e is InvalidOperationException || e is FormatException)
            {
                foreach (var key in nodes.Keys.Where(k => !nodesBefore.Contains(k)).ToList()) nodes.Remove(key);
                foreach (var resource in activated.Skip(activatedBefore))
                {
                    resource.Activated = false;
                    resource.DynamicAnchors.Clear();
                }
                activated.RemoveRange(activatedBefore, activated.Count - activatedBefore);
                if (e is SchemaCompileException) throw;
                throw new SchemaCompileException($"not a valid schema: {e.Message}");
            }
        }

        private SchemaNode Compile(SchemaLocation location)
        {
            if (nodes.TryGetValue(location.Key, out var done)) return done;
            var node = new SchemaNode(location.Resource);
            nodes[location.Key] = node;
            Activate(location.Resource);
            var schema = location.Element;
            if (schema.ValueKind != JsonValueKind.Object)
            {
                node.Boolean = schema.ValueKind == JsonValueKind.False ? -1 : 1;
                return node;
            }
            var dialect = Dialect(location.Resource);
            if (dialect.RefOverrides && schema.TryGetProperty("$ref", out var reference))
            {
                Keyword(node, location, "$ref", reference, dialect);
                return node;
            }
            foreach (var property in schema.EnumerateObject()) Keyword(node, location, property.Name, property.Value, dialect);
            if (schema.TryGetProperty("discriminator", out var discriminator)) node.Discriminator = SchemaDiscriminator.Of(location.BaseUri, schema, discriminator);
            if (dialect.ItemsArray && schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                node.PrefixItems = List(location, "items", items);
                node.PrefixItemsKeyword = "items";
                node.Items = schema.TryGetProperty("additionalItems", out var additional) ? Sub(location, "additionalItems", additional) : null;
                node.ItemsKeyword = "additionalItems";
            }
            node.Prepare();
            return node;
        }

        /// <summary>A resource's $dynamicAnchors are compiled as soon as any of its schemas is: the dynamic scope may pick them.</summary>
        private void Activate(SchemaResource resource)
        {
            if (resource.Activated) return;
            resource.Activated = true;
            activated.Add(resource);
            foreach (var anchor in resource.DynamicAnchorLocations) resource.DynamicAnchors[anchor.Key] = Compile(anchor.Value);
        }

        private void Keyword(SchemaNode node, SchemaLocation at, string name, JsonElement value, Vocabularies dialect)
        {
            if (!dialect.Validation && ValidationKeywords.Contains(name)) return;
            if (!dialect.Is202012 && (name == "prefixItems" || name == "$dynamicRef" || (name == "items" && value.ValueKind == JsonValueKind.Array))) return;
            switch (name)
            {
                case "$ref" when value.ValueKind == JsonValueKind.String:
                    node.Ref = Compile(Resolve(at.BaseUri, value.GetString()!));
                    break;
                case "$dynamicRef" when value.ValueKind == JsonValueKind.String:
                    var target = Resolve(at.BaseUri, value.GetString()!);
                    node.DynamicRef = Compile(target);
                    var fragment = SchemaUris.SplitFragment(SchemaUris.Resolve(at.BaseUri, value.GetString()!)).Fragment;
                    if (fragment.Length > 0 && fragment[0] != '/' && target.Resource.DynamicAnchorLocations.TryGetValue(fragment, out var anchor) && anchor == target)
                    {
                        node.DynamicName = fragment;
                        TrackScope = true;
                    }
                    break;
                case "type":
                    var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString() ?? "").ToArray() : new[] { value.GetString() ?? "" };
                    foreach (var type in types) node.Types |= 1 << Array.IndexOf(TypeNames, type);
                    node.TypeMessage = "must be " + string.Join(",", types);
                    break;
                case "enum" when value.ValueKind == JsonValueKind.Array:
                    node.Enum = value.EnumerateArray().ToArray();
                    node.EnumStrings = node.Enum.Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null).ToArray();
                    break;
                case "const":
                    node.HasConst = true;
                    node.Const = value;
                    node.ConstString = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    node.Pattern = Pattern(value.GetString()!);
                    break;
                case "format" when value.ValueKind == JsonValueKind.String && (formatAssertion || dialect.FormatAssertion):
                    node.Format = value.GetString();
                    node.FormatCheck = SchemaFormats.Check(node.Format!);
                    break;
                case "uniqueItems":
                    node.UniqueItems = value.ValueKind == JsonValueKind.True;
                    break;
                case "required" when value.ValueKind == JsonValueKind.Array:
                    node.Required = value.EnumerateArray().Select(r => r.GetString() ?? "").ToArray();
                    break;
                case "dependentRequired" when value.ValueKind == JsonValueKind.Object:
                    node.DependentRequired = value.EnumerateObject()
                        .Select(d => new KeyValuePair<string, string[]>(d.Name, d.Value.EnumerateArray().Select(r => r.GetString() ?? "").ToArray()))
                        .ToArray();
                    break;
                case "allOf":
                    node.AllOf = List(at, name, value);
                    break;
                case "anyOf":
                    node.AnyOf = List(at, name, value);
                    break;
                case "oneOf":
                    node.OneOf = List(at, name, value);
                    break;
                case "prefixItems":
                    node.PrefixItems = List(at, name, value);
                    break;
                case "not":
                    node.Not = Sub(at, name, value);
                    break;
                case "if":
                    node.If = Sub(at, name, value);
                    break;
                case "then":
                    node.Then = Sub(at, name, value);
                    break;
                case "else":
                    node.Else = Sub(at, name, value);
                    break;
                case "items":
                    node.Items = Sub(at, name, value);
                    break;
                case "contains":
                    node.Contains = Sub(at, name, value);
                    break;
                case "additionalProperties":
                    node.AdditionalProperties = Sub(at, name, value);
                    break;
                case "propertyNames":
                    node.PropertyNames = Sub(at, name, value);
                    break;
                case "unevaluatedItems":
                    node.UnevaluatedItems = Sub(at, name, value);
                    break;
                case "unevaluatedProperties":
                    node.UnevaluatedProperties = Sub(at, name, value);
                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    node.Properties = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
                    foreach (var p in value.EnumerateObject()) node.Properties[p.Name] = Sub(at, name + "/" + SchemaUris.Escape(p.Name), p.Value);
                    node.PropertyList = node.Properties.ToArray();
                    break;
                case "patternProperties" when value.ValueKind == JsonValueKind.Object:
                    node.PatternProperties = value.EnumerateObject()
                        .Select(p => new KeyValuePair<SchemaPattern, SchemaNode>(Pattern(p.Name), Sub(at, name + "/" + SchemaUris.Escape(p.Name), p.Value)))
                        .ToArray();
                    break;
                case "dependentSchemas" when value.ValueKind == JsonValueKind.Object:
                    node.DependentSchemas = value.EnumerateObject()
                        .Select(p => new KeyValuePair<string, SchemaNode>(p.Name, Sub(at, name + "/" + SchemaUris.Escape(p.Name), p.Value)))
                        .ToArray();
                    break;
                case "dependencies" when value.ValueKind == JsonValueKind.Object:
                    node.DependenciesRequired = value.EnumerateObject()
                        .Where(p => p.Value.ValueKind == JsonValueKind.Array)
                        .Select(p => new KeyValuePair<string, string[]>(p.Name, p.Value.EnumerateArray().Select(r => r.GetString() ?? "").ToArray()))
                        .ToArray();
                    node.DependenciesSchemas = value.EnumerateObject()
                        .Where(p => IsSchema(p.Value))
                        .Select(p => new KeyValuePair<string, SchemaNode>(p.Name, Sub(at, name + "/" + SchemaUris.Escape(p.Name), p.Value)))
                        .ToArray();
                    break;
                default:
                    if (value.ValueKind == JsonValueKind.Number) Bound(node, name, value);
                    break;
            }
        }

        private static void Bound(SchemaNode node, string name, JsonElement value)
        {
            switch (name)
            {
                case "multipleOf": node.MultipleOf = new SchemaBound(value); break;
                case "maximum": node.Maximum = new SchemaBound(value); break;
                case "exclusiveMaximum": node.ExclusiveMaximum = new SchemaBound(value); break;
                case "minimum": node.Minimum = new SchemaBound(value); break;
                case "exclusiveMinimum": node.ExclusiveMinimum = new SchemaBound(value); break;
                case "maxLength": node.MaxLength = new SchemaBound(value); break;
                case "minLength": node.MinLength = new SchemaBound(value); break;
                case "maxItems": node.MaxItems = new SchemaBound(value); break;
                case "minItems": node.MinItems = new SchemaBound(value); break;
                case "maxProperties": node.MaxProperties = new SchemaBound(value); break;
                case "minProperties": node.MinProperties = new SchemaBound(value); break;
                case "minContains": node.MinContains = new SchemaBound(value); break;
                case "maxContains": node.MaxContains = new SchemaBound(value); break;
            }
        }

        private SchemaNode Sub(SchemaLocation at, string suffix, JsonElement value)
        {
            var key = at.Key + "/" + suffix;
            return Compile(byKey.TryGetValue(key, out var known) ? known : new SchemaLocation(value, key, at.BaseUri, at.Resource));
        }

        private SchemaNode[]? List(SchemaLocation at, string name, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array) return null;
            var i = 0;
            return value.EnumerateArray().Select(item => Sub(at, name + "/" + i++, item)).ToArray();
        }

        /// <summary>
        /// The pattern, compiled once: on the linear-time matcher when the linear table has its
        /// program, else its .NET translation from the table; a source in neither table (a
        /// document's, not the schema's) is used as written.
        /// </summary>
        private SchemaPattern Pattern(string source)
        {
            if (regexes.TryGetValue(source, out var known)) return known;
            if (linear != null && linear.TryGetValue(source, out var program))
            {
                SchemaLinearPattern matcher;
                try
                {
                    matcher = new SchemaLinearPattern(program);
                }
                catch (Exception e) when (e is FormatException || e is JsonException)
                {
                    throw new SchemaCompileException($"pattern {JsonSerializer.Serialize(source)} has no usable linear program: {e.Message}");
                }
                return regexes[source] = new SchemaPattern(matcher, source);
            }
            if (!patterns.TryGetValue(source, out var translated)) translated = source;
            if (translated == null) throw new SchemaCompileException($"pattern {JsonSerializer.Serialize(source)} has no .NET equivalent");
            Regex regex;
            try
            {
                regex = new Regex(translated, RegexOptions.CultureInvariant, SchemaPattern.MatchTimeout);
            }
            catch (ArgumentException e)
            {
                throw new SchemaCompileException($"pattern {JsonSerializer.Serialize(source)} does not compile: {e.Message}");
            }
            var pattern = new SchemaPattern(regex, source);
            regexes[source] = pattern;
            return pattern;
        }

        private void CheckLoops()
        {
            // 0 unseen, 1 on the current path, 2 done: meeting a node on the path is a loop.
            var state = new Dictionary<SchemaNode, int>();
            foreach (var node in nodes.Values) Visit(node, state);
        }

        private void Visit(SchemaNode node, Dictionary<SchemaNode, int> state)
        {
            state.TryGetValue(node, out var seen);
            if (seen == 2) return;
            if (seen == 1) throw new SchemaCompileException("a $ref loop never consumes the instance (infinite recursion)");
            state[node] = 1;
            foreach (var next in node.InPlace()) Visit(next, state);
            if (node.DynamicName != null)
            {
                foreach (var resource in activated)
                {
                    if (resource.DynamicAnchors.TryGetValue(node.DynamicName, out var next)) Visit(next, state);
                }
            }
            state[node] = 2;
        }
    }
}
