using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1: a subscription selects exactly one root field, and not an introspection one.</summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : RuleVisitor(context)
{
    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.Subscription is not { } root) return true;
        string? name = node.Name?.Value;
        var fields = new RootFieldCollector(Context, root).Collect(node.SelectionSet);
        if (fields.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (int i = 1; i < fields.Count; i++) extra.AddRange(fields[i].Nodes);
            Report(name != null
                ? $"Subscription \"{name}\" must select only one top level field."
                : "Anonymous Subscription must select only one top level field.", [.. extra]);
        }
        foreach (var (_, nodes) in fields)
        {
            if (!nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
            Report(name != null
                ? $"Subscription \"{name}\" must not select an introspection top level field."
                : "Anonymous Subscription must not select an introspection top level field.", [.. nodes]);
        }
        return true;
    }

    /// <summary>The spec's CollectFields with no variables, grouping root fields by response key.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType root)
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _fields = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<(string Key, List<FieldNode> Nodes)> Collect(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(context.Document.Definitions.Count);
            Visit(selectionSet);
            return _fields;
        }

        private void Visit(SelectionSetNode selectionSet)
        {
            SpendSelectionSetWork(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                if (!IsIncluded(selection)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        if (_index.TryGetValue(field.ResponseKey, out int at)) _fields[at].Nodes.Add(field);
                        else { _index[field.ResponseKey] = _fields.Count; _fields.Add((field.ResponseKey, [field])); }
                        break;
                    case InlineFragmentNode inline:
                        if (ConditionMatches(inline.TypeCondition)) Visit(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        if (!_visitedFragments.Add(spread.Name.Value)) continue;
                        if (context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition))
                            Visit(fragment.SelectionSet);
                        break;
                }
            }
        }

        // graphql-js meters this walk with the shared fragment-work budget
        private void SpendSelectionSetWork(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                if (selection.Directives.Count == 0) continue;
                context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include") context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }

        private bool ConditionMatches(NamedTypeNode? condition)
        {
            if (condition == null) return true;
            var type = TypeFacts.TypeFromAst(context.Schema, condition);
            if (ReferenceEquals(type, root)) return true;
            return TypeFacts.IsAbstractType(type) && context.Schema.IsSubType(type!.GetNamedType(), root);
        }

        // Without variables only literal @skip(if: true) / @include(if: false) exclude a selection.
        private static bool IsIncluded(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "skip" && LiteralIf(directive) == true) return false;
                if (directive.Name.Value == "include" && LiteralIf(directive) == false) return false;
            }
            return true;
        }

        private static bool? LiteralIf(DirectiveNode directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode b) return b.Value;
            }
            return null;
        }
    }
}
