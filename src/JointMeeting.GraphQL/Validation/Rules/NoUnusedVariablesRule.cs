using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4: every variable an operation defines is used by it or a fragment it reaches.</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly List<VariableDefinitionNode> _definitions = [];

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        _definitions.Clear();
        return true;
    }

    protected override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        _definitions.Add(node);
        return true;
    }

    protected override void LeaveOperation(OperationDefinitionNode operation)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation)) used.Add(usage.Node.Name.Value);
        foreach (var definition in _definitions)
        {
            string name = definition.Variable.Name.Value;
            if (used.Contains(name)) continue;
            Report(operation.Name is { } op
                ? $"Variable \"${name}\" is never used in operation \"{op.Value}\"."
                : $"Variable \"${name}\" is never used.", definition);
        }
    }
}
