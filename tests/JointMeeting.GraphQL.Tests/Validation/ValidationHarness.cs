using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Tests.Validation;

/// <summary>Validates documents against the oracle corpus schema and renders errors as "message @ line:col".</summary>
internal static class ValidationHarness
{
    private static readonly Lazy<Schema> LazySchema = new(() => SchemaBuilder.FromSdl(CorpusSchemaSdl()).Build());

    public static Schema Schema => LazySchema.Value;

    public static string CorpusSchemaSdl()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "JointMeeting.sln"))) dir = dir.Parent;
        if (dir == null) throw new InvalidOperationException("repository root not found");
        return File.ReadAllText(Path.Combine(dir.FullName, "tests", "graphql", "corpus", "schema.graphql"));
    }

    /// <summary>Errors of <paramref name="query"/> under one specified rule (by graphql-js name).</summary>
    public static List<string> Errors(string rule, string query)
    {
        var found = SpecifiedRules.Find(rule) ?? throw new ArgumentException($"no rule {rule}");
        return Render(DocumentValidator.Validate(Schema, Parser.Parse(query), [found]));
    }

    public static List<string> Render(IReadOnlyList<GraphQLError> errors) =>
        errors.Select(e => e.Message + (e.Locations.Count == 0 ? "" : " @ " + string.Join(",", e.Locations.Select(l => $"{l.Line}:{l.Column}")))).ToList();

    public static void Valid(string rule, string query) => Assert.Empty(Errors(rule, query));

    public static void Invalid(string rule, string query, params string[] expected) => Assert.Equal(expected, Errors(rule, query));
}
