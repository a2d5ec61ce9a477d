using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Validation.Overlap;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2: fields that share a response name can be merged: same field, same arguments, and
/// sub-selections that merge too (unless their parents are distinct object types), with shapes that agree.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly ConflictFinder _finder = new(context);

    protected override bool EnterSelectionSet(SelectionSetNode node)
    {
        // an inline fragment's fields were already compared as part of the enclosing selection set
        if (Context.Ancestors.Count > 0 && Context.Ancestors[^1] is InlineFragmentNode) return true;
        if (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)) return true;
        foreach (var conflict in _finder.FindWithinSelectionSet(Context.TypeInfo.ParentType, node))
        {
            var message = $"Fields \"{ConflictFinder.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                "Use different aliases on the fields to fetch both if this was intentional.";
            Report(message, [.. conflict.Fields1, .. conflict.Fields2]);
        }
        return true;
    }
}
