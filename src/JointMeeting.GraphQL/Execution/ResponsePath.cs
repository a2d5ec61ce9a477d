namespace JointMeeting.GraphQL.Execution;

/// <summary>A response path as a linked list (one node per field or list index), turned into a list only when needed.</summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; } = key;

    public IReadOnlyList<object> ToList()
    {
        int depth = 0;
        for (var p = this; p is not null; p = p.Parent) depth++;
        var segments = new object[depth];
        for (var p = this; p is not null; p = p.Parent) segments[--depth] = p.Key;
        return segments;
    }

    public static IReadOnlyList<object> ToList(ResponsePath? path) => path?.ToList() ?? [];
}
