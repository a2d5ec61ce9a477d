using JointMeeting.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace JointMeeting.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    private static readonly IReadOnlyDictionary<string, object?> InternalExtensions =
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "INTERNAL" };

    /// <summary>
    /// Records a field error (spec §6.4.4) located at the field and path, and returns what the
    /// position becomes: null, or <see cref="NullBubble"/> when <paramref name="type"/> is non-null.
    /// </summary>
    private object? HandleError(Exception error, GraphQLType type, ResponsePath path, FieldContext context)
    {
        AddError(ToFieldError(error, path, context));
        return type is NonNullType ? NullBubble : null;
    }

    private GraphQLError ToFieldError(Exception error, ResponsePath path, FieldContext context)
    {
        if (error is AggregateException { InnerExceptions.Count: 1 } aggregate) error = aggregate.InnerExceptions[0];
        if (error is GraphQLError graphQLError) return Locate(graphQLError, path, context);
        GraphQLError? filtered = null;
        try
        {
            filtered = Options.ErrorFilter?.Filter(error, context);
        }
        catch (Exception filterError)
        {
            Logger?.LogError(filterError, "The GraphQL error filter threw while mapping {ExceptionType}", error.GetType().Name);
        }
        if (filtered is not null) return Locate(filtered, path, context);
        Logger?.LogError(error, "Unhandled exception in resolver {Type}.{Field} at {Path}",
            context.ParentType.Name, context.Field.Name, string.Join("/", path.ToList()));
        return new GraphQLError("Internal server error", context.Plan.Nodes, path.ToList(), InternalExtensions);
    }

    /// <summary>graphql-js <c>locatedError</c>: keeps an error that already has a path, else adds the field's nodes and path.</summary>
    private static GraphQLError Locate(GraphQLError error, ResponsePath path, FieldContext context)
    {
        if (error.Path is not null) return error;
        var nodes = error.Nodes.Count > 0 ? error.Nodes : context.Plan.Nodes;
        return new GraphQLError(error.Message, nodes, path.ToList(), error.Extensions, error.InnerException ?? error);
    }

    /// <summary>The object type of a value of an interface or union (ResolveType, __typename, IsTypeOf, CLR type).</summary>
    private ObjectType ResolveRuntimeType(NamedType abstractType, FieldContext context, object result)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        string? name = resolver?.Invoke(result, context) ?? DefaultTypeName(abstractType, result);
        var plan = context.Plan;
        if (name is null)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentType.Name}.{plan.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", plan.Nodes);
        var runtimeType = Schema.GetType(name);
        if (runtimeType is null)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", plan.Nodes);
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".", plan.Nodes);
        if (!Schema.IsSubType(abstractType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", plan.Nodes);
        return objectType;
    }

    /// <summary>graphql-js defaultTypeResolver (a <c>__typename</c> entry, then IsTypeOf), then the CLR type's name.</summary>
    private string? DefaultTypeName(NamedType abstractType, object result)
    {
        switch (result)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var typeName) && typeName is string s:
                return s;
            case IDictionary<string, object?> map when map.TryGetValue("__typename", out var typeName) && typeName is string s:
                return s;
            case System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } json
                when json.TryGetProperty("__typename", out var typeName) && typeName.ValueKind == System.Text.Json.JsonValueKind.String:
                return typeName.GetString();
        }
        var possibleTypes = Schema.GetPossibleTypes(abstractType);
        foreach (var type in possibleTypes)
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(result)) return type.Name;
        var clrType = result.GetType();
        foreach (var type in possibleTypes)
            if (type.ClrType is null && type.Name == clrType.Name) return type.Name;
        return null;
    }
}
