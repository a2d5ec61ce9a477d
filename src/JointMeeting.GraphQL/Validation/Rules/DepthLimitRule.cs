using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>
/// Each operation may nest fields at most <see cref="ValidationOptions.MaxDepth"/> deep, counting
/// through fragments. A fragment's depth is computed once, so fragment graphs cost linear time.
/// </summary>
internal sealed class DepthLimitRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        int max = Context.Options.MaxDepth;
        if (max <= 0) return false;
        int depth = DepthOf(node.SelectionSet);
        if (depth > max)
        {
            string subject = node.Name is { } name ? $"Operation \"{name.Value}\"" : "The operation";
            Context.ReportError(new GraphQLError($"{subject} nests fields {depth} levels deep; at most {max} are allowed.",
                [node], extensions: LimitRules.Extensions("depth", max, depth)));
        }
        return false;
    }

    protected override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;

    private int DepthOf(SelectionSetNode selectionSet)
    {
        int deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            int depth = selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is { } inner ? DepthOf(inner) : 0),
                InlineFragmentNode inline => DepthOf(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            if (depth > deepest) deepest = depth;
        }
        return deepest;
    }

    private int FragmentDepth(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out int known)) return known;
        // an unknown or cyclic fragment is another rule's error; it adds no depth here
        if (Context.GetFragment(name) is not { } fragment || !_inProgress.Add(name)) return 0;
        int depth = DepthOf(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }
}
