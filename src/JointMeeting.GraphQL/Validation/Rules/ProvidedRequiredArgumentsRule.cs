using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1: every non-null argument without a default is provided.</summary>
internal sealed class ProvidedRequiredArgumentsRule : RuleVisitor
{
    // directive name → (argument name, printed type) of its required arguments
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                if (TypeFacts.IsRequiredArgument(argument)) required.Add((argument.Name, TypeFacts.Print(argument.Type)));
            }
            _requiredDirectiveArguments[directive.Name] = required;
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue == null)
                    required.Add((argument.Name.Value, Printer.Print(argument.Type)));
            }
            _requiredDirectiveArguments[directive.Name.Value] = required;
        }
    }

    protected override void LeaveField(FieldNode node)
    {
        if (Context.TypeInfo.FieldDef is not { } field) return;
        foreach (var argument in field.Arguments)
        {
            if (!TypeFacts.IsRequiredArgument(argument) || IsProvided(node.Arguments, argument.Name)) continue;
            Report($"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{TypeFacts.Print(argument.Type)}\" is required, but it was not provided.", node);
        }
    }

    protected override void LeaveDirective(DirectiveNode node)
    {
        if (!_requiredDirectiveArguments.TryGetValue(node.Name.Value, out var required)) return;
        foreach (var (name, type) in required)
        {
            if (!IsProvided(node.Arguments, name))
                Report($"Directive \"@{node.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", node);
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name) return true;
        }
        return false;
    }
}
