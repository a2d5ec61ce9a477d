using JointMeeting.GraphQL.Language.Ast;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Validation;

/// <summary>
/// Validates a request document against a schema (spec section 5). With no rules given, the
/// limits (depth, cost, aliases) are checked first, cheaply, and only a document within them goes
/// through the specified rules (and the draft's KnownOperationTypes), so hostile documents are turned away before the expensive checks.
/// </summary>
public static class DocumentValidator
{
    private const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>The errors of <paramref name="document"/>; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        if (rules != null) return Run(schema, document, rules, options);
        var limitErrors = Run(schema, document, LimitRules.All, options);
        return limitErrors.Count > 0 ? limitErrors : Run(schema, document, SpecifiedRules.AllWithDraft, options);
    }

    private static List<GraphQLError> Run(Schema schema, DocumentNode document, IReadOnlyList<ValidationRule> rules, ValidationOptions options)
    {
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var ancestors = new List<SyntaxNode>();
        var context = new ValidationContext(schema, document, typeInfo, ancestors, options, error =>
        {
            if (errors.Count >= options.MaxErrors)
            {
                errors.Add(new GraphQLError(TooManyErrors));
                throw new ValidationAbortedException(reportAborted: false);
            }
            errors.Add(error);
        });
        var visitors = new RuleVisitor[rules.Count];
        for (int i = 0; i < rules.Count; i++) visitors[i] = rules[i].Create(context);
        try
        {
            new DocumentWalker(typeInfo, visitors, ancestors).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.ReportAborted) errors.Add(new GraphQLError(aborted.Message));
        }
        return errors;
    }
}
