using System.Text;

namespace JointMeeting.GraphQL.Types;

/// <summary>Name conventions between C# and GraphQL.</summary>
public static class Naming
{
    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c> (enum values).</summary>
    public static string ToUpperSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                sb.Append('_');
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary><c>WishId</c> → <c>wishId</c> (fields).</summary>
    public static string ToCamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
