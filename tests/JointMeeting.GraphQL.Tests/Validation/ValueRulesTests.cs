// Expected messages and locations were produced by graphql-js 16 for the same documents and schema.
namespace JointMeeting.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeTests
{
    private const string Rule = "ValuesOfCorrectType";

    [Fact]
    public void GoodLiterals() =>
        ValidationHarness.Valid(Rule, "{ complicatedArgs { intArgField(intArg: 1) enumArgField(enumArg: TAN) complexArgField(complexArg: {requiredField: true}) } }");

    [Fact]
    public void WrongScalars() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { intArgField(intArg: \"1\") floatArgField(floatArg: true) idArgField(idArg: 1.5) } }",
            "Int cannot represent non-integer value: \"1\" @ 1:41",
            "Float cannot represent non numeric value: true @ 1:70",
            "ID cannot represent a non-string and non-integer value: 1.5 @ 1:94");

    [Fact]
    public void IntOutOfRange() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
            "Int cannot represent non 32-bit signed integer value: 2147483648 @ 1:41");

    [Fact]
    public void EnumSuggestions() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { enumArgField(enumArg: brown) } }",
            "Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"? @ 1:43");

    [Fact]
    public void MissingRequiredInputField() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { complexArgField(complexArg: {intField: 1}) } }",
            "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @ 1:49");

    [Fact]
    public void UnknownInputField() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intfield: 1}) } }",
            "Field \"intfield\" is not defined by type \"ComplexInput\". Did you mean \"intField\" or \"stringField\"? @ 1:71");

    [Fact]
    public void NullForNonNull() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
            "Expected value of type \"Int!\", found null. @ 1:55");

    [Fact]
    public void OneOfNeedsExactlyOneField() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { a: oneOfArgField(oneOfArg: {}) b: oneOfArgField(oneOfArg: {intField: null}) } }",
            "OneOf Input Object \"OneOfInput\" must specify exactly one key. @ 1:48",
            "Field \"OneOfInput.intField\" must be non-null. @ 1:79");

    [Fact]
    public void DateTimeLiteral() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { dateTimeArgField(at: \"yesterday\") } }",
            "DateTime cannot represent value: \"yesterday\" @ 1:42");
}

public sealed class UniqueInputFieldNamesTests
{
    private const string Rule = "UniqueInputFieldNames";

    [Fact]
    public void DistinctFields() =>
        ValidationHarness.Valid(Rule, "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) } }");

    [Fact]
    public void RepeatedField() =>
        ValidationHarness.Invalid(Rule, "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false}) } }",
            "There can be only one input field named \"requiredField\". @ 1:50,1:71");
}
