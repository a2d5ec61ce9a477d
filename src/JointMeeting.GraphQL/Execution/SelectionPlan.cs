using System.Runtime.CompilerServices;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// The collected fields (spec §6.3.2 CollectFields) of a selection set for one object type, in
/// response order. Plans are built once per document and reused by every request that runs it,
/// unless @skip/@include depend on variables.
/// </summary>
internal sealed class SelectionPlan(FieldPlan[] fields)
{
    public FieldPlan[] Fields { get; } = fields;

    /// <summary>Response keys in order; shared by every <see cref="ResultMap"/> of this plan.</summary>
    public string[] Keys { get; } = Array.ConvertAll(fields, f => f.ResponseKey);
}

/// <summary>One response key of a selection set: its merged field nodes, definition and cached arguments and sub-plans.</summary>
internal sealed class FieldPlan
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();
    private readonly bool _argumentsUseVariables;
    private IReadOnlyDictionary<string, object?>? _constantArguments;
    private StrongBox<(ObjectType Type, SelectionPlan Plan)>? _last;
    private Dictionary<ObjectType, SelectionPlan>? _subPlans;

    public FieldPlan(string responseKey, FieldNode[] nodes, ObjectType parentType, FieldDefinition definition)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        ParentType = parentType;
        Definition = definition;
        IsTypeName = definition.Name == "__typename";
        _argumentsUseVariables = nodes[0].Arguments.Any(a => LiteralCoercion.ContainsVariable(a.Value));
        if (definition.Arguments.Count == 0) _constantArguments = NoArguments;
    }

    public string ResponseKey { get; }

    /// <summary>Every field node with this response key (several when a field is selected twice).</summary>
    public FieldNode[] Nodes { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Definition { get; }

    public GraphQLType Type => Definition.Type;

    public bool IsTypeName { get; }

    /// <summary>Coerced arguments (spec §6.4.1); computed once when they use no variables.</summary>
    public IReadOnlyDictionary<string, object?> Arguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_constantArguments is { } cached) return cached;
        var coerced = ArgumentCoercion.Coerce(Definition.Arguments, Nodes[0], variables);
        if (!_argumentsUseVariables) _constantArguments = coerced;
        return coerced;
    }

    /// <summary>The plan of this field's sub-selection for runtime type <paramref name="type"/>.</summary>
    public SelectionPlan SubPlan(ObjectType type, FieldCollector collector)
    {
        // nearly every field sees one runtime type; check that first without locking
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Value.Type, type)) return last.Value.Plan;
        lock (this)
        {
            _subPlans ??= [];
            if (!_subPlans.TryGetValue(type, out var plan)) _subPlans[type] = plan = collector.CollectSubfields(type, Nodes);
            Volatile.Write(ref _last, new StrongBox<(ObjectType, SelectionPlan)>((type, plan)));
            return plan;
        }
    }
}
