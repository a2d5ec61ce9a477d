using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1: every selected field is defined on the type it is selected on.</summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterField(FieldNode node)
    {
        if (Context.TypeInfo.ParentType is not { } type || Context.TypeInfo.FieldDef != null) return true;
        string fieldName = node.Name.Value;
        string suggestion = Suggestions.DidYouMean("to use an inline fragment on",
            Context.HideSuggestions ? [] : SuggestedTypeNames(type, fieldName));
        if (suggestion.Length == 0)
            suggestion = Suggestions.DidYouMean(Context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
        Report($"Cannot query field \"{fieldName}\" on type \"{TypeFacts.NameOf(type)}\"." + suggestion, node);
        return true;
    }

    // Types that do define the field: interfaces used by more implementations first, then super types first.
    private List<string> SuggestedTypeNames(GraphQLType type, string fieldName)
    {
        var suggested = new List<GraphQLType>();
        if (!TypeFacts.IsAbstractType(type)) return [];
        var usage = new Dictionary<GraphQLType, int>(ReferenceEqualityComparer.Instance);
        foreach (var possible in Context.Schema.GetPossibleTypes(type.GetNamedType()))
        {
            if (TypeFacts.FieldOf(possible, fieldName) == null) continue;
            if (!usage.ContainsKey(possible)) suggested.Add(possible);
            usage[possible] = 1;
            foreach (var iface in TypeFacts.InterfacesOf(possible))
            {
                if (TypeFacts.FieldOf(iface, fieldName) == null) continue;
                if (!usage.ContainsKey(iface)) suggested.Add(iface);
                usage[iface] = usage.GetValueOrDefault(iface) + 1;
            }
        }
        // a stable sort, as JavaScript's Array.prototype.sort is
        var ordered = suggested.Select((t, i) => (t, i)).ToList();
        ordered.Sort((a, b) =>
        {
            int c = Compare(a.t, b.t, usage);
            return c != 0 ? c : a.i.CompareTo(b.i);
        });
        return ordered.ConvertAll(x => TypeFacts.NameOf(x.t));
    }

    private int Compare(GraphQLType a, GraphQLType b, Dictionary<GraphQLType, int> usage)
    {
        int diff = usage[b] - usage[a];
        if (diff != 0) return diff;
        if (a is InterfaceType && Context.Schema.IsSubType(a.GetNamedType(), b.GetNamedType())) return -1;
        if (b is InterfaceType && Context.Schema.IsSubType(b.GetNamedType(), a.GetNamedType())) return 1;
        return Suggestions.NaturalCompare(TypeFacts.NameOf(a), TypeFacts.NameOf(b));
    }

    private static List<string> SuggestedFieldNames(GraphQLType type, string fieldName) =>
        type is ComplexType complex ? Suggestions.List(fieldName, complex.Fields.Select(f => f.Name)) : [];
}
