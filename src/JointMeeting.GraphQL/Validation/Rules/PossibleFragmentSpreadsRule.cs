using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3: a fragment is spread only where its type can overlap the parent type.</summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterInlineFragment(InlineFragmentNode node)
    {
        var fragmentType = Context.TypeInfo.Type;
        var parentType = Context.TypeInfo.ParentType;
        if (TypeFacts.IsCompositeType(fragmentType) && TypeFacts.IsCompositeType(parentType)
            && !TypeFacts.DoTypesOverlap(Context.Schema, fragmentType!, parentType!))
            Report($"Fragment cannot be spread here as objects of type \"{TypeFacts.Print(parentType)}\" can never be of type \"{TypeFacts.Print(fragmentType)}\".", node);
        return true;
    }

    protected override bool EnterFragmentSpread(FragmentSpreadNode node)
    {
        string name = node.Name.Value;
        var fragmentType = FragmentType(name);
        var parentType = Context.TypeInfo.ParentType;
        if (fragmentType != null && parentType != null && !TypeFacts.DoTypesOverlap(Context.Schema, fragmentType, parentType))
            Report($"Fragment \"{name}\" cannot be spread here as objects of type \"{TypeFacts.Print(parentType)}\" can never be of type \"{TypeFacts.Print(fragmentType)}\".", node);
        return true;
    }

    private GraphQLType? FragmentType(string name)
    {
        if (Context.GetFragment(name) is not { } fragment) return null;
        var type = TypeFacts.TypeFromAst(Context.Schema, fragment.TypeCondition);
        return TypeFacts.IsCompositeType(type) ? type : null;
    }
}
