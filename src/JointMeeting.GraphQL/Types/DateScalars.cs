using System.Globalization;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>Custom scalars for times (<c>DateTime</c>, ISO-8601 in UTC) and calendar dates (<c>Date</c>, yyyy-MM-dd).</summary>
public static class DateScalars
{
    /// <summary>An instant, serialized as <c>2026-05-01T08:30:00.000Z</c>; internal value <see cref="DateTimeOffset"/> (UTC).</summary>
    public static ScalarType DateTime { get; } = new DateTimeScalar();

    /// <summary>A calendar date, serialized as <c>2026-05-01</c>; internal value <see cref="DateOnly"/>.</summary>
    public static ScalarType Date { get; } = new DateScalar();

    private sealed class DateTimeScalar : ScalarType
    {
        public DateTimeScalar() : base("DateTime")
        {
            Description = "An instant in time, as an ISO-8601 / RFC 3339 date-time string in UTC, e.g. `2026-05-01T08:30:00.000Z`.";
            SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";
        }

        public override object? Serialize(object? value) => value switch
        {
            DateTimeOffset d => Format(d),
            System.DateTime d => Format(d.Kind == DateTimeKind.Unspecified
                ? new DateTimeOffset(System.DateTime.SpecifyKind(d, DateTimeKind.Utc))
                : new DateTimeOffset(d)),
            string s when TryParse(s, out var d) => Format(d),
            _ => throw new GraphQLError($"DateTime cannot represent value: {Inspect.Value(value)}"),
        };

        public override object? ParseValue(object? input)
        {
            input = BuiltInScalars.Unwrap(input);
            return input is string s && TryParse(s, out var d)
                ? d
                : throw new GraphQLError($"DateTime cannot represent value: {Inspect.Value(input)}");
        }

        public override object? ParseLiteral(ValueNode literal) => literal is StringValueNode s && TryParse(s.Value, out var d)
            ? d
            : throw new GraphQLError($"DateTime cannot represent value: {Printer.Print(literal)}", literal);

        private static string Format(DateTimeOffset d) =>
            d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        // RFC 3339 requires a date, a time and an offset (Z or ±hh:mm)
        private static bool TryParse(string s, out DateTimeOffset value)
        {
            value = default;
            if (s.Length < 20 || s[10] is not ('T' or 't')) return false;
            char last = s[^1];
            bool hasOffset = last is 'Z' or 'z' || (s.Length >= 25 && s[^6] is '+' or '-' && s[^3] == ':');
            if (!hasOffset) return false;
            if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed)) return false;
            value = parsed.ToUniversalTime();
            return true;
        }
    }

    private sealed class DateScalar : ScalarType
    {
        public DateScalar() : base("Date")
        {
            Description = "A calendar date without time or zone, as `yyyy-MM-dd`, e.g. `2026-05-01`.";
            SpecifiedByUrl = "https://tools.ietf.org/html/rfc3339";
        }

        public override object? Serialize(object? value) => value switch
        {
            DateOnly d => Format(d),
            System.DateTime d => Format(DateOnly.FromDateTime(d)),
            DateTimeOffset d => Format(DateOnly.FromDateTime(d.Date)),
            string s when TryParse(s, out var d) => Format(d),
            _ => throw new GraphQLError($"Date cannot represent value: {Inspect.Value(value)}"),
        };

        public override object? ParseValue(object? input)
        {
            input = BuiltInScalars.Unwrap(input);
            return input is string s && TryParse(s, out var d)
                ? d
                : throw new GraphQLError($"Date cannot represent value: {Inspect.Value(input)}");
        }

        public override object? ParseLiteral(ValueNode literal) => literal is StringValueNode s && TryParse(s.Value, out var d)
            ? d
            : throw new GraphQLError($"Date cannot represent value: {Printer.Print(literal)}", literal);

        private static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static bool TryParse(string s, out DateOnly value) =>
            DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
