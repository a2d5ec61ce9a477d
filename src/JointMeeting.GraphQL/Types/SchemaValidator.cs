namespace JointMeeting.GraphQL.Types;

/// <summary>Type-system rules of spec §3 with graphql-js <c>validateSchema</c> wording.</summary>
public static partial class SchemaValidator
{
    /// <summary>Every problem in <paramref name="schema"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        var errors = new List<string>();
        if (schema.Query is null) errors.Add("Query root type must be provided.");
        ValidateDirectives(schema, errors);
        foreach (var type in schema.Types)
        {
            if (!type.Name.StartsWith("__", StringComparison.Ordinal)) ValidateName(type.Name, errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union: ValidateUnion(union, errors); break;
                case EnumType enumType: ValidateEnum(enumType, errors); break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    InputCycles(input, errors);
                    break;
            }
        }
        return errors;
    }

    /// <summary>Throws <see cref="SchemaValidationException"/> when <paramref name="schema"/> is invalid.</summary>
    public static void ThrowIfInvalid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0) throw new SchemaValidationException(errors);
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        else if (name.Length == 0 || !Language.Lexer.IsNameStart(name[0]))
            errors.Add($"Names must start with [_a-zA-Z] but \"{name}\" does not.");
        else
            foreach (char c in name)
                if (!Language.Lexer.IsNameContinue(c))
                {
                    errors.Add($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
                    break;
                }
    }

    private static void ValidateDirectives(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0) errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                    errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                if (argument.IsRequired && argument.IsDeprecated)
                    errors.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0) errors.Add($"Type {type.Name} must define one or more fields.");
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                if (argument.IsRequired && argument.IsDeprecated)
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0) errors.Add($"Union type {union.Name} must define one or more member types.");
        // duplicates are dropped by UnionType.AddType; the SDL builder reports them before that
    }

    private static void ValidateEnum(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0) errors.Add($"Enum type {enumType.Name} must define one or more values.");
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
            if (value.Name is "true" or "false" or "null")
                errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
        }
    }

    private static void ValidateInputFields(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0) errors.Add($"Input Object type {input.Name} must define one or more fields.");
        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            if (field.IsRequired && field.IsDeprecated)
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType) errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                if (field.DefaultValue is not null) errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
            }
        }
    }

    private static void InputCycles(InputObjectType start, List<string> errors)
    {
        // a cycle of non-null input fields can never be satisfied; report each cycle once, from its first type
        var path = new List<string>();
        var onPath = new HashSet<InputObjectType>();
        void Visit(InputObjectType type)
        {
            if (!onPath.Add(type)) return;
            foreach (var field in type.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType next }) continue;
                path.Add($"{type.Name}.{field.Name}");
                if (next == start)
                    errors.Add($"Cannot reference Input Object \"{start.Name}\" within itself through a series of non-null fields: \"{string.Join(".", path.Select(p => p[(p.IndexOf('.') + 1)..]))}\".");
                else if (string.CompareOrdinal(next.Name, start.Name) > 0) Visit(next);
                path.RemoveAt(path.Count - 1);
            }
            onPath.Remove(type);
        }
        Visit(start);
    }
}
