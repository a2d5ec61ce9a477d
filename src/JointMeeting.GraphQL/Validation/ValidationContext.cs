using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation;

/// <summary>A variable used somewhere, with the input type expected at that position.</summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);

/// <summary>
/// What every rule of one validation shares: the schema, the document, the <see cref="TypeInfo"/> of
/// the node being visited, cached fragment and variable look-ups, and the error sink. Fragment
/// look-ups spend from a work budget (as graphql-js does) so hostile documents stop early.
/// </summary>
public sealed class ValidationContext
{
    internal const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly List<SyntaxNode> _ancestors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _referencedFragmentsBySet = new(StringComparer.Ordinal);
    private readonly Dictionary<object, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, List<SyntaxNode> ancestors,
        ValidationOptions options, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        Options = options;
        _ancestors = ancestors;
        _onError = onError;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public TypeInfo TypeInfo { get; }
    public ValidationOptions Options { get; }

    /// <summary>Omit "Did you mean" hints (e.g. so a public endpoint does not leak the schema).</summary>
    public bool HideSuggestions => Options.HideSuggestions;

    /// <summary>The nodes above the one being visited, the document first.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    public void ReportError(GraphQLError error) => _onError(error);

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments == null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                // the last definition of a name wins, as in graphql-js
                if (definition is FragmentDefinitionNode fragment) _fragments[fragment.Name.Value] = fragment;
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Every fragment spread inside <paramref name="selectionSet"/>, not following spreads.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads)) return spreads;
        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            foreach (var selection in setsToVisit.Pop().Selections)
            {
                if (selection is FragmentSpreadNode spread) spreads.Add(spread);
                else if (selection is FieldNode { SelectionSet: { } fieldSet }) setsToVisit.Push(fieldSet);
                else if (selection is InlineFragmentNode inline) setsToVisit.Push(inline.SelectionSet);
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Fragments reachable from the operations, each once, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (collected.Add(spread.Name.Value)) names.Add(spread.Name.Value);
            }
        }
        string key = SetKey(names);
        if (_referencedFragmentsBySet.TryGetValue(key, out var fragments)) return fragments;
        fragments = [];
        SpendFragmentWork(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment == null) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value)) names.Add(spread.Name.Value);
            }
        }
        _referencedFragmentsBySet[key] = fragments;
        return fragments;
    }

    /// <summary>Variables used directly in an operation or fragment, with their expected input types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var usages)) return usages;
        usages = VariableUsageCollector.Collect(this, definition);
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>Variables used in an operation and in every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages)) return usages;
        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }
            _recursiveVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Spends from the shared fragment-work budget; validation aborts when it runs out.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException();
    }

    private static string SetKey(List<string> names)
    {
        if (names.Count == 0) return "";
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(',', sorted);
    }
}

/// <summary>Thrown inside validation to stop it: a work budget ran out or too many errors were found.</summary>
internal sealed class ValidationAbortedException(bool reportAborted = true) : Exception("Validation aborted.")
{
    /// <summary>False when the error limit already added its own message.</summary>
    public bool ReportAborted { get; } = reportAborted;
}
