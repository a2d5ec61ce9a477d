using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1: a request document holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode) continue;
            string name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                INamedSyntaxNode named => $"\"{named.Name.Value}\"",
                _ => "\"\"",
            };
            Report($"The {name} definition is not executable.", definition);
        }
        return false;
    }
}
