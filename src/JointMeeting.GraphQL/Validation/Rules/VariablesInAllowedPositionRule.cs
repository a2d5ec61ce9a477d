using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.5: each variable's type fits every position it is used in.</summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        _definitions.Clear();
        return true;
    }

    protected override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        _definitions[node.Variable.Name.Value] = node;
        return true;
    }

    protected override void LeaveOperation(OperationDefinitionNode operation)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            string name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;
            var variableType = TypeFacts.TypeFromAst(Context.Schema, definition.Type);
            if (variableType != null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
                Report($"Variable \"${name}\" of type \"{TypeFacts.Print(variableType)}\" used in position expecting type \"{TypeFacts.Print(locationType)}\".",
                    definition, usage.Node);
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not (null or NonNullType))
                Report($"Variable \"${name}\" is of type \"{TypeFacts.Print(variableType)}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition, usage.Node);
        }
    }

    // A nullable variable may feed a non-null position when either side supplies a non-null default.
    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            bool variableHasNonNullDefault = variableDefault != null && variableDefault is not NullValueNode;
            if (!variableHasNonNullDefault && !locationHasDefault) return false;
            return TypeFacts.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }
        return TypeFacts.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
