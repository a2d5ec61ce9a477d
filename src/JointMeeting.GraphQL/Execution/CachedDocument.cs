using JointMeeting.GraphQL.Introspection;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Execution;

/// <summary>A parsed document with what the executor derives from it once: fragments, flags, per-schema validation and plans.</summary>
internal sealed class CachedDocument
{
    private readonly object _lock = new();
    private SchemaBound[] _bound = [];

    public CachedDocument(DocumentNode document)
    {
        Document = document;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
            if (definition is FragmentDefinitionNode fragment) fragments.TryAdd(fragment.Name.Value, fragment);
        Fragments = fragments;
        Operations = [.. document.Definitions.OfType<OperationDefinitionNode>()];
        HasVariableConditions = FieldCollector.HasVariableConditions(document);
    }

    public DocumentNode Document { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>@skip/@include take variables somewhere, so plans are built per request.</summary>
    public bool HasVariableConditions { get; }

    /// <summary>Last use, in <see cref="DocumentCache"/> clock ticks.</summary>
    public long LastUsed { get; set; }

    /// <summary>Validation result and plans for <paramref name="schema"/> under <paramref name="options"/>, computed once.</summary>
    public SchemaBound For(Schema schema, ValidationOptions options)
    {
        var bound = Volatile.Read(ref _bound);
        foreach (var candidate in bound)
            if (ReferenceEquals(candidate.Schema, schema) && candidate.Options.Equals(options)) return candidate;
        lock (_lock)
        {
            foreach (var candidate in _bound)
                if (ReferenceEquals(candidate.Schema, schema) && candidate.Options.Equals(options)) return candidate;
            var created = new SchemaBound(this, schema, options);
            // keep a few (schema, limits) pairs; hosts normally have one
            Volatile.Write(ref _bound, [created, .. _bound.Take(3)]);
            return created;
        }
    }
}

/// <summary>A document checked against one schema: validation errors, introspection use, and reusable plans.</summary>
internal sealed class SchemaBound
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();
    private readonly Dictionary<OperationDefinitionNode, SelectionPlan> _rootPlans = new(ReferenceEqualityComparer.Instance);

    public SchemaBound(CachedDocument document, Schema schema, ValidationOptions options)
    {
        Schema = schema;
        Options = options;
        SizeFromVariables = UsesSizeVariables(document.Document, options);
        // with size arguments given as variables the limits are checked per request, with their values
        Errors = SizeFromVariables
            ? DocumentValidator.Validate(schema, document.Document, SpecifiedRules.All, options)
            : DocumentValidator.Validate(schema, document.Document, null, options);
        IntrospectionField = Errors.Count == 0 ? FindIntrospection(document.Document) : null;
        if (!document.HasVariableConditions) SharedCollector = new FieldCollector(schema, document.Fragments, NoVariables);
    }

    public Schema Schema { get; }

    public ValidationOptions Options { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>True when the cost limit needs the request's variable values.</summary>
    public bool SizeFromVariables { get; }

    /// <summary>The first <c>__schema</c> or <c>__type</c> field, for turning introspection away when it is off.</summary>
    public FieldNode? IntrospectionField { get; }

    /// <summary>A collector whose plans every request can share (null when plans depend on variables).</summary>
    public FieldCollector? SharedCollector { get; }

    public SelectionPlan RootPlan(OperationDefinitionNode operation, ObjectType rootType, FieldCollector collector)
    {
        if (!ReferenceEquals(collector, SharedCollector)) return collector.Collect(rootType, operation.SelectionSet);
        lock (_rootPlans)
        {
            if (!_rootPlans.TryGetValue(operation, out var plan))
                _rootPlans[operation] = plan = collector.Collect(rootType, operation.SelectionSet);
            return plan;
        }
    }

    private static bool UsesSizeVariables(DocumentNode document, ValidationOptions options)
    {
        if (options.MaxCost <= 0) return false;
        bool found = false;
        Walk(document, field =>
        {
            foreach (var argument in field.Arguments)
                if (argument.Value is VariableNode && options.ListSizeArguments.Contains(argument.Name.Value)) found = true;
        });
        return found;
    }

    private static FieldNode? FindIntrospection(DocumentNode document)
    {
        FieldNode? found = null;
        Walk(document, field =>
        {
            if (found is null && field.Name.Value is "__schema" or "__type") found = field;
        });
        return found;
    }

    private static void Walk(DocumentNode document, Action<FieldNode> visit)
    {
        var stack = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
            if (definition is ExecutableDefinitionNode executable) stack.Push(executable.SelectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        visit(field);
                        if (field.SelectionSet is { } set) stack.Push(set);
                        break;
                    case InlineFragmentNode inline: stack.Push(inline.SelectionSet); break;
                }
            }
        }
    }
}
