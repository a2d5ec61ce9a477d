using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Overlap;

/// <summary>One selected field with what the merge check needs: its parent type and definition.</summary>
internal sealed class FieldDetails(GraphQLType? parentType, FieldNode node, FieldDefinition? definition)
{
    public GraphQLType? ParentType { get; } = parentType;
    public FieldNode Node { get; } = node;
    public FieldDefinition? Definition { get; } = definition;

    /// <summary>No arguments and no sub-selection: two of these with one name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet == null;

    private FieldInfo? _info;

    /// <summary>Argument look-ups and comparison memo, prepared only when the field overlaps another.</summary>
    public FieldInfo Info => _info ??= new FieldInfo(TypeFacts.NamedTypeOf(Definition?.Type), Node.Arguments);
}

internal sealed class FieldInfo(GraphQLType? namedType, IReadOnlyList<ArgumentNode> arguments)
{
    public GraphQLType? NamedType { get; } = namedType;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
    public string? TypeString { get; set; }

    private Dictionary<string, ValueNode>? _values;

    public Dictionary<string, ValueNode> Values
    {
        get
        {
            if (_values != null) return _values;
            _values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var argument in Arguments) _values[argument.Name.Value] = argument.Value;
            return _values;
        }
    }
}

/// <summary>The fields of a selection set grouped by response name (in first-seen order), and its fragment spreads.</summary>
internal sealed class FieldCollection
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];
    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragments already compared with these fields: true when only as mutually exclusive.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    /// <summary>Memo of the response names this collection shares with another one.</summary>
    public Dictionary<FieldCollection, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? Overlaps { get; set; }

    public List<FieldDetails>? Get(string responseName) =>
        _index.TryGetValue(responseName, out int at) ? Groups[at].Fields : null;

    public static FieldCollection Collect(Schema schema, GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        var collection = new FieldCollection();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        collection.CollectInto(schema, parentType, selectionSet, seenFragments);
        return collection;
    }

    private void CollectInto(Schema schema, GraphQLType? parentType, SelectionSetNode selectionSet, HashSet<string> seenFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = TypeFacts.FieldOf(parentType, field.Name.Value);
                    string key = field.ResponseKey;
                    if (!_index.TryGetValue(key, out int at))
                    {
                        at = Groups.Count;
                        _index[key] = at;
                        Groups.Add((key, []));
                    }
                    Groups[at].Fields.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (seenFragments.Add(spread.Name.Value)) FragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition != null ? TypeFacts.TypeFromAst(schema, inline.TypeCondition) : parentType;
                    CollectInto(schema, inlineType, inline.SelectionSet, seenFragments);
                    break;
            }
        }
    }
}

/// <summary>Two fields (with the nodes that explain why) that cannot be merged into one response key.</summary>
internal sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
