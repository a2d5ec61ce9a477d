using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1: fragment names are unique within a document.</summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    protected override bool EnterOperation(OperationDefinitionNode node) => false;

    protected override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        string name = node.Name.Value;
        if (_known.TryGetValue(name, out var first))
            Report($"There can be only one fragment named \"{name}\".", first, node.Name);
        else
            _known[name] = node.Name;
        return false;
    }
}
