using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3: leaf fields have no selection; object, interface and union fields have one.</summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterField(FieldNode node)
    {
        if (Context.TypeInfo.Type is not { } type) return true;
        string name = node.Name.Value;
        if (TypeFacts.IsLeafType(TypeFacts.NamedTypeOf(type)))
        {
            if (node.SelectionSet is { } selectionSet)
                Report($"Field \"{name}\" must not have a selection since type \"{TypeFacts.Print(type)}\" has no subfields.", selectionSet);
        }
        else if (node.SelectionSet == null)
        {
            Report($"Field \"{name}\" of type \"{TypeFacts.Print(type)}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            Report($"Field \"{name}\" of type \"{TypeFacts.Print(type)}\" must have at least one field selected.", node);
        }
        return true;
    }
}
