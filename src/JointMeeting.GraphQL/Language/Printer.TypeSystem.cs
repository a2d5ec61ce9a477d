using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

public static partial class Printer
{
    private static void WriteTypeSystem(PrintWriter w, SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode s:
                WriteDescription(w, s.Description);
                w.Write("schema");
                WriteDirectives(w, s.Directives, " ", "");
                WriteSpacedBlock(w, s.OperationTypes);
                break;
            case OperationTypeDefinitionNode o:
                w.Write(OperationKeyword(o.Operation));
                w.Write(": ");
                w.Write(o.Type.Name.Value);
                break;
            case ScalarTypeDefinitionNode s:
                WriteTypeHeader(w, s.Description, "scalar", s.Name, s.Directives);
                break;
            case ObjectTypeDefinitionNode o:
                WriteTypeHeader(w, o.Description, "type", o.Name, [], o.Interfaces);
                WriteDirectives(w, o.Directives, " ", "");
                WriteSpacedBlock(w, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                WriteTypeHeader(w, i.Description, "interface", i.Name, [], i.Interfaces);
                WriteDirectives(w, i.Directives, " ", "");
                WriteSpacedBlock(w, i.Fields);
                break;
            case UnionTypeDefinitionNode u:
                WriteTypeHeader(w, u.Description, "union", u.Name, u.Directives);
                WriteUnionMembers(w, u.Types);
                break;
            case EnumTypeDefinitionNode e:
                WriteTypeHeader(w, e.Description, "enum", e.Name, e.Directives);
                WriteSpacedBlock(w, e.Values);
                break;
            case InputObjectTypeDefinitionNode i:
                WriteTypeHeader(w, i.Description, "input", i.Name, i.Directives);
                WriteSpacedBlock(w, i.Fields);
                break;
            case FieldDefinitionNode f:
                WriteDescription(w, f.Description);
                w.Write(f.Name.Value);
                WriteArgumentDefinitions(w, f.Arguments);
                w.Write(": ");
                Write(w, f.Type);
                WriteDirectives(w, f.Directives, " ", "");
                break;
            case InputValueDefinitionNode i:
                WriteDescription(w, i.Description);
                w.Write(i.Name.Value);
                w.Write(": ");
                Write(w, i.Type);
                if (i.DefaultValue is not null)
                {
                    w.Write(" = ");
                    Write(w, i.DefaultValue);
                }
                WriteDirectives(w, i.Directives, " ", "");
                break;
            case EnumValueDefinitionNode e:
                WriteDescription(w, e.Description);
                w.Write(e.Name.Value);
                WriteDirectives(w, e.Directives, " ", "");
                break;
            case DirectiveDefinitionNode d:
                WriteDescription(w, d.Description);
                w.Write("directive @");
                w.Write(d.Name.Value);
                WriteArgumentDefinitions(w, d.Arguments);
                if (d.Repeatable) w.Write(" repeatable");
                w.Write(" on ");
                WriteJoined(w, d.Locations, " | ");
                break;
            default:
                WriteExtension(w, node);
                break;
        }
    }

    private static void WriteExtension(PrintWriter w, SyntaxNode node)
    {
        switch (node)
        {
            case SchemaExtensionNode s:
                w.Write("extend schema");
                WriteDirectives(w, s.Directives, " ", "");
                WriteSpacedBlock(w, s.OperationTypes);
                break;
            case ScalarTypeExtensionNode s:
                WriteTypeHeader(w, null, "extend scalar", s.Name, s.Directives);
                break;
            case ObjectTypeExtensionNode o:
                WriteTypeHeader(w, null, "extend type", o.Name, [], o.Interfaces);
                WriteDirectives(w, o.Directives, " ", "");
                WriteSpacedBlock(w, o.Fields);
                break;
            case InterfaceTypeExtensionNode i:
                WriteTypeHeader(w, null, "extend interface", i.Name, [], i.Interfaces);
                WriteDirectives(w, i.Directives, " ", "");
                WriteSpacedBlock(w, i.Fields);
                break;
            case UnionTypeExtensionNode u:
                WriteTypeHeader(w, null, "extend union", u.Name, u.Directives);
                WriteUnionMembers(w, u.Types);
                break;
            case EnumTypeExtensionNode e:
                WriteTypeHeader(w, null, "extend enum", e.Name, e.Directives);
                WriteSpacedBlock(w, e.Values);
                break;
            case InputObjectTypeExtensionNode i:
                WriteTypeHeader(w, null, "extend input", i.Name, i.Directives);
                WriteSpacedBlock(w, i.Fields);
                break;
            default:
                throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void WriteTypeHeader(PrintWriter w, StringValueNode? description, string keyword, NameNode name,
        IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode>? interfaces = null)
    {
        WriteDescription(w, description);
        w.Write(keyword);
        w.Write(" ");
        w.Write(name.Value);
        if (interfaces is { Count: > 0 })
        {
            w.Write(" implements ");
            WriteJoined(w, interfaces, " & ");
        }
        WriteDirectives(w, directives, " ", "");
    }

    private static void WriteUnionMembers(PrintWriter w, IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count == 0) return;
        w.Write(" = ");
        WriteJoined(w, types, " | ");
    }

    private static void WriteSpacedBlock<T>(PrintWriter w, IReadOnlyList<T> nodes) where T : SyntaxNode
    {
        if (nodes.Count == 0) return;
        w.Write(" ");
        WriteBlock(w, nodes);
    }

    /// <summary>Arguments on one line, or one per indented line when any of them spans lines.</summary>
    private static void WriteArgumentDefinitions(PrintWriter w, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0) return;
        var printed = new string[arguments.Count];
        bool multiline = false;
        for (int i = 0; i < printed.Length; i++)
        {
            printed[i] = PrintFlat(arguments[i]);
            multiline |= printed[i].Contains('\n');
        }
        if (multiline) WriteIndentedLines(w, "(", printed, ")");
        else
        {
            w.Write("(");
            w.Write(string.Join(", ", printed));
            w.Write(")");
        }
    }
}
