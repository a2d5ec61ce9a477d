using System.Text;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Overlap;

/// <summary>
/// A canonical text for an argument value: equal texts for values graphql-js considers the same
/// (object fields compared regardless of order, block and plain strings told apart).
/// </summary>
internal sealed class ValueKeys
{
    private readonly Dictionary<ValueNode, string> _cache = new(ReferenceEqualityComparer.Instance);

    public string KeyOf(ValueNode value)
    {
        if (_cache.TryGetValue(value, out var key)) return key;
        var text = new StringBuilder();
        Append(text, value);
        return _cache[value] = text.ToString();
    }

    private static void Append(StringBuilder text, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: text.Append("$(").Append(v.Name.Value).Append(')'); break;
            case IntValueNode i: text.Append("I(").Append(i.Value).Append(')'); break;
            case FloatValueNode f: text.Append("F(").Append(f.Value).Append(')'); break;
            case StringValueNode s: text.Append(s.Block ? "B(" : "S(").Append(s.Value.Length).Append(':').Append(s.Value).Append(')'); break;
            case BooleanValueNode b: text.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: text.Append("null"); break;
            case EnumValueNode e: text.Append("E(").Append(e.Value).Append(')'); break;
            case ListValueNode l:
                text.Append('[');
                foreach (var item in l.Values) { Append(text, item); text.Append(','); }
                text.Append(']');
                break;
            case ObjectValueNode o:
                var fields = new List<ObjectFieldNode>(o.Fields);
                // stable sort by name, as graphql-js sorts a copy with Array.prototype.sort
                var ordered = fields.Select((f, i) => (f, i)).OrderBy(x => x.f.Name.Value, StringComparer.Ordinal).ThenBy(x => x.i);
                text.Append('{');
                foreach (var (field, _) in ordered) { text.Append(field.Name.Value).Append(':'); Append(text, field.Value); text.Append(','); }
                text.Append('}');
                break;
        }
    }
}
