using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JointMeeting.GraphQL.Types;

/// <summary>
/// Binds coerced input values (dictionaries, lists, primitives) to CLR types for
/// <see cref="ResolverContext.Arg{T}"/>. Uses System.Text.Json so records with constructors,
/// init-only properties and enums bind the way the rest of ASP.NET Core binds JSON.
/// </summary>
public static class ValueBinder
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>.</summary>
    public static T Bind<T>(object? value)
    {
        if (value is T direct) return direct;
        if (value is null) return default!;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && target.IsPrimitive || target == typeof(decimal))
            return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        if (target.IsEnum && value is string name) return (T)Enum.Parse(target, name, ignoreCase: true);
        if (value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or IEnumerable and not string)
        {
            var element = JsonSerializer.SerializeToElement(value, Options);
            return element.Deserialize<T>(Options)!;
        }
        return (T)value;
    }
}
