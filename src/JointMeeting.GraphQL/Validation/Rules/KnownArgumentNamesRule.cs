using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1: every argument is defined by its field or directive.</summary>
internal sealed class KnownArgumentNamesRule : RuleVisitor
{
    private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

    public KnownArgumentNamesRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
            _directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
                _directiveArguments[directive.Name.Value] = directive.Arguments.Select(a => a.Name.Value).ToList();
        }
    }

    protected override bool EnterDirective(DirectiveNode node)
    {
        string name = node.Name.Value;
        if (_directiveArguments.TryGetValue(name, out var known))
        {
            foreach (var argument in node.Arguments)
            {
                string argName = argument.Name.Value;
                if (known.Contains(argName)) continue;
                var suggestions = Context.HideSuggestions ? [] : Suggestions.List(argName, known);
                Report($"Unknown argument \"{argName}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions), argument);
            }
        }
        // directive arguments are checked here; the field check below must not see them
        return false;
    }

    protected override bool EnterArgument(ArgumentNode node)
    {
        var info = Context.TypeInfo;
        if (info.Argument != null || info.FieldDef is not { } field || info.ParentType is not { } parent) return true;
        string argName = node.Name.Value;
        var suggestions = Context.HideSuggestions ? [] : Suggestions.List(argName, field.Arguments.Select(a => a.Name));
        Report($"Unknown argument \"{argName}\" on field \"{TypeFacts.NameOf(parent)}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), node);
        return true;
    }
}
