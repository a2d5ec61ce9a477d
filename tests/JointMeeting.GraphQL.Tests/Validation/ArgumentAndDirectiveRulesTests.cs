// Expected messages and locations were produced by graphql-js 16 for the same documents and schema.
namespace JointMeeting.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesTests
{
    private const string Rule = "KnownArgumentNames";

    [Fact]
    public void KnownArguments() =>
        ValidationHarness.Valid(Rule, "{ dog { doesKnowCommand(dogCommand: SIT) @include(if: true) } }");

    [Fact]
    public void UnknownFieldArgument() =>
        ValidationHarness.Invalid(Rule, "{ dog { doesKnowCommand(dogcommand: SIT) } }",
            "Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @ 1:25");

    [Fact]
    public void UnknownDirectiveArgument() =>
        ValidationHarness.Invalid(Rule, "{ dog @skip(iff: true) { name } }",
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:13");
}

public sealed class UniqueArgumentNamesTests
{
    private const string Rule = "UniqueArgumentNames";

    [Fact]
    public void DistinctArguments() =>
        ValidationHarness.Valid(Rule, "{ dog { isAtLocation(x: 1, y: 2) } }");

    [Fact]
    public void RepeatedArguments() =>
        ValidationHarness.Invalid(Rule, "{ dog @include(if: true, if: false) { isAtLocation(x: 1, x: 2) } }",
            "There can be only one argument named \"if\". @ 1:16,1:26",
            "There can be only one argument named \"x\". @ 1:52,1:58");
}

public sealed class ProvidedRequiredArgumentsTests
{
    private const string Rule = "ProvidedRequiredArguments";

    [Fact]
    public void AllProvided() =>
        ValidationHarness.Valid(Rule, "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }");

    [Fact]
    public void DefaultMakesOptional() =>
        ValidationHarness.Valid(Rule, "{ complicatedArgs { nonNullFieldWithDefault } }");

    [Fact]
    public void MissingFieldArguments() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { multipleReqs } }",
            "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. @ 1:21",
            "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided. @ 1:21");

    [Fact]
    public void MissingDirectiveArgument() =>
        ValidationHarness.Invalid(Rule, "{ dog @include { name } }",
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:7");
}

public sealed class KnownDirectivesTests
{
    private const string Rule = "KnownDirectives";

    [Fact]
    public void KnownDirectivesInPlace() =>
        ValidationHarness.Valid(Rule, "query Q @onQuery { dog @include(if: true) { ...F @onFragmentSpread } } fragment F on Dog @onFragmentDefinition { name }");

    [Fact]
    public void UnknownDirective() =>
        ValidationHarness.Invalid(Rule, "{ dog @unknown { name } }",
            "Unknown directive \"@unknown\". @ 1:7");

    [Fact]
    public void MisplacedDirectives() =>
        ValidationHarness.Invalid(Rule, "query Q @onField { dog @onQuery { name } }",
            "Directive \"@onField\" may not be used on QUERY. @ 1:9",
            "Directive \"@onQuery\" may not be used on FIELD. @ 1:24");
}

public sealed class UniqueDirectivesPerLocationTests
{
    private const string Rule = "UniqueDirectivesPerLocation";

    [Fact]
    public void RepeatableMayRepeat() =>
        ValidationHarness.Valid(Rule, "{ dog @repeatable @repeatable { name } }");

    [Fact]
    public void NonRepeatableTwice() =>
        ValidationHarness.Invalid(Rule, "{ dog @onField @onField { name } }",
            "The directive \"@onField\" can only be used once at this location. @ 1:7,1:16");
}
