#nullable enable

using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace OpenAI.Realtime;

internal sealed partial class SchemaValidator
{
    // Evaluation order (the order of the errors): $ref, $dynamicRef; the assertions (type, enum,
    // const, number, string and format, array, object: SchemaValidator.Assertions.cs); prefixItems,
    // items, contains; properties, patternProperties, additionalProperties, propertyNames,
    // dependentSchemas (dependencies); allOf, anyOf, oneOf, not, if/then/else; unevaluatedItems,
    // unevaluatedProperties last, as they read what the others evaluated.
    //
    // One walk serves both entry points: `errors` null is IsValid (return at the first failure, no
    // strings, no paths), otherwise every error is added with its locations. `annotations` is
    // non-null when an unevaluated* keyword on this instance needs to know what was evaluated; a
    // schema that fails annotates nothing (a keyword records what it evaluated, valid or not).

    private bool Eval(SchemaNode n, JsonElement x, SchemaScope? scope, SchemaAnnotations? annotations, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        if (n.Boolean != 0)
        {
            if (n.Boolean > 0) return true;
            errors?.Add(new SchemaError(SchemaPath.Text(at), SchemaPath.Text(kw), "boolean schema is false"));
            return false;
        }
        if (compiler.TrackScope && (scope == null || scope.Resource != n.Resource)) scope = new SchemaScope(n.Resource, scope);
        // A fresh record for this schema: unevaluated* here read only it, and the caller gets it only if this schema passes.
        var own = n.HasUnevaluated || annotations != null ? new SchemaAnnotations() : null;
        var ok = true;
        if (n.Ref != null && !Eval(n.Ref, x, scope, own, errors, at, Path(errors, kw, "$ref")))
        {
            if (errors == null) return false;
            ok = false;
        }
        if (n.DynamicRef != null && !Eval(DynamicTarget(n, scope), x, scope, own, errors, at, Path(errors, kw, "$dynamicRef")))
        {
            if (errors == null) return false;
            ok = false;
        }
        var membersPass = errors == null && own == null && n.DeclaredNames != null;
        if (!Assertions(n, x, errors, at, kw, membersPass))
        {
            if (errors == null) return false;
            ok = false;
        }
        var kind = x.ValueKind;
        if (kind == JsonValueKind.Array && !ArrayApplicators(n, x, scope, own, errors, at, kw))
        {
            if (errors == null) return false;
            ok = false;
        }
        if (kind == JsonValueKind.Object && !(membersPass ? DeclaredMembers(n, x, scope) : ObjectApplicators(n, x, scope, own, errors, at, kw)))
        {
            if (errors == null) return false;
            ok = false;
        }
        if (!InPlace(n, x, scope, own, errors, at, kw))
        {
            if (errors == null) return false;
            ok = false;
        }
        if (n.HasUnevaluated && !Unevaluated(n, x, scope, own!, errors, at, kw))
        {
            if (errors == null) return false;
            ok = false;
        }
        if (ok && annotations != null) annotations.Merge(own!);
        return ok;
    }

    private static SchemaPath? Path(List<SchemaError>? errors, SchemaPath? parent, string token) => errors == null ? null : new SchemaPath(parent, token);

    private static SchemaPath? Path(List<SchemaError>? errors, SchemaPath? parent, string token, string child) =>
        errors == null ? null : new SchemaPath(new SchemaPath(parent, token), child);

    private static SchemaPath? Item(List<SchemaError>? errors, SchemaPath? parent, int index) =>
        errors == null ? null : new SchemaPath(parent, index.ToString(CultureInfo.InvariantCulture));

    private static bool Fail(List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw, string keyword, string message)
    {
        errors?.Add(new SchemaError(SchemaPath.Text(at), SchemaPath.Text(kw) + "/" + keyword, message));
        return false;
    }

    /// <summary>The outermost resource in the dynamic scope with the anchor wins; else the static target.</summary>
    private static SchemaNode DynamicTarget(SchemaNode n, SchemaScope? scope)
    {
        var target = n.DynamicRef!;
        if (n.DynamicName == null) return target;
        for (var s = scope; s != null; s = s.Outer)
        {
            if (s.Resource.DynamicAnchors.TryGetValue(n.DynamicName, out var found)) target = found;
        }
        return target;
    }

