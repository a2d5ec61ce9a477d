namespace JointMeeting.GraphQL.Validation;

/// <summary>Groups nodes by name, keeping first-seen order of names and of nodes (like graphql-js groupBy).</summary>
internal static class NameGroups
{
    public static List<(string Name, List<T> Nodes)> Of<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        var groups = new List<(string, List<T>)>();
        if (items.Count < 2)
        {
            foreach (var item in items) groups.Add((nameOf(item), [item]));
            return groups;
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string name = nameOf(item);
            if (!index.TryGetValue(name, out int at))
            {
                index[name] = groups.Count;
                groups.Add((name, [item]));
            }
            else
            {
                groups[at].Item2.Add(item);
            }
        }
        return groups;
    }
}
