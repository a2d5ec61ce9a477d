using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3: an input object literal names each field at most once.</summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : RuleVisitor(context)
{
    private readonly Stack<Dictionary<string, NameNode>> _outer = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    protected override bool EnterObjectValue(ObjectValueNode node)
    {
        _outer.Push(_known);
        _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return true;
    }

    protected override void LeaveObjectValue(ObjectValueNode node) => _known = _outer.Pop();

    protected override bool EnterObjectField(ObjectFieldNode node)
    {
        string name = node.Name.Value;
        if (_known.TryGetValue(name, out var first))
            Report($"There can be only one input field named \"{name}\".", first, node.Name);
        else
            _known[name] = node.Name;
        return true;
    }
}
