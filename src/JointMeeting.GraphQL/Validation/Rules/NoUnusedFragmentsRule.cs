using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4: every fragment is reachable from some operation.</summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        _operations.Add(node);
        return false;
    }

    protected override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        _fragments.Add(node);
        return false;
    }

    protected override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.GetRecursivelyReferencedFragmentsForOperations(_operations))
            used.Add(fragment.Name.Value);
        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
                Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
