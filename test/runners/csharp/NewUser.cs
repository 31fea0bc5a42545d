// A console app written as a new user of generated/csharp would write it (the issue's "done
// when"), plus a reflection dump of the public surface that test/csharp.test.ts compares with
// OpenAI-DotNet's, and of the public types of the goldens compiled into it (namespaces
// Goldens.*), so the test can tell that every golden file was built. Prints "key: value" lines.

using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenAI.Realtime;

internal static class NewUser
{
    private static void Main()
    {
        Console.WriteLine("request: " + new ConversationItemTruncateRequest("msg_002", 0, 1500).ToJsonString());
        var extended = new ConversationItemTruncateRequest("msg_003", 1, 20);
        extended.AdditionalProperties["x_note"] = JsonDocument.Parse("\"added\"").RootElement;
        Console.WriteLine("request extended: " + extended.ToJsonString());

        const string server = "{\"event_id\":\"event_2526\",\"type\":\"conversation.item.truncated\",\"item_id\":\"msg_004\",\"content_index\":0,\"audio_end_ms\":1500,\"x_trace\":{\"hop\":[1,null]}}";
        IServerEvent serverEvent = JsonSerializer.Deserialize<IServerEvent>(server)!;
        Console.WriteLine("server type: " + serverEvent.GetType().Name);
        if (serverEvent is ConversationItemTruncatedResponse truncated)
        {
            Console.WriteLine($"server fields: {truncated.EventId} {truncated.Type} {truncated.ItemId} {truncated.ContentIndex} {truncated.AudioEndMs}");
        }
        Console.WriteLine("server again: " + serverEvent.ToJsonString());
        Console.WriteLine("server unknown: " + string.Join(",", ((ConversationItemTruncatedResponse)serverEvent).AdditionalProperties.Keys));
        Console.WriteLine("server none unknown: " + JsonSerializer.Deserialize<ConversationItemTruncatedResponse>("{\"event_id\":\"e\",\"type\":\"conversation.item.truncated\",\"item_id\":\"m\",\"content_index\":0,\"audio_end_ms\":1}")!.AdditionalProperties.Count);
        Console.WriteLine("server direct: " + JsonSerializer.Deserialize<ConversationItemTruncatedResponse>(server)!.AudioEndMs);

        var client = JsonSerializer.Deserialize<IClientEvent>("{\"event_id\":\"event_678\",\"type\":\"conversation.item.truncate\",\"item_id\":\"msg_002\",\"content_index\":0,\"audio_end_ms\":1500}")!;
        Console.WriteLine("client type: " + client.GetType().Name + " " + client.EventId);
        Console.WriteLine("as base: " + JsonSerializer.Serialize<IRealtimeEvent>(client));

        Console.WriteLine("unknown type: " + Failure<IServerEvent>("{\"event_id\":\"e\",\"type\":\"session.nope\"}"));
        Console.WriteLine("bad index: " + Failure<IServerEvent>("{\"event_id\":\"e\",\"type\":\"conversation.item.truncated\",\"item_id\":\"m\",\"content_index\":-1,\"audio_end_ms\":1}"));
        Console.WriteLine("missing: " + Failure<ConversationItemTruncatedResponse>("{\"event_id\":\"e\",\"type\":\"conversation.item.truncated\",\"item_id\":\"m\",\"content_index\":0}"));

        foreach (var type in new[] { typeof(IRealtimeEvent), typeof(IClientEvent), typeof(IServerEvent), typeof(BaseRealtimeEvent), typeof(ConversationItemTruncateRequest), typeof(ConversationItemTruncatedResponse) })
        {
            Console.WriteLine("surface: " + Surface(type));
        }
        foreach (var type in typeof(NewUser).Assembly.GetTypes().Where(t => t.IsPublic && t.Namespace != null && t.Namespace.StartsWith("Goldens.", StringComparison.Ordinal)))
        {
            Console.WriteLine($"golden: {type.Namespace}.{type.Name}");
        }
    }

    private static string Failure<T>(string json)
    {
        try
        {
            JsonSerializer.Deserialize<T>(json);
            return "accepted";
        }
        catch (JsonException error)
        {
            return error.GetType().Name + " " + error.Message;
        }
    }

    private static string Surface(Type type)
    {
        var kind = type.IsInterface ? "interface" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        var bases = new[] { type.BaseType?.Name }.Where(n => n != null && n != "Object").Concat(type.GetInterfaces().Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal));
        var ctors = type.GetConstructors().Select(c => $"{type.Name}({string.Join(", ", c.GetParameters().Select(p => $"{p.ParameterType.Name} {p.Name}"))})");
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(Property);
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).Select(m => $"{m.ReturnType.Name} {m.Name}()");
        return $"{kind} {type.Name} : {string.Join(", ", bases)} | {string.Join(" | ", ctors.Concat(properties).Concat(methods))}";
    }

    private static string Property(PropertyInfo p)
    {
        var set = p.SetMethod;
        var setter = set == null ? "" : set.IsPublic ? " set;" : set.IsAssembly ? " internal set;" : set.IsFamily ? " protected set;" : " private set;";
        var attributes = string.Concat(
            p.GetCustomAttribute<JsonIncludeAttribute>(false) != null ? "[JsonInclude]" : "",
            p.GetCustomAttribute<JsonPropertyNameAttribute>(false) is { } name ? $"[JsonPropertyName(\"{name.Name}\")]" : "",
            p.GetCustomAttribute<JsonIgnoreAttribute>(false) != null ? "[JsonIgnore]" : "",
            p.GetCustomAttribute<JsonExtensionDataAttribute>(false) != null ? "[JsonExtensionData]" : "");
        var modifier = p.GetMethod!.IsAbstract && !p.DeclaringType!.IsInterface ? "abstract " : p.GetMethod.GetBaseDefinition() != p.GetMethod ? "override " : "";
        return $"{attributes}{modifier}{p.PropertyType.Name} {p.Name} {{ get;{setter} }}";
    }
}
