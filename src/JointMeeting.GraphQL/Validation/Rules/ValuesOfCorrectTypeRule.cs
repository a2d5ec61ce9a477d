using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1: every literal is valid for the input type expected where it stands.</summary>
internal sealed class ValuesOfCorrectTypeRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterListValue(ListValueNode node)
    {
        // TypeInfo has already entered the list, so the list's own type is the parent input type
        if (TypeFacts.NullableTypeOf(Context.TypeInfo.ParentInputType) is ListType) return true;
        CheckLeafValue(node);
        return false;
    }

    protected override bool EnterObjectValue(ObjectValueNode node)
    {
        if (TypeFacts.NamedTypeOf(Context.TypeInfo.InputType) is not InputObjectType type)
        {
            CheckLeafValue(node);
            return false;
        }
        var provided = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in node.Fields) provided[field.Name.Value] = field;
        foreach (var field in type.Fields)
        {
            if (!provided.ContainsKey(field.Name) && TypeFacts.IsRequiredArgument(field))
                Report($"Field \"{type.Name}.{field.Name}\" of required type \"{TypeFacts.Print(field.Type)}\" was not provided.", node);
        }
        if (type.IsOneOf) CheckOneOf(node, type, provided);
        return true;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> provided)
    {
        if (provided.Count != 1)
        {
            Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }
        foreach (var (name, field) in provided)
        {
            if (field.Value is NullValueNode) Report($"Field \"{type.Name}.{name}\" must be non-null.", node);
        }
    }

    protected override bool EnterObjectField(ObjectFieldNode node)
    {
        if (Context.TypeInfo.InputType != null
            || TypeFacts.NamedTypeOf(Context.TypeInfo.ParentInputType) is not InputObjectType parent) return true;
        var suggestions = Context.HideSuggestions ? [] : Suggestions.List(node.Name.Value, parent.Fields.Select(f => f.Name));
        Report($"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\"." + Suggestions.DidYouMean(suggestions), node);
        return true;
    }

    protected override bool EnterScalarValue(ValueNode node)
    {
        if (node is NullValueNode)
        {
            if (Context.TypeInfo.InputType is NonNullType nonNull)
                Report($"Expected value of type \"{TypeFacts.Print(nonNull)}\", found {Printer.Print(node)}.", node);
            return true;
        }
        CheckLeafValue(node);
        return true;
    }

    /// <summary>A literal where a scalar or enum is expected: the type decides, as its literal parser would.</summary>
    private void CheckLeafValue(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType) return;
        var type = TypeFacts.NamedTypeOf(locationType);
        if (!TypeFacts.IsLeafType(type))
        {
            Report($"Expected value of type \"{TypeFacts.Print(locationType)}\", found {Printer.Print(node)}.", node);
            return;
        }
        var problem = LiteralChecks.Check(type!, node, Context.HideSuggestions);
        switch (problem)
        {
            case null: return;
            case { OwnMessage: true }: Report(problem.Value.Message, node); return;
            case { Message.Length: 0 }:
                Report($"Expected value of type \"{TypeFacts.Print(locationType)}\", found {Printer.Print(node)}.", node);
                return;
            default:
                Report($"Expected value of type \"{TypeFacts.Print(locationType)}\", found {Printer.Print(node)}; {problem.Value.Message}", node);
                return;
        }
    }
}
