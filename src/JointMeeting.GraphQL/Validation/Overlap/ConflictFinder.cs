using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Overlap;

/// <summary>
/// The search behind OverlappingFieldsCanBeMerged, step for step as graphql-js 16 does it: field sets
/// are collected once per (parent type, selection set), fragment pairs and field/fragment pairs are
/// compared once, and every comparison spends from a fixed budget so a hostile document ends in
/// "Validation aborted." instead of exponential work.
/// </summary>
internal sealed partial class ConflictFinder(ValidationContext context)
{
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<(GraphQLType?, SelectionSetNode), FieldCollection> _collections = new(new CollectionKeyComparer());
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly ValueKeys _valueKeys = new();
    private int _remainingBudget = MaxComplexityBudget;

    public List<Conflict> FindWithinSelectionSet(GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collection = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collection);
        var fragments = collection.FragmentNames;
        if (fragments.Count != 0 && (collection.Groups.Count != 0 || fragments.Count > 1))
        {
            for (int i = 0; i < fragments.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collection, fragments[i]);
                for (int j = i + 1; j < fragments.Count; j++)
                    CollectConflictsBetweenFragments(conflicts, false, fragments[i], fragments[j]);
            }
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive,
        FieldCollection collection, string fragmentName)
    {
        Spend(1);
        if (collection.Groups.Count == 0) return;
        var compared = collection.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        // only a non-exclusive comparison can be reused for overlapping parents
        if (compared.TryGetValue(fragmentName, out bool wasExclusive) && (!wasExclusive || mutuallyExclusive)) return;
        compared[fragmentName] = mutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment) return;
        var fragmentCollection = CollectFragment(fragment);
        if (ReferenceEquals(collection, fragmentCollection)) return;
        CollectConflictsBetween(conflicts, mutuallyExclusive, collection, fragmentCollection);
        foreach (var referenced in fragmentCollection.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collection, referenced);
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        Spend(2);
        if (name1 == name2) return;
        if (PairCompared(name1, name2, mutuallyExclusive)) return;
        _comparedFragmentPairs[(name1, name2)] = mutuallyExclusive;
        var fragment1 = context.GetFragment(name1);
        var fragment2 = context.GetFragment(name2);
        if (fragment1 == null || fragment2 == null) return;
        var collection1 = CollectFragment(fragment1);
        var collection2 = CollectFragment(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collection1, collection2);
        foreach (var referenced2 in collection2.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced2);
        foreach (var referenced1 in collection1.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, name2);
    }

    // A pair compared as non-exclusive covers both cases; one compared as exclusive covers only that.
    private bool PairCompared(string a, string b, bool mutuallyExclusive) =>
        (_comparedFragmentPairs.TryGetValue((a, b), out bool ab) && (mutuallyExclusive || ab == mutuallyExclusive))
        || (_comparedFragmentPairs.TryGetValue((b, a), out bool ba) && (mutuallyExclusive || ba == mutuallyExclusive));

    private List<Conflict> FindBetweenSubSelectionSets(bool mutuallyExclusive,
        GraphQLType? parentType1, SelectionSetNode selectionSet1, GraphQLType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collection1 = Collect(parentType1, selectionSet1);
        var collection2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collection1, collection2);
        foreach (var fragmentName2 in collection2.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collection1, fragmentName2);
        foreach (var fragmentName1 in collection1.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collection2, fragmentName1);
        foreach (var fragmentName1 in collection1.FragmentNames)
        {
            foreach (var fragmentName2 in collection2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
        }
        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldCollection collection)
    {
        foreach (var (responseName, fields) in collection.Groups)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                for (int j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentsMutuallyExclusive,
        FieldCollection collection1, FieldCollection collection2)
    {
        if (collection1.Groups.Count == 0 || collection2.Groups.Count == 0) return;
        foreach (var (responseName, fields1, fields2) in Overlapping(collection1, collection2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentsMutuallyExclusive, responseName, field1, field2) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private List<(string, List<FieldDetails>, List<FieldDetails>)> Overlapping(FieldCollection collection1, FieldCollection collection2)
    {
        var memo = collection1.Overlaps ??= new(ReferenceEqualityComparer.Instance);
        if (memo.TryGetValue(collection2, out var cached)) return cached;
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collection1.Groups)
        {
            Spend(1);
            if (collection2.Get(responseName) is { } fields2) overlapping.Add((responseName, fields1, fields2));
        }
        memo[collection2] = overlapping;
        return overlapping;
    }

    private FieldCollection Collect(GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        if (_collections.TryGetValue((parentType, selectionSet), out var cached)) return cached;
        var collection = FieldCollection.Collect(context.Schema, parentType, selectionSet);
        _collections[(parentType, selectionSet)] = collection;
        return collection;
    }

    private FieldCollection CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(TypeFacts.TypeFromAst(context.Schema, fragment.TypeCondition), fragment.SelectionSet);

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0) throw new ValidationAbortedException();
    }

    private sealed class CollectionKeyComparer : IEqualityComparer<(GraphQLType?, SelectionSetNode)>
    {
        public bool Equals((GraphQLType?, SelectionSetNode) x, (GraphQLType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((GraphQLType?, SelectionSetNode) key) =>
            HashCode.Combine(key.Item1 == null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item2));
    }
}
