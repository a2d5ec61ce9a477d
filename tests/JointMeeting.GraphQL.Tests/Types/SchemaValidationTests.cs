using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Tests.Types;

public class SchemaValidationTests
{
    private static IReadOnlyList<string> ErrorsOf(string sdl) =>
        Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl(sdl).Build()).Errors;

    [Theory]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\".")]
    [InlineData("type Query { a: Int }\ntype Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: I }\ninterface I { x: Int }\ntype O implements I { y: Int }",
        "Interface field I.x expected but O does not provide it.")]
    [InlineData("type Query { a: I }\ninterface I { x: Int }\ntype O implements I { x: String }",
        "Interface field I.x expects type Int but O.x is type String.")]
    [InlineData("type Query { a: I }\ninterface I { x(a: Int): Int }\ntype O implements I { x: Int }",
        "Interface field argument I.x(a:) expected but O.x does not provide it.")]
    [InlineData("type Query { a: I }\ninterface I { x: Int }\ntype O implements I { x: Int!, y(b: Int!): Int }\ntype P implements I { x(z: Int!): Int }",
        "Argument \"P.x(z:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.x\".")]
    [InlineData("type Query { a: J }\ninterface I { x: Int }\ninterface J implements I { x: Int }\ntype O implements J { x: Int }",
        "Type O must implement I because it is implemented by J.")]
    [InlineData("type Query { a: U }\nunion U = Query | Int", "Union type U can only include Object types, it cannot include Int.")]
    [InlineData("type Query { a: Query }\ntype Q2 { a(x: Query): Int }", "The type of Q2.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(i: In): Int }\ninput In { b: Query }", "The type of In.b must be Input Type but got: Query.")]
    [InlineData("type Query { a(i: In): Int }\ninput In @oneOf { b: Int! c: Int }", "OneOf input field In.b must be nullable.")]
    [InlineData("type Query { a(i: In): Int }\ninput In { b: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"b\".")]
    [InlineData("type Query { a(i: Int! @deprecated): Int }", "Required argument Query.a(i:) cannot be deprecated.")]
    [InlineData("type Query { a: Int }\nextend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int }\nenum E", "Enum type E must define one or more values.")]
    [InlineData("type Query", "Type Query must define one or more fields.")]
    public void Reports_type_system_errors(string sdl, string expected) =>
        Assert.Contains(expected, ErrorsOf(sdl));

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var errors = ErrorsOf("type Query { a: X, b: Y }");
        Assert.Equal(["Unknown type \"X\".", "Unknown type \"Y\"."], errors);
    }

    [Fact]
    public void Covariant_interface_fields_are_accepted()
    {
        var schema = SchemaBuilder.FromSdl(
            "type Query { n: Node }\ninterface Node { self: Node, list: [Node] }\ntype A implements Node { self: A!, list: [A!]! }").Build();
        Assert.NotNull(schema.GetType("A"));
    }
}
