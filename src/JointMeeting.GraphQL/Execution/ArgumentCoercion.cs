using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

/// <summary>Spec §6.4.1 CoerceArgumentValues, with graphql-js's <c>getArgumentValues</c> messages.</summary>
internal static class ArgumentCoercion
{
    /// <exception cref="GraphQLError">An argument is missing or does not coerce (a field error).</exception>
    public static IReadOnlyDictionary<string, object?> Coerce(IReadOnlyList<InputValueDefinition> definitions, SyntaxNode node,
        IReadOnlyDictionary<string, object?> variables)
    {
        var arguments = node switch
        {
            FieldNode f => f.Arguments,
            DirectiveNode d => d.Arguments,
            _ => [],
        };
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            string name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
                if (candidate.Name.Value == name) { argument = candidate; break; }
            if (argument is null)
            {
                if (definition.DefaultValue is { } defaultValue) coerced[name] = LiteralCoercion.Coerce(defaultValue, type);
                else if (type is NonNullType)
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
                continue;
            }
            var valueNode = argument.Value;
            bool isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.DefaultValue is { } defaultValue) coerced[name] = LiteralCoercion.Coerce(defaultValue, type);
                    else if (type is NonNullType)
                        throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.", valueNode);
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && type is NonNullType)
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            var value = LiteralCoercion.Coerce(valueNode, type, variables);
            if (ReferenceEquals(value, LiteralCoercion.Invalid))
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            coerced[name] = value;
        }
        return coerced;
    }
}
