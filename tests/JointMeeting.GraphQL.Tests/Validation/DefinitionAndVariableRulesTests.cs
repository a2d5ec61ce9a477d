// Expected messages and locations were produced by graphql-js 16 for the same documents and schema.
namespace JointMeeting.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsTests
{
    private const string Rule = "ExecutableDefinitions";

    [Fact]
    public void OperationsAndFragmentsAreExecutable() =>
        ValidationHarness.Valid(Rule, "query Foo { dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void TypeDefinitionsAreNot() =>
        ValidationHarness.Invalid(Rule, "{ dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            "The \"Cow\" definition is not executable. @ 2:1",
            "The \"Dog\" definition is not executable. @ 3:1");

    [Fact]
    public void SchemaDefinitionIsNamedSchema() =>
        ValidationHarness.Invalid(Rule, "{ dog { name } }\nschema { query: QueryRoot }",
            "The schema definition is not executable. @ 2:1");
}

public sealed class UniqueOperationNamesTests
{
    private const string Rule = "UniqueOperationNames";

    [Fact]
    public void DistinctNamesAreFine() =>
        ValidationHarness.Valid(Rule, "query A { dog { name } } query B { cat { name } }");

    [Fact]
    public void SameNameTwice() =>
        ValidationHarness.Invalid(Rule, "query Foo { dog { name } }\nmutation Foo { touch }",
            "There can be only one operation named \"Foo\". @ 1:7,2:10");
}

public sealed class LoneAnonymousOperationTests
{
    private const string Rule = "LoneAnonymousOperation";

    [Fact]
    public void OneAnonymousOperation() =>
        ValidationHarness.Valid(Rule, "{ dog { name } }");

    [Fact]
    public void AnonymousBesideNamed() =>
        ValidationHarness.Invalid(Rule, "{ dog { name } }\nquery Foo { cat { name } }",
            "This anonymous operation must be the only defined operation. @ 1:1");
}

public sealed class UniqueFragmentNamesTests
{
    private const string Rule = "UniqueFragmentNames";

    [Fact]
    public void DistinctFragments() =>
        ValidationHarness.Valid(Rule, "{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { nickname }");

    [Fact]
    public void DuplicateFragment() =>
        ValidationHarness.Invalid(Rule, "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { nickname }",
            "There can be only one fragment named \"A\". @ 2:10,3:10");
}

public sealed class KnownFragmentNamesTests
{
    private const string Rule = "KnownFragmentNames";

    [Fact]
    public void DefinedFragment() =>
        ValidationHarness.Valid(Rule, "{ dog { ...A } } fragment A on Dog { name }");

    [Fact]
    public void UnknownFragment() =>
        ValidationHarness.Invalid(Rule, "{ dog { ...Missing } }",
            "Unknown fragment \"Missing\". @ 1:12");
}

public sealed class NoUnusedFragmentsTests
{
    private const string Rule = "NoUnusedFragments";

    [Fact]
    public void UsedThroughOtherFragment() =>
        ValidationHarness.Valid(Rule, "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");

    [Fact]
    public void UnusedFragments() =>
        ValidationHarness.Invalid(Rule, "{ dog { name } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...A }",
            "Fragment \"A\" is never used. @ 2:1",
            "Fragment \"B\" is never used. @ 3:1");
}

public sealed class NoFragmentCyclesTests
{
    private const string Rule = "NoFragmentCycles";

    [Fact]
    public void NoCycle() =>
        ValidationHarness.Valid(Rule, "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");

    [Fact]
    public void DirectCycle() =>
        ValidationHarness.Invalid(Rule, "{ dog { ...A } }\nfragment A on Dog { ...A }",
            "Cannot spread fragment \"A\" within itself. @ 2:21");

    [Fact]
    public void CycleThroughOthers() =>
        ValidationHarness.Invalid(Rule, "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { mother { ...C } }\nfragment C on Dog { ...A }",
            "Cannot spread fragment \"A\" within itself via \"B\", \"C\". @ 2:21,3:30,4:21");
}

public sealed class UniqueVariableNamesTests
{
    private const string Rule = "UniqueVariableNames";

    [Fact]
    public void DistinctVariables() =>
        ValidationHarness.Valid(Rule, "query ($a: Int, $b: Int) { __typename }");

    [Fact]
    public void RepeatedVariable() =>
        ValidationHarness.Invalid(Rule, "query ($a: Int, $a: String, $a: Int) { __typename }",
            "There can be only one variable named \"$a\". @ 1:9,1:18,1:30");
}

public sealed class NoUndefinedVariablesTests
{
    private const string Rule = "NoUndefinedVariables";

    [Fact]
    public void DefinedVariable() =>
        ValidationHarness.Valid(Rule, "query ($m: String) { echo(message: $m) }");

    [Fact]
    public void UndefinedInFragment() =>
        ValidationHarness.Invalid(Rule, "query Q { ...F }\nfragment F on QueryRoot { echo(message: $m) }",
            "Variable \"$m\" is not defined by operation \"Q\". @ 2:41,1:1");

    [Fact]
    public void UndefinedInAnonymousOperation() =>
        ValidationHarness.Invalid(Rule, "{ echo(message: $m) }",
            "Variable \"$m\" is not defined. @ 1:17,1:1");
}

public sealed class NoUnusedVariablesTests
{
    private const string Rule = "NoUnusedVariables";

    [Fact]
    public void UsedInFragment() =>
        ValidationHarness.Valid(Rule, "query ($m: String) { ...F } fragment F on QueryRoot { echo(message: $m) }");

    [Fact]
    public void UnusedVariable() =>
        ValidationHarness.Invalid(Rule, "query Q($m: String, $t: Int) { echo(message: $m) }",
            "Variable \"$t\" is never used in operation \"Q\". @ 1:21");
}

public sealed class VariablesAreInputTypesTests
{
    private const string Rule = "VariablesAreInputTypes";

    [Fact]
    public void InputTypes() =>
        ValidationHarness.Valid(Rule, "query ($a: [String!], $b: ComplexInput, $c: FurColor) { __typename }");

    [Fact]
    public void OutputTypes() =>
        ValidationHarness.Invalid(Rule, "query ($a: Dog, $b: [CatOrDog!]!) { __typename }",
            "Variable \"$a\" cannot be non-input type \"Dog\". @ 1:12",
            "Variable \"$b\" cannot be non-input type \"[CatOrDog!]!\". @ 1:21");
}

public sealed class VariablesInAllowedPositionTests
{
    private const string Rule = "VariablesInAllowedPosition";

    [Fact]
    public void NonNullIntoNullable() =>
        ValidationHarness.Valid(Rule, "query ($v: Int!) { complicatedArgs { intArgField(intArg: $v) } }");

    [Fact]
    public void NullableIntoNonNull() =>
        ValidationHarness.Invalid(Rule, "query ($v: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) } }",
            "Variable \"$v\" of type \"Int\" used in position expecting type \"Int!\". @ 1:8,1:71");

    [Fact]
    public void DefaultMakesNullableFit() =>
        ValidationHarness.Valid(Rule, "query ($v: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) } }");

    [Fact]
    public void WrongListItem() =>
        ValidationHarness.Invalid(Rule, "query ($v: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $v) } }",
            "Variable \"$v\" of type \"[String]\" used in position expecting type \"[String!]\". @ 1:8,1:90");

    [Fact]
    public void NullableInOneOf() =>
        ValidationHarness.Invalid(Rule, "query ($v: String) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $v}) } }",
            "Variable \"$v\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". @ 1:8,1:78");
}
