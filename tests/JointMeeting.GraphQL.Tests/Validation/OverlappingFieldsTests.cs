// Expected messages and locations were produced by graphql-js 16 for the same documents and schema.
namespace JointMeeting.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedTests
{
    private const string Rule = "OverlappingFieldsCanBeMerged";

    [Fact]
    public void IdenticalFieldsMerge() =>
        ValidationHarness.Valid(Rule, "{ dog { name name otherName: name otherName: name } }");

    [Fact]
    public void AliasOnDifferentFields() =>
        ValidationHarness.Invalid(Rule, "{ dog { fido: name fido: nickname } }",
            "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9,1:20");

    [Fact]
    public void DifferingArguments() =>
        ValidationHarness.Invalid(Rule, "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:9,1:42");

    [Fact]
    public void SameArgumentsInAnyOrder() =>
        ValidationHarness.Valid(Rule, "{ dog { isAtLocation(x: 0, y: 1) isAtLocation(y: 1, x: 0) } }");

    [Fact]
    public void DifferentObjectTypesMayDiffer() =>
        ValidationHarness.Valid(Rule, "{ pet { ... on Dog { name } ... on Cat { name: nickname } } }");

    [Fact]
    public void ConflictingScalarTypes() =>
        ValidationHarness.Invalid(Rule, "{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }",
            "Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @ 1:29,1:57");

    [Fact]
    public void ConflictInSubselections() =>
        ValidationHarness.Invalid(Rule, "{ dog { x: name y: nickname } dog { x: nickname y: name } }",
            "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:3,1:9,1:17,1:31,1:37,1:49");

    [Fact]
    public void ConflictThroughFragments() =>
        ValidationHarness.Invalid(Rule, "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barks }",
            "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:43,1:73");
}
