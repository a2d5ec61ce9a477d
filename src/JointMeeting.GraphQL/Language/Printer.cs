using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

/// <summary>Prints any AST node as GraphQL source, the way graphql-js <c>print()</c> does.</summary>
public static partial class Printer
{
    /// <summary>Prints <paramref name="node"/>.</summary>
    public static string Print(SyntaxNode node) => throw new NotImplementedException();
}
