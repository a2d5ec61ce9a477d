using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule (part of its specifiedRules): introspection may nest the list fields
/// <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c> less than three deep.
/// </summary>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : RuleVisitor(context)
{
    private const int MaxListsDepth = 3;

    // smallest entry depth at which a fragment was fully checked, and at which one exceeded the limit
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    protected override bool EnterField(FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type")) return true;
        if (!ExceedsDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0)) return true;
        Report("Maximum introspection depth exceeded", node);
        return false;
    }

    private bool ExceedsDepth(SyntaxNode node, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            string name = spread.Name.Value;
            if (_exceeded.TryGetValue(name, out int exceededAt) && exceededAt <= depth) return true;
            // at equal or shallower entry depths, revisits are skipped to break cycles
            if ((visited.TryGetValue(name, out int visitedAt) && visitedAt >= depth)
                || (_checked.TryGetValue(name, out int checkedAt) && checkedAt >= depth)) return false;
            var fragment = Context.GetFragment(name);
            if (fragment == null) return false;
            visited[name] = depth;
            if (ExceedsDepth(fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }
            _checked[name] = depth;
            return false;
        }
        SelectionSetNode? selectionSet = null;
        if (node is FieldNode field)
        {
            if ((field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields") && ++depth >= MaxListsDepth)
                return true;
            selectionSet = field.SelectionSet;
        }
        else if (node is InlineFragmentNode inline) selectionSet = inline.SelectionSet;
        else if (node is FragmentDefinitionNode fragmentDefinition) selectionSet = fragmentDefinition.SelectionSet;
        if (selectionSet == null) return false;
        foreach (var child in selectionSet.Selections)
        {
            if (ExceedsDepth(child, visited, depth)) return true;
        }
        return false;
    }
}
