using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2: variables are of input types (scalars, enums, input objects, wrapped).</summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (TypeFacts.TypeFromAst(Context.Schema, node.Type) is { } type && !TypeFacts.IsInputType(type))
            Report($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type);
        return true;
    }
}
