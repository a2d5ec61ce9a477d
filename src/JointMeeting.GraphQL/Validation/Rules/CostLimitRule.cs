using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>
/// Each operation may cost at most <see cref="ValidationOptions.MaxCost"/>: every field costs 1, and
/// a field with a list-size argument (<c>first</c>, <c>last</c>, <c>limit</c> by default) multiplies
/// the cost of its sub-selection by that size. Fragment costs are computed once.
/// </summary>
internal sealed class CostLimitRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly Dictionary<string, double> _fragmentCosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    protected override bool EnterOperation(OperationDefinitionNode node)
    {
        int max = Context.Options.MaxCost;
        if (max <= 0) return false;
        double cost = CostOf(node.SelectionSet);
        if (cost > max)
        {
            long shown = cost >= long.MaxValue ? long.MaxValue : (long)cost;
            string subject = node.Name is { } name ? $"Operation \"{name.Value}\"" : "The operation";
            Context.ReportError(new GraphQLError($"{subject} costs {shown}; at most {max} is allowed.",
                [node], extensions: LimitRules.Extensions("cost", max, shown)));
        }
        return false;
    }

    protected override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;

    // doubles saturate instead of overflowing on absurd sizes such as first: 2147483647 nested
    private double CostOf(SelectionSetNode selectionSet)
    {
        double total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is { } inner ? ListSize(field) * CostOf(inner) : 0),
                InlineFragmentNode inline => CostOf(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                _ => 0,
            };
        }
        return total;
    }

    private double FragmentCost(string name)
    {
        if (_fragmentCosts.TryGetValue(name, out double known)) return known;
        if (Context.GetFragment(name) is not { } fragment || !_inProgress.Add(name)) return 0;
        double cost = CostOf(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentCosts[name] = cost;
        return cost;
    }

    private double ListSize(FieldNode field)
    {
        double size = 1;
        foreach (var argument in field.Arguments)
        {
            if (!IsSizeArgument(argument.Name.Value)) continue;
            double value = argument.Value switch
            {
                IntValueNode i when double.TryParse(i.Value, System.Globalization.CultureInfo.InvariantCulture, out double n) => n,
                VariableNode v => VariableSize(v.Name.Value),
                _ => 1,
            };
            if (value > size) size = value;
        }
        return size;
    }

    private double VariableSize(string name)
    {
        if (Context.Options.VariableValues?.TryGetValue(name, out var value) == true)
        {
            switch (value)
            {
                case int i: return i;
                case long l: return l;
                case double d: return d;
                case System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number } json: return json.GetDouble();
                case null: return 1;
            }
        }
        return Context.Options.DefaultListSize;
    }

    private bool IsSizeArgument(string name)
    {
        foreach (var candidate in Context.Options.ListSizeArguments)
        {
            if (candidate == name) return true;
        }
        return false;
    }
}
