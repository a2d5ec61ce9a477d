using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3: fragments condition only on objects, interfaces and unions.</summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && TypeFacts.TypeFromAst(Context.Schema, condition) is { } type
            && !TypeFacts.IsCompositeType(type))
            Report($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
        return true;
    }

    protected override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (TypeFacts.TypeFromAst(Context.Schema, node.TypeCondition) is { } type && !TypeFacts.IsCompositeType(type))
            Report($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                node.TypeCondition);
        return true;
    }
}
