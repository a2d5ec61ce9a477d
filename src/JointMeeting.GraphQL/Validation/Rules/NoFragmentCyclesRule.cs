using System.Text;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2: fragments must not spread themselves, directly or through others.</summary>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : RuleVisitor(context)
{
    // Each fragment is searched once: a depth-first walk that remembers where each name sits on the path.
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    protected override bool EnterOperation(OperationDefinitionNode node) => false;

    protected override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        DetectCycles(node);
        return false;
    }

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        string name = fragment.Name.Value;
        if (!_visited.Add(name)) return;
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0) return;
        _pathIndexByName[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            string spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out int cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } target) DetectCycles(target);
            }
            else
            {
                ReportCycle(spreadName, cycleIndex);
            }
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
        _pathIndexByName.Remove(name);
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cycle = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = new StringBuilder();
        for (int i = 0; i < cycle.Count - 1; i++)
        {
            if (i > 0) via.Append(", ");
            via.Append('"').Append(cycle[i].Name.Value).Append('"');
        }
        string message = $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
        Report(message, [.. cycle]);
    }
}
