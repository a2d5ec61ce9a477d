using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// Spec §6.3.2 CollectFields: walks a selection set for one object type, honouring @skip/@include
/// and fragment type conditions, and groups field nodes by response key in order.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    public SelectionPlan Collect(ObjectType type, SelectionSetNode selectionSet)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(type, selectionSet, grouped, order, new HashSet<string>(StringComparer.Ordinal));
        return ToPlan(type, grouped, order);
    }

    /// <summary>CollectSubfields: the merged sub-selections of every node of one field.</summary>
    public SelectionPlan CollectSubfields(ObjectType type, FieldNode[] nodes)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
            if (node.SelectionSet is { } set) Collect(type, set, grouped, order, visited);
        return ToPlan(type, grouped, order);
    }

    private SelectionPlan ToPlan(ObjectType type, Dictionary<string, List<FieldNode>> grouped, List<string> order)
    {
        var fields = new List<FieldPlan>(order.Count);
        foreach (var key in order)
        {
            var nodes = grouped[key];
            // unknown fields cannot pass validation; skipping them matches graphql-js
            if (TypeFacts.FieldDefinitionOf(schema, type, nodes[0].Name.Value) is not { } definition) continue;
            fields.Add(new FieldPlan(key, [.. nodes], type, definition));
        }
        return new SelectionPlan([.. fields]);
    }

    private void Collect(ObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> grouped,
        List<string> order, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection)) continue;
            switch (selection)
            {
                case FieldNode field:
                    string key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped[key] = list = [];
                        order.Add(key);
                    }
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !Applies(condition, type)) continue;
                    Collect(type, inline.SelectionSet, grouped, order, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    string name = spread.Name.Value;
                    if (!visitedFragments.Add(name)) continue;
                    if (!fragments.TryGetValue(name, out var fragment) || !Applies(fragment.TypeCondition, type)) continue;
                    Collect(type, fragment.SelectionSet, grouped, order, visitedFragments);
                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode condition, ObjectType type)
    {
        // introspection types are not in the schema's type map, but fragments may name them
        var conditionType = schema.GetType(condition.Name.Value) ?? Introspection.IntrospectionTypes.Find(condition.Name.Value);
        if (ReferenceEquals(conditionType, type)) return true;
        return conditionType is InterfaceType or UnionType && schema.IsSubType(conditionType, type);
    }

    /// <summary>@skip(if:) and @include(if:) with literal or variable conditions.</summary>
    private bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            string name = directive.Name.Value;
            if (name is not ("skip" or "include")) continue;
            bool condition = Condition(directive);
            if (name == "skip" && condition) return false;
            if (name == "include" && !condition) return false;
        }
        return true;
    }

    private bool Condition(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            return argument.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                _ => false,
            };
        }
        return false;
    }

    /// <summary>True when any @skip/@include in the document takes a variable (then plans depend on variables).</summary>
    public static bool HasVariableConditions(DocumentNode document)
    {
        var stack = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
            if (definition is ExecutableDefinitionNode executable) stack.Push(executable.SelectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                foreach (var directive in selection.Directives)
                    if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => a.Value is VariableNode)) return true;
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } set }: stack.Push(set); break;
                    case InlineFragmentNode inline: stack.Push(inline.SelectionSet); break;
                }
            }
        }
        return false;
    }
}
