using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

public static partial class Printer
{
    private static void WriteValue(PrintWriter w, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: w.Write("$"); w.Write(v.Name.Value); break;
            case IntValueNode i: w.Write(i.Value); break;
            case FloatValueNode f: w.Write(f.Value); break;
            case StringValueNode s: w.Write(s.Block ? BlockString.Print(s.Value) : PrintString(s.Value)); break;
            case BooleanValueNode b: w.Write(b.Value ? "true" : "false"); break;
            case NullValueNode: w.Write("null"); break;
            case EnumValueNode e: w.Write(e.Value); break;
            case ListValueNode l:
                w.Write("[");
                WriteJoined(w, l.Values, ", ");
                w.Write("]");
                break;
            case ObjectValueNode o:
                w.Write("{");
                WriteJoined(w, o.Fields, ", ");
                w.Write("}");
                break;
            default: throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteType(PrintWriter w, TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode n: w.Write(n.Name.Value); break;
            case ListTypeNode l:
                w.Write("[");
                Write(w, l.Type);
                w.Write("]");
                break;
            case NonNullTypeNode n:
                Write(w, n.Type);
                w.Write("!");
                break;
            default: throw new ArgumentException($"Unknown type node {type.GetType().Name}.", nameof(type));
        }
    }
}
