using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one (graphql-js <c>defaultFieldResolver</c>): the parent's entry or
/// member named like the field — dictionary key, JSON property, or public property/field (exact
/// name first, then ignoring case, so <c>title</c> finds <c>Title</c>).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>The resolver delegate.</summary>
    public static FieldResolver Instance { get; } = context => new ValueTask<object?>(Resolve(context.Source, context.Field.Name));

    /// <summary>The value of member <paramref name="name"/> of <paramref name="source"/>, or null.</summary>
    public static object? Resolve(object? source, string name)
    {
        switch (source)
        {
            case null: return null;
            case IReadOnlyDictionary<string, object?> map: return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary: return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(name, out var property) ? property : null;
        }
        var getter = Getters.GetOrAdd((source.GetType(), name), static key => CreateGetter(key.Item1, key.Item2));
        return getter?.Invoke(source);
    }

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = Find(type, name, flags) ?? Find(type, name, flags | BindingFlags.IgnoreCase);
        if (member is null || member is PropertyInfo { GetMethod: null } || member is PropertyInfo p && p.GetIndexParameters().Length > 0) return null;
        var parameter = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }

    private static MemberInfo? Find(Type type, string name, BindingFlags flags)
    {
        // several members may match when case is ignored; the first declared wins
        var members = type.GetMember(name, MemberTypes.Property | MemberTypes.Field, flags);
        return members.Length > 0 ? members[0] : null;
    }
}
