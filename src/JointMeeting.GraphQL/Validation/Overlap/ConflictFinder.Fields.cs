using System.Text;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Overlap;

internal sealed partial class ConflictFinder
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    /// <summary>Whether two fields under one response name conflict, including through their sub-fields.</summary>
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        var node1 = details1.Node;
        var node2 = details2.Node;
        // fields on two different object types can never both apply to one result
        bool mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
        Spend(2);
        var type1 = details1.Definition?.Type;
        var type2 = details2.Definition?.Type;
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
            return null;

        if (!mutuallyExclusive)
        {
            var info1 = details1.Info;
            var info2 = details2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                string name1 = node1.Name.Value, name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(info1, info2) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }
            if (reason != null) return new Conflict(responseName, reason, [node1], [node2]);
        }

        if (type1 != null && type2 != null && DoTypesConflict(type1, type2))
        {
            var info1 = details1.Info;
            var info2 = details2.Info;
            string typeString1 = info1.TypeString ??= TypeFacts.Print(type1);
            string typeString2 = info2.TypeString ??= TypeFacts.Print(type2);
            return new Conflict(responseName, $"they return conflicting types \"{typeString1}\" and \"{typeString2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindBetweenSubSelectionSets(mutuallyExclusive,
                details1.Info.NamedType, selectionSet1, details2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }
        return null;
    }

    private bool SameArguments(FieldInfo info1, FieldInfo info2)
    {
        if (info1.Arguments.Count == 0) return info2.Arguments.Count == 0;
        if (info1.Arguments.Count != info2.Arguments.Count) return false;
        var values2 = info2.Values;
        foreach (var argument in info1.Arguments)
        {
            Spend(1);
            if (!values2.TryGetValue(argument.Name.Value, out var value2)) return false;
            if (_valueKeys.KeyOf(argument.Value) != _valueKeys.KeyOf(value2)) return false;
        }
        return true;
    }

    /// <summary>Two types conflict when no single value could satisfy both.</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2)) return false;
        Spend(1);
        if (type1 is ListType list1) return type2 is ListType list2 ? DoTypesConflict(list1.OfType, list2.OfType) : true;
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is NonNullType nonNull2 ? DoTypesConflict(nonNull1.OfType, nonNull2.OfType) : true;
        if (type2 is NonNullType) return true;
        if (TypeFacts.IsLeafType(type1) || TypeFacts.IsLeafType(type2)) return !ReferenceEquals(type1, type2);
        return false;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0) return null;
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0) message.Append(" and ");
            message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength) break;
        }
        return new Conflict(responseName, Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    // Locations start with the enclosing field; each sub-conflict contributes its last nodes, up to a cap.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            int remaining = MaxConflictNodes - nodes.Count;
            int take = JsSliceFromEnd(side.Count, remaining);
            nodes.AddRange(side.GetRange(side.Count - take, take));
            if (nodes.Count == MaxConflictNodes) break;
        }
        return nodes;
    }

    // How many items JavaScript's array.slice(-remaining) keeps (slice(-0) keeps everything).
    private static int JsSliceFromEnd(int count, int remaining) => remaining == 0 ? count : Math.Min(count, remaining);

    public static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;
}
