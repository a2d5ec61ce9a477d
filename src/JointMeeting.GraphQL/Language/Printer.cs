using System.Runtime.CompilerServices;
using System.Text;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

/// <summary>
/// Prints any AST node as GraphQL source exactly like graphql-js 16 <c>print()</c>: two-space
/// indentation, field arguments wrapped past 80 columns, descriptions on their own line.
/// </summary>
public static partial class Printer
{
    /// <summary>Maximum printed line length before field arguments wrap (graphql-js MAX_LINE_LENGTH).</summary>
    private const int MaxLineLength = 80;

    /// <summary>Prints <paramref name="node"/>.</summary>
    public static string Print(SyntaxNode node)
    {
        var writer = new PrintWriter();
        Write(writer, node);
        return writer.ToString();
    }

    /// <summary>graphql-js <c>printString</c>: a double-quoted string with JSON-like escapes.</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    sb.Append("\\u").Append(((int)c).ToString("X4"));
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string PrintFlat(SyntaxNode node)
    {
        var writer = new PrintWriter();
        Write(writer, node);
        return writer.ToString();
    }

    private static void Write(PrintWriter w, SyntaxNode node)
    {
        // code-built ASTs are not depth-checked by the parser, so probe the stack here too
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NameNode n: w.Write(n.Value); break;
            case DocumentNode d: WriteJoined(w, d.Definitions, "\n\n"); break;
            case OperationDefinitionNode o: WriteOperation(w, o); break;
            case VariableDefinitionNode v: WriteVariableDefinition(w, v); break;
            case FragmentDefinitionNode f: WriteFragmentDefinition(w, f); break;
            case SelectionSetNode s: WriteBlock(w, s.Selections); break;
            case FieldNode f: WriteField(w, f); break;
            case ArgumentNode a: w.Write(a.Name.Value); w.Write(": "); Write(w, a.Value); break;
            case FragmentSpreadNode s: w.Write("..."); w.Write(s.Name.Value); WriteDirectives(w, s.Directives, " ", ""); break;
            case InlineFragmentNode i: WriteInlineFragment(w, i); break;
            case DirectiveNode d: WriteDirective(w, d); break;
            case ValueNode v: WriteValue(w, v); break;
            case TypeNode t: WriteType(w, t); break;
            case ObjectFieldNode f: w.Write(f.Name.Value); w.Write(": "); Write(w, f.Value); break;
            default: WriteTypeSystem(w, node); break;
        }
    }

    private static void WriteOperation(PrintWriter w, OperationDefinitionNode o)
    {
        bool isShorthand = o.Operation == OperationType.Query && o.Description is null && o.Name is null
            && o.VariableDefinitions.Count == 0 && o.Directives.Count == 0;
        if (!isShorthand)
        {
            WriteDescription(w, o.Description);
            w.Write(OperationKeyword(o.Operation));
            if (o.Name is not null || o.VariableDefinitions.Count > 0) w.Write(" ");
            if (o.Name is not null) w.Write(o.Name.Value);
            WriteVariableDefinitions(w, o.VariableDefinitions);
            WriteDirectives(w, o.Directives, " ", "");
            w.Write(" ");
        }
        Write(w, o.SelectionSet);
    }

    private static void WriteVariableDefinitions(PrintWriter w, IReadOnlyList<VariableDefinitionNode> definitions)
    {
        if (definitions.Count == 0) return;
        var printed = new string[definitions.Count];
        bool multiline = false;
        for (int i = 0; i < printed.Length; i++)
        {
            printed[i] = PrintFlat(definitions[i]);
            multiline |= printed[i].Contains('\n');
        }
        // graphql-js puts described variables on their own lines, without extra indentation
        w.Write(multiline ? "(\n" : "(");
        w.Write(string.Join(multiline ? "\n" : ", ", printed));
        w.Write(multiline ? "\n)" : ")");
    }

    private static void WriteVariableDefinition(PrintWriter w, VariableDefinitionNode v)
    {
        WriteDescription(w, v.Description);
        Write(w, v.Variable);
        w.Write(": ");
        Write(w, v.Type);
        if (v.DefaultValue is not null)
        {
            w.Write(" = ");
            Write(w, v.DefaultValue);
        }
        WriteDirectives(w, v.Directives, " ", "");
    }

    private static void WriteFragmentDefinition(PrintWriter w, FragmentDefinitionNode f)
    {
        WriteDescription(w, f.Description);
        w.Write("fragment ");
        w.Write(f.Name.Value);
        if (f.VariableDefinitions.Count > 0)
        {
            w.Write("(");
            WriteJoined(w, f.VariableDefinitions, ", ");
            w.Write(")");
        }
        w.Write(" on ");
        w.Write(f.TypeCondition.Name.Value);
        w.Write(" ");
        WriteDirectives(w, f.Directives, "", " ");
        Write(w, f.SelectionSet);
    }

    private static void WriteField(PrintWriter w, FieldNode f)
    {
        int prefixLength = f.Name.Value.Length;
        if (f.Alias is not null)
        {
            w.Write(f.Alias.Value);
            w.Write(": ");
            prefixLength += f.Alias.Value.Length + 2;
        }
        w.Write(f.Name.Value);
        if (f.Arguments.Count > 0)
        {
            var printed = new string[f.Arguments.Count];
            int length = prefixLength + 2 + 2 * (printed.Length - 1);
            for (int i = 0; i < printed.Length; i++)
            {
                printed[i] = PrintFlat(f.Arguments[i]);
                length += printed[i].Length;
            }
            if (length > MaxLineLength) WriteIndentedLines(w, "(", printed, ")");
            else
            {
                w.Write("(");
                w.Write(string.Join(", ", printed));
                w.Write(")");
            }
        }
        WriteDirectives(w, f.Directives, " ", "");
        if (f.SelectionSet is not null)
        {
            w.Write(" ");
            Write(w, f.SelectionSet);
        }
    }

    private static void WriteInlineFragment(PrintWriter w, InlineFragmentNode i)
    {
        w.Write("...");
        if (i.TypeCondition is not null)
        {
            w.Write(" on ");
            w.Write(i.TypeCondition.Name.Value);
        }
        WriteDirectives(w, i.Directives, " ", "");
        w.Write(" ");
        Write(w, i.SelectionSet);
    }

    private static void WriteDirective(PrintWriter w, DirectiveNode d)
    {
        w.Write("@");
        w.Write(d.Name.Value);
        if (d.Arguments.Count == 0) return;
        w.Write("(");
        WriteJoined(w, d.Arguments, ", ");
        w.Write(")");
    }

    private static void WriteDirectives(PrintWriter w, IReadOnlyList<DirectiveNode> directives, string before, string after)
    {
        if (directives.Count == 0) return;
        w.Write(before);
        WriteJoined(w, directives, " ");
        w.Write(after);
    }

    private static void WriteJoined<T>(PrintWriter w, IReadOnlyList<T> nodes, string separator) where T : SyntaxNode
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            if (i > 0) w.Write(separator);
            Write(w, nodes[i]);
        }
    }

    /// <summary><c>{</c>, each item on its own indented line, <c>}</c>; nothing for an empty list.</summary>
    private static void WriteBlock<T>(PrintWriter w, IReadOnlyList<T> nodes) where T : SyntaxNode
    {
        if (nodes.Count == 0) return;
        w.Write("{");
        w.Indent();
        for (int i = 0; i < nodes.Count; i++)
        {
            w.Write("\n");
            Write(w, nodes[i]);
        }
        w.Dedent();
        w.Write("\n}");
    }

    private static void WriteIndentedLines(PrintWriter w, string open, string[] lines, string close)
    {
        w.Write(open);
        w.Indent();
        foreach (var line in lines)
        {
            w.Write("\n");
            w.Write(line);
        }
        w.Dedent();
        w.Write("\n");
        w.Write(close);
    }

    private static void WriteDescription(PrintWriter w, StringValueNode? description)
    {
        if (description is null) return;
        WriteValue(w, description);
        w.Write("\n");
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
