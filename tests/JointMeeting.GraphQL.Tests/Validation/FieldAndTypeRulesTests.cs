// Expected messages and locations were produced by graphql-js 16 for the same documents and schema.
namespace JointMeeting.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsTests
{
    private const string Rule = "SingleFieldSubscriptions";

    [Fact]
    public void OneRootField() =>
        ValidationHarness.Valid(Rule, "subscription S { newDog { name } }");

    [Fact]
    public void TwoRootFields() =>
        ValidationHarness.Invalid(Rule, "subscription S { newDog { name } newCat { name } }",
            "Subscription \"S\" must select only one top level field. @ 1:34");

    [Fact]
    public void IntrospectionRootField() =>
        ValidationHarness.Invalid(Rule, "subscription { __typename }",
            "Anonymous Subscription must not select an introspection top level field. @ 1:16");

    [Fact]
    public void FieldsThroughFragment() =>
        ValidationHarness.Invalid(Rule, "subscription S { ...F } fragment F on SubscriptionRoot { ticks newDog { name } }",
            "Subscription \"S\" must select only one top level field. @ 1:64");
}

public sealed class KnownTypeNamesTests
{
    private const string Rule = "KnownTypeNames";

    [Fact]
    public void KnownTypes() =>
        ValidationHarness.Valid(Rule, "query ($a: String, $b: [FurColor!]) { dog { ... on Pet { name } } }");

    [Fact]
    public void UnknownTypesWithSuggestions() =>
        ValidationHarness.Invalid(Rule, "query ($a: Strin, $b: [Dogg]) { pet { ... on Catt { name } } }",
            "Unknown type \"Strin\". Did you mean \"String\"? @ 1:12",
            "Unknown type \"Dogg\". Did you mean \"Dog\"? @ 1:24",
            "Unknown type \"Catt\". Did you mean \"Cat\" or \"Date\"? @ 1:46");

    [Fact]
    public void IntrospectionTypesAreKnown() =>
        ValidationHarness.Valid(Rule, "{ __schema { types { ...T } } } fragment T on __Type { name }");
}

public sealed class FragmentsOnCompositeTypesTests
{
    private const string Rule = "FragmentsOnCompositeTypes";

    [Fact]
    public void OnInterface() =>
        ValidationHarness.Valid(Rule, "{ dog { ... on Pet { name } } }");

    [Fact]
    public void OnScalar() =>
        ValidationHarness.Invalid(Rule, "{ dog { ...F ... on Boolean { x } } } fragment F on FurColor { x }",
            "Fragment cannot condition on non composite type \"Boolean\". @ 1:21",
            "Fragment \"F\" cannot condition on non composite type \"FurColor\". @ 1:53");
}

public sealed class ScalarLeafsTests
{
    private const string Rule = "ScalarLeafs";

    [Fact]
    public void LeafWithoutSelection() =>
        ValidationHarness.Valid(Rule, "{ dog { barks } }");

    [Fact]
    public void ObjectWithoutSelection() =>
        ValidationHarness.Invalid(Rule, "{ human }",
            "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? @ 1:3");

    [Fact]
    public void LeafWithSelection() =>
        ValidationHarness.Invalid(Rule, "{ dog { barks { since } } }",
            "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. @ 1:15");

    [Fact]
    public void ListOfObjectsWithoutSelection() =>
        ValidationHarness.Invalid(Rule, "{ humans }",
            "Field \"humans\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"humans { ... }\"? @ 1:3");
}

public sealed class FieldsOnCorrectTypeTests
{
    private const string Rule = "FieldsOnCorrectType";

    [Fact]
    public void KnownFieldsAndTypename() =>
        ValidationHarness.Valid(Rule, "{ dog { __typename name } catOrDog { __typename } }");

    [Fact]
    public void TypoSuggestsField() =>
        ValidationHarness.Invalid(Rule, "{ dog { nam } }",
            "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? @ 1:9");

    [Fact]
    public void InterfaceSuggestsImplementations() =>
        ValidationHarness.Invalid(Rule, "{ pet { nickname } }",
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? @ 1:9");

    [Fact]
    public void UnionHasNoFields() =>
        ValidationHarness.Invalid(Rule, "{ catOrDog { name } }",
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"? @ 1:14");

    [Fact]
    public void MetaFieldsOnlyOnQueryRoot() =>
        ValidationHarness.Invalid(Rule, "{ dog { __schema { queryType { name } } } }",
            "Cannot query field \"__schema\" on type \"Dog\". @ 1:9");
}

public sealed class PossibleFragmentSpreadsTests
{
    private const string Rule = "PossibleFragmentSpreads";

    [Fact]
    public void ObjectInInterface() =>
        ValidationHarness.Valid(Rule, "{ pet { ... on Dog { barks } } }");

    [Fact]
    public void DisjointObjects() =>
        ValidationHarness.Invalid(Rule, "{ cat { ... on Dog { barks } } }",
            "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @ 1:9");

    [Fact]
    public void DisjointAbstractTypes() =>
        ValidationHarness.Invalid(Rule, "{ catOrDog { ...H } } fragment H on HumanOrAlien { __typename }",
            "Fragment \"H\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\". @ 1:14");
}

public sealed class MaxIntrospectionDepthTests
{
    private const string Rule = "MaxIntrospectionDepth";

    [Fact]
    public void ShallowIntrospection() =>
        ValidationHarness.Valid(Rule, "{ __schema { types { fields { type { name } } } } }");

    [Fact]
    public void DeepIntrospection() =>
        ValidationHarness.Invalid(Rule, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            "Maximum introspection depth exceeded @ 1:3");

    [Fact]
    public void DeepThroughRecursiveFragment() =>
        ValidationHarness.Invalid(Rule, "{ __type(name: \"Dog\") { ...T } } fragment T on __Type { fields { type { ...T } } }",
            "Maximum introspection depth exceeded @ 1:3");
}
