using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Transport;

/// <summary>Finds which kind of operation a request would run, so GET can refuse mutations before anything executes.</summary>
public static class OperationKinds
{
    /// <summary>
    /// The type of the operation <paramref name="operationName"/> selects in <paramref name="query"/>;
    /// null when the document does not parse or the operation cannot be chosen (the executor then
    /// reports that as a request error, in its own words).
    /// </summary>
    public static OperationType? Find(string query, string? operationName)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { NoLocation = true });
        }
        catch (GraphQLSyntaxError)
        {
            return null;
        }
        OperationDefinitionNode? chosen = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (chosen is not null) return null; // several operations and no name: ambiguous
                chosen = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation.Operation;
            }
        }
        return chosen?.Operation;
    }
}
