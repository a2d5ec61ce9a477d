using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Utilities;

namespace JointMeeting.GraphQL.Tests.Types;

public class SchemaPrinterTests
{
    private static string Case(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Types", "Cases", name));

    [Fact]
    public void Sdl_to_schema_to_sdl_equals_graphql_js_printSchema()
    {
        var schema = SchemaBuilder.FromSdl(Case("rich.graphql")).Build();
        Assert.Equal(Case("rich.expected"), SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Printed_sdl_builds_the_same_schema_again()
    {
        var once = SchemaPrinter.Print(SchemaBuilder.FromSdl(Case("rich.graphql")).Build());
        var twice = SchemaPrinter.Print(SchemaBuilder.FromSdl(once).Build());
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Schema_definition_is_omitted_for_common_root_names()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }\ntype Mutation { b(x: [Int] = 1): Int }").Build();
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b(x: [Int] = [1]): Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Model_exposes_deprecation_specified_by_one_of_and_possible_types()
    {
        var schema = SchemaBuilder.FromSdl(Case("rich.graphql")).Build();
        var root = Assert.IsType<ObjectType>(schema.GetType("Root"));
        Assert.Same(root, schema.Query);
        Assert.Equal("Use `wishes` instead.", root.GetField("older")!.DeprecationReason);
        Assert.Equal("No longer supported", root.GetField("old")!.DeprecationReason);
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", ((ScalarType)schema.GetType("DateTime")!).SpecifiedByUrl);
        Assert.True(((InputObjectType)schema.GetType("Pick")!).IsOneOf);
        var node = (InterfaceType)schema.GetType("Node")!;
        Assert.Equal(["Wish", "Member"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Entity"], schema.GetInterfaceImplementations(node).Select(t => t.Name));
        Assert.True(schema.GetDirective("tagged")!.IsRepeatable);
        Assert.Equal("[Wish!]!", root.GetField("wishes")!.Type.ToString());
        Assert.Equal(3, ((UnionType)schema.GetType("SearchResult")!).Types.Count);
        var status = (EnumType)schema.GetType("WishStatus")!;
        Assert.True(status.GetValue("FULFILLED")!.IsDeprecated);
        Assert.NotNull(schema.GetDirective("skip"));
    }
}
