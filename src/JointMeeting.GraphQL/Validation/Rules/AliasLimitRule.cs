using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>A document may use at most <see cref="ValidationOptions.MaxAliases"/> aliases (a cheap guard against alias flooding).</summary>
internal sealed class AliasLimitRule(ValidationContext context) : RuleVisitor(context)
{
    private int _count;
    private FieldNode? _firstOverLimit;

    protected override bool EnterField(FieldNode node)
    {
        if (node.Alias != null && Context.Options.MaxAliases > 0 && ++_count > Context.Options.MaxAliases)
            _firstOverLimit ??= node;
        return true;
    }

    protected override void LeaveDocument(DocumentNode node)
    {
        if (_firstOverLimit == null) return;
        int max = Context.Options.MaxAliases;
        Context.ReportError(new GraphQLError($"The document uses {_count} aliases; at most {max} are allowed.",
            [_firstOverLimit], extensions: LimitRules.Extensions("aliases", max, _count)));
    }
}
