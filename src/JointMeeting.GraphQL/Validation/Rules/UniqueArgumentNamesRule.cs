using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2: a field or directive takes each argument at most once.</summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterField(FieldNode node)
    {
        Check(node.Arguments);
        return true;
    }

    protected override bool EnterDirective(DirectiveNode node)
    {
        Check(node.Arguments);
        return true;
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2) return;
        foreach (var (name, nodes) in NameGroups.Of(arguments, a => a.Name.Value))
        {
            if (nodes.Count < 2) continue;
            var names = new SyntaxNode[nodes.Count];
            for (int i = 0; i < nodes.Count; i++) names[i] = nodes[i].Name;
            Report($"There can be only one argument named \"{name}\".", names);
        }
    }
}