    /// <summary>allOf, anyOf, oneOf, not, if/then/else: subschemas on the same instance.</summary>
    private bool InPlace(SchemaNode n, JsonElement x, SchemaScope? scope, SchemaAnnotations? own, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        var ok = true;
        var kind = x.ValueKind;
        if (n.AllOf != null)
        {
            for (var i = 0; i < n.AllOf.Length; i++)
            {
                if (Eval(n.AllOf[i], x, scope, own, errors, at, Path(errors, kw, "allOf", Index(i)))) continue;
                if (errors == null) return false;
                ok = false;
            }
        }
        if (n.AnyOf != null)
        {
            var any = false;
            // Only the branches an object's tag leaves (SchemaBranches.cs): the others cannot pass.
            var only = kind == JsonValueKind.Object ? n.AnyOfBranches?.Candidates(x) : null;
            var count = only?.Length ?? n.AnyOf.Length;
            for (var i = 0; i < count; i++)
            {
                var branch = n.AnyOf[only == null ? i : only[i]];
                // Every passing branch annotates, so with annotations wanted all branches run.
                var found = own == null ? null : new SchemaAnnotations();
                if (!Eval(branch, x, scope, found, null, null, null)) continue;
                any = true;
                if (found == null) break;
                own!.Merge(found);
            }
            if (!any)
            {
                if (errors == null) return false;
                ok = n.Discriminator?.Keyword == "anyOf" && kind == JsonValueKind.Object
                    ? Discriminated(n.Discriminator, n.AnyOf, x, scope, errors, at, kw)
                    : Fail(errors, at, kw, "anyOf", "must match a schema in anyOf");
            }
        }
        if (n.OneOf != null)
        {
            var passed = 0;
            SchemaAnnotations? passing = null;
            var only = kind == JsonValueKind.Object ? n.OneOfBranches?.Candidates(x) : null;
            var count = only?.Length ?? n.OneOf.Length;
            for (var i = 0; i < count; i++)
            {
                var branch = n.OneOf[only == null ? i : only[i]];
                var found = own == null ? null : new SchemaAnnotations();
                if (!Eval(branch, x, scope, found, null, null, null)) continue;
                passing = found;
                if (++passed > 1) break;
            }
            if (passed != 1)
            {
                if (errors == null) return false;
                ok = n.Discriminator?.Keyword == "oneOf" && kind == JsonValueKind.Object
                    ? Discriminated(n.Discriminator, n.OneOf, x, scope, errors, at, kw)
                    : Fail(errors, at, kw, "oneOf", "must match exactly one schema in oneOf");
            }
            else if (passing != null) own!.Merge(passing);
        }
        if (n.Not != null && Eval(n.Not, x, scope, null, null, null, null))
        {
            if (errors == null) return false;
            ok = Fail(errors, at, kw, "not", "must NOT be valid");
        }
        if (n.If != null)
        {
            var found = own == null ? null : new SchemaAnnotations();
            var branch = Eval(n.If, x, scope, found, null, null, null) ? n.Then : n.Else;
            if (found != null && branch == n.Then) own!.Merge(found);
            if (branch != null && !Eval(branch, x, scope, own, errors, at, Path(errors, kw, branch == n.Then ? "then" : "else")))
            {
                if (errors == null) return false;
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>
    /// The errors of a failing oneOf or anyOf that has a discriminator (ARCHITECTURE.md): the tag's
    /// own error, or exactly the errors of the variant the tag names. Never changes validity: it
    /// is called only once the union has failed, and always returns false.
    /// </summary>
    private bool Discriminated(SchemaDiscriminator d, SchemaNode[] branches, JsonElement x, SchemaScope? scope, List<SchemaError> errors, SchemaPath? at, SchemaPath? kw)
    {
        if (!x.TryGetProperty(d.PropertyName, out var tag) || tag.ValueKind != JsonValueKind.String)
        {
            return Fail(errors, at, kw, "discriminator", $"tag \"{d.PropertyName}\" must be string");
        }
        var chosen = d.Choose(branches, tag.GetString()!);
        if (chosen < 0) return Fail(errors, at, kw, "discriminator", $"value of tag \"{d.PropertyName}\" must be in {d.Keyword}");
        if (!Eval(branches[chosen], x, scope, null, errors, at, Path(errors, kw, d.Keyword, Index(chosen)))) return false;
        // The named variant passes, so another one does too: the union's own error.
        return Fail(errors, at, kw, "oneOf", "must match exactly one schema in oneOf");
    }

    private bool DependentSchemas(KeyValuePair<string, SchemaNode>[] dependents, string keyword, JsonElement x, SchemaScope? scope, SchemaAnnotations? own, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        if (x.ValueKind != JsonValueKind.Object) return true;
        var ok = true;
        foreach (var dependent in dependents)
        {
            if (!x.TryGetProperty(dependent.Key, out _)) continue;
            if (Eval(dependent.Value, x, scope, own, errors, at, Path(errors, kw, keyword, SchemaUris.Escape(dependent.Key)))) continue;
            if (errors == null) return false;
            ok = false;
        }
        return ok;
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private bool ArrayApplicators(SchemaNode n, JsonElement x, SchemaScope? scope, SchemaAnnotations? own, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        var ok = true;
        var prefix = n.PrefixItems?.Length ?? 0;
        if (n.PrefixItems != null || n.Items != null)
        {
            var i = 0;
            bool prefixOk = true, itemsOk = true;
            foreach (var item in x.EnumerateArray())
            {
                var schema = i < prefix ? n.PrefixItems![i] : n.Items;
                if (schema == null) break;
                var where = i < prefix ? Path(errors, kw, n.PrefixItemsKeyword, Index(i)) : Path(errors, kw, n.ItemsKeyword);
                if (!Eval(schema, item, scope, null, errors, Item(errors, at, i), where))
                {
                    if (errors == null) return false;
                    ok = false;
                    if (i < prefix) prefixOk = false;
                    else itemsOk = false;
                }
                i++;
            }
            // Each keyword annotates only when it passes.
            if (own != null)
            {
                if (n.Items != null && itemsOk) own.AllItems = true;
                else if (prefixOk && System.Math.Min(i, prefix) > own.Items) own.Items = System.Math.Min(i, prefix);
            }
        }
        if (n.Contains != null)
        {
            var count = 0L;
            var min = n.MinContains == null ? 1 : n.MinContains.Count;
            var max = n.MaxContains?.Count ?? long.MaxValue;
            var i = 0;
            foreach (var item in x.EnumerateArray())
            {
                if (Eval(n.Contains, item, scope, null, null, null, null))
                {
                    count++;
                    if (own != null) (own.ContainsItems ??= new HashSet<int>()).Add(i);
                    else if (count >= min && n.MaxContains == null) break;
                }
                i++;
            }
            if (count < min)
            {
                if (errors == null) return false;
                var keyword = n.MinContains == null ? "contains" : "minContains";
                ok = Fail(errors, at, kw, keyword, $"must contain at least {n.MinContains?.Text ?? "1"} valid item(s)");
            }
            else if (count > max)
            {
                // One error for contains and its bounds together, as every runtime reports it.
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "maxContains", $"must contain at most {n.MaxContains!.Text} valid item(s)");
            }
        }
        return ok;
    }

    /// <summary>
    /// IsValid's object applicators when the declared names are in UTF-8 (SchemaNode.DeclaredNames):
    /// one pass over the members checks properties and the declared required names together, then
    /// the other object applicators run as in <see cref="ObjectApplicators"/>.
    /// </summary>
    private bool DeclaredMembers(SchemaNode n, JsonElement x, SchemaScope? scope)
    {
        var names = n.DeclaredNames!;
        var seen = 0UL;
        var hint = 0;
        var members = x.EnumerateObject();
        while (members.MoveNext())
        {
            var member = members.Current;
            var i = names.IndexOf(member, ref hint);
            if (i < 0) continue;
            seen |= 1UL << i;
            // Of a name written twice only the last counts, as TryGetProperty (the other path) finds it.
            if (!Eval(n.PropertyList![i].Value, member.Value, scope, null, null, null, null) && !names.Later(members, i)) return false;
        }
        if ((seen & n.RequiredMask) != n.RequiredMask) return false;
        return n.PatternProperties == null && n.AdditionalProperties == null && n.PropertyNames == null && n.DependentSchemas == null && n.DependenciesSchemas == null
            || ObjectApplicators(n, x, scope, null, null, null, null, false);
    }

    private bool ObjectApplicators(SchemaNode n, JsonElement x, SchemaScope? scope, SchemaAnnotations? own, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw, bool declared = true)
    {
        var ok = true;
        if (!declared)
        {
            // DeclaredMembers has checked the declared properties.
        }
        else if (n.PropertyList != null && errors == null && own == null)
        {
            // Validity alone does not depend on the order: look the declared names up instead of naming every member.
            foreach (var property in n.PropertyList)
            {
                if (x.TryGetProperty(property.Key, out var value) && !Eval(property.Value, value, scope, null, null, null, null)) return false;
            }
        }
        else if (n.Properties != null)
        {
            // A keyword annotates only when it passes (a failing keyword annotates nothing), so the
            // names it evaluated reach `own` at its end, and only then.
            var evaluated = own == null ? null : new List<string>();
            var passed = true;
            // In the schema's order, as Ajv checks them: the errors come in one order in every
            // language, whatever order the value's members were written in.
            foreach (var property in n.PropertyList!)
            {
                if (!x.TryGetProperty(property.Key, out var value)) continue;
                evaluated?.Add(property.Key);
                if (Eval(property.Value, value, scope, null, errors, Member(errors, at, property.Key), Path(errors, kw, "properties", SchemaUris.Escape(property.Key)))) continue;
                if (errors == null) return false;
                passed = false;
            }
            if (passed && evaluated != null) foreach (var name in evaluated) own!.AddProperty(name);
            ok &= passed;
        }
        if (n.PatternProperties != null)
        {
            var evaluated = own == null ? null : new List<string>();
            var passed = true;
            foreach (var member in x.EnumerateObject())
            {
                foreach (var pattern in n.PatternProperties)
                {
                    if (!pattern.Key.IsMatch(member.Name)) continue;
                    evaluated?.Add(member.Name);
                    var where = Path(errors, kw, "patternProperties", SchemaUris.Escape(pattern.Key.Source));
                    if (Eval(pattern.Value, member.Value, scope, null, errors, Member(errors, at, member.Name), where)) continue;
                    if (errors == null) return false;
                    passed = false;
                }
            }
            if (passed && evaluated != null) foreach (var name in evaluated) own!.AddProperty(name);
            ok &= passed;
        }
        if (n.AdditionalProperties != null)
        {
            var passed = true;
            var hint = 0;
            foreach (var member in x.EnumerateObject())
            {
                if (n.PropertyList != null && IsDeclared(n, member, ref hint)) continue;
                if (n.PatternProperties != null && Matches(n.PatternProperties, member.Name)) continue;
                if (Eval(n.AdditionalProperties, member.Value, scope, null, errors, Member(errors, at, member.Name), Path(errors, kw, "additionalProperties"))) continue;
                if (errors == null) return false;
                passed = false;
            }
            if (passed && own != null) own.AllProperties = true;
            ok &= passed;
        }
        if (n.PropertyNames != null)
        {
            // One error, naming the first invalid name (as every runtime reports it).
            foreach (var member in x.EnumerateObject())
            {
                if (Eval(n.PropertyNames, JsonSerializer.SerializeToElement(member.Name), scope, null, null, null, null)) continue;
                if (errors == null) return false;
                ok = Fail(errors, at, kw, "propertyNames", $"property name '{member.Name}' is invalid");
                break;
            }
        }
        if (n.DependentSchemas != null && !DependentSchemas(n.DependentSchemas, "dependentSchemas", x, scope, own, errors, at, kw))
        {
            if (errors == null) return false;
            ok = false;
        }
        if (n.DependenciesSchemas != null && !DependentSchemas(n.DependenciesSchemas, "dependencies", x, scope, own, errors, at, kw))
        {
            if (errors == null) return false;
            ok = false;
        }
        return ok;
    }

    private static bool IsDeclared(SchemaNode n, JsonProperty member, ref int hint)
    {
        if (n.DeclaredNames != null) return n.DeclaredNames.IndexOf(member, ref hint) >= 0;
        foreach (var property in n.PropertyList!)
        {
            if (member.NameEquals(property.Key)) return true;
        }
        return false;
    }

    private static bool Matches(KeyValuePair<SchemaPattern, SchemaNode>[] patterns, string name)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Key.IsMatch(name)) return true;
        }
        return false;
    }

