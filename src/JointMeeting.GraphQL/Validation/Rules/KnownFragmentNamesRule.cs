using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1: every spread names a fragment defined in the document.</summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) == null)
            Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        return true;
    }
}
