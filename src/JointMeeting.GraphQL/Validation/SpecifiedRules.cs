using JointMeeting.GraphQL.Validation.Rules;

namespace JointMeeting.GraphQL.Validation;

/// <summary>The validation rules of the GraphQL specification, in graphql-js 16's order.</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("ExecutableDefinitions", c => new ExecutableDefinitionsRule(c)),
        new("UniqueOperationNames", c => new UniqueOperationNamesRule(c)),
        new("LoneAnonymousOperation", c => new LoneAnonymousOperationRule(c)),
        new("SingleFieldSubscriptions", c => new SingleFieldSubscriptionsRule(c)),
        new("KnownTypeNames", c => new KnownTypeNamesRule(c)),
        new("FragmentsOnCompositeTypes", c => new FragmentsOnCompositeTypesRule(c)),
        new("VariablesAreInputTypes", c => new VariablesAreInputTypesRule(c)),
        new("ScalarLeafs", c => new ScalarLeafsRule(c)),
        new("FieldsOnCorrectType", c => new FieldsOnCorrectTypeRule(c)),
        new("UniqueFragmentNames", c => new UniqueFragmentNamesRule(c)),
        new("KnownFragmentNames", c => new KnownFragmentNamesRule(c)),
        new("NoUnusedFragments", c => new NoUnusedFragmentsRule(c)),
        new("PossibleFragmentSpreads", c => new PossibleFragmentSpreadsRule(c)),
        new("NoFragmentCycles", c => new NoFragmentCyclesRule(c)),
        new("UniqueVariableNames", c => new UniqueVariableNamesRule(c)),
        new("NoUndefinedVariables", c => new NoUndefinedVariablesRule(c)),
        new("NoUnusedVariables", c => new NoUnusedVariablesRule(c)),
        new("KnownDirectives", c => new KnownDirectivesRule(c)),
        new("UniqueDirectivesPerLocation", c => new UniqueDirectivesPerLocationRule(c)),
        new("KnownArgumentNames", c => new KnownArgumentNamesRule(c)),
        new("UniqueArgumentNames", c => new UniqueArgumentNamesRule(c)),
        new("ValuesOfCorrectType", c => new ValuesOfCorrectTypeRule(c)),
        new("ProvidedRequiredArguments", c => new ProvidedRequiredArgumentsRule(c)),
        new("VariablesInAllowedPosition", c => new VariablesInAllowedPositionRule(c)),
        new("OverlappingFieldsCanBeMerged", c => new OverlappingFieldsCanBeMergedRule(c)),
        new("UniqueInputFieldNames", c => new UniqueInputFieldNamesRule(c)),
        new("MaxIntrospectionDepth", c => new MaxIntrospectionDepthRule(c)),
    ];

    /// <summary>Rules of the current draft that graphql-js 16 does not have yet.</summary>
    public static IReadOnlyList<ValidationRule> Draft { get; } =
    [
        new("KnownOperationTypes", c => new KnownOperationTypesRule(c)),
    ];

    /// <summary>What <see cref="DocumentValidator"/> checks by default: the specified rules and the draft's.</summary>
    public static IReadOnlyList<ValidationRule> AllWithDraft { get; } = [.. All, .. Draft];

    /// <summary>Looks a specified rule up by name (graphql-js's, with or without the Rule suffix).</summary>
    public static ValidationRule? Find(string name)
    {
        string bare = name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : name;
        foreach (var rule in AllWithDraft)
        {
            if (rule.Name == bare) return rule;
        }
        return null;
    }
}
