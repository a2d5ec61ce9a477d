using System.Text.Json;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Execution;

/// <summary>Spec §6.1.2 CoerceVariableValues over JSON input, with graphql-js's <c>getVariableValues</c> messages.</summary>
internal static class VariableCoercion
{
    private const int MaxErrors = 50;

    /// <summary>The coerced values, or the errors (a request error) when any variable does not coerce.</summary>
    public static (IReadOnlyDictionary<string, object?> Values, List<GraphQLError>? Errors) Coerce(Schema schema,
        OperationDefinitionNode operation, JsonElement? inputs, bool hideSuggestions = false)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (operation.VariableDefinitions.Count == 0) return (coerced, null);
        List<GraphQLError>? errors = null;
        var given = inputs is { ValueKind: JsonValueKind.Object } json ? json : default;
        foreach (var definition in operation.VariableDefinitions)
        {
            string name = definition.Variable.Name.Value;
            var type = TypeFacts.TypeFromAst(schema, definition.Type);
            void Report(GraphQLError error)
            {
                errors ??= [];
                if (errors.Count >= MaxErrors)
                    throw new AbortException();
                errors.Add(error);
            }
            try
            {
                if (type is null || !type.IsInputType)
                {
                    Report(new GraphQLError($"Variable \"${name}\" expected value of type \"{Language.Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                    continue;
                }
                if (given.ValueKind != JsonValueKind.Object || !given.TryGetProperty(name, out var value))
                {
                    if (definition.DefaultValue is { } defaultValue)
                    {
                        var fallback = LiteralCoercion.Coerce(defaultValue, type);
                        if (!ReferenceEquals(fallback, LiteralCoercion.Invalid)) coerced[name] = fallback;
                    }
                    else if (type is NonNullType)
                        Report(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                    continue;
                }
                if (value.ValueKind == JsonValueKind.Null && type is NonNullType)
                {
                    Report(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                    continue;
                }
                var input = new InputCoercion(hideSuggestions, (path, invalid, error) =>
                {
                    string prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
                    if (path.Count > 0) prefix += $" at \"{name}{PrintPath(path)}\"";
                    Report(new GraphQLError(prefix + "; " + error.Message, [definition], null, error.Extensions, error));
                });
                coerced[name] = input.Coerce(value, type, []);
            }
            catch (AbortException)
            {
                errors!.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }
        }
        return (coerced, errors);
    }

    /// <summary>A JSON value as plain CLR values: null, bool, long or double, string, dictionaries, lists.</summary>
    public static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var l) ? l : json.GetDouble(),
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        _ => json.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
    };

    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : "." + key));

    private sealed class AbortException : Exception;
}