    private static SchemaPath? Member(List<SchemaError>? errors, SchemaPath? parent, string name) => errors == null ? null : new SchemaPath(parent, SchemaUris.Escape(name));

    /// <summary>unevaluatedItems and unevaluatedProperties: last, over what no other keyword (here or in a passing subschema) evaluated.</summary>
    private bool Unevaluated(SchemaNode n, JsonElement x, SchemaScope? scope, SchemaAnnotations own, List<SchemaError>? errors, SchemaPath? at, SchemaPath? kw)
    {
        var ok = true;
        if (n.UnevaluatedItems != null && x.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in x.EnumerateArray())
            {
                if (!own.HasItem(i) && !Eval(n.UnevaluatedItems, item, scope, null, errors, Item(errors, at, i), Path(errors, kw, "unevaluatedItems")))
                {
                    if (errors == null) return false;
                    ok = false;
                }
                i++;
            }
            own.AllItems = true;
        }
        if (n.UnevaluatedProperties != null && x.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in x.EnumerateObject())
            {
                if (own.HasProperty(member.Name)) continue;
                if (Eval(n.UnevaluatedProperties, member.Value, scope, null, errors, Member(errors, at, member.Name), Path(errors, kw, "unevaluatedProperties"))) continue;
                if (errors == null) return false;
                ok = false;
            }
            own.AllProperties = true;
        }
        return ok;
    }
}
