using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Tests.Validation;

public sealed class SuggestionsTests
{
    [Fact]
    public void NearestFirstThenNaturalOrder() =>
        Assert.Equal(["abc", "ab", "a1b"], Suggestions.List("abc", ["a10b", "ab", "xyz", "a1b", "abc"]));

    [Fact]
    public void CaseChangeIsOneEdit() => Assert.Equal(["Name", "nme"], Suggestions.List("name", ["nme", "Name"]));

    [Fact]
    public void DidYouMeanFormatsUpToFive()
    {
        Assert.Equal("", Suggestions.DidYouMean([]));
        Assert.Equal(" Did you mean \"a\" or \"b\"?", Suggestions.DidYouMean(["a", "b"]));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]));
    }

    [Fact]
    public void NaturalCompareReadsNumbers()
    {
        Assert.True(Suggestions.NaturalCompare("a2", "a10") < 0);
        Assert.True(Suggestions.NaturalCompare("a10", "a2") > 0);
        Assert.Equal(0, Suggestions.NaturalCompare("same", "same"));
    }
}
