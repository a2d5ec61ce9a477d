using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3: every variable used, also inside reached fragments, is defined by the operation.</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        _defined.Clear();
        return true;
    }

    protected override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        _defined.Add(node.Variable.Name.Value);
        return true;
    }

    protected override void LeaveOperation(OperationDefinitionNode operation)
    {
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            string name = usage.Node.Name.Value;
            if (_defined.Contains(name)) continue;
            Report(operation.Name is { } op
                ? $"Variable \"${name}\" is not defined by operation \"{op.Value}\"."
                : $"Variable \"${name}\" is not defined.", usage.Node, operation);
        }
    }
}
