using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1: an anonymous operation must be the only operation of its document.</summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : RuleVisitor(context)
{
    private int _operationCount;

    protected override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode) _operationCount++;
        }
        return true;
    }

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name == null && _operationCount > 1)
            Report("This anonymous operation must be the only defined operation.", node);
        return true;
    }
}
