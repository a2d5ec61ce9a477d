using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Current draft spec (graphql-js 17): an operation's type must have a root in the schema.</summary>
internal sealed class KnownOperationTypesRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        if (Context.Schema.GetRootType(node.Operation) == null)
            Report($"The {node.Operation.ToString().ToLowerInvariant()} operation is not supported by the schema.", node);
        return false;
    }
}
