using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Tests.Types;

/// <summary>Coercion results and messages as graphql-js 16 produces them.</summary>
public class ScalarTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(true, 1)]
    [InlineData("123", 123)]
    [InlineData(1.0, 1)]
    [InlineData(-2147483648L, int.MinValue)]
    public void Int_serializes(object value, int expected) => Assert.Equal(expected, BuiltInScalars.Int.Serialize(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    public void Int_rejects(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.Serialize(value)).Message);

    [Fact]
    public void Int_input_coercion_is_strict()
    {
        Assert.Equal(5, BuiltInScalars.Int.ParseValue(5L));
        Assert.Equal("Int cannot represent non-integer value: \"5\"", Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseValue("5")).Message);
        Assert.Equal("Int cannot represent non-integer value: true", Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseValue(true)).Message);
        Assert.Equal(-7, BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("-7")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 9999999999",
            Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("9999999999"))).Message);
        Assert.Equal("Int cannot represent non-integer value: 1.5",
            Assert.Throws<GraphQLError>(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("1.5"))).Message);
    }

    [Fact]
    public void Float_string_boolean_and_id_follow_the_spec()
    {
        Assert.Equal(3.0, BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("3")));
        Assert.Equal("Float cannot represent non numeric value: \"x\"", Assert.Throws<GraphQLError>(() => BuiltInScalars.Float.ParseValue("x")).Message);
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<GraphQLError>(() => BuiltInScalars.String.ParseValue(1)).Message);
        Assert.Equal(false, BuiltInScalars.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Assert.Throws<GraphQLError>(() => BuiltInScalars.Boolean.ParseValue(1)).Message);
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(4));
        Assert.Equal("4", BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("4")));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5",
            Assert.Throws<GraphQLError>(() => BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("1.5"))).Message);
    }

    [Fact]
    public void DateTime_is_iso_8601_utc_and_Date_is_yyyy_MM_dd()
    {
        var instant = new DateTimeOffset(2026, 5, 1, 10, 30, 0, TimeSpan.FromHours(8));
        Assert.Equal("2026-05-01T02:30:00.000Z", DateScalars.DateTime.Serialize(instant));
        Assert.Equal(instant, DateScalars.DateTime.ParseValue("2026-05-01T10:30:00+08:00"));
        Assert.Throws<GraphQLError>(() => DateScalars.DateTime.ParseValue("2026-05-01"));
        Assert.Throws<GraphQLError>(() => DateScalars.DateTime.ParseValue("2026-05-01T10:30:00"));
        Assert.Equal("2026-05-01", DateScalars.Date.Serialize(new DateOnly(2026, 5, 1)));
        Assert.Equal(new DateOnly(2026, 5, 1), DateScalars.Date.ParseLiteral(Parser.ParseValue("\"2026-05-01\"")));
        Assert.Throws<GraphQLError>(() => DateScalars.Date.ParseValue("2026-5-1"));
    }
}
