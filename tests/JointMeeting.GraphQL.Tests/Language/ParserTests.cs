using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parses_fields_with_alias_arguments_directives_and_locations()
    {
        var document = Parser.Parse("{\n  alias: field(arg: [1, {a: $v}]) @skip(if: true) { sub }\n}");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal((4, 2, 3), (field.Location!.Value.Start, field.Location.Value.Line, field.Location.Value.Column));
        Assert.Equal("}", document.ToString()[^1..]);
        Assert.Equal(" sub }", "{\n  alias: field(arg: [1, {a: $v}]) @skip(if: true) { sub }\n}"[..field.Location.Value.End][^6..]);
        var list = Assert.IsType<ListValueNode>(Assert.Single(field.Arguments).Value);
        Assert.IsType<IntValueNode>(list.Values[0]);
        var obj = Assert.IsType<ObjectValueNode>(list.Values[1]);
        Assert.IsType<VariableNode>(obj.Fields[0].Value);
        Assert.Equal("skip", Assert.Single(field.Directives).Name.Value);
        Assert.NotNull(field.SelectionSet);
    }

    [Fact]
    public void Parses_every_definition_kind()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Cases", "schema.graphql"))
            + "\n" + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Cases", "kitchen.graphql"));
        var kinds = Parser.Parse(source).Definitions.Select(d => d.Kind).ToHashSet();
        foreach (var kind in new[]
        {
            SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition,
            SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition,
            SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension,
            SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
            SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition,
        })
            Assert.Contains(kind, kinds);
    }

    [Fact]
    public void Parses_repeatable_directives_and_descriptions()
    {
        var document = Parser.Parse("\"\"\"Doc\"\"\" directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION");
        var directive = Assert.IsType<DirectiveDefinitionNode>(Assert.Single(document.Definitions));
        Assert.True(directive.Repeatable);
        Assert.Equal("Doc", directive.Description!.Value);
        Assert.True(directive.Description.Block);
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parses_values_and_types_alone()
    {
        Assert.Equal("[Wish!]!", Printer.Print(Parser.ParseType("[ Wish! ]!")));
        Assert.Equal("{a: [1, 2.5, \"s\", true, null, ENUM, $v]}", Printer.Print(Parser.ParseValue("{a: [1 2.5 \"s\" true null ENUM $v]}")));
        Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseConstValue("$v"));
        Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType("[Int"));
    }

    [Fact]
    public void Legacy_fragment_variables_need_the_option()
    {
        const string source = "fragment F($a: Int = 1) on T { a }";
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        var fragment = (FragmentDefinitionNode)Parser.Parse(source, new ParserOptions { AllowLegacyFragmentVariables = true }).Definitions[0];
        Assert.Single(fragment.VariableDefinitions);
    }

    [Fact]
    public void Counts_tokens()
    {
        Assert.Equal(4, Parser.Parse("{ a b }").TokenCount);
    }

    [Fact]
    public void No_location_option_leaves_locations_null()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });
        Assert.Null(document.Location);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0].Location);
    }
}
