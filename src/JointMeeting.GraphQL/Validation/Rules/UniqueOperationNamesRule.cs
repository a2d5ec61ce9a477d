using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1: operation names are unique within a document.</summary>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name is { } name)
        {
            if (_known.TryGetValue(name.Value, out var first))
                Report($"There can be only one operation named \"{name.Value}\".", first, name);
            else
                _known[name.Value] = name;
        }
        return false;
    }

    protected override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
}
