using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1: variable names are unique within an operation.</summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        foreach (var (name, nodes) in NameGroups.Of(node.VariableDefinitions, d => d.Variable.Name.Value))
        {
            if (nodes.Count < 2) continue;
            var names = new SyntaxNode[nodes.Count];
            for (int i = 0; i < nodes.Count; i++) names[i] = nodes[i].Variable.Name;
            Report($"There can be only one variable named \"${name}\".", names);
        }
        return true;
    }
}
