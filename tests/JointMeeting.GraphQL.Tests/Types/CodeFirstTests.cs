using System.Security.Claims;
using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Utilities;

namespace JointMeeting.GraphQL.Tests.Types;

public enum CardStatus { Open, InProgress, Done }

public sealed record Card(string Id, string Title, CardStatus Status, int Version);

public sealed record MoveCardInput(string CardId, CardStatus To, int? ExpectedVersion);

/// <summary>A feature module as a server feature folder would declare it.</summary>
public sealed class CardTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<CardStatus>("CardStatus", "Where a card is.", s => s == CardStatus.Done ? ("Finished", null) : (null, null));
        b.Object<Card>("Card", t =>
        {
            t.Description("A card on the board.");
            t.Field("id", c => c.Id).Type("ID!");
            t.Field("title", c => c.Title).Type("String!");
            t.Field("status", c => c.Status).Type("CardStatus!");
            t.Field("version", c => c.Version);
            t.Field("shout").Type("String!").Argument("times", "Int", 2)
                .Resolve(ctx => string.Concat(Enumerable.Repeat(ctx.Parent<Card>().Title, ctx.Arg<int>("times"))));
        });
        b.Input<MoveCardInput>("MoveCardInput", i => i
            .Field("cardId", "ID!")
            .Field("to", "CardStatus!")
            .Field("expectedVersion", "Int"));
        b.Query("cards", f => f.Type("[Card!]!").Argument("status", "CardStatus")
            .Resolve(async ctx => { await Task.Yield(); return new[] { new Card("1", "Hi", CardStatus.Open, 1) }; }));
        b.Mutation("moveCard", f => f.Type("Card").Argument("input", "MoveCardInput!")
            .Resolve(ctx =>
            {
                var input = ctx.Arg<MoveCardInput>("input");
                return new Card(input.CardId, "moved", input.To, (input.ExpectedVersion ?? 0) + 1);
            }));
    }
}

/// <summary>A second module adding to the same Query type, as features do.</summary>
public sealed class BoardTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b) =>
        b.Query("boardName", f => f.Type("String!").Deprecated("Boards have titles now.").Resolve(_ => "main"));
}

public class CodeFirstTests
{
    private static Schema BuildFromAssembly() =>
        new SchemaBuilder().AddModulesFrom(typeof(CodeFirstTests).Assembly).Build();

    [Fact]
    public void Modules_are_discovered_by_scanning_the_assembly()
    {
        var schema = BuildFromAssembly();
        Assert.NotNull(schema.Query!.GetField("cards"));
        Assert.NotNull(schema.Query.GetField("boardName"));
        Assert.NotNull(schema.Mutation!.GetField("moveCard"));
        Assert.Equal(typeof(Card), ((ObjectType)schema.GetType("Card")!).ClrType);
    }

    [Fact]
    public void Prints_the_code_first_schema_as_sdl()
    {
        var sdl = SchemaPrinter.Print(BuildFromAssembly());
        Assert.Contains("enum CardStatus {\n  OPEN\n  IN_PROGRESS\n\n  \"\"\"Finished\"\"\"\n  DONE\n}", sdl);
        Assert.Contains("\"\"\"A card on the board.\"\"\"\ntype Card {\n  id: ID!\n  title: String!\n  status: CardStatus!\n  version: Int!\n  shout(times: Int = 2): String!\n}", sdl);
        Assert.Contains("boardName: String! @deprecated(reason: \"Boards have titles now.\")", sdl);
        // and the printed SDL is itself a valid schema
        Assert.NotNull(SchemaBuilder.FromSdl(sdl).Build());
    }

    [Fact]
    public async Task Resolvers_get_typed_parent_arguments_and_input_objects()
    {
        var schema = BuildFromAssembly();
        var card = new Card("7", "Go", CardStatus.Open, 3);
        var shout = schema.GetType("Card") is ObjectType t ? t.GetField("shout")! : throw new Exception();
        Assert.Equal("GoGoGo", await shout.Resolver!(new FakeContext(schema, card, new() { ["times"] = 3 })));

        var move = schema.Mutation!.GetField("moveCard")!;
        var input = new Dictionary<string, object?> { ["cardId"] = "7", ["to"] = CardStatus.Done, ["expectedVersion"] = 3 };
        var moved = Assert.IsType<Card>(await move.Resolver!(new FakeContext(schema, null, new() { ["input"] = input })));
        Assert.Equal(new Card("7", "moved", CardStatus.Done, 4), moved);

        var cards = await schema.Query!.GetField("cards")!.Resolver!(new FakeContext(schema, null, []));
        Assert.Single(Assert.IsType<Card[]>(cards));
    }

    [Fact]
    public void Enum_values_map_to_clr_members_both_ways()
    {
        var status = (EnumType)BuildFromAssembly().GetType("CardStatus")!;
        Assert.Equal("IN_PROGRESS", status.Serialize(CardStatus.InProgress));
        Assert.Equal(CardStatus.Done, status.ParseLiteral(new EnumValueNode { Value = "DONE" }));
        Assert.Equal(CardStatus.Open, status.ParseValue("OPEN"));
        Assert.Throws<GraphQLError>(() => status.ParseValue("NOPE"));
    }

    [Fact]
    public void Sdl_first_resolvers_bind_by_type_and_field_name()
    {
        var schema = SchemaBuilder.FromSdl("type Query { hello(name: String = \"you\"): String }")
            .Resolve("Query", "hello", ctx => "hi " + ctx.Arg<string>("name"))
            .Build();
        Assert.NotNull(schema.Query!.GetField("hello")!.Resolver);
        var error = Assert.Throws<SchemaValidationException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "b", _ => 1).Build());
        Assert.Contains("Cannot bind a resolver to Query.b: no such field.", error.Errors);
    }

    private sealed class FakeContext(Schema schema, object? source, Dictionary<string, object?> arguments) : ResolverContext
    {
        public override object? Source => source;
        public override IReadOnlyDictionary<string, object?> Arguments => arguments;
        public override IServiceProvider Services => throw new NotSupportedException();
        public override ClaimsPrincipal User => new();
        public override CancellationToken CancellationToken => default;
        public override IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();
        public override Schema Schema => schema;
        public override ObjectType ParentType => schema.Query!;
        public override FieldDefinition Field => schema.Query!.Fields[0];
        public override IReadOnlyList<FieldNode> FieldNodes => [];
        public override IReadOnlyList<object> Path => [];
    }
}
